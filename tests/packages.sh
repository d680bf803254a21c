#!/bin/sh
# packages.sh - service packages and the gap report (docs/packages.md,
# docs/gaps-report.md).
#
# tests/packages/rules/CODE-hit/ and CODE-miss/ are one package each: the
# hit makes package rule CODE fire where a comment in one of its files says
#     <!-- fimkit-expect: K106 S12000000101 line 100 -->   (# ... in a manifest)
# and the near miss, marked "fimkit-expect-none: CODE", must not.  Every
# package rule `fimkit rules` lists needs both.  Each package is checked on
# its own, so that no other case can resolve its references.
#
# tests/packages/gaps/CASE/ are packages for each gap state; gaps.expect
# lists what `fimkit gaps --format=json` must say about the one service:
#     BLOCK STATE | verdict V | service KEY | reason TEXT | absent BLOCK TEXT |
#     missing_text_modules TEXT | missing_process_attributes TEXT
#
# Then: the sample package links up and is ready, the gap report in every
# format, --require, exit statuses, how directories and files form
# packages, manifests, and rule configuration for package rules.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
cd "$top_srcdir" || exit 99
pk=tests/packages

# py SCRIPT ARGS... : checks in Python; the script prints "ok" or
# "not ok DESCRIPTION" lines.
py() {
	script=$1
	shift
	"$PYTHON3" -c "$script" "$@" > "$tmp/py.out" 2>&1
	rc=$?
	while IFS= read -r line; do
		case $line in
		"ok"*) ok ;;
		"not ok "*) not_ok "${line#not ok }" ;;
		*) not_ok "python: $line" ;;
		esac
	done < "$tmp/py.out"
	[ "$rc" -eq 0 ] || not_ok "python exited $rc"
}

# ---- package rules: hits and near misses ---------------------------------------------
fimkit rules --no-config --format=json > "$tmp/rules.json" || not_ok "fimkit rules failed"
for d in "$pk"/rules/*/; do
	d=${d%/}
	fimkit check --no-config --enable=all --format=json "$d" > "$tmp/$(basename "$d").json" 2> "$tmp/err"
	rc=$?
	[ "$rc" -le 1 ] || { not_ok "check $d: exit $rc"; cat "$tmp/err"; }
done
py '
import json, os, re, sys
rules_json, tmp, root = sys.argv[1:4]
codes = [r["code"] for r in json.load(open(rules_json, encoding="utf-8"))["rules"] if r["code"].startswith("K")]
hits, misses = set(), set()
for case in sorted(os.listdir(root)):
    d = os.path.join(root, case)
    m = re.match(r"(K\d{3})-(hit|miss)$", case)
    if not m:
        print("not ok %s: a case is named CODE-hit or CODE-miss" % case)
        continue
    report = json.load(open(os.path.join(tmp, case + ".json"), encoding="utf-8"))
    found, fired = set(), set()
    for f in report["files"]:
        for x in f["findings"]:
            found.add((os.path.basename(f["path"]), x["rule"], (x["element"] or {}).get("id") or "-", x["line"]))
            fired.add(x["rule"])
    expects, nones = [], []
    for fn in sorted(os.listdir(d)):
        head = open(os.path.join(d, fn), encoding="utf-8").read(4000)
        expects += [(fn, c, o, int(l)) for c, o, l in
                    re.findall(r"fimkit-expect:\s*(K\d{3})\s+(\S+)\s+line\s+(\d+)", head)]
        nones += re.findall(r"fimkit-expect-none:\s*(K\d{3})", head)
    if m.group(2) == "hit":
        if not expects:
            print("not ok %s: no fimkit-expect comment" % case)
        for e in expects:
            if e in found:
                print("ok")
            else:
                print("not ok %s: expected %s; got %s" % (case, e, sorted(x for x in found if x[1] == e[1]) or "nothing"))
            if e[1] == m.group(1):
                hits.add(e[1])
    else:
        if not nones:
            print("not ok %s: no fimkit-expect-none comment" % case)
        for c in nones:
            if c in fired:
                print("not ok %s: %s fired on a near miss: %s" % (case, c, [x for x in found if x[1] == c]))
            else:
                print("ok")
            if c == m.group(1):
                misses.add(c)
    if not report["packages"]:
        print("not ok %s: the case is no package" % case)
for c in codes:
    print("ok" if c in hits else "not ok package rule %s has no hit case (%s/%s-hit/)" % (c, root, c))
    print("ok" if c in misses else "not ok package rule %s has no near miss (%s/%s-miss/)" % (c, root, c))
' "$tmp/rules.json" "$tmp" "$pk/rules"

# ---- gap states ----------------------------------------------------------------------
for d in "$pk"/gaps/*/; do
	d=${d%/}
	fimkit gaps --no-config --format=json "$d" > "$tmp/gap-$(basename "$d").json" 2> "$tmp/err"
	rc=$?
	[ "$rc" -le 1 ] || { not_ok "gaps $d: exit $rc"; cat "$tmp/err"; }
