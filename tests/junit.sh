#!/bin/sh
# junit.sh - the JUnit XML report (docs/junit.md): well-formed, valid
# against tests/junit.xsd (the structure GitLab and Jenkins read), one
# testsuite per input file with counts that match its testcases, one
# testcase per check that ran, and failures exactly where findings are at
# or above --fail-on.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -n "${PYTHON3:-}" ] || PYTHON3=python3
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
samples="$top_srcdir/samples"
fixtures="$top_srcdir/tests/fixtures"
clean="$samples/hundesteuer/datenschema.xdf3.xml"
xsd="$top_srcdir/tests/junit.xsd"

# Odd names: a space, markup characters, a byte that is not UTF-8.
mkdir "$tmp/work" "$tmp/empty" || exit 99
cp "$samples/faulty/xdf3-quality-issues.xml" "$tmp/work/a <b> & \"c\".xml" || exit 99
latin1=$(printf 'latin1-\377.xml')
cp "$samples/faulty/not-fim.xml" "$tmp/work/$latin1" || exit 99
printf '<a>\n\001</a>\n' > "$tmp/work/control.xml"

# run NAME ARGS... : writes NAME.xml (JUnit) and NAME.json for the same run.
runs=
run() {
	name=$1
	shift
	(cd "$tmp/work" && fimkit "$@" --format=junit > "$tmp/$name.xml" 2> "$tmp/$name.err")
	rc=$?
	if [ "$rc" -ge 2 ] && [ "$rc" -ne 3 ]; then
		not_ok "$name: fimkit $*: exit $rc"; cat "$tmp/$name.err"
	fi
	(cd "$tmp/work" && fimkit "$@" --format=json > "$tmp/$name.json" 2> /dev/null)
	runs="$runs $name"
}

run critical check --no-config --fail-on=critical "$samples"
run info check --no-config --fail-on=info "$samples"
run warning check --no-config --fail-on=warning --lang=de "$samples/faulty" "$fixtures"
run remap check --no-config --severity=1131=info --fail-on=warning "$samples/faulty"
run clean check --no-config "$clean"
run codelists check --no-config --codelists="$samples/hundesteuer" "$samples/hundesteuer"
run odd check --no-config "a <b> & \"c\".xml" "$latin1" control.xml missing.xml "$tmp/empty"
run validate validate "$samples/faulty"
run info-cmd info "$samples/hundesteuer"
fimkit rules --no-config --format=json > "$tmp/rules.json" || not_ok "fimkit rules --format=json failed"

# ---- well-formed and valid against the structure CI systems read -------------------
for name in $runs; do
	if xmllint --noout "$tmp/$name.xml" 2> "$tmp/$name.wf"; then ok; else
		not_ok "$name: JUnit report is not well-formed XML"; head -5 "$tmp/$name.wf"; fi
	if xmllint --noout --nonet --schema "$xsd" "$tmp/$name.xml" 2> "$tmp/$name.valid"; then ok; else
		not_ok "$name: JUnit report not valid against tests/junit.xsd"; head -5 "$tmp/$name.valid"; fi
done
# the schema does reject a wrong report
sed 's/<testcase name="[^"]*"/<testcase/' "$tmp/clean.xml" > "$tmp/broken.xml"
if xmllint --noout --nonet --schema "$xsd" "$tmp/broken.xml" 2> /dev/null; then
	not_ok "tests/junit.xsd accepts a testcase without a name"; else ok; fi

# ---- what the reports say ----------------------------------------------------------
for name in $runs; do
	if "$PYTHON3" - "$tmp/$name.xml" "$tmp/$name.json" "$tmp/rules.json" "$name" \
		> "$tmp/$name.check" 2>&1 <<'PY'
import json, sys
import xml.etree.ElementTree as ET

junit_file, json_file, rules_file, name = sys.argv[1:5]
root = ET.parse(junit_file).getroot()
report = json.load(open(json_file, encoding="utf-8"))
catalogue = json.load(open(rules_file, encoding="utf-8"))["rules"]
problems = []

def check(cond, what):
    if not cond:
        problems.append(what)

