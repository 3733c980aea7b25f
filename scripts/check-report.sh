#!/usr/bin/env bash
# Opens every page of a run's HTML report in headless Chromium, as a user's browser would, from disk, and
# fails when a page:
#   - logs anything to the JavaScript console (an error, or a script blocked by the content-security policy:
#     Chromium prints console messages as "CONSOLE" lines with --enable-logging=stderr --v=0),
#   - has a script other than the report's own, an event-handler attribute, a javascript: link, or points
#     anything at another host (the report must work offline and load nothing remote),
#   - lacks its content-security policy, or the policy allows inline scripts other than the report's by hash,
#   - did not run the report's script (the tables would not sort or filter),
#   - misses a section it must have, or links to a local file or anchor that does not exist;
# and when the overview renders nearly blank. Saves a screenshot of the overview, each section page and the
# first document page.
#
#   scripts/check-report.sh reports/<run-name> [screenshot-folder]
#
# CHECK_REPORT_DOC_PAGES (default 20) and CHECK_REPORT_ACTOR_PAGES (default 10) bound how many document and actor
# pages are opened (all are link-checked).
set -euo pipefail
run=$(cd "$1" && pwd)
shots=${2:-$run/../.screenshots-$(basename "$run")}
mkdir -p "$shots"
shots=$(cd "$shots" && pwd)
doc_pages=${CHECK_REPORT_DOC_PAGES:-20}
actor_pages=${CHECK_REPORT_ACTOR_PAGES:-10}
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
  --no-first-run --hide-scrollbars)
