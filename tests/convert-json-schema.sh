#!/bin/sh
# convert-json-schema.sh - `fimkit convert --to json-schema`
# (xslt/xdf-json-schema.xsl): XDatenfelder 2.0 and 3.0.0 schemas, groups and
# fields as JSON Schema draft 2020-12.
#
# For our samples, edge cases written below, samples/faulty and every
# XDatenfelder document in ../shared/fim-reference/samples (that part is
# skipped without ../shared): every schema written is JSON, names fimkit in
# its first 4 KiB, compiles with Ajv 2020 in strict mode with ajv-formats,
# and accepts a sample instance built from its own "examples" while
# rejecting an unknown key and a missing required child
# (tests/tools/json-schema-check.js).  Its structure is compared with the
# XML it came from: one property per child id (labels left out), arrays
# for max > 1 with minItems/maxItems, "required" for min >= 1, types by
# datentyp, select codes as oneOf, Auswahlgruppen as oneOf.  The samples
# match their golden files and convert to the same bytes twice; findings
# the stylesheet reports appear on standard error; bad --param values are
# refused.  Deliberately broken inputs may fail, but with a clear message.
#
# Needs node, python3 and the test tools (npm ci --prefix tests/tools);
# exits 77 (skipped) without them.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

tools="$top_srcdir/tests/tools"
command -v node > /dev/null 2>&1 || { echo "node not found: skipped"; exit 77; }
if [ ! -d "$tools/node_modules/ajv" ] || [ ! -d "$tools/node_modules/ajv-formats" ]; then
	echo "no ajv in $tools/node_modules (run: npm ci --prefix tests/tools): skipped"
	exit 77
fi
[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
hs="$top_srcdir/samples/hundesteuer"
golden="$top_srcdir/tests/convert/golden/json-schema"

# lines OUTFILE : turns "ok ..." / "not ok ..." lines into results.
lines() {
	while IFS= read -r line; do
		case $line in
		"ok "*) ok ;;
		"not ok "*) not_ok "${line#not ok }" ;;
		*) not_ok "unexpected output: $line" ;;
		esac
	done < "$1"
}

# schema_check [--unsatisfiable IDS] FILE... : tests/tools/json-schema-check.js
schema_check() {
	node "$tools/json-schema-check.js" "$@" > "$tmp/check.out" 2>&1
	rc=$?
	lines "$tmp/check.out"
	[ "$rc" -le 1 ] || not_ok "json-schema-check.js exited $rc"
}

# unsatisfiable ERRFILE : the field ids fimkit reported as impossible to
# satisfy (X106) or without a derivable example (X113), comma-separated.
unsatisfiable() {
	sed -n 's/.*\[X10[6]\] \([^ ]*\).*/\1/p; s/.*\[X113\] \([^ ]*\).*/\1/p' "$1" | sort -u | tr '\n' ','
}

