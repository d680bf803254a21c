#!/bin/sh
# html-report.sh - the HTML report (--format=html) as a browser shows it.
#
# Reports of `fimkit check samples/` and of a clean document are rendered by
# headless Chromium; the rendered DOM (--dump-dom, after the inline script
# ran) must agree with the JSON report of the same run: the counts in the
# summary, every file with its status, a known finding with rule, object,
# line and XPath.  With #severity=critical in the URL only critical findings
# stay visible.  The page must load nothing from the network and be the same
# bytes for the same run.  A screenshot goes to tests/html-report.png in the
# build directory for a look at the design.
#
# Needs chromium (Debian package "chromium"; CHROMIUM names another binary)
# and python3; exits 77 (skipped) without them.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

: "${CHROMIUM:=/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "chromium not installed ($CHROMIUM): skipped"; exit 77; }
[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
builddir=${top_builddir:-.}
mkdir -p "$builddir/tests" || exit 99
samples="$top_srcdir/samples"
clean="$samples/hundesteuer/prozess.xprozess.xml"

# browser ARGS... : headless Chromium with a fresh profile, nothing fetched,
# and enough virtual time for the inline script to run.
browser() {
	rm -rf "$tmp/profile"
	mkdir "$tmp/profile" || return 99
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --disable-extensions --user-data-dir="$tmp/profile" \
		--virtual-time-budget=5000 "$@" 2>> "$tmp/chromium.log"
}

# dump FILE.html[#FRAGMENT] OUT : the DOM after the page has loaded.
dump() {
	browser --dump-dom "file://$1" > "$2"
	rc=$?
	if [ "$rc" -ne 0 ] || [ ! -s "$2" ]; then
		not_ok "chromium --dump-dom $1: exit $rc, $(wc -c < "$2") bytes"
		tail -5 "$tmp/chromium.log"
		return 1
	fi
	ok
}

# assert MODE ARGS... : runs the checks in Python below; each output line is
# "ok DESCRIPTION" or "not ok DESCRIPTION".
assert() {
	"$PYTHON3" - "$@" > "$tmp/assert.out" 2>&1 <<'PY'
import html.parser
import json
import re
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find(self, tag=None, **attrs):
        for n in self.walk():
            if tag and n.tag != tag:
                continue
            if all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                yield n

    def by_id(self, ident):
        return next(self.find(id=ident), None)

    def hidden(self):
        n = self
        while n is not None:
            if "hidden" in n.attrs:
                return True
            n = n.parent
        return False

    def inside(self, ident):
        n = self.parent
        while n is not None:
            if n.attrs.get("id") == ident:
                return True
            n = n.parent
        return False


class Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(path):
    p = Parser()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return p.root


def check(cond, what):
    print(("ok " if cond else "not ok ") + what)
    return cond


def squash(s):
    return " ".join(s.split())


def findings(dom, section):
    return [tr for tr in dom.find("tr") if "data-sev" in tr.attrs and tr.inside(section)]


mode = sys.argv[1]

if mode == "static":
    # static FILE.html : the page as written, before any browser sees it.
    src = open(sys.argv[2], encoding="utf-8").read()
    check(src.startswith("<!DOCTYPE html>\n"), "starts with <!DOCTYPE html>")
    check('<html lang="en">' in src, 'has <html lang="en">')
    check(re.search(r'<meta charset="utf-8">', src, re.I) is not None, "has meta charset utf-8")
    loads = re.findall(r'''(?:\b(?:src|href|action|poster|srcset|data|xlink:href|formaction)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*)'''
                       r'''|(?:url\(\s*["']?\s*(?:https?:)?//[^)]*\))|(?:@import)''', src, re.I)
    check(not loads, "loads nothing from the network: " + ", ".join(loads[:5]))
    check(re.search(r"<(?:link|iframe|object|embed|img)\b", src, re.I) is None,
          "no link, iframe, object, embed or img elements")
    check(re.search(r"<script\b[^>]*\bsrc\s*=", src, re.I) is None, "no external script")
    stamp = re.search(r"\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d", src)
    check(stamp is None, "no timestamp in the page" + (": " + stamp.group(0) if stamp else ""))

elif mode == "dom":
    # dom DUMP.html REPORT.json SEVERITIES|- KIND
    # SEVERITIES: those preselected with #severity= (- for none); KIND: clean
    # (no findings), samples (the run over samples/ with quality rules) or
    # plain (no expectations beyond the JSON).
    dom = parse(sys.argv[2])
    rep = json.load(open(sys.argv[3], encoding="utf-8"))
    only = None if sys.argv[4] == "-" else set(sys.argv[4].split(","))
    kind = sys.argv[5]
    summ = rep["summary"]

    for sev, n in summ["by_severity"].items():
        node = dom.by_id("count-" + sev)
        check(node is not None and node.text().strip() == str(n),
              "summary %s: %s, JSON %d" % (sev, node.text().strip() if node else "missing", n))
    for group, prefix in (("by_status", "count-status-"), ("by_schema", "count-schema-")):
        for key, n in summ[group].items():
            node = dom.by_id(prefix + key)
            check(node is not None and node.text().strip() == str(n),
                  "summary %s %s: %s, JSON %d" % (group, key, node.text().strip() if node else "missing", n))
    node = dom.by_id("count-files")
    check(node is not None and node.text().strip() == str(summ["files"]), "summary files")
    fail_on = dom.by_id("fail-on")
    check(fail_on is not None and fail_on.text().strip() == rep["fail_on"], "header shows fail-on")

    rows = {tr.attrs["data-path"]: tr for tr in dom.find("tr") if "data-path" in tr.attrs}
    check(len(rows) == len(rep["files"]), "files table has %d rows, JSON %d files" % (len(rows), len(rep["files"])))
    wrong = []
    for f in rep["files"]:
        tr = rows.get(f["path"])
        if tr is None:
            wrong.append("%s: not listed" % f["path"])
            continue
        badge = next((n for n in tr.find("span") if "badge" in n.attrs.get("class", "")), None)
        got = badge.text().strip() if badge else None
        if tr.attrs.get("data-status") != f["status"] or got != f["status"]:
            wrong.append("%s: status %s, JSON %s" % (f["path"], got, f["status"]))
        schema = next((n for n in tr.find("td") if "schema" in n.attrs.get("class", "").split()), None)
        got, want = (schema.text().strip() if schema else None), (f["schema"] or "not checked")
        if got != want:
            wrong.append("%s: schema %s, JSON %s" % (f["path"], got, want))
        counts = {td.attrs["data-sev-count"]: td.text().strip() for td in tr.find("td") if "data-sev-count" in td.attrs}
        for sev in summ["by_severity"]:
            n = sum(1 for d in f["findings"] if d["severity"] == sev)
            if counts.get(sev) != str(n):
                wrong.append("%s: %s count %s, JSON %d" % (f["path"], sev, counts.get(sev), n))
    check(not wrong, "files table agrees with JSON on every file's status, schema and counts: "
          + "; ".join(wrong[:5]))

    total = sum(len(f["findings"]) for f in rep["files"])
    by_file = findings(dom, "by-file")
    by_rule = findings(dom, "by-rule")
    check(len(by_file) == total, "findings by file: %d rows, JSON %d findings" % (len(by_file), total))
    check(len(by_rule) == total, "findings by rule: %d rows, JSON %d findings" % (len(by_rule), total))
    bar = dom.by_id("filter")
    check(bar is not None and "hidden" not in bar.attrs, "the filter bar is shown (the script ran)")
    visible = [tr for tr in by_file if not tr.hidden()]
    want = [d for f in rep["files"] for d in f["findings"] if only is None or d["severity"] in only]
    shown = dom.by_id("shown")
    check(shown is not None and squash(shown.text()) == "%d of %d findings shown" % (len(want), total),
          "filter line: %s" % (squash(shown.text()) if shown else "missing"))
    check(len(visible) == len(want), "%d findings visible, %d expected" % (len(visible), len(want)))
    wrong = [tr for tr in by_file + by_rule
             if tr.hidden() != (only is not None and tr.attrs["data-sev"] not in only)]
    check(not wrong, "%d of %d finding rows shown or hidden wrongly%s"
          % (len(wrong), len(by_file) + len(by_rule),
             "" if only is None else " with #severity=" + ",".join(sorted(only))))
    for sev in summ["by_severity"]:
        box = dom.by_id("show-" + sev)
        on = only is None or sev in only
        check(box is not None and ("checked" in box.attrs) == on,
              "checkbox %s %s" % (sev, "checked" if on else "unchecked"))
    if only is not None:
        wrong = []
        for g in dom.find(data_group=""):
            rs = [tr for tr in g.find("tr") if "data-sev" in tr.attrs]
            if ("hidden" in g.attrs) != bool(rs and all(tr.attrs["data-sev"] not in only for tr in rs)):
                wrong.append(g.attrs.get("id"))
        check(not wrong, "groups left without visible findings are hidden, the others shown: "
              + ", ".join(map(str, wrong[:5])))

    if kind == "clean":
        check(total == 0, "clean input: no findings in JSON")
        empty = [p for p in dom.find("p") if "empty" in p.attrs.get("class", "")]
        check(any(squash(p.text()) == "No findings." for p in empty), "clean input: says No findings.")
    elif kind == "samples":
        # The String.Latin finding of samples/faulty/xdf3-not-latin.xml.
        hit = [tr for tr in by_file if tr.attrs.get("data-rule") == "1131"
               and tr.attrs.get("data-object") == "F05000099101" and tr.attrs.get("data-line") == "45"]
        if check(len(hit) == 1, "finding 1131 F05000099101 line 45 is listed by file"):
            t = squash(hit[0].text())
            check("critical" in t and "character outside String.Latin" in t, "it shows severity and rule title: " + t)
            check("F05000099101 V1.0.0" in t, "it shows object id and version")
            check("U+1F415" in t, "it shows the message")
            check("/stammdatenschema/struktur[1]/enthaelt/datenfeld/name" in t, "it shows the XPath")
            grp = hit[0]
            while grp is not None and "data-group" not in grp.attrs:
                grp = grp.parent
            check(grp is not None and "xdf3-not-latin.xml" in grp.text()
                  and "Anmeldung eines Hundes zur Hundesteuer (Auszug)" in grp.text(),
                  "its file group names the file and the root object")
        rule = next(dom.find(data_group="", data_rule="1131"), None)
        check(rule is not None and "F05000099101" in rule.text() and "xdf3-not-latin.xml" in rule.text(),
              "finding 1131 is listed by rule")
        svg = next(dom.find("svg"), None)
        check(svg is not None and len(list(svg.find("rect"))) > 0, "the chart has bars")
        names = [squash(t.text()) for t in svg.find("text")] if svg else []
        check(any(n.startswith("xml ") or n.startswith("xsd ") for n in names), "the chart names the most frequent rules")
else:
    sys.exit("unknown mode " + mode)
PY
	rc=$?
	while IFS= read -r line; do
		case $line in
		"ok "*) ok ;;
		"not ok "*) not_ok "${line#not ok }" ;;
		*) not_ok "python: $line" ;;
		esac
	done < "$tmp/assert.out"
	[ "$rc" -eq 0 ] || not_ok "checks in python exited $rc"
}

