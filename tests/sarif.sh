#!/bin/sh
# sarif.sh - the SARIF report (docs/sarif.md): every log fimkit writes is
# valid against the official SARIF 2.1.0 JSON schema (checked with Ajv, a
# real JSON Schema validator), and says the same as the JSON report: one
# result per finding, each pointing at its rule, with the levels, locations
# and FIM objects of the findings.
#
# Needs node and the test tools: npm ci --prefix tests/tools
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

tools="$top_srcdir/tests/tools"
command -v node > /dev/null 2>&1 || { echo "node not found: skipped"; exit 77; }
[ -d "$tools/node_modules" ] ||
	{ echo "no $tools/node_modules (run: npm ci --prefix tests/tools): skipped"; exit 77; }
[ -n "${PYTHON3:-}" ] || PYTHON3=python3

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
samples="$top_srcdir/samples"
fixtures="$top_srcdir/tests/fixtures"
clean="$samples/hundesteuer/datenschema.xdf3.xml"

# A relative path with a space and a non-ASCII letter, and a path that does
# not exist: URIs stay relative and are encoded, the missing file becomes a
# tool execution notification.
mkdir "$tmp/work" "$tmp/work/mit Leerzeichen" || exit 99
cp "$samples/faulty/xdf3-quality-issues.xml" "$tmp/work/mit Leerzeichen/prüfung #1.xml" || exit 99
latin1=$(printf 'latin1-\377.xml')
cp "$samples/faulty/not-fim.xml" "$tmp/work/$latin1" || exit 99
printf '<a>\n\001</a>\n' > "$tmp/work/control.xml"

# run NAME ARGS... : writes NAME.sarif and NAME.json for the same run.
run() {
	name=$1
	shift
	(cd "$tmp/work" && fimkit "$@" --format=sarif > "$tmp/$name.sarif" 2> "$tmp/$name.err")
	rc=$?
	if [ "$rc" -ge 2 ] && [ "$rc" -ne 3 ]; then
		not_ok "$name: fimkit $*: exit $rc"; cat "$tmp/$name.err"
	fi
	(cd "$tmp/work" && fimkit "$@" --format=json > "$tmp/$name.json" 2> /dev/null)
	runs="$runs $name"
}

runs=
run samples check --no-config "$samples"
run faulty check --no-config "$samples/faulty"
run fixtures check --no-config "$fixtures"
run clean check --no-config "$clean"
run relative check --no-config "mit Leerzeichen/prüfung #1.xml" missing.xml
run odd check --no-config "$latin1" control.xml "$tmp/work/mit Leerzeichen"
run failon check --no-config --fail-on=info --lang=de "$samples/faulty"
run remap check --no-config --severity=1131=info,1096=method "$samples/faulty"
run validate validate "$samples/faulty" "$fixtures"
run info info "$samples/hundesteuer"

# ---- against the official schema ----------------------------------------------------
cat > "$tmp/validate.js" <<'JS'
// node validate.js TOOLS FILE...: validates SARIF logs against SARIF 2.1.0.
const { createRequire } = require('module');
const fs = require('fs');
const tools = process.argv[2];
const req = createRequire(tools + '/package.json');
const Ajv = req('ajv-draft-04');   // the SARIF schema is draft-04
const addFormats = req('ajv-formats');
const schemaFile = tools + '/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
// unicodeRegExp: false because one pattern of the schema (language) is not
// valid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
for (const file of process.argv.slice(3)) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log('not ok ' + file + ': ' + e.message);
    continue;
  }
  if (validate(log))
    console.log('ok ' + file);
  else
    console.log('not ok ' + file + ':\n  ' +
                ajv.errorsText(validate.errors, { separator: '\n  ' }));
}
JS
files=
for name in $runs; do files="$files $tmp/$name.sarif"; done
# shellcheck disable=SC2086
node "$tmp/validate.js" "$tools" $files > "$tmp/schema.out" 2>&1
for name in $runs; do
	if grep -q "^ok $tmp/$name.sarif\$" "$tmp/schema.out"; then
		ok
	else
		not_ok "$name: SARIF log not valid against the SARIF 2.1.0 schema"
		grep -A20 "^not ok $tmp/$name.sarif" "$tmp/schema.out" | head -20
	fi
