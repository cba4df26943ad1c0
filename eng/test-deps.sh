#!/usr/bin/env bash
# Installs and starts what the tests need beyond the .NET SDK. Nothing yet: the foundation's tests
# need only the SDK. Later issues add Chromium (dashboard tests) and ClickHouse (scale-out store).
set -euo pipefail
exit 0