# ---- a run with findings: samples/ ----
fimkit check --no-config --format=html -o "$tmp/samples.html" "$samples" 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 1 ] && [ -s "$tmp/samples.html" ]; then ok; else
	not_ok "check --format=html samples: exit $rc"; cat "$tmp/err"; fi
fimkit check --no-config --format=json -o "$tmp/samples.json" "$samples" 2> /dev/null
fimkit check --no-config --format=html "$samples" > "$tmp/samples2.html" 2> /dev/null
if cmp -s "$tmp/samples.html" "$tmp/samples2.html"; then ok; else
	not_ok "two runs gave different HTML"; fi
assert static "$tmp/samples.html"
if dump "$tmp/samples.html" "$tmp/samples.dom"; then
	assert dom "$tmp/samples.dom" "$tmp/samples.json" - samples
fi
if dump "$tmp/samples.html#severity=critical" "$tmp/critical.dom"; then
	assert dom "$tmp/critical.dom" "$tmp/samples.json" critical samples
fi
if dump "$tmp/samples.html#severity=method,warning" "$tmp/method.dom"; then
	assert dom "$tmp/method.dom" "$tmp/samples.json" method,warning samples
fi

# ---- a clean input ----
fimkit check --no-config --format=html -o "$tmp/clean.html" "$clean" 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && [ -s "$tmp/clean.html" ]; then ok; else
	not_ok "check --format=html on a clean input: exit $rc"; cat "$tmp/err"; fi
