#!/usr/bin/env bash
# DuckDB against a two-shard ClickHouse cluster on the same files (bench/README.md, "Stores:
# DuckDB and ClickHouse side by side"): ingest time of each file into each store, and the weekly
# undirected ISR-USA series after each file, as the stores grow from 1 to 10 million events.
#
#   bench/clickhouse-vs-duckdb.sh FULCRUM_DLL BENCH_DLL [FILES] [WORK_FOLDER]
#
# FULCRUM_DLL: a Release CLI (dotnet build -c Release src/Fulcrum.Cli -o /tmp/fulcrum-release);
# BENCH_DLL: the benchmarks built the same way (bench/Fulcrum.Benchmarks -o /tmp/fulcrum-bench-bin,
# then Fulcrum.Benchmarks.dll). FILES: default 10, each 1,000,000 events. The events are the 9,354
# real GDELT 2.0 rows of tests/Fulcrum.Events.Tests/Fixtures/gdelt2, copy k of them moved k weeks
# back (SQLDATE, MonthYear, Year, FractionDate; fresh increasing IDs), so the stores span about
# twenty years of weeks with the real mix of dyads, codes and scores. The cluster is started with
# scripts/clickhouse-up.sh --shards 2 under WORK_FOLDER and stopped at the end.
set -euo pipefail
dll=${1:?usage: bench/clickhouse-vs-duckdb.sh FULCRUM_DLL BENCH_DLL [FILES] [WORK_FOLDER]}
bench=${2:?usage: bench/clickhouse-vs-duckdb.sh FULCRUM_DLL BENCH_DLL [FILES] [WORK_FOLDER]}
files=${3:-10}
work=${4:-${TMPDIR:-/tmp}/fulcrum-bench/stores}
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$root/tests/Fulcrum.Events.Tests/Fixtures/gdelt2"
mkdir -p "$work"
cd "$work"

gen() { # N: file N (1-based) holds copies (N-1)*M .. N*M-1 of the real rows, M = 1,000,000 / 9,354 rounded up
  local f="events-$1.export.CSV"
  [[ -f "$f" ]] && return
  python3 - "$1" "$fixtures" > "$f.partial" <<'PY'
import datetime, gzip, sys
n, fixtures = int(sys.argv[1]), sys.argv[2]
rows = []
for day in ("20201113", "20201114", "20201115"):
    with gzip.open(f"{fixtures}/{day}.export.CSV.gz", "rt", encoding="utf-8") as f:
        rows += [line.rstrip("\n").split("\t") for line in f if line.strip()]
per_file = 1_000_000
out = sys.stdout
for i in range((n - 1) * per_file, n * per_file):
    copy, r = divmod(i, len(rows))
    fields = list(rows[r])
    d = datetime.date(int(fields[1][:4]), int(fields[1][4:6]), int(fields[1][6:8])) - datetime.timedelta(weeks=copy)
    fields[0] = str(3_000_000_000 + i)
    fields[1] = d.strftime("%Y%m%d")
    fields[2] = d.strftime("%Y%m")
    fields[3] = str(d.year)
    fields[4] = "%.4f" % (d.year + ((d.month - 1) * 30 + d.day) / 365)
    out.write("\t".join(fields) + "\n")
PY
  mv "$f.partial" "$f"
}

chdir="$work/clickhouse"
"$root/scripts/clickhouse-down.sh" --dir "$chdir" --purge
ch=$("$root/scripts/clickhouse-up.sh" --shards 2 --dir "$chdir" --port 28123 | tail -1)
trap '"$root/scripts/clickhouse-down.sh" --dir "$chdir" --purge' EXIT
duck="$work/store.duckdb"
rm -f "$duck" "$duck.wal"

seconds() { local start=$(date +%s.%N); "$@" > /dev/null; echo "$(date +%s.%N) - $start" | bc; }

printf "file\tevents\tduckdb ingest s\tclickhouse ingest s\n" > ingest.tsv
: > query.tsv
for ((n = 1; n <= files; n++)); do
  gen "$n"
  f="events-$n.export.CSV"
  d=$(seconds dotnet "$dll" ingest --quiet --json --db "$duck" "$f")
  c=$(seconds dotnet "$dll" ingest --quiet --json --db "$ch" "$f")
  printf "%s\t%s\t%s\t%s\n" "$n" "${n}000000" "$d" "$c" | tee -a ingest.tsv
  dotnet "$bench" store-timing "$duck" "$ch" | tee -a query.tsv
done
echo "== ingest (s per 1,000,000-row file, the CLI process included)"; cat ingest.tsv
echo "== weekly ISR-USA series"; cat query.tsv
