#!/usr/bin/env bash
# Times the README's first command (scripts/run.sh) after the build, N times (default 5): each time a cold
# run (a fresh prepared-corpus cache, so it reads, cleans, de-duplicates and annotates, and writes the cache)
# and then a rerun with only --topics changed (another k: it reads the prepared corpus and every other
# analysis back from the cache). Prints the wall time of each, the medians, the rerun's wall time minus its
# topic stage, the rerun/cold ratio (median of the pairs, each measured back to back), the Spark jobs and
# the median time of each stage from run.json.
#
#   scripts/bench.sh [runs] [job options ...]      e.g. scripts/bench.sh 3 --input ../shared/corpora/bbc2225
#
# Runs go to a temporary folder; nothing in reports/ is touched.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
shift || true
options=("$@")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# One untimed run first: it builds the jar if the sources changed and makes the class-data archive,
# as the first run after a build does for a user.
(cd "$repo" && scripts/run.sh --out "$out" --run-name warm-up --no-cache "${options[@]}" >/dev/null 2>&1)

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2] + a[NR/2+1]) / 2}'; }
timed() {   # timed NAME OPTIONS...: runs the job, prints its wall time in ms
  local start end
  start=$(date +%s%N)
  (cd "$repo" && scripts/run.sh --out "$out" --run-name "$@" >/dev/null 2>&1) || { echo "run $1 failed" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

cold=() rerun=()
for i in $(seq 1 "$runs"); do
  cold+=("$(timed "cold-$i" --cache "$out/cache-$i" "${options[@]}")")
  rerun+=("$(timed "rerun-$i" --cache "$out/cache-$i" "${options[@]}" --topics 3)")
done

echo "# ${options[*]:-seeds}: whole job (scripts/run.sh), $runs cold runs and $runs reruns with --topics 3, after the build"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cold wall ms: ${cold[*]}"
echo "median cold wall: $(printf '%s\n' "${cold[@]}" | median) ms"
echo "rerun wall ms: ${rerun[*]}"
echo "median rerun wall: $(printf '%s\n' "${rerun[@]}" | median) ms"
python3 - "$out" "$runs" "${cold[*]}" "${rerun[*]}" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
cold = [int(x) for x in sys.argv[3].split()]
rerun = [int(x) for x in sys.argv[4].split()]
def manifest(name):
    return json.load(open(f"{out}/{name}/run.json"))
def stage(m, name):
    return next((s["millis"] for s in m["stages"] if s["stage"] == name), 0)
reruns = [manifest(f"rerun-{i}") for i in range(1, runs + 1)]
colds = [manifest(f"cold-{i}") for i in range(1, runs + 1)]
minus_topics = [w - stage(m, "topic model") for w, m in zip(rerun, reruns)]
print(f"median rerun wall minus its topic stage: {statistics.median(minus_topics):.0f} ms")
print(f"median rerun/cold ratio (pairs): {statistics.median(r / c for r, c in zip(rerun, cold)):.3f}")
print(f"median Spark jobs: cold {statistics.median(m.get('spark_jobs', 0) for m in colds):.0f}, "
      f"rerun {statistics.median(m.get('spark_jobs', 0) for m in reruns):.0f}")
computed = sorted({s['stage'] for m in reruns for s in m['stages'] if not s.get('reused')})
print(f"stages the reruns computed: {', '.join(computed)}")
print("median per stage, cold runs (run.json):")
stages = {}
for m in colds:
    for s in m["stages"]:
        stages.setdefault(s["stage"], []).append(s["millis"] / 1000)
for name, secs in stages.items():
    print(f"  {name:<18} {statistics.median(secs):6.2f} s")
PY
