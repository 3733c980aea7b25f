#!/usr/bin/env bash
# The memory bounds of the reliability catalogue (docs/RELIABILITY.md), with the defaults a user has
# (scripts/run.sh, --driver-memory 2g): a single 200 MB document, and 100,000 one-line documents.
# Each run must either complete with exact accounting (read = analysed + duplicates + rejected) or stop
# with exit code 4 and a line naming --driver-memory. Inputs are generated here from seeds/, deterministically.
#
#   scripts/check-limits.sh [work-folder]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
fail() { echo "check-limits: FAIL: $*" >&2; exit 1; }

python3 - "$repo/seeds" "$work" <<'PY'
import json, os, random, re, sys
seeds, work = sys.argv[1], sys.argv[2]
sentences = []
for name in sorted(os.listdir(seeds)):
    text = open(os.path.join(seeds, name), encoding="utf-8").read()
    sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]
rng = random.Random(42)
os.makedirs(os.path.join(work, "big"), exist_ok=True)
with open(os.path.join(work, "big", "whole-site.txt"), "w", encoding="utf-8") as out:
    out.write("A scraper saved a whole site as one page\n\n")
    written = 0
    while written < 200_000_000:
        paragraph = " ".join(rng.choice(sentences) for _ in range(5)) + "\n\n"
        out.write(paragraph)
        written += len(paragraph.encode("utf-8"))
with open(os.path.join(work, "many.jsonl"), "w", encoding="utf-8") as out:
    for i in range(100_000):
        out.write(json.dumps({"id": f"line-{i:06d}", "text": f"{rng.choice(sentences)} {rng.choice(sentences)}"}) + "\n")
PY
echo "check-limits: inputs in $work: $(du -sh "$work/big" | cut -f1) single document, $(wc -l < "$work/many.jsonl") one-line documents"

check() {  # name expected-read input [options...]
  local name=$1 expected=$2 input=$3 rc=0
  shift 3
  local start=$SECONDS
  (cd "$repo" && scripts/run.sh --input "$input" --out "$work/runs" --run-name "$name" "$@" >"$work/$name.out" 2>"$work/$name.err") || rc=$?
  if [ "$rc" -eq 4 ]; then
    grep -q -- "--driver-memory" "$work/$name.err" || fail "$name: exit 4 without naming --driver-memory: $(cat "$work/$name.err")"
    echo "check-limits: $name stopped for memory, saying how to raise it ($((SECONDS - start)) s): $(tail -1 "$work/$name.err")"
    return
  fi
  [ "$rc" -eq 0 ] || fail "$name: exit $rc: $(tail -3 "$work/$name.err")"
  python3 - "$work/runs/$name/run.json" "$expected" "$name" <<'PY' || fail "$name: accounting"
import json, sys
d = json.load(open(sys.argv[1]))["documents"]
assert d["read"] == int(sys.argv[2]), d
assert d["read"] == d["analysed"] + d["duplicates"] + d["rejected"], d
print(f"check-limits: {sys.argv[3]}: {d}")
PY
  echo "check-limits: $name completed in $((SECONDS - start)) s within the default driver memory"
}

check big-document 1 "$work/big"
grep -q "truncated from" "$work/runs/big-document/warnings.csv" || fail "big-document: no truncation warning"
check many-documents 100000 "$work/many.jsonl" --topics 10
