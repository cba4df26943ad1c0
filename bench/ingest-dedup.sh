#!/usr/bin/env bash
# Memory and time of ingest's duplicate check on large overlapping files (bench/README.md, "Ingest:
# the duplicate check"). Peak resident set and wall time of a child `fulcrum ingest` (GNU time),
# the store's size before and after, and what is left in its spill folder.
#
#   bench/ingest-dedup.sh FULCRUM_DLL [ROWS] [WORK_FOLDER]
#
# FULCRUM_DLL: a built CLI (dotnet build -c Release src/Fulcrum.Cli -o /tmp/fulcrum-release, then
# /tmp/fulcrum-release/fulcrum.dll). ROWS: default 7,400,000. The files are the 9,354 real GDELT 2.0
# rows of tests/Fulcrum.Events.Tests/Fixtures/gdelt2 repeated with fresh increasing IDs (417 bytes
# a row, 3.1 GB for 7.4M rows): A (ROWS rows), B (A's first half), A2 (A and one more row).
#
# Scenarios, each from a store built for it (not measured):
#   fresh:      empty store; ingest A (no duplicate: the reference for the other two)
#   superset:   store holds B; ingest A (half of A's rows are duplicates of the store)
#   duplicates: store holds A; ingest A2 (every row but one is a duplicate of the store)
# SCENARIOS="duplicates" runs only that one.
set -euo pipefail
dll=${1:?usage: bench/ingest-dedup.sh FULCRUM_DLL [ROWS] [WORK_FOLDER]}
rows=${2:-7400000}
work=${3:-${TMPDIR:-/tmp}/fulcrum-bench/dedup-$rows}
fixtures=$(cd "$(dirname "$0")/../tests/Fulcrum.Events.Tests/Fixtures/gdelt2" && pwd)
mkdir -p "$work"
cd "$work"

# Real rows with fresh IDs: field 1 replaced, the other 60 fields as in the fixture.
gen() { # FILE ROWS FIRST_ID
    [ -f "$1" ] && return
    zcat "$fixtures"/2020111[345].export.CSV.gz | awk -v n="$2" -v first="$3" '
        length($0) > 0 { rows[count++] = substr($0, index($0, "\t")) }
        END { for (i = 0; i < n; i++) printf("%d%s\n", first + i, rows[i % count]) }' > "$1.partial"
    mv "$1.partial" "$1"
}
gen A.CSV "$rows" 2000000000
[ -f B.CSV ] || head -n $((rows / 2)) A.CSV > B.CSV
if [ ! -f A2.CSV ]; then cp A.CSV A2.CSV; gen one.CSV 1 2100000000; cat one.CSV >> A2.CSV; fi

ingest() { # DB FILE: prints peak RSS (KB) and wall time (s) of the child
    /usr/bin/time -o "$1.time" -f "%M %e" dotnet "$dll" ingest --quiet --json --db "$1" "$2" > "$1.json" 2> "$1.err" || true
    cat "$1.time"
}

store() { # DB FILE: the store holding FILE, built once and copied
    if [ ! -f "base-$2.duckdb" ]; then
        rm -f "base-$2.duckdb" "base-$2.duckdb.wal"
        dotnet "$dll" ingest --quiet --db "base-$2.duckdb" "$2" > /dev/null
    fi
    rm -rf "$1" "$1.wal" "$1.tmp"
    cp "base-$2.duckdb" "$1"
}

for scenario in ${SCENARIOS:-fresh superset duplicates}; do
    case $scenario in
        fresh) base=""; file=A.CSV ;;
        superset) base=B.CSV; file=A.CSV ;;
        duplicates) base=A.CSV; file=A2.CSV ;;
    esac
    db=$scenario.duckdb
    if [ -n "$base" ]; then store "$db" "$base"; else rm -rf "$db" "$db.wal" "$db.tmp"; fi
    before=$(stat -c %s "$db" 2>/dev/null || echo 0)
    read -r rss secs < <(ingest "$db" "$file" | tail -n 1)
    after=$(stat -c %s "$db")
    left=$( (find "$db.tmp" -type f 2>/dev/null || true) | wc -l)
    status=$(grep -o '"status": *"[a-z]*"' "$db.json" 2>/dev/null | head -n 1 || true)
    printf '%-10s rows=%s peak_rss=%s MB wall=%s s store %s -> %s MB spill_files_left=%s %s\n' \
        "$scenario" "$rows" "$((rss / 1024))" "$secs" "$((before / 1000000))" "$((after / 1000000))" "$left" "${status:-}"
    tail -n 3 "$db.err" | sed 's/^/    /'
done
