#!/usr/bin/env bash
# The scale curve: times the whole job (scripts/run.sh) on corpora of growing size and writes one
# results file with wall time, time per stage, MB/s, documents/s, the driver's peak resident memory and
# the machine's facts.
#
#   scripts/bench-scale.sh [--cases "seeds bbc reuters 100M 1G"] [--runs N] [--driver-memory 4g] [--results FILE]
#
# Cases: seeds (seeds/), bbc (../shared/corpora/bbc2225), reuters (../shared/corpora/reuters21578.jsonl.gz),
# and sizes such as 100M or 1G: a synthetic JSON Lines corpus of that size made by
# scripts/synthetic-corpus.py from BBC's sentences (seed 42; the seeds' when ../shared is absent), kept in
# target/synthetic/ for later runs. Real corpora are timed --runs times (default 3) and the median is
# reported; synthetic sizes of 500 MB or more once (they take long). When ../shared is absent the script
# says so and runs on what it has. MB are 2^20 bytes of input as stored (a .gz counts compressed).
# Peak memory: the largest resident set of the run's processes (GNU time's %M), which in the embedded
# local mode is the driver JVM. The results file defaults to target/bench-scale/results-<time>.tsv.
# The baseline, the physical limit: before a case's job runs, org.narrativelens.bench.TokenCountBaseline
# reads the same input and counts its tokens in one plain pass on one thread (no Spark), as many times as
# the job runs; its median seconds give baseline_mb_per_s (the case's MB as above over those seconds).
# job_vs_baseline is the job's MB/s over baseline_mb_per_s x cores (nproc); stage_vs_baseline the same
# ratio for each stage of run.json but "start Spark" (reads no input) and "topic model" (the issue's
# target leaves it out): the case's MB over the stage's seconds. Stages after "read and clean" run at the
# same time on the same cores, so a stage's ratio understates what it would reach alone.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=$(cd "$repo/.." && pwd)/shared
cases="seeds bbc reuters 100M 1G"
runs=3
driver_memory=4g
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) cases=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --driver-memory) driver_memory=$2; shift 2 ;;
    --results) results=$2; shift 2 ;;
    *) echo "bench-scale.sh: unknown option $1 (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench-scale.sh: GNU time (/usr/bin/time) is needed for peak memory: apt-get install time" >&2; exit 2; }
mkdir -p "$repo/target/bench-scale" "$repo/target/synthetic"
results=${results:-$repo/target/bench-scale/results-$(date -u +%Y%m%d-%H%M%S).tsv}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

note() { echo "# $*" | tee -a "$results" >&2; }
: >"$results"
note "scale benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD)"
note "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
note "driver memory $driver_memory, runs per real corpus $runs"
if [ -d "$shared/corpora" ]; then
  sentence_source=$shared/corpora/bbc2225
else
  note "$shared is absent: bbc and reuters are skipped, synthetic corpora resample seeds/ instead of BBC"
  sentence_source=$repo/seeds
fi

# The warm-up builds the jar if the sources changed and writes the class-data archive.
(cd "$repo" && scripts/run.sh --out "$out" --run-name warm-up >/dev/null 2>&1)

job_cp="$repo/target/narrative-lens.jar:$(cat "$repo/target/spark-classpath.txt")"
cores=$(nproc)
printf 'case\trun\tinput_mb\tdocuments\twall_s\tmb_per_s\tdocs_per_s\tpeak_rss_mb\tstages\tbaseline_mb_per_s\tjob_vs_baseline\tstage_vs_baseline\n' >>"$results"
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2] + a[NR/2+1]) / 2}'; }