done
py '
import json, os, sys
tmp, root = sys.argv[1:3]
states, verdicts = set(), set()
for case in sorted(os.listdir(root)):
    d = os.path.join(root, case)
    if not os.path.isdir(d):
        continue
    g = json.load(open(os.path.join(tmp, "gap-" + case + ".json"), encoding="utf-8"))
    if len(g["services"]) != 1:
        print("not ok %s: %d services, expected 1" % (case, len(g["services"])))
        continue
    s = g["services"][0]
    for b in s["blocks"].values():
        states.add(b["state"])
    verdicts.add(s["verdict"])
    for line in open(os.path.join(d, "gaps.expect"), encoding="utf-8"):
        k, _, v = line.strip().partition(" ")
        if k == "verdict":
            got = s["verdict"] == v
        elif k == "service":
            got = (s["leistungsschluessel"] or "-") == v
        elif k == "reason":
            got = v in s["reasons"]
        elif k == "absent":
            b, _, what = v.partition(" ")
            got = what in s["blocks"][b]["absent"]
        elif k in ("missing_text_modules", "missing_process_attributes"):
            got = v in s[k]
        else:
            got = s["blocks"][k]["state"] == v
        print("ok" if got else "not ok %s: expected %s; got %s" % (case, line.strip(), json.dumps(s)[:600]))
    if (s["verdict"] == "ready") != (not s["reasons"]):
        print("not ok %s: verdict %s with reasons %s" % (case, s["verdict"], s["reasons"]))
want = {"ok", "not_needed", "incomplete", "critical", "invalid", "missing"}
print("ok" if states >= want else "not ok block states without a case: %s" % sorted(want - states))
print("ok" if verdicts >= {"ready", "not_ready"} else "not ok verdicts without a case: %s" % sorted(verdicts))
' "$tmp" "$pk/gaps"

# --require: a focus list with a service that is not there
fimkit gaps --no-config --format=json --require="$pk/gaps/require.txt" "$pk/gaps/ready" \
	> "$tmp/require.json" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 1 ] && ok || { not_ok "gaps --require with an absent service: exit $rc (want 1)"; cat "$tmp/err"; }
py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
by = {s["leistungsschluessel"]: s for s in g["services"]}
ok = lambda c, m: print("ok" if c else "not ok " + m)
ok(g["require"].endswith("require.txt"), "require file not named")
ok(set(by) == {"99999000001000", "99999000002000"}, "services: %s" % sorted(by))
ok(by["99999000001000"]["required"] and by["99999000001000"]["verdict"] == "ready", "the present service is ready and required")
a = by.get("99999000002000", {})
ok(a.get("verdict") == "absent" and a.get("required") and a.get("name") == "Testleistung Abmeldung",
   "the absent service: %s" % a)
ok(all(b["state"] == "missing" for b in a.get("blocks", {}).values() if b["state"] != "not_needed"), "absent: blocks missing")
ok(g["summary"]["required"] == 2 and g["summary"]["required_ready"] == 1 and g["summary"]["absent"] == 1,
   "summary: %s" % g["summary"])
ok(g["format_version"] == "1.0" and g["command"] == "gaps" and g["tool"]["name"] == "fimkit", "header")
' "$tmp/require.json"
printf '99999000001000\n' > "$tmp/one.txt"
fimkit gaps --no-config --require="$tmp/one.txt" "$pk/gaps/ready" > /dev/null 2>&1
rc=$?
[ "$rc" -eq 0 ] && ok || not_ok "gaps --require with the ready service only: exit $rc (want 0)"
printf '# list\n9999900000100\n' > "$tmp/bad.txt"
fimkit gaps --no-config --require="$tmp/bad.txt" "$pk/gaps/ready" > /dev/null 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 2 ] && grep -q "bad.txt:2: '9999900000100' is not a 14-digit" "$tmp/err"; then ok; else
	not_ok "a bad --require line: exit $rc (want 2)"; cat "$tmp/err"; fi
fimkit gaps --no-config --require="$tmp/missing.txt" "$pk/gaps/ready" > /dev/null 2> "$tmp/err"
rc=$?
[ "$rc" -eq 3 ] && ok || { not_ok "a missing --require file: exit $rc (want 3)"; cat "$tmp/err"; }

