#!/usr/bin/env bash
# Opens a run's HTML report in headless Chromium, as a user's browser would, from disk: fails when the
# page as the browser parsed it has a script or points anything at another host (the report must work
# offline and load nothing remote), lacks its content-security policy or a main section, or renders
# nearly blank; writes a screenshot.
#
#   scripts/check-report.sh reports/<run-name> [screenshot.png]
set -euo pipefail
run=$(cd "$1" && pwd)
shot=${2:-$run/../.screenshot-$(basename "$run").png}
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
  --no-first-run --hide-scrollbars)
chromium "${flags[@]}" --window-size=1280,1600 --screenshot="$shot" "file://$run/index.html" >/dev/null 2>&1
dom=$(chromium "${flags[@]}" --dump-dom "file://$run/index.html" 2>/dev/null)
if grep -oiE "<script|<iframe|<object|<embed| on[a-z]+=\"|javascript:|(src|href|action|poster|data)=\"(https?:)?//[^\"]*|url\((https?:)?//[^)]*" <<<"$dom"; then
  echo "check-report: $run/index.html has a script or a remote reference (above)" >&2
  exit 1
fi
grep -q 'http-equiv="Content-Security-Policy" content="default-src '"'"'none'"'" <<<"$dom" \
  || { echo "check-report: $run/index.html lost its content-security policy" >&2; exit 1; }
for section in overview terms cooccurrence documents; do
  grep -q "id=\"$section\"" <<<"$dom" || { echo "check-report: section '$section' missing from $run/index.html" >&2; exit 1; }
done
size=$(stat -c %s "$shot")
[ "$size" -gt 30000 ] || { echo "check-report: screenshot $shot is only $size bytes: the page looks blank" >&2; exit 1; }
echo "check-report: $run/index.html renders offline (screenshot $shot, $size bytes)"
