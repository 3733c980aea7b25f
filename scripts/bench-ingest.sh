#!/usr/bin/env bash
# Ingestion and cleaning throughput on the two reference corpora, N runs each (default 3):
# BBC (a folder of 2,225 small text files) and Reuters-21578 (one gzipped JSON Lines file).
# Each run is the whole job (scripts/run.sh); the figures come from the stage timings in run.json:
#   "read and clean"  reading, boilerplate search, cleaning, sentences and terms, cached and counted
#   "duplicates"      exact and near-duplicate search (MinHash LSH)
# and are printed as documents/s and MB/s of input on disk, median of the runs.
#
#   scripts/bench-ingest.sh [runs]
#
# The corpora are read where they lie (CORPORA, default ../shared/corpora beside the repository);
# runs go to a temporary folder.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
corpora=${CORPORA:-$repo/../shared/corpora}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

bench() {  # name input [job options...]
  local name=$1 input=$2
  shift 2
  for i in $(seq 1 "$runs"); do
    (cd "$repo" && scripts/run.sh --input "$input" --out "$out" --run-name "$name-$i" "$@" >/dev/null 2>&1)
  done
  python3 - "$out" "$name" "$runs" "$(du -sb "$input" | cut -f1)" <<'PY'
import json, statistics, sys
out, name, runs, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
stage = {}
docs = None
for i in range(1, runs + 1):
    run = json.load(open(f"{out}/{name}-{i}/run.json"))
    docs = run["documents"]
    for s in run["stages"]:
        stage.setdefault(s["stage"], []).append(s["millis"] / 1000)
    stage.setdefault("job", []).append(run["durationMillis"] / 1000)
clean = stage["read and clean"]
both = [c + d for c, d in zip(clean, stage["duplicates"])]
mb = size / 1e6
print(f"## {name}: {docs['read']} documents, {mb:.1f} MB on disk; {docs}")
print(f"  read and clean  s: {' '.join(f'{x:.1f}' for x in clean)}  median {statistics.median(clean):.1f} s"
      f" = {docs['read'] / statistics.median(clean):.0f} documents/s, {mb / statistics.median(clean):.2f} MB/s")
print(f"  + duplicates    s: {' '.join(f'{x:.1f}' for x in both)}  median {statistics.median(both):.1f} s"
      f" = {docs['read'] / statistics.median(both):.0f} documents/s, {mb / statistics.median(both):.2f} MB/s")
print(f"  whole job       s: {' '.join(f'{x:.1f}' for x in stage['job'])}  median {statistics.median(stage['job']):.1f} s")
PY
}

(cd "$repo" && scripts/run.sh --out "$out" --run-name warm-up >/dev/null 2>&1)  # builds the jar if needed
echo "# ingestion and cleaning, $runs runs each; $(nproc) cores, $(java -version 2>&1 | head -1)"
bench bbc "$corpora/bbc2225" --source-from-path 'bbc-([a-z]+)-'
bench reuters "$corpora/reuters21578.jsonl.gz"