fimkit check --no-config --format=json -o "$tmp/clean.json" "$clean" 2> /dev/null
assert static "$tmp/clean.html"
if dump "$tmp/clean.html" "$tmp/clean.dom"; then
	assert dom "$tmp/clean.dom" "$tmp/clean.json" - clean
fi

# ---- validate and info write the same page ----
for cmd in validate info; do
	fimkit "$cmd" --format=html -o "$tmp/$cmd.html" "$samples" 2> /dev/null
	fimkit "$cmd" --format=json -o "$tmp/$cmd.json" "$samples" 2> /dev/null
	if grep -q "<title>fimkit $cmd report</title>" "$tmp/$cmd.html"; then ok; else
		not_ok "$cmd --format=html: no page"; continue; fi
	assert static "$tmp/$cmd.html"
	if dump "$tmp/$cmd.html" "$tmp/$cmd.dom"; then
		assert dom "$tmp/$cmd.dom" "$tmp/$cmd.json" - plain
	fi
done

# ---- hostile strings are escaped ----
mkdir "$tmp/evil" || exit 99
sed 's|<xdf3:name>|<xdf3:name>\&lt;script\&gt;alert(1)\&lt;/script\&gt; "\&amp;" |' \
	"$samples/faulty/xdf3-not-latin.xml" > "$tmp/evil/<b>x'\"&.xml"
