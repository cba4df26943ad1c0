#!/usr/bin/env bash
# Stops the ClickHouse servers scripts/clickhouse-up.sh started from the same folder (their pid
# files), and only those. --purge also removes the folder (configs, data, logs).
#
#   scripts/clickhouse-down.sh [--dir FOLDER] [--purge]
set -euo pipefail
dir="${FULCRUM_CLICKHOUSE_DIR:-${TMPDIR:-/tmp}/fulcrum-clickhouse}"
purge=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --purge) purge=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "clickhouse-down: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -d "$dir" ]] || { echo "clickhouse-down: nothing under $dir" >&2; exit 0; }
for pidfile in "$dir"/shard*/clickhouse.pid; do
  [[ -f "$pidfile" ]] || continue
  pid=$(cat "$pidfile")
  # Only a clickhouse-server whose command line names this folder's config is ours to stop.
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(dirname "$pidfile")/config.xml"; then
    kill "$pid"
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "clickhouse-down: stopped pid $pid ($(dirname "$pidfile"))" >&2
  fi
  rm -f "$pidfile"
done
[[ $purge -eq 1 ]] && rm -rf "$dir"
exit 0
