#!/usr/bin/env bash
# Wall and CPU time of the CLI's short commands end to end (process start included), as a user
# sees them: each command run RUNS times (default 5) after one warm-up run; prints the fastest and
# the median. Usage: bench/cli-times.sh [RUNS] [FULCRUM_DLL]  (default: the launcher's build, run
# through its own executable; a DLL given is run with `dotnet DLL`).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=${1:-5}
dll=${2:-}
if [[ -z "$dll" ]]; then
  "$root/fulcrum" --help >/dev/null # builds when stale
  run=("$root/.fulcrum/cli/fulcrum")
else
  run=(dotnet "$dll")
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
commands=("--help" "case check" "signposts" "examine --priors --draws 1000" "examine")
printf '%-32s %10s %10s %10s\n' command "min wall" "median" "median cpu"
for c in "${commands[@]}"; do
  read -ra argv <<<"$c"
  "${run[@]}" "${argv[@]}" >/dev/null 2>&1 # warm the file cache
  walls=() cpus=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -o "$tmp" -f "%e %U %S" "${run[@]}" "${argv[@]}" >/dev/null 2>&1
    t=$(tail -1 "$tmp")
    read -r wall user sys <<<"$t"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
  done
  sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
  min=$(head -1 <<<"$sorted")
  median=$(sed -n "$(((runs + 1) / 2))p" <<<"$sorted")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  printf '%-32s %9ss %9ss %9ss\n' "$c" "$min" "$median" "$cpu"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