for case in $cases; do
  n=$runs
  format=()
  case "$case" in
    seeds) input=$repo/seeds ;;
    bbc) input=$shared/corpora/bbc2225 ;;
    reuters) input=$shared/corpora/reuters21578.jsonl.gz ;;
    *[0-9][KMG])
      input=$repo/target/synthetic/$(basename "$sentence_source" | tr -c 'a-z0-9\n' '-')-$case.jsonl
      if [ ! -s "$input" ]; then
        python3 "$repo/scripts/synthetic-corpus.py" "$sentence_source" "$case" "$input.part" && mv "$input.part" "$input"
      fi
      format=(--format jsonl)
      [ "$(du -k "$input" | cut -f1)" -lt 512000 ] || n=1 ;;
    *) echo "bench-scale.sh: unknown case $case: seeds, bbc, reuters or a size such as 100M" >&2; exit 2 ;;
  esac
  if [ ! -e "$input" ]; then note "$case: $input is absent, skipped"; continue; fi
  mb=$(du -bL --apparent-size -s "$input" | awk '{printf "%.2f", $1 / 1048576}')
  baseline_times=()
  for i in $(seq 1 "$n"); do
    if line=$(java -Xmx2g -cp "$job_cp" org.narrativelens.bench.TokenCountBaseline "$input" 2>"$out/baseline.err"); then
      baseline_times+=("$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' <<<"$line")")
      baseline_line=$line
    else
      note "$case baseline run $i failed: $(head -n 1 "$out/baseline.err")"
    fi
  done
  baseline_s=""
  if [ "${#baseline_times[@]}" -gt 0 ]; then
    baseline_s=$(printf '%s\n' "${baseline_times[@]}" | median)
    note "$case: baseline median $baseline_s s of ${#baseline_times[@]} runs ($(printf '%s ' "${baseline_times[@]}")s), last: $baseline_line"
  fi
  walls=()
  for i in $(seq 1 "$n"); do
    name="$case-$i"
    status=0
    (cd "$repo" && /usr/bin/time -f '%e %M' -o "$out/$name.time" scripts/run.sh --driver-memory "$driver_memory" -- \
      --input "$input" "${format[@]}" --out "$out" --run-name "$name" >"$out/$name.log" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
      note "$case run $i failed (exit $status): $(grep -m1 -i 'error' "$out/$name.log" || tail -n 1 "$out/$name.log")"
      continue
    fi
    read -r wall rss_kb < <(tail -n 1 "$out/$name.time")
    walls+=("$wall")
    python3 - "$out/$name/run.json" "$case" "$i" "$mb" "$wall" "$rss_kb" "$baseline_s" "$cores" >>"$results" <<'PY'
import json, sys
run, case, i, mb, wall, rss_kb = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
baseline_s, cores = sys.argv[7], int(sys.argv[8])
manifest = json.load(open(run))
docs = manifest["documents"]["read"]
stages = " ".join(f"{s['stage'].replace(' ', '_')}={s['millis'] / 1000:.1f}" for s in manifest["stages"])
baseline = job = by_stage = "-"
if baseline_s and float(baseline_s) > 0:
    limit = mb / float(baseline_s) * cores  # MB/s of the plain count on every core
    baseline = f"{mb / float(baseline_s):.3f}"
    job = f"{mb / wall / limit:.3g}"
    by_stage = " ".join(f"{s['stage'].replace(' ', '_')}={mb / (s['millis'] / 1000) / limit:.3g}"
                        for s in manifest["stages"] if s["stage"] not in ("start Spark", "topic model") and s["millis"] > 0)
print(f"{case}\t{i}\t{mb:.2f}\t{docs}\t{wall:.1f}\t{mb / wall:.3f}\t{docs / wall:.1f}\t{rss_kb / 1024:.0f}\t{stages}"
      f"\t{baseline}\t{job}\t{by_stage}")
PY
    tail -n 1 "$results" >&2
  done
  if [ "${#walls[@]}" -gt 0 ]; then
    wall_median=$(printf '%s\n' "${walls[@]}" | median)
    ratio=""
    [ -z "$baseline_s" ] || ratio=$(awk -v b="$baseline_s" -v w="$wall_median" -v c="$cores" \
      'BEGIN {printf ", job_vs_baseline %.3g at the median wall (baseline %s s x %d cores)", b / (w * c), b, c}')
    note "$case: median wall $wall_median s of ${#walls[@]} runs$ratio"
  fi
done
note "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $results" >&2