fimkit check --no-config --format=html -o "$tmp/evil.html" "$tmp/evil" 2> /dev/null
if ! grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&quot;' "$tmp/evil.html" ||
	! grep -q '&lt;b&gt;x&#39;&quot;&amp;.xml' "$tmp/evil.html"; then
	not_ok "the hostile name and file name do not appear escaped"
elif grep -q '<script>alert\|<b>x' "$tmp/evil.html"; then
	not_ok "unescaped markup from a document or file name"; grep -n '<script>alert\|<b>x' "$tmp/evil.html" | head -3
else
	ok
fi
if [ "$(grep -c '<script>' "$tmp/evil.html" 2> /dev/null)" = 1 ]; then ok; else
	not_ok "more than the one inline script in the page"; fi

# ---- many findings still render and filter ----
mkdir "$tmp/many" || exit 99
i=0
while [ "$i" -lt 300 ]; do
	cp "$samples/faulty/xdf3-quality-issues.xml" "$tmp/many/q$i.xml"
	i=$((i + 1))
done
fimkit check --no-config --format=html -o "$tmp/many.html" "$tmp/many" 2> /dev/null
fimkit check --no-config --format=json -o "$tmp/many.json" "$tmp/many" 2> /dev/null
start=$(date +%s)
if dump "$tmp/many.html#severity=critical" "$tmp/many.dom"; then
	assert dom "$tmp/many.dom" "$tmp/many.json" critical plain
	secs=$(($(date +%s) - start))
	if [ "$secs" -le 60 ]; then ok; else
		not_ok "a report of 3000 findings took $secs s to render"; fi
fi

# ---- a screenshot for people ----
png="$builddir/tests/html-report.png"
rm -f "$png"
browser --screenshot="$png" --window-size=1280,2000 "file://$tmp/samples.html" > /dev/null
if [ -f "$png" ] && [ "$(wc -c < "$png")" -gt 20000 ] &&
	[ "$(head -c 4 "$png" | od -An -c | tr -d ' ')" = "211PNG" ]; then
	ok
else
	not_ok "no usable screenshot at $png"; tail -5 "$tmp/chromium.log"
fi

finish