failures=0
fail() { echo "check-report: $*" >&2; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Sections each page must have: page, then ids.
declare -A required=(
  [index.html]="overview findings contents"
  [terms.html]="terms"
  [topics.html]="topic_overview"
  [actors.html]="actors cooccurrence"
  [corpus.html]="documents"
)

# A run made with --analyses lacks the pages and sections of the analyses it left out.
analyses=$(grep -o '"analyses" *: *"[^"]*"' "$run/run.json" 2>/dev/null | sed 's/.*: *"\(.*\)"/\1/' || true)
expected=(terms.html topics.html actors.html corpus.html)
if [ -n "$analyses" ] && [ "$analyses" != all ]; then
  made=",$analyses,"
  [[ "$made" == *,terms,* ]] || required[terms.html]=""
  [[ "$made" == *,topics,* ]] || expected=("${expected[@]/topics.html}")
  [[ "$made" == *,actors,* ]] || expected=("${expected[@]/actors.html}")
fi

pages=(index.html)
for page in terms.html topics.html actors.html corpus.html compare.html more.html; do
  [ -f "$run/$page" ] && pages+=("$page")
done
for page in ${expected[@]}; do
  [ -f "$run/$page" ] || fail "$run/$page is missing"
done
mapfile -t docs < <(cd "$run" && ls docs/*.html 2>/dev/null | sort)
[ "${#docs[@]}" -gt 0 ] || fail "$run/docs/ has no document page"
pages+=("${docs[@]:0:$doc_pages}")
mapfile -t actors < <(cd "$run" && ls actors/*.html 2>/dev/null | sort)

check_page() {
  local page=$1 dom=$tmp/dom.html log=$tmp/console.log
  timeout 120 chromium "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$run/$page" >"$dom" 2>"$log" || true
  [ -s "$dom" ] || { fail "$page: the browser returned no page"; return; }
  if grep -q ':CONSOLE' "$log"; then
    grep ':CONSOLE' "$log" | sed 's/^.*:CONSOLE[^]]*\] */  /' >&2
    fail "$page: the JavaScript console has the messages above"
  fi
  local scripts
  scripts=$(grep -o '<script' "$dom" | wc -l)
  [ "$scripts" -eq 1 ] || fail "$page: $scripts script elements, expected the report's one"
  grep -q 'data-tables="ready"' "$dom" || fail "$page: the report's script did not run (blocked, or failed)"
  # Inside tags only: a document's text may say "javascript:" or "onerror=", escaped, and that is fine.
  if grep -oiE "<(iframe|object|embed)|<[^>]*[[:space:]]on[a-z]+=|<[^>]*=\"javascript:|<[^>]*[[:space:]](src|href|action|poster|data)=\"(https?:)?//[^\"]*|url\((https?:)?//[^)]*" "$dom"; then
    fail "$page: has an embedded frame, an event handler, a javascript: link or a remote reference (above)"
  fi
  local csp
  csp=$(grep -o 'http-equiv="Content-Security-Policy" content="[^"]*"' "$dom" || true)
  [[ "$csp" == *"content=\"default-src 'none'"* ]] || fail "$page: lost its content-security policy"
  [[ "$csp" == *"script-src 'sha256-"* && ! "$csp" =~ script-src[^\;]*unsafe ]] \
    || fail "$page: the policy does not restrict scripts to the report's own by hash: $csp"
  for section in ${required[$page]:-}; do
    grep -q "id=\"$section\"" "$dom" || fail "$page: section '$section' is missing"
  done
  [[ "$page" != docs/* ]] || grep -q 'id="text"' "$dom" || fail "$page: the document's text is missing"
  [[ "$page" != actors/* ]] || grep -q 'id="actor"' "$dom" || fail "$page: the actor's profile is missing"
  check_links "$page" "$dom"
}

# Every local link of the page leads to a file of the run (or the runs index beside it) and, with a
# fragment, to an element with that id.
check_links() {
  local page=$1 dom=$2 dir target file fragment
  dir=$(dirname "$run/$page")
  while IFS= read -r target; do
    case "$target" in
      http:* | https:* | data:* | mailto:*) continue ;;
    esac
    file=${target%%#*}
    fragment=${target#"$file"}
    fragment=${fragment#\#}
    if [ -z "$file" ]; then file=$run/$page; else file=$dir/$file; fi
    if [ ! -f "$file" ]; then
      fail "$page: broken link to $target"
    elif [ -n "$fragment" ] && ! grep -q "id=\"$fragment\"" "$file"; then
      fail "$page: link to $target: no element with id '$fragment' there"
    fi
  done < <(grep -o 'href="[^"]*"' "$dom" | sed 's/^href="//; s/"$//; s/&amp;/\&/g' | sort -u)
}

for page in "${pages[@]}"; do
  check_page "$page"
done
# The rest of the document pages: links only, from the files as written.
for page in "${docs[@]:$doc_pages}"; do
  check_links "$page" "$run/$page"
done
# The actors' profile pages likewise: the first opened, the rest link-checked.
for page in "${actors[@]:0:$actor_pages}"; do
  check_page "$page"
done
for page in "${actors[@]:$actor_pages}"; do
  check_links "$page" "$run/$page"
done

# The overview, the section pages and the first document page.
shown_docs=$(( ${#docs[@]} < doc_pages ? ${#docs[@]} : doc_pages ))
for page in "${pages[@]:0:$(( ${#pages[@]} - shown_docs + 1 ))}"; do
  name=${page//\//_}
  timeout 120 chromium "${flags[@]}" --window-size=1280,1600 --screenshot="$shots/${name%.html}.png" "file://$run/$page" >/dev/null 2>&1 || true
  [ -s "$shots/${name%.html}.png" ] || fail "$page: no screenshot"
done
if [ "${#actors[@]}" -gt 0 ]; then
  timeout 120 chromium "${flags[@]}" --window-size=1280,1600 --screenshot="$shots/actor.png" "file://$run/${actors[0]}" >/dev/null 2>&1 || true
  [ -s "$shots/actor.png" ] || fail "${actors[0]}: no screenshot"
fi
size=$(stat -c %s "$shots/index.png" 2>/dev/null || echo 0)
[ "$size" -gt 30000 ] || fail "screenshot $shots/index.png is only $size bytes: the overview looks blank"

if [ "$failures" -gt 0 ]; then
  echo "check-report: $failures problem(s) in $run" >&2
  exit 1
fi
echo "check-report: $(( ${#pages[@]} + (${#actors[@]} < actor_pages ? ${#actors[@]} : actor_pages) )) pages of $run render offline with no console message and no broken link (screenshots in $shots)"