done
# the validator does reject a broken log (so that the checks above mean something)
sed 's/"level": "error"/"level": "fatal"/' "$tmp/faulty.sarif" > "$tmp/broken.sarif"
node "$tmp/validate.js" "$tools" "$tmp/broken.sarif" > "$tmp/broken.out" 2>&1
if grep -q "^not ok" "$tmp/broken.out"; then ok; else
	not_ok "the schema validator accepted a log with level 'fatal'"; cat "$tmp/broken.out"; fi

# ---- what the logs say -------------------------------------------------------------
for name in $runs; do
	if "$PYTHON3" - "$tmp/$name.sarif" "$tmp/$name.json" "$name" > "$tmp/$name.check" 2>&1 <<'PY'
import json, sys, urllib.parse

sarif_file, json_file, name = sys.argv[1:4]
sarif = json.load(open(sarif_file, encoding="utf-8"))
report = json.load(open(json_file, encoding="utf-8"))
problems = []

def check(cond, what):
    if not cond:
        problems.append(what)

LEVEL = {"critical": "error", "method": "error", "warning": "warning", "info": "note"}

check(sarif.get("version") == "2.1.0", "version is not 2.1.0")
check(len(sarif["runs"]) == 1, "not exactly one run")
run = sarif["runs"][0]
driver = run["tool"]["driver"]
check(driver["name"] == "fimkit", "driver name")
check(driver["version"] == report["tool"]["version"], "driver version")
rules = driver["rules"]
ids = [r["id"] for r in rules]
check(len(ids) == len(set(ids)), "rule ids not unique")
for builtin in ("xml", "xsd", "unsupported"):
    check(builtin in ids, "built-in rule %s missing" % builtin)
for r in rules:
    props = r.get("properties", {})
    if "severity" in props:
        check(r["defaultConfiguration"]["level"] == LEVEL[props["severity"]],
              "rule %s: level %s for severity %s" % (r["id"], r["defaultConfiguration"]["level"], props["severity"]))
    check("text" in r.get("shortDescription", {}), "rule %s without shortDescription" % r["id"])
if name not in ("validate", "info"):
    check(len(rules) > 100, "the rule catalogue is missing (%d rules)" % len(rules))
    check("1131" in ids and "1002" in ids, "catalogue rules 1131/1002 missing")
    r1131 = rules[ids.index("1131")]
    check(r1131["properties"].get("category"), "rule 1131 without category")

findings = [(f, d) for f in report["files"] for d in f["findings"]]
results = run["results"]
check(len(results) == len(findings),
      "%d results, but the JSON report has %d findings" % (len(results), len(findings)))
artifacts = run.get("artifacts", [])
for k, (res, (f, d)) in enumerate(zip(results, findings)):
    where = "result %d (%s %s)" % (k, f["path"], d["rule"])
    check(res["ruleId"] == d["rule"], where + ": ruleId %s" % res["ruleId"])
    check(res["ruleId"] in ids, where + ": ruleId not in tool.driver.rules")
    idx = res.get("ruleIndex", -1)
    check(0 <= idx < len(rules) and rules[idx]["id"] == res["ruleId"], where + ": ruleIndex %d" % idx)
    check(res["level"] == LEVEL[d["severity"]], where + ": level %s for %s" % (res["level"], d["severity"]))
    check(res["properties"]["severity"] == d["severity"], where + ": properties.severity")
    check(res["message"]["text"] == d["message"], where + ": message")
    loc = res["locations"][0]
    phys = loc["physicalLocation"]
    uri = phys["artifactLocation"]["uri"]
    path = urllib.parse.unquote(uri[len("file://"):] if uri.startswith("file://") else uri)
    check(path == f["path"], where + ": uri %s does not name %s" % (uri, f["path"]))
    check(f["path"].startswith("/") == uri.startswith("file:///"), where + ": absolute/relative uri " + uri)
    check(" " not in uri and "#" not in uri, where + ": uri not encoded: " + uri)
    ai = phys["artifactLocation"].get("index")
    check(ai is not None and artifacts[ai]["location"]["uri"] == uri, where + ": artifact index")
    if d["line"]:
        check(phys["region"]["startLine"] == d["line"], where + ": startLine")
        if d["column"]:
            check(phys["region"]["startColumn"] == d["column"], where + ": startColumn")
    else:
        check("region" not in phys, where + ": region without a line")
    logical = loc.get("logicalLocations", [])
    if d["element"]:
        obj = [l for l in logical if l.get("kind") == "object"]
        check(len(obj) == 1 and obj[0]["name"] == d["element"]["id"], where + ": object location")
        if obj and d["element"]["version"]:
            check(obj[0]["fullyQualifiedName"] == "%s@%s" % (d["element"]["id"], d["element"]["version"]),
                  where + ": fullyQualifiedName " + obj[0]["fullyQualifiedName"])
    if d["xpath"]:
        check(res["properties"].get("xpath") == d["xpath"], where + ": properties.xpath")
        check(any(l.get("fullyQualifiedName") == d["xpath"] for l in logical), where + ": xpath location")