# pycheck MODE ARGS... : the checks in Python below, "ok"/"not ok" lines.
pycheck() {
	"$PYTHON3" - "$@" > "$tmp/py.out" 2>&1 <<'PY'
import json
import os
import re
import sys
import xml.etree.ElementTree as ET


def check(cond, what):
    print(("ok " if cond else "not ok ") + what)
    return cond


def load_json(path):
    """The file as JSON (strict: no NaN, no duplicate keys)."""
    def no_dups(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key in object: %s" % keys)
        return dict(pairs)

    def no_const(name):
        raise ValueError("not JSON: " + name)
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    return raw, json.loads(text, object_pairs_hook=no_dups, parse_constant=no_const)


def P(node, *keys):
    """The schema of the property path keys below node (None if missing)."""
    for k in keys:
        node = (node or {}).get("properties", {}).get(k)
    return node


def ln(e):
    return e.tag.rsplit("}", 1)[-1]


def kids(e, name):
    return [c for c in e if ln(c) == name]


def kid(e, name):
    k = kids(e, name)
    return k[0] if k else None


def text(e):
    return " ".join("".join(e.itertext()).split()) if e is not None else ""


def code(e, name):
    c = kid(e, name)
    return text(kid(c, "code")) if c is not None else ""


def ident(e):
    i = kid(e, "identifikation")
    if i is None:
        return "", ""
    return text(kid(i, "id")), text(kid(i, "version"))


def payload(root):
    for c in root:
        if ln(c) in ("stammdatenschema", "datenfeldgruppe", "datenfeld"):
            return c
    return None


def anzahl(s):
    m = re.fullmatch(r"(\d+)(?::|\.\.)(\d+|\*)", s)
    if not m:
        return 0, "1"
    return int(m.group(1)), m.group(2) if m.group(2) == "*" else str(int(m.group(2)))


TYPES = {"text": "string", "text_latin": "string", "date": "string", "time": "string",
         "datetime": "string", "bool": "boolean", "num": "number", "num_currency": "number",
         "num_int": "integer", "file": "string", "obj": "string"}
FORMATS = {"date": "date", "time": "time", "datetime": "date-time"}


class Compare:
    """Compares a schema with the XDatenfelder object it came from."""

    def __init__(self, doc, name):
        self.doc, self.name, self.problems = doc, name, []

    def bad(self, where, what):
        self.problems.append("%s: %s: %s" % (self.name, where, what))

    def resolve(self, s):
        while isinstance(s, dict) and "$ref" in s:
            ref = s["$ref"]
            if not ref.startswith("#/$defs/"):
                self.bad(ref, "$ref not into #/$defs/")
                return {}
            from urllib.parse import unquote
            key = unquote(ref[len("#/$defs/"):]).replace("~1", "/").replace("~0", "~")
            s = self.doc.get("$defs", {}).get(key)
            if s is None:
                self.bad(ref, "unresolved")
                return {}
        return s

    def obj(self, e, s, where):
        s = self.resolve(s)
        i, v = ident(e)
        name = text(kid(e, "name")) or i
        if s.get("title") != name:
            self.bad(where, "title %r, name %r" % (s.get("title"), name))
        if ln(e) == "datenfeld":
            self.field(e, s, where)
        else:
            self.group(e, s, where)

    def group(self, g, s, where):
        if s.get("type") != "object":
            self.bad(where, "type %r for a %s" % (s.get("type"), ln(g)))
            return
        choice = code(g, "art") == "X"
        props, required, seen = [], [], set()
        for st in kids(g, "struktur"):
            en = kid(st, "enthaelt")
            c = next((x for x in (en if en is not None else []) if ln(x) in ("datenfeld", "datenfeldgruppe")), None)
            if c is None or (ln(c) == "datenfeld" and code(c, "feldart") == "label"):
                continue
            cid = ident(c)[0]
            if cid in seen:
                continue
            seen.add(cid)
            props.append(cid)
            mn, mx = anzahl(text(kid(st, "anzahl")))
            p = s.get("properties", {}).get(cid)
            if p is None:
                self.bad(where, "no property " + cid)
                continue
            if mn >= 1 and not choice:
                required.append(cid)
            if mx == "1":
                if p.get("type") == "array":
                    self.bad(where + "/" + cid, "an array for multiplicity %s:%s" % (mn, mx))
                self.obj(c, p, where + "/" + cid)
                continue
            if p.get("type") != "array":
                self.bad(where + "/" + cid, "no array for multiplicity %s:%s" % (mn, mx))
                continue
            if p.get("minItems", 0) != mn:
                self.bad(where + "/" + cid, "minItems %r for %s:%s" % (p.get("minItems"), mn, mx))
            if (mx == "*") != ("maxItems" not in p) or (mx != "*" and p["maxItems"] != int(mx)):
                self.bad(where + "/" + cid, "maxItems %r for %s:%s" % (p.get("maxItems"), mn, mx))
            self.obj(c, p.get("items", {}), where + "/" + cid)
        if list(s.get("properties", {})) != props:
            self.bad(where, "properties %s, children %s" % (list(s.get("properties", {})), props))
        if s.get("required", []) != required:
            self.bad(where, "required %s, expected %s" % (s.get("required", []), required))
        if choice:
            alts = [a.get("required") for a in s.get("oneOf", [])]
            if alts != [[p] for p in props]:
                self.bad(where, "Auswahlgruppe oneOf %s for children %s" % (alts, props))
        elif "oneOf" in s:
            self.bad(where, "oneOf in a group that is no Auswahlgruppe")

    def field(self, f, s, where):
        fa, dt = code(f, "feldart"), code(f, "datentyp")
        if fa == "label":
            if s.get("type") != "null":
                self.bad(where, "label not null")
            return
        want = "string" if fa == "select" else TYPES.get(dt, "string")
        if s.get("type") != want:
            self.bad(where, "type %r for feldart %s, datentyp %s" % (s.get("type"), fa, dt))
        if fa != "select" and s.get("format") != FORMATS.get(dt):
            self.bad(where, "format %r for datentyp %s" % (s.get("format"), dt))
        if fa != "select" and dt in ("file", "obj") and s.get("contentEncoding") != "base64":
            self.bad(where, "no contentEncoding base64 for " + dt)
        if (fa == "locked") != (s.get("readOnly") is True):
            self.bad(where, "readOnly %r for feldart %s" % (s.get("readOnly"), fa))
        if not (isinstance(s.get("examples"), list) and len(s["examples"]) == 1):
            self.bad(where, "not one example")
        if fa == "select":
            werte = kid(f, "werte")
            codes = []
            for w in kids(werte, "wert") if werte is not None else []:
                c = text(kid(w, "code"))
                if c not in codes:
                    codes.append(c)
            if codes:
                got = [a.get("const") for a in s.get("oneOf", [])]
                if got != codes:
                    self.bad(where, "select oneOf %s, werte %s" % (got, codes))
                if s.get("examples", [None])[0] not in codes:
                    self.bad(where, "example %r is no code" % s.get("examples"))
            elif "oneOf" in s and not any(ln(x) == "CodeList" for x in self.root.iter()):
                # codes can only come from werte or a genericode list in the document
                self.bad(where, "oneOf without values in the document")


mode = sys.argv[1]

if mode == "basic":
    # basic OUT.json... : JSON, fimkit named early, the dialect.
    for path in sys.argv[2:]:
        name = os.path.basename(path)
        try:
            raw, doc = load_json(path)
        except Exception as e:  # noqa: BLE001 - any parse problem is a failure
            check(False, "%s is JSON: %s" % (name, e))
            continue
        check(b"fimkit" in raw[:4096], name + " names fimkit in its first 4 KiB")
        check(raw.endswith(b"}\n"), name + " ends with } and a newline")
        check(doc.get("$schema") == "https://json-schema.org/draft/2020-12/schema", name + " is draft 2020-12")
        check(re.match(r"^urn:[A-Za-z0-9.:_~%-]+$", doc.get("$id", "")) is not None, name + " $id: %r" % doc.get("$id"))
        check(b"#/defs/" not in raw and b'"format": "datetime"' not in raw,
              name + " has no #/defs/ and no format datetime")

elif mode == "compare":
    # compare IN.xml OUT.json [IN.xml OUT.json]... : structure of each schema
    # against the XML it came from.
    args = sys.argv[2:]
    for src, out in zip(args[0::2], args[1::2]):
        root = ET.parse(src).getroot()
        _, doc = load_json(out)
        cmp = Compare(doc, src.replace(os.path.dirname(os.path.dirname(src)) + "/", ""))
        cmp.root = root
        p = payload(root)
        i, v = ident(p)
        check(doc.get("$id", "").endswith(":" + i + (":" + v if v else "")),
              "%s: $id %s names %s %s" % (cmp.name, doc.get("$id"), i, v))
        cmp.obj(p, doc, "#")
        check(not cmp.problems, "%s: schema matches the document%s" % (
            cmp.name, "" if not cmp.problems else ": " + "; ".join(cmp.problems[:10])))

elif mode == "samples":
    # samples XDF3.json XDF2.json ERR : what we know about the Hundesteuer schema.
    _, x3 = load_json(sys.argv[2])
    _, x2 = load_json(sys.argv[3])
    err = open(sys.argv[4], encoding="utf-8").read()
    check(x3["$id"] == "urn:fim:S05000012503:1.1.0", "XDF3 $id " + x3["$id"])
    check(x2["$id"] == "urn:fim:S05012503:1.1", "XDF2 $id " + x2["$id"])
    check(x3["title"] == "Anmeldung eines Hundes zur Hundesteuer", "title is the name")
    check("Generated by fimkit convert" in x3["$comment"], "$comment names fimkit convert")
    v = P(x3, "G05000012530", "F05000012635")
    check(v is not None and v.get("oneOf") == [
        {"const": "00", "title": "Keine Steuervergünstigung beantragt"},
        {"const": "01", "title": "Steuerbefreiung für einen Assistenzhund",
         "description": "z. B. Blindenführhund oder Signalhund für gehörlose Menschen"},
        {"const": "02", "title": "Steuerermäßigung für einen Hund aus einem Tierheim",
         "description": "Die Übernahme aus einem anerkannten Tierheim ist nachzuweisen."},
        {"const": "03", "title": "Steuerermäßigung wegen Bezugs von Sozialleistungen",
         "description": "z. B. Bürgergeld, Grundsicherung oder Hilfe zum Lebensunterhalt"}],
        "select F05000012635: oneOf with the codes 00-03 and their names")
    check(v is not None and v.get("default") == "00" and v.get("examples") == ["00"], "F05000012635: inhalt 00 is default and example")
    v = P(x3, "G05000012520", "F05000012625")
    check(v is not None and [a["const"] for a in v.get("oneOf", [])] == ["001", "002"], "select F05000012625: codes 001, 002")
    v = P(x3, "G05000012520", "G05000012522", "F05000012622")
    check(v is not None and "oneOf" not in v and v.get("type") == "string"
          and "urn:de:falkenried:fim:codeliste:hunderassen" in v.get("$comment", ""),
          "F05000012622 (code list only referenced): a string naming the list")
    check("[X101] F05000012622" in err, "X101 reported for F05000012622")
    check("[X107] R05000012701" in err and "[X107] R05000012702" in err, "X107 reported for both rules")
    check(x3.get("required") == ["G05000012510", "G05000012520", "G05000012530", "F05000012651"], "root required")
    g = P(x3, "G05000012510")
    check("F05000012601" in g.get("required", []) and "F05000012608" not in g.get("required", []),
          "F05000012601 (1:1) required, F05000012608 (0:1) not")
    v = P(x3, "F05000012640")
    check(v is not None and v.get("type") == "array" and "maxItems" not in v and "minItems" not in v
          and v["items"].get("contentEncoding") == "base64", "F05000012640 (0:*, file): array of base64 strings, no maxItems")
    for k in ("F05000012603",):
        check(P(x3, "G05000012510", k).get("format") == "date", k + ": format date")
    check(P(x3, "G05000012520", "F05000012626").get("format") == "date", "F05000012626: format date")
    check(P(x2, "G05012520", "F05012626").get("format") == "date", "XDF2 F05012626: format date")
    v = P(x3, "G05000012520", "F05000012628")
    check(v.get("type") == "integer" and v.get("minimum") == 10 and v.get("maximum") == 110, "num_int with minimum/maximum")
    v = P(x2, "G05012520", "F05012629")
    check(v.get("type") == "number" and v.get("minimum") == 0.5 and v.get("maximum") == 120, "XDF2 JSON praezisierung minValue/maxValue")
    v = P(x2, "G05012510", "G05012511", "F05012606")
    check(v.get("pattern") == "^(?:[0-9]{5})$" and v.get("minLength") == 5 and v.get("maxLength") == 5,
          "XDF2 JSON praezisierung pattern and lengths")
    check("F05000012650" not in json.dumps(x3) and "F05012650" not in json.dumps(x2), "the label is no property")
    v = P(x2, "G05012530", "F05012635")
    check(v.get("type") == "string" and "oneOf" not in v and v.get("default") == "00", "XDF2 select with referenced list")

elif mode == "edge":
    # edge DIR ERR : the documents written by this script.
    d, err = sys.argv[2], open(sys.argv[3], encoding="utf-8").read()
    _, g = load_json(os.path.join(d, "G09000000001V1.0.0.schema.json"))
    check(g["title"] == 'Edge "cases" \\ </script> & Ümläut', "hostile name round-trips: %r" % g["title"])
    choice = P(g, "G09000000002")
    check(choice.get("oneOf") == [{"properties": {"F09000000010": True}, "required": ["F09000000010"]},
                                  {"properties": {"F09000000011": True}, "required": ["F09000000011"]}]
          and "required" not in choice, "Auswahlgruppe: oneOf over the children, none required on its own")
    check("[X114] G09000000002" in err, "X114 for the Auswahlgruppe with a 1:1 child")
    check(P(choice, "F09000000011").get("format") == "time", "time: format time")
    odd = P(g, "F1/2~3 x")
    check(odd == {"type": "array", "items": {"$ref": "#/$defs/F1~12~03%20xV1.0.0"}, "minItems": 2, "maxItems": 5},
          "shared field with an odd id: $ref into $defs, escaped; 2:5 as minItems/maxItems: %r" % odd)
    check(list(g.get("$defs", {})) == ["F1/2~3 xV1.0.0"], "the shared field is defined once")
    sh = g["$defs"]["F1/2~3 xV1.0.0"]
    check(sh.get("minimum") == -10.5 and sh.get("type") == "number" and "default" not in sh,
          "num_currency minimum -10.50; decimal comma inhalt is no default")
    check("[X112] F1/2~3 x" in err and err.count("[X112] F1/2~3 x") == 1, "X112 for the bad inhalt, once")
    n = P(g, "G09000000003")
    check("G09000000003" not in g.get("required", []) and "[X105]" in err, "multiplicity 0..1 read as 0:1 with X105")
    check(P(n, "F09000000020").get("format") == "date-time" and "default" not in P(n, "F09000000020"),
          "datetime: format date-time; 2025-02-29 is no default")
    check(P(n, "F09000000021").get("readOnly") is True and P(n, "F09000000021").get("default") == 'fixed "value"',
          "locked: readOnly with its inhalt as default")
    dr = P(n, "F09000000022")
    check("minimum" not in dr and "2020-02-29" in dr.get("$comment", "") and dr.get("examples") == ["2020-02-29"],
          "date minValue/maxValue only in $comment")
    sel = P(g, "F09000000030")
    check([a["const"] for a in sel["oneOf"]] == ["A", "B"] and sel["oneOf"][1].get("description") == "help\\ me"
          and "[X109] F09000000030" in err, "duplicate code kept once, with X109")
    pat = P(g, "F09000000031")
    ex = pat["examples"][0]
    check(re.fullmatch(r"(?:DE|AT)[0-9]{2}(\s?[A-Z0-9]){2,}|x+", ex) is not None and 8 <= len(ex) <= 20,
          "example %r matches the pattern and the lengths" % ex)
    inv = P(g, "F09000000032")
    check("pattern" not in inv and "[X115] F09000000032" in err, "a pattern invalid with the u flag is not applied (X115)")
    neg = P(g, "F09000000033")["items"]
    check(re.fullmatch(r"[^xa0-9]{3}\.[^\s]", neg["examples"][0]) is not None, "negated classes: %r" % neg["examples"])
    obj = P(g, "F09000000034")
    check(obj.get("contentMediaType") == "application/xml" and obj.get("contentEncoding") == "base64", "obj with one media type")
    ws = P(g, "F09000000035")
    check(ws.get("default") == 'tab\there\nnew line\rcr "q" \\b\\', "control characters and escapes round-trip: %r" % ws.get("default"))
    _, f = load_json(os.path.join(d, "F09000000040V2.0.0.schema.json"))
    check(f.get("oneOf") == [{"const": "001", "title": 'Red "r"'}, {"const": "002", "title": "Green"}]
          and f.get("default") == "002", "codes from a genericode list inside the document")
    _, x = load_json(os.path.join(d, "S09000001V1.0.schema.json"))
    v = P(x, "F09000001")
    check(v.get("pattern") == '^(?:\\d{3}-["a-z]*)$' and v.get("minLength") == 3 and v.get("maxLength") == 12,
          "XDF2 JSON praezisierung with escapes and a bare number: %r" % v)
    check("minLength" not in P(x, "F09000002") and "[X102] F09000002" in err, "malformed praezisierung reported, not applied")
    v = P(x, "F09000003")
    check(v.get("minimum") == 1 and v.get("maximum") == 31 and "[X102] F09000003" in err, "XDF2 range 1..31")
    check("[X102] F09000004" in err and "minLength" not in P(x, "F09000004"), "XDF2 praezisierung 5 reported, not guessed")
    v = P(x, "F09000005")
    check("minimum" not in v and v.get("maximum") == 99.9 and "[X103] F09000005" in err and "step" in err,
          "decimal comma and an unknown key reported")
    check(P(x, "F09000006").get("default") is False, "bool inhalt false")
    check(err.count("[X111] F09000007") == 2, "unknown feldart and datentyp reported")
    _, lab = load_json(os.path.join(d, "F09000000050V1.0.0.schema.json"))
    check(lab.get("type") == "null" and "[X116]" in err, "a 0104 label: type null, X116")

elif mode == "params":
    # params TRUE.json BASE.json
    _, t = load_json(sys.argv[2])
    _, b = load_json(sys.argv[3])
    s = json.dumps(t)
    check('"additionalProperties": false' not in s and '"additionalProperties": true' in s,
          "additional-properties=true")
    check(b["$id"] == "urn:example:forms:S05000012503:1.1.0", "id-base: " + b["$id"])

else:
    sys.exit("unknown mode " + mode)
PY
	rc=$?
	lines "$tmp/py.out"
	[ "$rc" -eq 0 ] || not_ok "checks in python exited $rc"
}

# ---- our samples --------------------------------------------------------------------
fimkit convert --to json-schema -o "$tmp/hs" "$hs" 2> "$tmp/hs.err"
rc=$?
x3="$tmp/hs/S05000012503V1.1.0.schema.json"
x2="$tmp/hs/S05012503V1.1.schema.json"
if [ "$rc" -eq 0 ] && [ -f "$x3" ] && [ -f "$x2" ]; then ok; else
	not_ok "convert samples/hundesteuer: exit $rc, $(ls "$tmp/hs" 2> /dev/null | tr '\n' ' ')"; cat "$tmp/hs.err"; fi
if [ "$(ls "$tmp/hs" | wc -l)" -eq 2 ]; then ok; else
	not_ok "samples/hundesteuer: expected 2 schemas (the Datenschemas), got: $(ls "$tmp/hs" | tr '\n' ' ')"; fi
for f in "$x3" "$x2"; do
	name=$(basename "$f")
	if [ ! -f "$golden/$name" ]; then
		not_ok "no golden file $golden/$name"
	elif cmp -s "$f" "$golden/$name"; then
		ok
	else
		not_ok "$name differs from its golden file"; diff -u "$golden/$name" "$f" | head -30
	fi
done
fimkit convert --to json-schema -o "$tmp/hs2" "$hs" 2> /dev/null
for f in "$x3" "$x2"; do
	if cmp -s "$f" "$tmp/hs2/$(basename "$f")"; then ok; else not_ok "$(basename "$f"): two runs differ"; fi
done
fimkit convert --to json-schema "$hs/datenschema.xdf3.xml" > "$tmp/stdout.json" 2> /dev/null
if cmp -s "$tmp/stdout.json" "$x3"; then ok; else not_ok "to standard output: not the same bytes as with -o"; fi
pycheck basic "$x3" "$x2"
pycheck compare "$hs/datenschema.xdf3.xml" "$x3" "$hs/datenschema.xdf2.xml" "$x2"
pycheck samples "$x3" "$x2" "$tmp/hs.err"
schema_check "$x3" "$x2"

# ---- code lists given with --codelists: select fields get their codes ---------------
fimkit convert --to json-schema --codelists="$hs" -o "$tmp/hs-cl" "$hs" 2> "$tmp/hs-cl.err"
rc=$?
[ "$rc" -eq 0 ] && ok || { not_ok "convert --codelists: exit $rc"; cat "$tmp/hs-cl.err"; }
grep -q '\[X101\]' "$tmp/hs-cl.err" && { not_ok "--codelists: a list of the samples was not found"; grep X101 "$tmp/hs-cl.err"; } || ok
schema_check "$tmp/hs-cl"/*.json
"$PYTHON3" - "$tmp/hs-cl/S05012503V1.1.schema.json" > "$tmp/py.out" 2>&1 <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
def find(node, key):
    if isinstance(node, dict):
        if key in node.get("properties", {}):
            return node["properties"][key]
        for v in node.values():
            r = find(v, key)
            if r is not None:
                return r
    elif isinstance(node, list):
        for v in node:
            r = find(v, key)
            if r is not None:
                return r
    return None
f = find(s, "F05012625")
codes = [(o["const"], o["title"]) for o in (f or {}).get("oneOf", [])]
print("ok F05012625 codes from the list" if codes == [("001", "Rüde"), ("002", "Hündin")] else "not ok F05012625 codes %r" % codes)
r = find(s, "F05012622")
print("ok F05012622 codes from the list" if len((r or {}).get("oneOf", [])) == 39 else "not ok F05012622 has %d codes" % len((r or {}).get("oneOf", [])))
PY
lines "$tmp/py.out"

# ---- edge cases -----------------------------------------------------------------------
mkdir "$tmp/edge" || exit 99
cat > "$tmp/edge/group.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<x:xdatenfelder.datenfeldgruppe.0103 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <x:header><x:nachrichtID>1</x:nachrichtID><x:erstellungszeitpunkt>2025-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header>
  <x:datenfeldgruppe>
    <x:identifikation><x:id>G09000000001</x:id><x:version>1.0.0</x:version></x:identifikation>
    <x:name>Edge "cases" \ &lt;/script&gt; &amp; Ümläut</x:name>
    <x:definition>Line one&#10;line&#9;two&#13;"quoted" \n not a newline</x:definition>
    <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt>
      <x:datenfeldgruppe>
        <x:identifikation><x:id>G09000000002</x:id><x:version>1.0.0</x:version></x:identifikation>
        <x:name>Choice</x:name>
        <x:art><code>X</code></x:art>
        <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F09000000010</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Choice A</x:name>
          <x:feldart><code>input</code></x:feldart><x:datentyp><code>text_latin</code></x:datentyp>
        </x:datenfeld></x:enthaelt></x:struktur>
        <x:struktur><x:anzahl>0:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F09000000011</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Choice B</x:name>
          <x:feldart><code>input</code></x:feldart><x:datentyp><code>time</code></x:datentyp>
        </x:datenfeld></x:enthaelt></x:struktur>
        <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F09000000012</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Choice note</x:name>
          <x:feldart><code>label</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
          <x:inhalt>Pick one</x:inhalt>
        </x:datenfeld></x:enthaelt></x:struktur>
      </x:datenfeldgruppe>
    </x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>2:5</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F1/2~3 x</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Shared odd id</x:name>
      <x:feldart><code>input</code></x:feldart><x:datentyp><code>num_currency</code></x:datentyp>
      <x:praezisierung minValue="-10.50" maxValue="1000"/>
      <x:inhalt>12,50</x:inhalt>
    </x:datenfeld></x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>0..1</x:anzahl><x:enthaelt>
      <x:datenfeldgruppe>
        <x:identifikation><x:id>G09000000003</x:id><x:version>1.0.0</x:version></x:identifikation>
        <x:name>Nested</x:name>
        <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F1/2~3 x</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Shared odd id</x:name>
          <x:feldart><code>input</code></x:feldart><x:datentyp><code>num_currency</code></x:datentyp>
          <x:praezisierung minValue="-10.50" maxValue="1000"/>
          <x:inhalt>12,50</x:inhalt>
        </x:datenfeld></x:enthaelt></x:struktur>
        <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F09000000020</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Hidden</x:name>
          <x:feldart><code>hidden</code></x:feldart><x:datentyp><code>datetime</code></x:datentyp>
          <x:inhalt>2025-02-29T10:00:00Z</x:inhalt>
        </x:datenfeld></x:enthaelt></x:struktur>
        <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F09000000021</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Locked</x:name>
          <x:feldart><code>locked</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
          <x:inhalt>fixed "value"</x:inhalt>
        </x:datenfeld></x:enthaelt></x:struktur>
        <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
          <x:identifikation><x:id>F09000000022</x:id><x:version>1.0.0</x:version></x:identifikation>
          <x:name>Date range</x:name>
          <x:feldart><code>input</code></x:feldart><x:datentyp><code>date</code></x:datentyp>
          <x:praezisierung minValue="2020-02-29" maxValue="2030-12-31"/>
        </x:datenfeld></x:enthaelt></x:struktur>
      </x:datenfeldgruppe>
    </x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F09000000030</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Select with duplicate code</x:name>
      <x:feldart><code>select</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
      <x:inhalt>B</x:inhalt>
      <x:werte>
        <x:wert><x:code>A</x:code><x:name>Alpha "a"</x:name></x:wert>
        <x:wert><x:code>B</x:code><x:name>Beta</x:name><x:hilfe>help\ me</x:hilfe></x:wert>
        <x:wert><x:code>A</x:code><x:name>Alpha again</x:name></x:wert>
      </x:werte>
    </x:datenfeld></x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F09000000031</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Patterns</x:name>
      <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
      <x:praezisierung minLength="8" maxLength="20" pattern="(?:DE|AT)[0-9]{2}(\s?[A-Z0-9]){2,}|x+"/>
    </x:datenfeld></x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>0:1</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F09000000032</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Invalid pattern</x:name>
      <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
      <x:praezisierung pattern="\-[a-z]+"/>
    </x:datenfeld></x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>1:*</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F09000000033</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Negated class</x:name>
      <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
      <x:praezisierung pattern="[^xa0-9]{3}\.[^\s]"/>
    </x:datenfeld></x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F09000000034</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Object</x:name>
      <x:feldart><code>input</code></x:feldart><x:datentyp><code>obj</code></x:datentyp>
      <x:mediaType>application/xml</x:mediaType>
    </x:datenfeld></x:enthaelt></x:struktur>
    <x:struktur><x:anzahl>0:1</x:anzahl><x:enthaelt><x:datenfeld>
      <x:identifikation><x:id>F09000000035</x:id><x:version>1.0.0</x:version></x:identifikation>
      <x:name>Raw inhalt</x:name>
      <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
      <x:inhalt>tab&#9;here&#10;new line&#13;cr "q" \b\</x:inhalt>
    </x:datenfeld></x:enthaelt></x:struktur>
  </x:datenfeldgruppe>
</x:xdatenfelder.datenfeldgruppe.0103>
EOF
cat > "$tmp/edge/field-gc.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <x:header><x:nachrichtID>1</x:nachrichtID><x:erstellungszeitpunkt>2025-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header>
  <x:datenfeld>
    <x:identifikation><x:id>F09000000040</x:id><x:version>2.0.0</x:version></x:identifikation>
    <x:name>Select from an embedded list</x:name>
    <x:feldart><code>select</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
    <x:inhalt>002</x:inhalt>
    <x:codelisteReferenz>
      <x:canonicalIdentification>urn:example:colours</x:canonicalIdentification>
      <x:version>1</x:version>
      <x:canonicalVersionUri>urn:example:colours_1</x:canonicalVersionUri>
    </x:codelisteReferenz>
    <x:codeKey>key</x:codeKey>
    <x:nameKey>label</x:nameKey>
  </x:datenfeld>
  <gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
    <Identification><ShortName>colours</ShortName><Version>1</Version>
      <CanonicalUri>urn:example:colours</CanonicalUri><CanonicalVersionUri>urn:example:colours_1</CanonicalVersionUri></Identification>
    <ColumnSet>
      <Column Id="label" Use="required"><ShortName>Label</ShortName><Data Type="string"/></Column>
      <Column Id="key" Use="required"><ShortName>Key</ShortName><Data Type="string"/></Column>
      <Key Id="k"><ShortName>K</ShortName><ColumnRef Ref="key"/></Key>
    </ColumnSet>
    <SimpleCodeList>
      <Row><Value ColumnRef="label"><SimpleValue>Red "r"</SimpleValue></Value><Value ColumnRef="key"><SimpleValue>001</SimpleValue></Value></Row>
      <Row><Value ColumnRef="label"><SimpleValue>Green</SimpleValue></Value><Value ColumnRef="key"><SimpleValue>002</SimpleValue></Value></Row>
    </SimpleCodeList>
  </gc:CodeList>
</x:xdatenfelder.datenfeld.0104>
EOF
cat > "$tmp/edge/xdf2.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2">
  <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID><xdf:erstellungszeitpunkt>2025-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
  <xdf:stammdatenschema>
    <xdf:identifikation><xdf:id>S09000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
    <xdf:name>Praezisierung forms</xdf:name>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Escapes</xdf:name>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>
      <xdf:praezisierung>{ "minLength" : 3, "maxLength":"12", "pattern":"\\d{3}\u002D[\"a-z]*" }</xdf:praezisierung>
      <xdf:inhalt>line&#10;break</xdf:inhalt>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000002</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Malformed</xdf:name>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>
      <xdf:praezisierung>{minLength:1}</xdf:praezisierung>
      <xdf:inhalt/>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000003</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Range</xdf:name>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>num_int</code></xdf:datentyp>
      <xdf:praezisierung>1..31</xdf:praezisierung>
      <xdf:inhalt>32</xdf:inhalt>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000004</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Bare number</xdf:name>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>
      <xdf:praezisierung>5</xdf:praezisierung>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
    <xdf:struktur><xdf:anzahl>0:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000005</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Unknown key, decimal comma</xdf:name>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>num</code></xdf:datentyp>
      <xdf:praezisierung>{"minValue":"0,5","maxValue":"99.9","step":"0.1"}</xdf:praezisierung>
      <xdf:inhalt>7.25</xdf:inhalt>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000006</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Bool with default</xdf:name>
      <xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>bool</code></xdf:datentyp>
      <xdf:inhalt>false</xdf:inhalt>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
    <xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeld>
      <xdf:identifikation><xdf:id>F09000007</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
      <xdf:name>Unknown types</xdf:name>
      <xdf:feldart><code>radio</code></xdf:feldart><xdf:datentyp><code>string</code></xdf:datentyp>
    </xdf:datenfeld></xdf:enthaelt></xdf:struktur>
  </xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>
EOF
cat > "$tmp/edge/label.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <x:header><x:nachrichtID>1</x:nachrichtID><x:erstellungszeitpunkt>2025-01-01T00:00:00Z</x:erstellungszeitpunkt></x:header>
  <x:datenfeld>
    <x:identifikation><x:id>F09000000050</x:id><x:version>1.0.0</x:version></x:identifikation>
    <x:name>Just a note</x:name>
    <x:feldart><code>label</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
    <x:inhalt>Read me.</x:inhalt>
  </x:datenfeld>
</x:xdatenfelder.datenfeld.0104>
EOF
fimkit convert --to json-schema -o "$tmp/edge-out" "$tmp/edge" 2> "$tmp/edge.err"
rc=$?
if [ "$rc" -eq 0 ] && [ "$(ls "$tmp/edge-out" | wc -l)" -eq 4 ]; then ok; else
	not_ok "convert edge cases: exit $rc, $(ls "$tmp/edge-out" 2> /dev/null | tr '\n' ' ')"; cat "$tmp/edge.err"; fi
pycheck basic "$tmp/edge-out"/*.json
pycheck edge "$tmp/edge-out" "$tmp/edge.err"
pairs=
for f in group field-gc xdf2 label; do
	fimkit convert --to json-schema "$tmp/edge/$f.xml" > "$tmp/edge-$f.json" 2> /dev/null
	pairs="$pairs $tmp/edge/$f.xml $tmp/edge-$f.json"
done
# shellcheck disable=SC2086
pycheck compare $pairs
schema_check "$tmp/edge-out"/*.json

# ---- parameters -----------------------------------------------------------------------
fimkit convert --to json-schema --param additional-properties=true "$hs/datenschema.xdf3.xml" > "$tmp/p-true.json" 2> /dev/null
fimkit convert --to json-schema --param id-base=urn:example:forms: "$hs/datenschema.xdf3.xml" > "$tmp/p-base.json" 2> /dev/null
pycheck params "$tmp/p-true.json" "$tmp/p-base.json"
schema_check "$tmp/p-true.json" "$tmp/p-base.json"
for p in additional-properties=maybe id-base=no-scheme 'id-base=urn:a b:'; do
	fimkit convert --to json-schema -o "$tmp/p-bad" --param "$p" "$hs/datenschema.xdf3.xml" > /dev/null 2> "$tmp/p.err"
	rc=$?
	if [ "$rc" -eq 3 ] && grep -q "parameter ${p%%=*} must be" "$tmp/p.err" && [ ! -e "$tmp/p-bad/S05000012503V1.1.0.schema.json" ]; then
		ok
	else
		not_ok "--param $p: exit $rc, no clear refusal"; cat "$tmp/p.err"
	fi
done

# ---- samples/faulty: broken inputs fail clearly, the rest converts -------------------
fimkit convert --to json-schema -o "$tmp/faulty" "$top_srcdir/samples/faulty" 2> "$tmp/faulty.err"
rc=$?
if [ "$rc" -le 3 ] && [ "$rc" -ne 2 ]; then ok; else not_ok "convert samples/faulty: exit $rc"; cat "$tmp/faulty.err"; fi
if grep -q '\[X105\] S05099001' "$tmp/faulty.err"; then ok; else not_ok "samples/faulty: no X105 for the UML multiplicity 0..1"; fi
unclear=$(grep 'not converted' "$tmp/faulty.err" | grep -v 'not a well-formed XML document' |
	grep -v 'not converted: not a FIM document: ')
if [ -z "$unclear" ]; then ok; else not_ok "samples/faulty: a well-formed document failed:"; printf '%s\n' "$unclear"; fi
if ls "$tmp/faulty"/*.json > /dev/null 2>&1; then
	pycheck basic "$tmp/faulty"/*.json
	schema_check --unsatisfiable "$(unsatisfiable "$tmp/faulty.err")" "$tmp/faulty"/*.json
else
	not_ok "samples/faulty: nothing converted"
fi

# ---- the reference corpus -------------------------------------------------------------
shared=$(shared_dir)/fim-reference/samples
if [ ! -d "$shared/xdatenfelder-3.0.0" ] || [ ! -d "$shared/xdatenfelder-2.0" ]; then
	echo "no $shared: reference corpus skipped"
	finish
	exit
fi
fimkit convert --to json-schema -o "$tmp/ref" "$shared/xdatenfelder-2.0" "$shared/xdatenfelder-3.0.0" 2> "$tmp/ref.err"
rc=$?
# the parser fixtures without an id cannot be keyed by id, those in an
# unknown namespace are no FIM document: they fail, saying so
failed=$(sed -n 's/^fimkit: \(.*\): not converted: .*/\1/p' "$tmp/ref.err")
unclear=$(grep 'not converted' "$tmp/ref.err" | grep -v 'has no id; JSON Schema keys data by id' |
	grep -v 'not converted: not a FIM document: ')
if [ -z "$unclear" ]; then ok; else not_ok "reference corpus: failures without a clear reason:"; printf '%s\n' "$unclear"; fi
for f in $failed; do
	case $f in
	*/flxbe-xdatenfelder-xml/*) ok ;;
	*) not_ok "reference corpus: $f (a real document) was not converted" ;;
	esac
done
if [ "$rc" -eq 0 ] || { [ "$rc" -eq 3 ] && [ -n "$failed" ]; }; then ok; else
	not_ok "convert reference corpus: exit $rc"; tail -5 "$tmp/ref.err"; fi
n=$(ls "$tmp/ref" | wc -l)
if [ "$n" -ge 60 ]; then ok; else not_ok "reference corpus: only $n schemas written"; fi
pycheck basic "$tmp/ref"/*.json
schema_check --unsatisfiable "$(unsatisfiable "$tmp/ref.err")" "$tmp/ref"/*.json
# the real XDF2 export with the code lists it references
cl=$(shared_dir)/fim-reference/codelists/fim-xdatenfelder-2.0/gerps-onto-S00000094
if [ -d "$cl" ]; then
	fimkit convert --to json-schema --codelists="$cl" \
		"$shared/xdatenfelder-2.0/gerps-onto/S00000094V1.0_xdf2.xml" > "$tmp/gerps.json" 2> "$tmp/gerps.err"
	[ $? -eq 0 ] && ok || { not_ok "S00000094 with its code lists"; cat "$tmp/gerps.err"; }
	grep -q '\[X101\]' "$tmp/gerps.err" && { not_ok "S00000094: a code list was not found"; grep X101 "$tmp/gerps.err"; } || ok
	schema_check --unsatisfiable "$(unsatisfiable "$tmp/gerps.err")" "$tmp/gerps.json"
fi
# each document on its own, to standard output, compared with its XML
i=0
pairs=
for f in $(find "$shared/xdatenfelder-2.0" "$shared/xdatenfelder-3.0.0" -name '*.xml' | LC_ALL=C sort); do
	i=$((i + 1))
	if fimkit convert --to json-schema "$f" > "$tmp/one-$i.json" 2> /dev/null && [ -s "$tmp/one-$i.json" ]; then
		pairs="$pairs $f $tmp/one-$i.json"
	fi
done
# shellcheck disable=SC2086
pycheck compare $pairs

finish
