#!/usr/bin/env bash
# Throughput of the actor stages, in sentences per second: finding the mentions, the co-occurrence pairs
# (sentence windows) with their statistics, and the search for unknown actors. The corpus (default:
# Reuters-21578) is read, cleaned and cached first; then each stage is timed alone, N times (default 3)
# in one local Spark session (src/test/java/org/narrativelens/actors/ActorThroughput.java), and the
# medians are printed.
#
#   scripts/bench-actors.sh [runs] [input]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
input=${2:-${CORPORA:-$repo/../shared/corpora}/reuters21578.jsonl.gz}
cd "$repo"
scripts/run.sh --help >/dev/null  # builds the jar and its classpath if the sources changed
mvn -B -q -ntp test-compile
jvm_flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# shellcheck disable=SC2086  # the flags are a space-separated list
java -Xmx4g $jvm_flags -Dlog4j2.configurationFile="file:$repo/src/main/resources/log4j2-narrative-lens.properties" \
  -cp "target/test-classes:target/narrative-lens.jar:$(cat target/spark-classpath.txt)" \
  org.narrativelens.actors.ActorThroughput "$input" "$runs" 2>&1 | grep -v '^WARN\|^SLF4J'
