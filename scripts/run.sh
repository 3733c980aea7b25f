#!/usr/bin/env bash
# Runs the narrative-analytics job.
#
#   scripts/run.sh [spark-submit options] [--] [job options]
#
# With no options it analyses seeds/ into reports/. `scripts/run.sh --help` lists the job's options.
# Builds the application jar first when it is missing or older than the sources.
# With SPARK_HOME set, submits through $SPARK_HOME/bin/spark-submit (any master: local, standalone,
# YARN, Kubernetes). Without it, runs Spark's own SparkSubmit class on the Maven-resolved classpath in
# local mode: no Spark distribution needed. `--driver-memory` becomes the JVM's -Xmx there (default 2g).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar="$repo/target/narrative-lens.jar"
classpath_file="$repo/target/spark-classpath.txt"
main_class=org.narrativelens.NarrativeJob
log_config="$repo/src/main/resources/log4j2-narrative-lens.properties"

die() { echo "run.sh: $*" >&2; exit 2; }

# spark-submit options that take a value, and those that do not.
with_value=" --master --deploy-mode --name --jars --packages --exclude-packages --repositories --files --archives
 --conf -c --properties-file --driver-memory --driver-java-options --driver-library-path --driver-class-path
 --driver-cores --executor-memory --executor-cores --total-executor-cores --num-executors --queue
 --principal --keytab --proxy-user --py-files "
flags=" --verbose -v --supervise "

spark_opts=()
driver_memory=2g
while [ $# -gt 0 ]; do
  opt=$1 name=${1%%=*}
  if [ "$opt" = "--" ]; then shift; break; fi
  if [[ "$with_value" == *" $name "* ]]; then
    if [ "$opt" != "$name" ]; then value=${opt#*=}; shift
    else [ $# -ge 2 ] || die "$opt needs a value"; value=$2; shift 2; fi
    if [ "$name" = "--driver-memory" ]; then driver_memory=$value; fi
    spark_opts+=("$name" "$value")
  elif [[ "$flags" == *" $opt "* ]]; then
    spark_opts+=("$opt"); shift
  else
    break
  fi
done
job_opts=("$@")

needs_build() {
  [ -f "$jar" ] && [ -f "$classpath_file" ] || return 0
  [ -n "$(find "$repo/src/main" "$repo/pom.xml" -newer "$jar" -print -quit)" ]
}
if needs_build; then
  command -v mvn >/dev/null || die "Maven (mvn) is needed to build the application jar; install Maven 3.6.3+ and Java 17"
  echo "run.sh: building the application jar (first run downloads Spark's libraries: a few minutes)..." >&2
  build_log=$(mktemp)
  if ! mvn -B -f "$repo/pom.xml" -DskipTests package >"$build_log" 2>&1; then
    tail -40 "$build_log" >&2
    die "the build failed (full log: $build_log)"
  fi
  rm -f "$build_log"
fi

if [ -n "${SPARK_HOME:-}" ]; then
  exec "$SPARK_HOME/bin/spark-submit" \
    --driver-java-options "-Dlog4j2.configurationFile=file:$log_config" \
    "${spark_opts[@]}" --class "$main_class" "$jar" "${job_opts[@]}"
fi

command -v java >/dev/null || die "java is needed: install Java 17"
[[ "$driver_memory" =~ ^[0-9]+[kKmMgG]?$ ]] || die "--driver-memory '$driver_memory' must look like 512m or 4g"
# The JVM flags Spark's launcher adds on Java 17; kept in one place, the pom.
jvm_flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$repo/pom.xml")
[ -n "$jvm_flags" ] || die "cannot find <spark.jvm.flags> in pom.xml"

# Start-up costs more than the analysis on small inputs, so:
# - a class-data-sharing archive of the classes a run loads (made by the first run after each build)
#   spares later runs most of the class loading;
# - for local inputs under 4 MB (a few hundred articles): the JIT stops at its quick first tier and the serial collector
#   replaces G1 (the run ends before the optimising compiler or concurrent GC would pay for the CPU
#   they take), and Spark interprets expressions instead of compiling code for each query
#   (spark.sql.codegen.*), plans each query once (adaptive execution off) and shows no progress bar
#   (the stages take seconds; the job prints its own stage lines). Measured in
#   docs/BENCHMARKS.md. Your own --conf options come later and win; NARRATIVE_LENS_JAVA_OPTS is
#   appended to the JVM options last.
cds_archive="$repo/target/narrative-lens-cds.jsa"
if [ -f "$cds_archive" ] && [ "$cds_archive" -nt "$jar" ] && [ "$cds_archive" -nt "$classpath_file" ]; then
  cds_flags="-XX:SharedArchiveFile=$cds_archive -Xlog:cds=off -Xlog:cds+dynamic=off"
else
  cds_flags="-XX:ArchiveClassesAtExit=$cds_archive -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
jit_flags=""
small_input_confs=()
input=seeds
for ((i = 0; i < ${#job_opts[@]}; i++)); do
  case "${job_opts[$i]}" in
    --input) input=${job_opts[$((i + 1))]:-} ;;
    --input=*) input=${job_opts[$i]#--input=} ;;
  esac
done
if [ -e "$input" ] && [ "$(du -sk "$input" 2>/dev/null | cut -f1)" -lt 4096 ]; then
  jit_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  small_input_confs=(--conf spark.sql.codegen.wholeStage=false --conf spark.sql.codegen.factoryMode=NO_CODEGEN
    --conf spark.sql.adaptive.enabled=false --conf spark.ui.showConsoleProgress=false)
fi

export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
rc=0
oom_said=$(mktemp)
trap 'rm -f "$oom_said"' EXIT
# shellcheck disable=SC2086  # the flags are space-separated lists
java -Xmx"$driver_memory" $jvm_flags $cds_flags $jit_flags ${NARRATIVE_LENS_JAVA_OPTS:-} \
  -Dlog4j2.configurationFile="file:$log_config" \
  -cp "$(cat "$classpath_file")" \
  org.apache.spark.deploy.SparkSubmit \
  --master 'local[*]' --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=true \
  "${small_input_confs[@]}" "${spark_opts[@]}" --class "$main_class" "$jar" "${job_opts[@]}" \
  2> >(tee >(grep --line-buffered "narrative-lens: error: out of memory" >"$oom_said") >&2) || rc=$?
# An archive is only worth keeping when it comes from a whole run, not from --help or a failure.
if [[ "$cds_flags" == *ArchiveClassesAtExit* ]]; then
  whole_run=$([ "$rc" -eq 0 ] && echo yes || echo no)
  for opt in "${job_opts[@]}"; do
    case "$opt" in -h|--help|-V|--version) whole_run=no ;; esac
  done
  [ "$whole_run" = yes ] || rm -f "$cds_archive"
fi
if [ "$rc" -eq 52 ]; then
  # Spark ends the JVM with 52 when a task runs out of memory, often before the job can say so; the job
  # then said nothing, or the same as this line.
  sleep 1  # the copy of the error stream above may still be writing
  [ -s "$oom_said" ] || echo "narrative-lens: error: out of memory in a Spark task: give the run more with --driver-memory (now $driver_memory; e.g. --driver-memory 8g)" >&2
  rc=4
fi
exit "$rc"
