#!/usr/bin/env bash
# Starts ClickHouse for Fulcrum: one server, or a cluster of shards (--shards 2), each a plain
# process on loopback ports with its own config, data and logs under one private folder. Installs
# Debian's clickhouse-server first when it is missing. Prints the address to pass as --db (or set
# as FULCRUM_DB) on its last line. Stop them with scripts/clickhouse-down.sh (same --dir).
#
#   scripts/clickhouse-up.sh [--shards N] [--dir FOLDER] [--port HTTP_PORT] [--db NAME]
#
# --dir     where configs, data, logs and pid files go (default $FULCRUM_CLICKHOUSE_DIR, else
#           ${TMPDIR:-/tmp}/fulcrum-clickhouse); servers already running from it are reused.
# --port    the first server's HTTP port (default 18123); shard k listens on PORT+k-1 (HTTP) and
#           19000+k-1 (native, between the shards).
# --db      the database name in the printed address (default fulcrum).
set -euo pipefail
shards=1
dir="${FULCRUM_CLICKHOUSE_DIR:-${TMPDIR:-/tmp}/fulcrum-clickhouse}"
http=18123
tcp=19000
db=fulcrum
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shards) shards="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --port) http="$2"; tcp=$((http + 877)); shift 2 ;;
    --db) db="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "clickhouse-up: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$shards" =~ ^[1-9]$ ]] || { echo "clickhouse-up: --shards takes 1 to 9" >&2; exit 2; }
[[ "$db" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "clickhouse-up: --db takes letters, digits and _" >&2; exit 2; }

server=$(command -v clickhouse-server || true)
if [[ -z "$server" ]]; then
  echo "clickhouse-up: installing Debian's clickhouse-server" >&2
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2 || true
  $sudo apt-get install -y -qq clickhouse-server clickhouse-client >&2
  server=$(command -v clickhouse-server)
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# The cluster every server knows: one shard per server, reached over the native port.
cluster=""
for ((k = 0; k < shards; k++)); do
  cluster+="<shard><replica><host>127.0.0.1</host><port>$((tcp + k))</port></replica></shard>"
done

up() { curl -sf "http://127.0.0.1:$1/ping" >/dev/null 2>&1; }

for ((k = 0; k < shards; k++)); do
  home="$dir/shard$((k + 1))"
  mkdir -p "$home/data" "$home/tmp" "$home/user_files" "$home/log"
  pidfile="$home/clickhouse.pid"
  if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && up $((http + k)); then
    echo "clickhouse-up: shard $((k + 1)) already running (pid $(cat "$pidfile"), port $((http + k)))" >&2
    continue
  fi
  cat >"$home/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$home/log/server.log</log><errorlog>$home/log/error.log</errorlog><size>100M</size><count>2</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$((http + k))</http_port>
  <tcp_port>$((tcp + k))</tcp_port>
  <path>$home/data/</path>
  <tmp_path>$home/tmp/</tmp_path>
  <user_files_path>$home/user_files/</user_files_path>
  <users_config>$home/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>100</max_concurrent_queries>
  <remote_servers><fulcrum>$cluster</fulcrum></remote_servers>
  <macros><shard>$((k + 1))</shard></macros>
</yandex>
XML
  cat >"$home/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>in_order</load_balancing></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
  # The subshell becomes the server (exec; setsid does not fork outside a process group's lead), so
  # $! is the server's pid. (18.16 writes --pid-file only when it runs as a daemon.)
  (cd "$home" && exec setsid "$server" --config-file="$home/config.xml" >"$home/log/stdout.log" 2>&1 </dev/null) &
  echo $! >"$pidfile"
done

for ((k = 0; k < shards; k++)); do
  for ((i = 0; i < 150; i++)); do
    up $((http + k)) && break
    sleep 0.2
  done
  if ! up $((http + k)); then
    echo "clickhouse-up: shard $((k + 1)) did not start on port $((http + k)); its log:" >&2
    tail -20 "$dir/shard$((k + 1))/log/error.log" "$dir/shard$((k + 1))/log/stdout.log" >&2 2>/dev/null || true
    exit 1
  fi
done

hosts=""
for ((k = 0; k < shards; k++)); do hosts+="${hosts:+,}127.0.0.1:$((http + k))"; done
echo "$shards" >"$dir/shards"
echo "clickhouse-up: $shards server(s) under $dir" >&2
echo "clickhouse://$hosts/$db"
