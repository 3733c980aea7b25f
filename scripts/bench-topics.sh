#!/usr/bin/env bash
# Our topic model against MALLET 2.0.8 on one corpus and k, in one sitting, scored by one evaluator.
#
#   scripts/bench-topics.sh [CORPUS] [K] [RUNS] [-- job options...]
#
# CORPUS: a folder of .txt files or a .jsonl(.gz) file with a "text" field (default: the BBC folder in
# ../shared/corpora); K topics (default 20); RUNS alternating pairs of runs (default 1).
# For each run it times
#   MALLET: import (Csv2Vectors --keep-sequence --remove-stopwords, its English stoplist and token regex)
#           and training (ParallelTopicModel: 1000 iterations, 2 threads, alpha sum 5, beta 0.01,
#           --optimize-interval 10, 20 topics);
#   ours:   the job with only its topic model (scripts/run.sh --analyses topics: read, clean, phrases,
#           duplicates, topics, report), whole and its "topic model" stage from run.json; job options after
#           -- are added (--analyses all times the topic stage with every other analysis beside it);
# then scores both sets of topics with org.narrativelens.topics.CoherenceEvaluator (mean NPMI and UMass of
# the top 10 words over the raw documents of CORPUS; a pair never together counts -1).
# MALLET is fetched by Maven into the local repository (not a project dependency); without it, or without
# the corpus, the script says so and stops.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpora=${CORPORA:-$repo/../shared/corpora}
corpus=${1:-$corpora/bbc2225}
k=${2:-20}
runs=${3:-1}
shift $(( $# < 3 ? $# : 3 ))
[[ ${1:-} == -- ]] && shift
job_options=("$@")
iterations=${MALLET_ITERATIONS:-1000}

if [[ ! -e $corpus ]]; then
  echo "bench-topics: corpus '$corpus' is absent (set CORPORA or pass a folder or .jsonl.gz); nothing measured." >&2
  exit 2
fi
corpus=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-topics.XXXXXX")
trap 'rm -rf "$work"' EXIT

# MALLET's class path, resolved by Maven from a throw-away project.
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>mallet-bench</artifactId><version>1</version>
  <dependencies><dependency><groupId>cc.mallet</groupId><artifactId>mallet</artifactId><version>2.0.8</version></dependency></dependencies>
</project>
POM
if ! (cd "$work" && mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$work/mallet-cp.txt" >"$work/mvn.log" 2>&1); then
  echo "bench-topics: MALLET 2.0.8 (cc.mallet:mallet:2.0.8) could not be resolved by Maven; nothing measured. Maven said:" >&2
  tail -5 "$work/mvn.log" >&2
  exit 2
fi
mallet_cp=$(cat "$work/mallet-cp.txt")

# MALLET's one-line-per-document input: name, label, text.
python3 - "$corpus" "$work/mallet-input.txt" <<'PY'
import gzip, json, os, sys
src, dst = sys.argv[1], sys.argv[2]
with open(dst, "w", encoding="utf-8") as out:
    if os.path.isdir(src):
        for root, _, files in sorted(os.walk(src)):
            for f in sorted(files):
                if f.endswith(".txt"):
                    text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
                    out.write(f"{f}\tX\t{' '.join(text.split())}\n")
    else:
        opener = gzip.open if src.endswith(".gz") else open
        with opener(src, "rt", encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                text = json.loads(line).get("text") or "" if line.strip() else ""
                if text.strip():
                    out.write(f"doc{n}\tX\t{' '.join(text.split())}\n")
PY

(cd "$repo" && scripts/run.sh --out "$work/runs" --run-name warm-up >/dev/null 2>&1)  # builds the jar if needed
job_cp="$repo/target/narrative-lens.jar:$(cat "$repo/target/spark-classpath.txt")"
millis() { date +%s%3N; }
echo "# topics on $(basename "$corpus"), k=$k, $runs run(s) each, alternating; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  start=$(millis)
  java -Xmx2g -cp "$mallet_cp" cc.mallet.classify.tui.Csv2Vectors --input "$work/mallet-input.txt" \
    --output "$work/corpus.mallet" --keep-sequence --remove-stopwords >"$work/mallet-import.log" 2>&1
  imported=$(millis)
  # MALLET 2.0.8's multi-threaded sampler sometimes fails on an array bound in a worker thread and then
  # hangs (a known bug of that release); such a run is stopped, reported and retried with the next seed,
  # and after two failures with one thread (which does not fail), said so in the output.
  threads=2
  for seed in "$i" $(( i + 10 )) $(( i + 20 )); do
    [[ $seed == $(( i + 20 )) ]] && threads=1
    # One log per attempt: a failed attempt's log must not make the watch below stop the next one (and a
    # background job killed before it starts Java runs this script's EXIT trap, which removes $work).
    log=$work/mallet-train-$i-$seed.log
    train_start=$(millis)
    java -Xmx2g -cp "$mallet_cp" cc.mallet.topics.tui.TopicTrainer --input "$work/corpus.mallet" \
      --num-topics "$k" --num-iterations "$iterations" --num-threads "$threads" --alpha 5 --beta 0.01 --optimize-interval 10 \
      --random-seed "$seed" --output-topic-keys "$work/mallet-keys-$i.txt" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      if grep -qs "Exception" "$log"; then kill "$pid" 2>/dev/null || true; fi
      sleep 0.2
    done
    if wait "$pid" && ! grep -q "Exception" "$log"; then
      break
    fi
    echo "mallet run $i: seed $seed failed after $(( $(millis) - train_start )) ms ($(grep -m1 Exception "$log" || tail -2 "$log" 2>&1)); retrying"
    rm -f "$work/mallet-keys-$i.txt"
  done
  [[ -s $work/mallet-keys-$i.txt ]] || { echo "bench-topics: MALLET failed with every seed tried; see the log above" >&2; exit 1; }
  trained=$(millis)
  echo "mallet run $i (seed $seed, $threads threads): import $(( imported - start )) ms, train $(( trained - train_start )) ms, total $(( imported - start + trained - train_start )) ms"
  (cd "$repo" && scripts/run.sh --input "$corpus" --topics "$k" --analyses topics --out "$work/runs" --run-name "ours-$i" "${job_options[@]}" \
    >"$work/ours-$i.log" 2>&1) || { echo "our job failed:"; tail -5 "$work/ours-$i.log"; exit 1; }
  python3 - "$work/runs/ours-$i/run.json" "$i" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
topic = next(s["millis"] for s in run["stages"] if s["stage"] == "topic model")
print(f"ours   run {sys.argv[2]}: topic model stage {topic} ms, whole job {run['durationMillis']} ms")
PY
done
echo "## coherence over the raw documents of $(basename "$corpus") (CoherenceEvaluator), last run of each"
echo "mallet: $(java -cp "$job_cp" org.narrativelens.topics.CoherenceEvaluator "$corpus" "$work/mallet-keys-$runs.txt" | tail -1)"
echo "ours:   $(java -cp "$job_cp" org.narrativelens.topics.CoherenceEvaluator "$corpus" "$work/runs/ours-$runs/topics.csv" | tail -1)"
if [[ -n ${KEEP:-} ]]; then
  mkdir -p "$KEEP" && cp "$work"/mallet-keys-*.txt "$KEEP"/ && cp -r "$work/runs" "$KEEP"/ && echo "kept in $KEEP"
fi
