#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK; ./test (and so CI) runs it first.
#
# ClickHouse: Debian's clickhouse-server (18.16), installed when missing. The ClickHouse store's
# tests start and stop their own servers with scripts/clickhouse-up.sh / clickhouse-down.sh (a
# private folder, free loopback ports), so nothing is left running here. If it cannot be installed
# (no package source, no root), this says so and goes on: those tests are then skipped, saying why.
#
# Chromium: Debian's chromium, for the browser tests (Playwright drives /usr/bin/chromium; no
# browser download) and `brief --pdf`. Installed when missing; if it cannot be, those tests are
# skipped, saying why.
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo -n"
export DEBIAN_FRONTEND=noninteractive
apt_updated=""

# apt_install PACKAGE... : installs from Debian's packages, updating the lists once per run.
apt_install() {
  if [[ -z "$apt_updated" ]]; then
    $sudo apt-get update -qq >>/tmp/fulcrum-test-deps.log 2>&1 || return 1
    apt_updated=1
  fi
  $sudo apt-get install -y -qq "$@" >>/tmp/fulcrum-test-deps.log 2>&1
}

if [[ ! -x /usr/bin/chromium ]]; then
  echo "test-deps: installing chromium (the browser tests and brief --pdf need it)"
  if ! apt_install chromium; then
    echo "test-deps: chromium could not be installed (see /tmp/fulcrum-test-deps.log); the browser tests will be skipped"
  fi
fi
[[ -x /usr/bin/chromium ]] && echo "test-deps: $(/usr/bin/chromium --version 2>/dev/null | head -1)"

if ! command -v clickhouse-server >/dev/null 2>&1 && [[ ! -x /usr/sbin/clickhouse-server ]]; then
  echo "test-deps: installing clickhouse-server (the ClickHouse store's tests need it)"
  if ! apt_install clickhouse-server clickhouse-client; then
    echo "test-deps: clickhouse-server could not be installed (see /tmp/fulcrum-test-deps.log); the ClickHouse store's tests will be skipped"
    exit 0
  fi
fi

# A quick start and stop proves the server runs here; a failure is reported, the tests then say more.
dir=$(mktemp -d)
if "$root/scripts/clickhouse-up.sh" --dir "$dir" --port 28999 >/dev/null 2>"$dir.log"; then
  "$root/scripts/clickhouse-down.sh" --dir "$dir" --purge
  echo "test-deps: clickhouse-server $(dpkg-query -W -f '${Version}' clickhouse-server 2>/dev/null) starts"
else
  echo "test-deps: clickhouse-server is installed but did not start:"; cat "$dir.log"
  "$root/scripts/clickhouse-down.sh" --dir "$dir" --purge
fi
rm -f "$dir.log"
exit 0
