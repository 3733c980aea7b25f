#!/usr/bin/env bash
# Times the README's first command (scripts/run.sh) on seeds/, after the build, N times (default 5),
# and prints the wall time of each run, the median, and the median time of each stage from run.json.
#
#   scripts/bench.sh [runs]
#
# Runs go to a temporary folder; nothing in reports/ is touched.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# One untimed run first: it builds the jar if the sources changed and makes the class-data archive,
# as the first run after a build does for a user.
(cd "$repo" && scripts/run.sh --out "$out" --run-name warm-up >/dev/null 2>&1)

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2] + a[NR/2+1]) / 2}'; }

walls=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$repo" && scripts/run.sh --out "$out" --run-name "bench-$i" >/dev/null 2>&1)
  end=$(date +%s%N)
  walls+=("$(( (end - start) / 1000000 ))")
done

echo "# seeds, whole job (scripts/run.sh), $runs runs after the build"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "wall ms: ${walls[*]}"
echo "median wall: $(printf '%s\n' "${walls[@]}" | median) ms"
echo "median per stage (run.json):"
python3 - "$out" "$runs" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
stages = {}
for i in range(1, runs + 1):
    for s in json.load(open(f"{out}/bench-{i}/run.json"))["stages"]:
        stages.setdefault(s["stage"], []).append(s["millis"] / 1000)
for name, secs in stages.items():
    print(f"  {name:<18} {statistics.median(secs):6.2f} s")
PY
