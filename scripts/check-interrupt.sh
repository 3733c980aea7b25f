#!/usr/bin/env bash
# Interruption check of the reliability catalogue (docs/RELIABILITY.md): the job on seeds/ is killed with
# SIGKILL (the whole process group, as when a machine dies) after 1, 2, 4, 6 ... 60 seconds, until a run
# completes on its own (on a slow machine, a last rerun is left alone). After each kill no run folder may exist under its name (the run writes into a
# hidden staging folder renamed into place only when whole), and no prepared corpus is left in the cache
# without its manifest (the victim has a cache of its own, so every attempt prepares the corpus and some
# kills land while it is written); then a rerun under the same name succeeds, and earlier runs are untouched.
#
#   scripts/check-interrupt.sh [work-folder]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${1:-$(mktemp -d)}
out="$work/runs"
mkdir -p "$out"
fail() { echo "check-interrupt: FAIL: $*" >&2; exit 1; }

# An earlier, complete run that nothing may touch.
(cd "$repo" && scripts/run.sh --out "$out" --run-name earlier >/dev/null 2>&1) || fail "the first run failed"
before=$(cd "$out/earlier" && sha256sum ./*.csv run.json index.html | sha256sum)

kills=0
for delay in 1 2 4 6 8 10 13 16 20 25 30 40 50 60; do
  setsid bash -c "cd '$repo' && exec scripts/run.sh --out '$out' --run-name victim --cache '$work/victim-cache'" >"$work/victim.log" 2>&1 &
  pid=$!
  sleep "$delay"
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" || fail "a run that was not killed failed: $(tail -3 "$work/victim.log")"
    echo "check-interrupt: the run completed in under ${delay} s after $kills kills"
    break
  fi
  kill -9 -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kills=$((kills + 1))
  stage=$(grep -o '\] [a-z][a-z ]*[a-z] ' "$work/victim.log" | tail -1 | sed 's/^\] //' || true)
  [ ! -e "$out/victim" ] || fail "killed after ${delay} s (last stage: ${stage:-start}), yet $out/victim exists"
  for prepared in "$work"/victim-cache/*/; do
    [ -d "$prepared" ] || continue
    [ -s "$prepared/manifest.json" ] || fail "killed after ${delay} s (last stage: ${stage:-start}), the cache holds $prepared without a manifest"
  done
  echo "check-interrupt: killed after ${delay} s (last stage done: ${stage:-none}): no run folder left"
done
[ "$kills" -ge 3 ] || fail "only $kills kills before the run completed: the check did not interrupt enough stages"
if [ ! -e "$out/victim" ]; then
  # On a slow machine every delay above fell inside the run: the rerun, left alone, must succeed.
  (cd "$repo" && scripts/run.sh --out "$out" --run-name victim --cache "$work/victim-cache" >"$work/victim.log" 2>&1) || fail "the rerun after the kills failed: $(tail -3 "$work/victim.log")"
fi
[ -s "$out/victim/index.html" ] && [ -s "$out/victim/run.json" ] || fail "the rerun after the kills did not complete"
after=$(cd "$out/earlier" && sha256sum ./*.csv run.json index.html | sha256sum)
[ "$before" = "$after" ] || fail "the earlier run changed"
echo "check-interrupt: $kills kills, then a whole run; the earlier run untouched"
