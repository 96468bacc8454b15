#!/usr/bin/env bash
# End-to-end check of the HTML report in a real browser: Debian's chromium,
# headless, loads the report of the example articles (and of the shared
# seeds and quake stories when ../shared is there) and dumps the DOM, which
# must hold every conflict or update link of the JSON report as an element
# with data-a / data-b, an inline <svg>, dir="rtl" on each Arabic document,
# and no http(s) resource. A screenshot of each page goes to the build folder.
# Exit 77 (ctest SKIP_RETURN_CODE) when chromium is not installed.
#
# Usage: html_in_chromium.sh CLAIMGRAPH SOURCE_DIR OUT_DIR [SHARED_DIR]
set -euo pipefail

cli=$1 source_dir=$2 out_dir=$3 shared_dir=${4:-}
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "SKIP: chromium is not installed (scripts/setup.sh installs it when run as root: apt-get install chromium)"
  exit 77
fi
mkdir -p "$out_dir"
profile=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-chromium-XXXXXX")
trap 'rm -rf "$profile"' EXIT

headless() {
  # A fresh profile and no background traffic: the page is all it loads.
  timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile/$RANDOM" "$@" 2>/dev/null
}

# check NAME ARGS...: the report of ARGS (claimgraph analyze arguments).
check() {
  local name=$1
  shift
  local json="$out_dir/$name.json" html="$out_dir/$name.html" all="$out_dir/$name-all.html"
  "$cli" analyze --format json "$@" >"$json"
  "$cli" analyze --format html "$@" >"$html"
  "$cli" analyze --format html --min-confidence 0 "$@" >"$all"
  headless --dump-dom "file://$html" >"$out_dir/$name.dom.html"
  headless --dump-dom "file://$all" >"$out_dir/$name-all.dom.html"
  headless --hide-scrollbars --window-size=1000,1400 --screenshot="$out_dir/$name.png" "file://$html" >/dev/null
  [[ -s "$out_dir/$name.png" ]] || { echo "FAIL $name: no screenshot"; return 1; }
  python3 - "$name" "$json" "$out_dir/$name.dom.html" "$out_dir/$name-all.dom.html" <<'PY'
import json, re, sys
from html.parser import HTMLParser

name, json_path, dom_path, all_path = sys.argv[1:5]
report = json.load(open(json_path, encoding="utf-8"))

class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pairs, self.svg, self.rtl_docs, self.remote = set(), 0, set(), []
        self.doc = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-a" in a and "data-b" in a:
            self.pairs.add((a["data-a"], a["data-b"]))
        if tag == "svg":
            self.svg += 1
        if tag == "article" and (a.get("id") or "").startswith("doc-"):
            self.doc = a["id"][4:]
        if self.doc and a.get("class") == "text" and a.get("dir") == "rtl":
            self.rtl_docs.add(self.doc)
        for key in ("src", "href", "srcset", "poster", "data", "action", "xlink:href"):
            value = (a.get(key) or "").strip().lower()
            if value.startswith(("http:", "https:", "//")):
                self.remote.append(f"<{tag} {key}={value}>")

def parse(path):
    dom = Dom()
    text = open(path, encoding="utf-8").read()
    dom.feed(text)
    if re.search(r"url\(\s*['\"]?\s*(https?:)?//|@import", text, re.I):
        dom.remote.append("a CSS url() or @import")
    return dom

failures = []
shown, every = parse(dom_path), parse(all_path)
links = [l for l in report["links"] if l["relation"] in ("conflicts", "updates")]
# Links below the minimum are folded away but still there, so both pages
# must hold every one.
for dom, label in ((shown, "default"), (every, "--min-confidence 0")):
    wanted = {(l["a"], l["b"]) for l in links}
    missing = wanted - dom.pairs
    if missing:
        failures.append(f"{label}: {len(missing)} of {len(wanted)} links missing, e.g. {sorted(missing)[:3]}")
    if dom.svg == 0 and wanted:
        failures.append(f"{label}: no <svg>")
    if dom.remote:
        failures.append(f"{label}: remote resources: {dom.remote[:3]}")
arabic = {d["id"] for d in report["documents"] if (d.get("language") or "").startswith("ar")}
if arabic - shown.rtl_docs:
    failures.append(f"Arabic documents not right to left: {sorted(arabic - shown.rtl_docs)[:3]}")
if failures:
    print(f"FAIL {name}:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"ok {name}: {len(links)} conflict/update links in the DOM ({sum(l['confidence'] >= 0.6 for l in links)} above 0.6), "
      f"{shown.svg} svg, {len(arabic)} Arabic documents right to left, no remote resource")
PY
}

articles="$source_dir/examples/articles"
check example-articles --meta "$articles/meta.tsv" --lexicon "$articles/lexicon" "$articles"/*.txt
if [[ -n "$shared_dir" ]]; then
  for story in seeds quake; do
    corpus="$shared_dir/corpus/$story"
    [[ -d "$corpus" ]] || { echo "note: $corpus absent, not checked"; continue; }
    meta=()
    [[ -f "$corpus/meta.tsv" ]] && meta=(--meta "$corpus/meta.tsv")
    check "$story" "${meta[@]}" "$corpus"/*.txt
  done
fi
