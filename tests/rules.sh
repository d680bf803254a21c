#!/bin/sh
# rules.sh - every quality rule fires on its fixtures and stays quiet on its
# near misses.
#
# tests/rules/CODE-hit*.xml trigger rule CODE; each states what it expects in
# comments at its top:
#     <!-- fimkit-expect: 1046 S12000000042 line 15 -->
# (rule code, object id or "-" for none, line of the finding).  The findings
# must include each expectation.  tests/rules/CODE-miss*.xml are near misses:
#     <!-- fimkit-expect-none: 1046 -->
# and rule CODE must not fire on them.  Every rule that `fimkit rules` lists
# needs at least one of each.  All rules are switched on (--enable=all);
# tests/rules/codelists holds the genericode lists rules may look codes up in.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

cd "$top_srcdir" || exit 99
fimkit rules --no-config --format=json > "$tmp/rules.json" || { echo "fimkit rules failed"; exit 1; }
ls tests/rules/*.xml > "$tmp/fixtures" 2>/dev/null
if [ -s "$tmp/fixtures" ]; then
	tr '\n' '\0' < "$tmp/fixtures" |
		xargs -0 "$FIMKIT" check --no-config --enable=all --codelists=tests/rules/codelists \
			--format=json > "$tmp/report.json"
	rc=$?
	[ "$rc" -le 1 ] || [ "$rc" -eq 123 ] || { echo "fimkit check exited $rc"; exit 1; }
else
	echo '{"files": []}' > "$tmp/report.json"
fi

"$PYTHON3" - "$tmp/rules.json" "$tmp/report.json" <<'PY'
import json, os, re, sys
# package rules (K) need packages of several documents: tests/packages.sh
rules = [r["code"] for r in json.load(open(sys.argv[1], encoding="utf-8"))["rules"]
         if not r["code"].startswith("K")]
report = json.load(open(sys.argv[2], encoding="utf-8"))
passed = failed = 0
hits, misses = set(), set()

def fail(msg):
    global failed
    failed += 1
    print("FAIL: " + msg)

for f in report["files"]:
    path = f["path"]
    name = os.path.basename(path)
    head = open(path, encoding="utf-8", errors="replace").read(4000)
    found = {(x["rule"], (x["element"] or {}).get("id") or "-", x["line"]) for x in f["findings"]}
    fired = {x["rule"] for x in f["findings"]}
    m = re.match(r"([0-9A-Z]\d{3})-(hit|miss)", name)
    if not m:
        fail("%s: fixture name must be CODE-hit*.xml or CODE-miss*.xml" % name)
        continue
    code, kind = m.groups()
    if kind == "hit":
        expects = re.findall(r"fimkit-expect:\s*([0-9A-Z]\d{3})\s+(\S+)\s+line\s+(\d+)", head)
        if not expects:
            fail("%s: no fimkit-expect comment" % name)
        for c, obj, line in expects:
            if (c, obj, int(line)) in found:
                passed += 1
            else:
                fail("%s: expected %s on %s at line %s; got %s" % (
                    name, c, obj, line, sorted(x for x in found if x[0] == c) or "nothing"))
        if any(c == code for c, _, _ in expects):
            hits.add(code)
    else:
        nones = re.findall(r"fimkit-expect-none:\s*([0-9A-Z]\d{3})", head)
        if not nones:
            fail("%s: no fimkit-expect-none comment" % name)
        for c in nones:
            if c in fired:
                fail("%s: rule %s fired on a near miss: %s" % (
                    name, c, [x["message"] for x in f["findings"] if x["rule"] == c][:2]))
            else:
                passed += 1
        if code in nones:
            misses.add(code)

for code in rules:
    if code not in hits:
        fail("rule %s has no fixture that triggers it (tests/rules/%s-hit.xml)" % (code, code))
    if code not in misses:
        fail("rule %s has no near-miss fixture (tests/rules/%s-miss.xml)" % (code, code))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
