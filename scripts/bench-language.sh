#!/usr/bin/env bash
# Tokens per second of the language layer (OpenNLP sentences, tokens, stopwords and terms, with each
# --normalise mode) on the reference corpora, outside Spark, against a plain tokenise-and-count loop
# over the same texts: N timed passes each (default 3) on every core, the baseline also on one thread.
#
#   scripts/bench-language.sh [runs] [lemma-runs]
#
# --normalise lemma takes about ten times as long as the others: its runs are counted apart (default 1).
#
# The corpora are read where they lie (CORPORA, default ../shared/corpora beside the repository).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
lemma_runs=${2:-1}
corpora=${CORPORA:-$repo/../shared/corpora}
if [[ ! -d $corpora ]]; then
  echo "bench-language: no corpora at $corpora (set CORPORA to the folder holding bbc2225/ and reuters21578.jsonl.gz)" >&2
  exit 1
fi

cd "$repo"
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"
echo "# language layer throughput, $runs runs ($lemma_runs with lemmas); $(nproc) cores, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for corpus in "$corpora/bbc2225" "$corpora/reuters21578.jsonl.gz"; do
  if [[ -e $corpus ]]; then
    java -Xmx4g -cp "$classpath" org.narrativelens.bench.TokenThroughput "$corpus" "$runs" "$lemma_runs"
  else
    echo "bench-language: $corpus is absent, skipped" >&2
  fi
done
