#!/usr/bin/env bash
# Runs the job on a real Spark standalone cluster on this machine and checks it gives the tables of a
# local run.
#
#   scripts/cluster.sh [job options]      (default: the seeds; e.g. --input ../shared/corpora/bbc2225)
#
# From the Maven-resolved Spark jars (target/spark-classpath.txt, no Spark distribution) it starts a
# Master and two Workers (1 core, 1 GB each) as separate JVMs on 127.0.0.1, waits until both workers are
# registered, submits the job through scripts/run.sh with --master spark://127.0.0.1:PORT (client mode:
# the driver writes the report here, two executors do the work), runs the same input and options in
# local mode, and compares every CSV table of the two runs byte for byte. The cluster is stopped on exit,
# whatever happens. Both runs use 2 cores and spark.default.parallelism=2, so the data is split alike:
# above 5,000 documents the Gibbs topic model samples per partition, and its topics depend on the partitioning.
# Environment: CLUSTER_KEEP=1 keeps the temporary folder (logs, both runs); CLUSTER_TMP sets its parent.
# Exit status: 0 tables equal, 1 tables differ or a run failed, 2 the cluster did not start.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
classpath_file="$repo/target/spark-classpath.txt"
log_config="$repo/src/main/resources/log4j2-narrative-lens.properties"
say() { echo "cluster.sh: $*" >&2; }
die() { say "$*"; exit 2; }

job_opts=("$@")
# Executors run in their own working folders, so a relative --input must become absolute.
input="$repo/seeds"
for ((i = 0; i < ${#job_opts[@]}; i++)); do
  case "${job_opts[$i]}" in
    --input) input=$(realpath "${job_opts[$((i + 1))]}"); job_opts[i + 1]=$input ;;
    --input=*) input=$(realpath "${job_opts[$i]#--input=}"); job_opts[i]="--input=$input" ;;
    --out|--out=*|--run-name|--run-name=*) die "the script chooses --out and --run-name itself" ;;
  esac
done
[ -e "$input" ] || die "input $input does not exist"
[[ " ${job_opts[*]-} " == *" --input"* ]] || job_opts+=(--input "$input")

# The build, if needed, happens before the cluster starts (run.sh builds when the jar is stale).
if [ ! -f "$classpath_file" ] || [ -n "$(find "$repo/src/main" "$repo/pom.xml" -newer "$repo/target/narrative-lens.jar" -print -quit 2>/dev/null)" ]; then
  say "building the application jar first"
  mvn -B -q -ntp -f "$repo/pom.xml" -DskipTests package >/dev/null || die "the build failed: run mvn -B -DskipTests package"
fi
jvm_flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$repo/pom.xml")
[ -n "$jvm_flags" ] || die "cannot find <spark.jvm.flags> in pom.xml"

tmp=$(mktemp -d "${CLUSTER_TMP:-${TMPDIR:-/tmp}}/narrative-lens-cluster.XXXXXX")
pids=()
stop_cluster() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    # A JVM that ignores SIGTERM for 20 s is killed, so no daemon outlives the script.
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "${CLUSTER_KEEP:-0}" = 1 ]; then say "kept $tmp"; else rm -rf "$tmp"; fi
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
command -v python3 >/dev/null || die "python3 is needed to find free ports"
command -v curl >/dev/null && command -v jq >/dev/null || die "curl and jq are needed to ask the master for its workers"

# Workers build each executor's command from SPARK_HOME/jars, as in a distribution: a folder of links to
# the Maven-resolved Spark jars stands in for one.
spark_home="$tmp/spark-home"
mkdir -p "$spark_home/jars" "$tmp/logs" "$tmp/work"
tr ':' '\n' <"$classpath_file" | while read -r jar; do ln -s "$jar" "$spark_home/jars/"; done