# ---- exit statuses and usage ------------------------------------------------------------
fimkit gaps --no-config "$pk/gaps/ready" > /dev/null 2>&1; rc=$?
[ "$rc" -eq 0 ] && ok || not_ok "gaps on a ready service: exit $rc (want 0)"
fimkit gaps --no-config "$pk/gaps/missing" > /dev/null 2>&1; rc=$?
[ "$rc" -eq 1 ] && ok || not_ok "gaps on a service that is not ready: exit $rc (want 1)"
fimkit gaps --no-config "$pk/gaps/ready" "$tmp/no-such.xml" > /dev/null 2> "$tmp/err"; rc=$?
[ "$rc" -eq 3 ] && grep -q "no-such.xml" "$tmp/err" && ok ||
	not_ok "gaps with an input that cannot be read: exit $rc (want 3)"
fimkit gaps --no-config --format=sarif "$pk/gaps/ready" > /dev/null 2> "$tmp/err"; rc=$?
[ "$rc" -eq 2 ] && grep -q "unknown format 'sarif' for gaps" "$tmp/err" && ok ||
	not_ok "gaps --format=sarif: exit $rc (want 2)"
fimkit gaps --no-config > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && ok || not_ok "gaps without input: exit $rc (want 2)"
fimkit gaps --no-config --fail-on=info "$pk/gaps/ready" > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] && ok || not_ok "gaps --fail-on (not an option of gaps): exit $rc (want 2)"
mkdir "$tmp/schemas" && cp "$pk/gaps/ready/datenschema.xml" "$tmp/schemas/" || exit 99
fimkit gaps --no-config --format=json "$tmp/schemas" > "$tmp/none.json" 2>&1; rc=$?
[ "$rc" -eq 1 ] && grep -q '"services": \[\]' "$tmp/none.json" && ok ||
	not_ok "gaps without any service: exit $rc (want 1, no services)"

# ---- the sample package and every format -------------------------------------------------
fimkit check --no-config --format=json samples/hundesteuer > "$tmp/hund.json" 2> /dev/null
rc=$?
[ "$rc" -eq 0 ] && ok || not_ok "check samples/hundesteuer: exit $rc (want 0)"
py '
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ok = lambda c, m: print("ok" if c else "not ok " + m)
ok(r["format_version"] == "1.1", "JSON report version %s" % r["format_version"])
ok(not any(x["rule"].startswith("K") for f in r["files"] for x in f["findings"]), "package findings on the sample")
ok(len(r["packages"]) == 1 and r["packages"][0]["directory"] == "samples/hundesteuer", "one package")
p = r["packages"][0]
ok(all(f["package"] == "samples/hundesteuer" for f in r["files"]), "every file in the package")
ok(p["release_claim"] and p["release_claim"]["status"] == "5", "release claim %s" % p["release_claim"])
ok(all(l["state"] == "resolved" for l in p["links"]), "unresolved links: %s" % [l for l in p["links"] if l["state"] != "resolved"])
seen = {(l["from"]["kind"], l["via"], l["target"]["kind"]) for l in p["links"]}
for want in [("leistung", "idProzess", "prozess"), ("leistung", "referenzFormularID", "dokumentsteckbrief"),
             ("leistung", "referenzFormularID", "datenschema"), ("leistung", "Leistungsschl\u00fcssel", "prozessklasse"),
             ("prozess", "formularID", "dokumentsteckbrief"), ("prozess", "stammformularID", "datenschema"),
             ("datenschema", "dokumentsteckbrief", "dokumentsteckbrief"), ("datenschema", "codelisteReferenz", "codeliste")]:
    ok(want in seen, "link %s missing" % (want,))
cl = {l["target"]["file"] for l in p["links"] if l["target"]["kind"] == "codeliste"}
ok(len(cl) == 4, "code lists linked: %s" % sorted(cl))
' "$tmp/hund.json"

for fmt in text json html markdown; do
	fimkit gaps --no-config --format=$fmt -o "$tmp/gaps.$fmt" samples/hundesteuer 2> "$tmp/err"
	rc=$?
	[ "$rc" -eq 0 ] && [ -s "$tmp/gaps.$fmt" ] && ok || { not_ok "gaps --format=$fmt: exit $rc"; cat "$tmp/err"; }
	fimkit gaps --no-config --format=$fmt samples/hundesteuer > "$tmp/again.$fmt" 2> /dev/null
	cmp -s "$tmp/gaps.$fmt" "$tmp/again.$fmt" && ok || not_ok "gaps --format=$fmt: two runs differ"
	# an earlier report may be replaced, an input never
	fimkit gaps --no-config --format=$fmt -o "$tmp/gaps.$fmt" samples/hundesteuer > /dev/null 2>&1 && ok ||
		not_ok "gaps --format=$fmt: an earlier report is not replaced"
