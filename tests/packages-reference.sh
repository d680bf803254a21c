#!/bin/sh
# packages-reference.sh - a package assembled from the real documents of the
# reference corpus: the XProzess export of process 99006028261000 with its
# Datenschema S00000094 (XDatenfelder 2.0) and that schema's four code lists
# in a subdirectory.  What a methodologist expects to see:
#   - the Prozess's trigger form D00000094 is the Dokumentsteckbrief of
#     S00000094 (same number): the Datenschema is linked, the
#     Dokumentsteckbrief itself is not in the package (K102, no K108);
#   - every code list S00000094 refers to is there, in its version;
#   - the Prozess is still "in Bearbeitung" (2): the package claims no release;
#   - gaps: no Leistung and no Dokumentsteckbrief; Prozess, Datenschema and
#     code lists are there but not schema-valid (the known defects of the
#     exports); the Prozess has no ergebnis; not ready.
# With the 2023 export of S00000094 V1.0 next to the 2022 one, the package
# holds one id and version with two contents (K202).
# Skipped (77) when ../shared is absent.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

ref="$(shared_dir)/fim-reference"
prozess="$ref/samples/xprozess-2.0/gerps-onto/99006028261000_Anzeige_Beschaeftigung_schwangere_stillende_Frau_bearbeiten.xml"
schema="$ref/samples/xdatenfelder-2.0/gerps-onto/S00000094V1.0_xdf2.xml"
schema2023="$ref/samples/xdatenfelder-2.0/gerps-onto/S00000094V1.0_xdf2.export-2023-07.xml"
lists="$ref/codelists/fim-xdatenfelder-2.0/gerps-onto-S00000094"
[ -f "$prozess" ] && [ -f "$schema" ] && [ -d "$lists" ] ||
	{ echo "no reference corpus at $ref: skipped"; exit 77; }
[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/paket/codelisten" || exit 99
cp "$prozess" "$schema" "$tmp/paket/" && cp "$lists"/*.xml "$tmp/paket/codelisten/" || exit 99
cd "$tmp" || exit 99

fimkit check --no-config --format=json paket > check.json 2> err
rc=$?
[ "$rc" -eq 1 ] && ok || { not_ok "check: exit $rc (want 1)"; cat err; }
fimkit gaps --no-config --format=json paket > gaps.json 2> err
rc=$?
[ "$rc" -eq 1 ] && ok || { not_ok "gaps: exit $rc (want 1)"; cat err; }
fimkit gaps --no-config paket > gaps.txt 2> /dev/null

"$PYTHON3" - check.json gaps.json gaps.txt > py.out 2>&1 <<'PY'
import json, sys
check = json.load(open(sys.argv[1], encoding="utf-8"))
gaps = json.load(open(sys.argv[2], encoding="utf-8"))
text = open(sys.argv[3], encoding="utf-8").read()

def ok(cond, msg):
    print("ok" if cond else "not ok " + msg)

PROZESS = "99006028261000"
pk = check["packages"]
ok(len(pk) == 1 and pk[0]["directory"] == "paket" and len(pk[0]["files"]) == 6, "one package of six files")
p = pk[0]
ok(p["release_claim"] is None, "release claimed: %s" % p["release_claim"])
kinds = sorted(o["kind"] for o in p["objects"])
ok(kinds == ["codeliste"] * 4 + ["datenschema", "prozess", "prozessklasse"], "objects: %s" % kinds)

k = {}
for f in check["files"]:
    for x in f["findings"]:
        if x["rule"].startswith("K"):
            k.setdefault(x["rule"], []).append((f["path"], x))
ok(sorted(k) == ["K102"], "package rules: %s" % {c: [v[1]["message"] for v in vs] for c, vs in k.items()})
k102 = k.get("K102", [(None, {})])[0][1]
ok(k102.get("element", {}).get("id") == PROZESS and "D00000094" in k102.get("message", "")
   and "S00000094" in k102.get("message", ""), "K102: %s" % k102)

links = p["links"]
trig = [l for l in links if l["via"] == "formularID"]
ok(len(trig) == 1 and trig[0]["state"] == "counterpart" and trig[0]["names"]["id"] == "D00000094"
   and trig[0]["target"]["id"] == "S00000094", "trigger link: %s" % trig)
cl = [l for l in links if l["via"] == "codelisteReferenz"]
ok(len(cl) == 4 and all(l["state"] == "resolved" and l["from"]["id"] == "S00000094" for l in cl),
   "code-list links: %s" % [(l["names"]["id"], l["state"]) for l in cl])
ok({l["names"]["version"] for l in cl} == {"2020-02-06", "2018-05-09", "2021-06-18", "2021-02-19"},
   "code-list versions")
# the formularsteckbriefID values of the export are document titles: no link, P401 says so
ok(not any(l["via"] == "formularsteckbriefID" for l in links), "a document title was taken for an id")
p401 = sum(1 for f in check["files"] for x in f["findings"] if x["rule"] == "P401")
ok(p401 == 6, "P401 findings: %d" % p401)

ok(len(gaps["services"]) == 1, "services: %d" % len(gaps["services"]))
s = gaps["services"][0]
ok(s["leistungsschluessel"] == PROZESS and s["name"].startswith("Anzeige zur Besch"), "service: %s %s" % (s["leistungsschluessel"], s["name"]))
st = {b: v["state"] for b, v in s["blocks"].items()}
ok(st == {"leistung": "missing", "prozess": "invalid", "datenschema": "invalid",
          "dokumentsteckbrief": "missing", "codelisten": "invalid"}, "block states: %s" % st)
ok(s["blocks"]["dokumentsteckbrief"]["absent"] == ["Dokumentsteckbrief D00000094"],
   "absent Dokumentsteckbrief: %s" % s["blocks"]["dokumentsteckbrief"]["absent"])
ok(len(s["blocks"]["codelisten"]["files"]) == 4, "code lists of the service")
ok("Prozess prozesssteckbrief/ergebnis" in s["missing_process_attributes"], "attributes: %s" % s["missing_process_attributes"])
ok(any("status 2 (in Bearbeitung)" in r for r in s["reasons"]), "status reason: %s" % s["reasons"])
ok(s["verdict"] == "not_ready", "verdict %s" % s["verdict"])
ok("99006028261000   missing     invalid     invalid     missing            invalid" in text, "text matrix row")
PY
while IFS= read -r line; do
	case $line in
	ok) ok ;;
	"not ok "*) not_ok "${line#not ok }" ;;
	*) not_ok "python: $line" ;;
	esac
done < py.out

# two exports of S00000094 V1.0 with different content
if [ -f "$schema2023" ]; then
	cp "$schema2023" paket/ || exit 99
	fimkit check --no-config paket > check2.txt 2> /dev/null
	if grep -q "S00000094V1.0_xdf2.xml:1: critical: Datenschema S00000094 V1.0 differs in content from the same id and version in paket/S00000094V1.0_xdf2.export-2023-07.xml \[K202\]" check2.txt; then
		ok; else not_ok "the two exports of S00000094 V1.0: no K202"; grep K2 check2.txt; fi
fi
finish