master_port=$(free_port)
master_ui=$(free_port)
master_url="spark://127.0.0.1:$master_port"
daemon() {  # daemon NAME CLASS ARGS...: one JVM in the background, its output in logs/NAME.log
  local name=$1; shift
  # shellcheck disable=SC2086  # the flags are a space-separated list
  SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost \
    java -Xmx256m $jvm_flags -Dlog4j2.configurationFile="file:$log_config" \
    -cp "$(cat "$classpath_file")" "$@" >"$tmp/logs/$name.log" 2>&1 &
  pids+=($!)
}
started=$(date +%s)
daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui"
for n in 1 2; do
  mkdir -p "$tmp/work/worker-$n"
  daemon "worker-$n" org.apache.spark.deploy.worker.Worker "$master_url" --host 127.0.0.1 \
    --port "$(free_port)" --webui-port "$(free_port)" --cores 1 --memory 1g --work-dir "$tmp/work/worker-$n"
done

# Both workers registered: the master's JSON lists them ALIVE.
alive=0
for _ in $(seq 120); do
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$tmp"/logs/*.log >&2; die "a cluster JVM ended early (logs above)"; }
  done
  alive=$(curl -fsS "http://127.0.0.1:$master_ui/json/" 2>/dev/null \
    | jq '[.workers[] | select(.state == "ALIVE")] | length' 2>/dev/null || echo 0)
  [ "$alive" -ge 2 ] && break
  sleep 1
done
[ "$alive" -ge 2 ] || { tail -n 20 "$tmp"/logs/*.log >&2; die "the workers did not register with $master_url within 120 s"; }
say "cluster up in $(($(date +%s) - started)) s: master $master_url (web UI http://127.0.0.1:$master_ui), 2 workers"

# The same partitioning in both runs: 2 cores, 2 default partitions.
same=(--conf spark.default.parallelism=2)
status=0
t0=$(date +%s.%N)
"$repo/scripts/run.sh" --master "$master_url" --deploy-mode client "${same[@]}" \
  --conf spark.cores.max=2 --conf spark.executor.cores=1 --conf spark.executor.memory=1g \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf "spark.executor.extraJavaOptions=$jvm_flags" \
  -- "${job_opts[@]}" --out "$tmp/runs" --run-name on-cluster >"$tmp/logs/on-cluster.out" 2>&1 || status=$?
t1=$(date +%s.%N)
if [ "$status" -ne 0 ]; then
  tail -n 30 "$tmp/logs/on-cluster.out" >&2
  say "the run on the cluster failed (exit $status)"; CLUSTER_KEEP=1; exit 1
fi
executors=$(find "$tmp/work" -name stderr -path '*app-*' | wc -l)
say "run on the cluster: $(printf '%.1f' "$(echo "$t1 - $t0" | bc)") s wall, $executors executors"
[ "$executors" -ge 2 ] || { say "expected executors on both workers, found $executors"; CLUSTER_KEEP=1; exit 1; }

"$repo/scripts/run.sh" --master 'local[2]' "${same[@]}" \
  -- "${job_opts[@]}" --out "$tmp/runs" --run-name local >"$tmp/logs/local.out" 2>&1 || status=$?
t2=$(date +%s.%N)
if [ "$status" -ne 0 ]; then
  tail -n 30 "$tmp/logs/local.out" >&2
  say "the local run failed (exit $status)"; CLUSTER_KEEP=1; exit 1
fi
say "local run: $(printf '%.1f' "$(echo "$t2 - $t1" | bc)") s wall"

# Every CSV table, byte for byte; run.json and job.log hold times and names, so they differ by design.
tables=0 differ=0
for csv in "$tmp/runs/local"/*.csv; do
  name=$(basename "$csv")
  tables=$((tables + 1))
  if ! cmp -s "$csv" "$tmp/runs/on-cluster/$name"; then
    differ=$((differ + 1))
    say "$name differs:"
    diff "$csv" "$tmp/runs/on-cluster/$name" | head -10 >&2 || true
  fi
done
extra=$(comm -13 <(ls "$tmp/runs/local") <(ls "$tmp/runs/on-cluster") | grep '\.csv$' || true)
[ -z "$extra" ] || { say "only on the cluster: $extra"; differ=$((differ + 1)); }
if [ "$differ" -ne 0 ]; then
  say "$differ of $tables tables differ between the cluster and the local run"; CLUSTER_KEEP=1; exit 1
fi
say "all $tables CSV tables of the cluster run equal the local run's"