done
grep -q '^99417093001000   ok  ' "$tmp/gaps.text" && ok || not_ok "text: no matrix row for the sample"
fimkit gaps --no-config -o samples/hundesteuer/leistung.xzufi.xml samples/hundesteuer > /dev/null 2>&1
[ $? -eq 3 ] && ok || not_ok "gaps -o INPUT: not refused"
py '
import html.parser, json, re, sys
text, js, page, md = (open(p, encoding="utf-8").read() for p in sys.argv[1:5])
ok = lambda c, m: print("ok" if c else "not ok " + m)
g = json.loads(js)
s = g["services"][0]
ok(s["leistungsschluessel"] == "99417093001000" and s["verdict"] == "ready", "JSON: the sample is ready")
ok([b["state"] for b in s["blocks"].values()] == ["ok"] * 5, "JSON: every block ok")
ok(len(s["blocks"]["codelisten"]["files"]) == 4 and len(s["blocks"]["datenschema"]["files"]) == 2, "JSON: files per block")
ok(s["name"] == "Hundesteuer Anmeldung", "JSON: name %r" % s["name"])
ok(text.startswith("fimkit gaps: 1 service") and "1 service: 1 ready, 0 not ready, 0 absent" in text, "text: head and summary")
VOID = {"meta", "br", "link", "wbr", "img", "hr", "input", "col"}
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.errors = []; self.cells = []; self.external = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "td" and "g" in (a.get("class") or "").split():
            self.cells.append(a.get("data-state"))
        for k in ("src", "href"):
            if a.get(k) and not a[k].startswith("#"):
                self.external.append(a[k])
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(tag)
        else:
            self.stack.pop()
p = P(); p.feed(page)
ok(not p.errors and not p.stack, "HTML: tags do not balance: %s %s" % (p.errors[:3], p.stack[:3]))
ok(p.cells[:5] == ["ok"] * 5, "HTML: matrix cells %s" % p.cells[:5])
ok(not p.external, "HTML: loads %s" % p.external)
ok(page.startswith("<!DOCTYPE html>") and "<meta name=\"generator\" content=\"fimkit" in page, "HTML: head")
ok(re.search(r"\| `99417093001000` \| Hundesteuer Anmeldung \|( \S+ ok \|){5}", md) is not None, "Markdown: matrix row")
ok(md.startswith("<!-- fimkit gaps -->"), "Markdown: names fimkit")
' "$tmp/gaps.text" "$tmp/gaps.json" "$tmp/gaps.html" "$tmp/gaps.markdown"

# the whole gap collection: one row per service, each format the same services
fimkit gaps --no-config --format=json "$pk/gaps" > "$tmp/all.json" 2> /dev/null
fimkit gaps --no-config --format=html "$pk/gaps" > "$tmp/all.html" 2> /dev/null
fimkit gaps --no-config --format=markdown "$pk/gaps" > "$tmp/all.md" 2> /dev/null
py '
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
page, md = open(sys.argv[2], encoding="utf-8").read(), open(sys.argv[3], encoding="utf-8").read()
ok = lambda c, m: print("ok" if c else "not ok " + m)
# the case directories name one Leistungsschlüssel: one service over eight
# packages, and one row for the package that names none
keyed = [s for s in g["services"] if s["leistungsschluessel"]]
ok(len(keyed) == 1 and len(keyed[0]["packages"]) == 8, "one service over the packages: %s" % [(s["leistungsschluessel"], s["packages"]) for s in g["services"]])
ok(page.count("<tr data-verdict=") == len(g["services"]), "HTML: one matrix row per service")
ok(md.count("\n| ") - 1 == len(g["services"]), "Markdown: one row per service")
for st in ("missing", "invalid", "critical"):
    ok("g g-%s" % st in page, "HTML: no cell in state %s" % st)
' "$tmp/all.json" "$tmp/all.html" "$tmp/all.md"

# ---- how inputs form packages -------------------------------------------------------------
# files named on the command line form one package
fimkit check --no-config --format=json "$pk/rules/K203-miss/leistung.xml" "$pk/rules/K101-hit/leistung.xml" \
	"$pk/rules/K102-hit/prozess.xml" > "$tmp/files.json" 2> /dev/null