SEV = ["info", "warning", "method", "critical"]
fail_on = SEV.index(report["fail_on"])

def rule_id(tc):
    return tc.get("name").split(" ", 1)[0]

def clean(s):
    # what the writer does to text XML cannot carry
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

check(root.tag == "testsuites" and root.get("name") == "fimkit", "root element")
suites = root.findall("testsuite")
files = report["files"]
check(len(suites) == len(files), "%d testsuites for %d files" % (len(suites), len(files)))
totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for suite, f in zip(suites, files):
    path = suite.get("name")
    where = path
    check(path == clean(f["path"]), "testsuite name %r, file %r" % (path, f["path"]))
    cases = suite.findall("testcase")
    counts = {
        "tests": len(cases),
        "failures": sum(1 for c in cases if c.find("failure") is not None),
        "errors": sum(1 for c in cases if c.find("error") is not None),
        "skipped": sum(1 for c in cases if c.find("skipped") is not None),
    }
    for k, v in counts.items():
        check(int(suite.get(k)) == v, "%s: %s=%s, but %d testcases say so" % (where, k, suite.get(k), v))
        totals[k] += v
    ids = [rule_id(c) for c in cases]
    check(len(ids) == len(set(ids)), "%s: a check has two testcases" % where)
    for c in cases:
        check(c.get("classname") == path, "%s: classname %r" % (where, c.get("classname")))
        check(rule_id(c) == "load" or " " in c.get("name"),
              "%s: testcase %r without title" % (where, c.get("name")))
    by_id = dict(zip(ids, cases))

    # which checks ran
    doc = f["document"]
    if f["error"]:
        load = by_id.get("load")
        check(load is not None and load.find("error") is not None, "%s: no load error testcase" % where)
        if load is not None and load.find("error") is not None:
            check(f["error"] in load.find("error").get("message"), "%s: load error message" % where)
    else:
        check("load" not in by_id, "%s: load testcase without an error" % where)
        check("xml" in by_id, "%s: no xml testcase" % where)
    if report["command"] in ("check", "validate") and f["schema"]:
        check("xsd" in by_id, "%s: schema checked but no xsd testcase" % where)
    if not f["schema"] and not any(d["rule"] == "xsd" for d in f["findings"]):
        check("xsd" not in by_id, "%s: xsd testcase without validation" % where)
    if (report["command"] == "check" and doc and doc["standard"] == "XDatenfelder"
            and doc["version"] in ("2.0", "3.0.0")):
        # rules run on every document of a supported version, whatever its
        # message
        slug = "xdatenfelder-" + doc["version"]
        want = {r["code"] for r in catalogue if r["enabled"] and slug in r["applies_to"]}
        got = {i for i in ids if i.isdigit() or i.startswith("K")}  # QS and package rules
        extra = {d["rule"] for d in f["findings"]}
        check(want <= got and got <= want | extra,
              "%s: rule testcases differ: missing %s, extra %s" % (where, sorted(want - got), sorted(got - want)))
        for r in catalogue:
            if r["code"] in by_id and r["needs_codelists"]:
                skipped = by_id[r["code"]].find("skipped") is not None
                check(skipped == (name != "codelists"), "%s: %s skipped=%s" % (where, r["code"], skipped))
    else:
        check(not any(i.isdigit() and i not in {d["rule"] for d in f["findings"]} for i in ids),
              "%s: quality-rule testcases for a document they do not apply to" % where)

    # findings: at or above the threshold fail, below it go to system-out
    for i, c in by_id.items():
        mine = [d for d in f["findings"] if d["rule"] == i]
        hard = [d for d in mine if SEV.index(d["severity"]) >= fail_on]
        soft = [d for d in mine if SEV.index(d["severity"]) < fail_on]
        failure = c.find("failure")
        out = c.find("system-out")
        check((failure is not None) == bool(hard), "%s: %s failure=%s with %d findings at/above %s"
              % (where, i, failure is not None, len(hard), report["fail_on"]))
        if failure is not None and hard:
            lines = failure.text.strip("\n").split("\n")
            check(len(lines) == len(hard), "%s: %s: %d failure lines for %d findings" % (where, i, len(lines), len(hard)))
            worst = max(hard, key=lambda d: SEV.index(d["severity"]))["severity"]
            check(failure.get("type") == worst, "%s: %s: failure type %s, worst %s" % (where, i, failure.get("type"), worst))
            for d in hard:
                check(any(clean(d["message"]) in l and "[%s]" % i in l for l in lines),
                      "%s: %s: finding %r not in the failure" % (where, i, d["message"]))
            check(failure.get("message"), "%s: %s: failure without message" % (where, i))
        check((out is not None) == bool(soft), "%s: %s: system-out=%s with %d findings below the threshold"
              % (where, i, out is not None, len(soft)))
        if out is not None and soft:
            for d in soft:
                check(clean(d["message"]) in out.text, "%s: %s: finding %r not in system-out" % (where, i, d["message"]))
    for d in f["findings"]:
        check(d["rule"] in by_id, "%s: finding of %s has no testcase" % (where, d["rule"]))