# files that could not be processed
errors = [f for f in report["files"] if f["error"]]
inv = run["invocations"][0]
check(inv["executionSuccessful"] == (not errors), "executionSuccessful with %d errors" % len(errors))
notes = [n for n in inv.get("toolExecutionNotifications", []) if n["level"] == "error"]
check(len(notes) == len(errors), "%d error notifications for %d errors" % (len(notes), len(errors)))
for f, n in zip(errors, notes):
    check(f["path"] in n["message"]["text"] and f["error"] in n["message"]["text"],
          "notification does not name %s" % f["path"])

# cases that must be there
if name in ("samples", "faulty", "failon"):
    hit = [r for r in results if r["ruleId"] == "1131"
           and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("/faulty/xdf3-not-latin.xml")
           and r["locations"][0]["physicalLocation"].get("region", {}).get("startLine") == 45]
    check(len(hit) == 1, "the 1131 finding in xdf3-not-latin.xml line 45 is missing")
    for r in hit:
        check(any(l["name"] == "F05000099101" and l["kind"] == "object"
                  and l["fullyQualifiedName"].startswith("F05000099101@")
                  for l in r["locations"][0]["logicalLocations"]),
              "the 1131 finding lacks its logical location F05000099101")
    check(len(results) > 0 and len({r["level"] for r in results}) >= 2, "one level only")
if name == "clean":
    check(results == [], "a clean file has results")
    check(inv["executionSuccessful"] is True, "clean run not successful")
if name == "relative":
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    check(uris == {"mit%20Leerzeichen/pr%C3%BCfung%20%231.xml"}, "relative uris: %s" % sorted(uris))
    check(len(errors) == 1 and inv["executionSuccessful"] is False, "missing file not reported")
if name == "odd":
    check({r["ruleId"] for r in results} >= {"xml", "unsupported"}, "xml and unsupported results expected")
    check(any(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "latin1-%FF.xml"
              for r in results), "the non-UTF-8 name is not percent-encoded byte by byte")
if name == "remap":
    check(rules[ids.index("1131")]["defaultConfiguration"]["level"] == "note", "1131 as info is not a note")
    check(rules[ids.index("1096")]["defaultConfiguration"]["level"] == "error", "1096 as method is not an error")
    check(any(r["ruleId"] == "1131" and r["level"] == "note" and r["properties"]["severity"] == "info"
              for r in results), "no note result for 1131 as info")
if name == "failon":
    check(run["properties"]["failOn"] == "info", "failOn")
    check(any(r["shortDescription"]["text"] != r["name"] for r in rules if r["id"] == "1131"),
          "--lang=de: German title expected")

for p in problems[:20]:
    print(p)
sys.exit(1 if problems else 0)
PY
	then ok; else not_ok "$name: SARIF log and JSON report disagree:"; cat "$tmp/$name.check"; fi
done

# ---- a full disk is a write error ----------------------------------------------------
full_disk_check "SARIF" check --no-config --format=sarif "$clean"

finish