py '
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ok = lambda c, m: print("ok" if c else "not ok " + m)
ok(len(r["packages"]) == 1 and r["packages"][0]["directory"] is None and len(r["packages"][0]["files"]) == 3,
   "files on the command line: %s" % [(p["name"], p["files"]) for p in r["packages"]])
ok(all(f["package"] == "command line" for f in r["files"]), "files: package name")
' "$tmp/files.json"
# one file alone is no package, nor are named files without a Leistung or Prozess
fimkit check --no-config --format=json "$pk/rules/K101-hit/leistung.xml" > "$tmp/one.json" 2> /dev/null
grep -q '"packages": \[\]' "$tmp/one.json" && ok || not_ok "one file formed a package"
fimkit check --no-config --format=json "$pk/gaps/ready/datenschema.xml" "$pk/gaps/ready/codeliste.xml" \
	"$pk/rules/K106-hit/datenschema.xml" > "$tmp/lib.json" 2> /dev/null
grep -q '"packages": \[\]' "$tmp/lib.json" && ok || not_ok "named Datenschemas formed a package"
# documents in subdirectories belong to the package above them; a manifest
# with package = no makes a directory a collection
mkdir -p "$tmp/repo/dienst/codelisten" "$tmp/repo/sammlung" "$tmp/repo/bibliothek" || exit 99
cp "$pk/gaps/ready/leistung.xml" "$pk/gaps/ready/prozess.xml" "$pk/gaps/ready/datenschema.xml" \
	"$pk/gaps/ready/dokumentsteckbrief.xml" "$tmp/repo/dienst/" || exit 99
cp "$pk/gaps/ready/codeliste.xml" "$tmp/repo/dienst/codelisten/" || exit 99
cp "$pk/rules/K101-hit/leistung.xml" "$tmp/repo/sammlung/" || exit 99
printf 'package = no\n' > "$tmp/repo/sammlung/fimkit-package.conf"
cp "$pk/gaps/ready/datenschema.xml" "$tmp/repo/bibliothek/" || exit 99
fimkit check --no-config --format=json "$tmp/repo" > "$tmp/repo.json" 2> /dev/null
py '
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
ok = lambda c, m: print("ok" if c else "not ok " + m)
names = {p["name"] for p in r["packages"]}
ok(len(r["packages"]) == 1 and list(names)[0].endswith("/repo/dienst"), "packages: %s" % names)
by = {f["path"].split("/repo/")[1]: f for f in r["files"]}
ok(by["dienst/codelisten/codeliste.xml"]["package"].endswith("/repo/dienst"), "a subdirectory belongs to its package")
ok(by["sammlung/leistung.xml"]["package"] is None, "package = no: still a package")
ok(by["bibliothek/datenschema.xml"]["package"] is None, "a directory without Leistung, Prozess or manifest is no package")
ok(not any(x["rule"].startswith("K") for x in by["sammlung/leistung.xml"]["findings"]), "package rules ran on a collection")
ok(not any(x["rule"] == "K106" for f in r["files"] for x in f["findings"]), "the code list in a subdirectory is not found")
' "$tmp/repo.json"

# ---- package rules are rules: --disable, --severity, fimkit.conf, --lang ---------------------
fimkit check --no-config --disable=K106 "$pk/rules/K106-hit" > "$tmp/out" 2>/dev/null
grep -q "\[K106\]" "$tmp/out" && not_ok "--disable=K106 did not switch K106 off" || ok
fimkit check --no-config --severity=K106=info "$pk/rules/K106-hit" > "$tmp/out" 2>/dev/null
grep -q "info: codelisteReferenz names code list .* \[K106\]" "$tmp/out" && ok || not_ok "--severity=K106=info"
fimkit check --no-config --disable=K101-K402 "$pk/rules/K203-hit" > "$tmp/out" 2>/dev/null
grep -q "\[K" "$tmp/out" && not_ok "--disable=K101-K402 left package rules on" || ok
printf '[check]\ndisable = K203\n' > "$tmp/fimkit.conf"
fimkit check --config="$tmp/fimkit.conf" "$pk/rules/K203-hit" > "$tmp/out" 2>/dev/null
grep -q "\[K203\]" "$tmp/out" && not_ok "fimkit.conf disable = K203 ignored" || ok
fimkit check --no-config --lang=de "$pk/rules/K106-hit" > "$tmp/out" 2>/dev/null
grep -q "das nicht im Paket ist" "$tmp/out" && ok || not_ok "--lang=de: K106 not in German"
fimkit rules --no-config | grep -q "^K106  critical  on   PKG" && ok || not_ok "fimkit rules does not list K106"

finish