for k, v in totals.items():
    check(int(root.get(k)) == v, "testsuites %s=%s, sum %d" % (k, root.get(k), v))

# cases that must be there
def case(path_end, rid):
    for s in suites:
        if s.get("name").endswith(path_end):
            for c in s.findall("testcase"):
                if rule_id(c) == rid:
                    return c
    return None

if name in ("critical", "info", "warning"):
    c = case("/faulty/xdf3-not-latin.xml", "1131")
    check(c is not None and c.find("failure") is not None, "1131 in xdf3-not-latin.xml does not fail")
    if c is not None and c.find("failure") is not None:
        t = c.find("failure").text
        check("xdf3-not-latin.xml:45: critical: " in t and "[1131] F05000099101 V1.0.0" in t,
              "the known finding is not in the failure text: %r" % t)
if name == "critical":
    check(sum(1 for c in root.iter("testcase") if c.find("system-out") is not None) > 0,
          "no findings below critical in system-out")
    check(case("/hundesteuer/datenschema.xdf2.xml", "xml").find("failure") is None, "clean xml check fails")
if name == "info":
    check(not any(c.find("system-out") is not None for c in root.iter("testcase")),
          "--fail-on=info still has findings in system-out")
    check(int(root.get("failures")) > int(ET.parse(junit_file.replace("info.xml", "critical.xml")).getroot().get("failures")),
          "--fail-on=info does not fail more testcases than critical")
if name == "remap":
    c = case("/faulty/xdf3-not-latin.xml", "1131")
    check(c is not None and c.find("failure") is None and c.find("system-out") is not None
          and "xdf3-not-latin.xml:45: info: " in c.find("system-out").text,
          "1131 as info with --fail-on=warning is not in system-out")
if name == "clean":
    check(root.get("failures") == "0" and root.get("errors") == "0", "a clean file fails")
    check(int(root.get("tests")) > 50, "the quality rules are missing from a clean XDF3 file")
if name == "odd":
    c = case("missing.xml", "load")
    check(c is not None and c.find("error") is not None, "missing.xml has no load error")
    check(case("/empty", "load") is not None, "a directory without *.xml has no load error")
    check(any("\ufffd" in s.get("name") for s in suites), "the non-UTF-8 name was not replaced")
    check(case("a <b> & \"c\".xml", "1096") is not None, "the path with markup characters")
    c = case("control.xml", "xml")
    check(c is not None and c.find("failure") is not None, "control.xml xml check does not fail")
    un = case("latin1-\ufffd.xml", "unsupported")
    check(un is not None and un.find("failure") is not None, "unsupported document has no failing testcase")
if name == "warning":
    c = case("/faulty/xdf3-not-latin.xml", "1131")
    check(c is not None and not c.get("name")[5:].startswith("name contains"), "--lang=de: German title expected")

for p in problems[:20]:
    print(p)
sys.exit(1 if problems else 0)
PY
	then ok; else not_ok "$name: JUnit report and JSON report disagree:"; cat "$tmp/$name.check"; fi
done

# ---- a full disk is a write error ----------------------------------------------------
full_disk_check "JUnit" check --no-config --format=junit "$clean"

finish
