#!/bin/sh
# convert-csv.sh - `fimkit convert --to=csv` (xslt/xdf-csv.xsl) writes CSV
# that spreadsheets and programs can trust.
#
# Converts our XDatenfelder samples, two fixtures of our own and every
# XDatenfelder 2.0/3.0.0 message 0102, 0103 and 0104 of the reference corpus
# (../shared, skipped when absent).  Python's csv module reads each result:
# UTF-8 with a byte order mark, the exact header row, 19 cells in every
# record, records ending in CRLF, quoting exactly where RFC 4180 needs it,
# one row per field occurrence (counted independently with ElementTree over
# the input's structure), and no cell that a spreadsheet would run as a
# formula: none begins with = + - @ TAB or CR unless it begins with the '
# the stylesheet puts in front (plain negative numbers in min_value and
# max_value are the documented exception).  Every cell, the ' removed, must
# equal what the input says (the mapping described at the top of
# xslt/xdf-csv.xsl, recomputed here).  The fixture csv-hostile.xdf3.xml
# (formulas, quotes, commas, line breaks) is also checked cell by cell
# against literal values, and csv-praezisierung.xdf2.xml against the
# praezisierung forms and findings (X301, X302) it is made of.  The parser
# fixtures of the corpus may fail, but only with a message and no output.
#
# Needs python3; exits 77 (skipped) without it.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
samples="$top_srcdir/samples/hundesteuer"
fixtures="$top_srcdir/tests/convert/fixtures"
golden="$top_srcdir/tests/convert/golden/csv"

cat > "$tmp/check.py" <<'PY'
"""check.py MODE ...: prints one line per check, "ok WHAT" or "not ok WHAT".

check LIST      LIST has lines INPUT<TAB>CSV<TAB>FIXTURE (FIXTURE: -, hostile or
                praezisierung); checks each CSV against its input.
classify LIST   prints FILE<TAB>KIND for the files named in LIST (one a line)
                that are XDatenfelder messages 0102-0104:
                xdf (XDF2/XDF3 namespace), foreign (another namespace) or
                broken (not well-formed).
"""
import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET

X2 = "urn:xoev-de:fim:standard:xdatenfelder_2"
X3 = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"
HEADER = ("path,id,version,name,bezeichnung_eingabe,bezeichnung_ausgabe,datentyp,"
          "feldart,multiplicity,min_length,max_length,min_value,max_value,pattern,"
          "praezisierung,code_list,values,hilfetext,bezug").split(",")
COL = {name: i for i, name in enumerate(HEADER)}
PAYLOAD = {"xdatenfelder.stammdatenschema.0102": "stammdatenschema",
           "xdatenfelder.datenfeldgruppe.0103": "datenfeldgruppe",
           "xdatenfelder.datenfeld.0104": "datenfeld"}
KNOWN = ("minLength", "maxLength", "minValue", "maxValue", "pattern")
TRIGGER = "=+-@\t\r'"
XML_WS = " \t\r\n"
NEGATIVE = re.compile(r"-[0-9]+(\.[0-9]+)?")


def say(good, what):
    print(("ok " if good else "not ok ") + what.replace("\n", "\\n"))
    return good


def nsp(s):
    """XPath normalize-space()."""
    return re.sub("[ \t\r\n]+", " ", s).strip(XML_WS)


def text(el):
    """XPath string() of an element (comments are not in the tree)."""
    return "".join(el.itertext()) if el is not None else ""


def split_tag(tag):
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        return ns, local
    return "", tag


class Obj(list):
    pass


class Num(str):
    pass


def reject(value):
    raise ValueError(value)


def read_praezisierung(t):
    """XDF2 praezisierung as the stylesheet reads it: (members, status) with
    status '' (read, or empty), 'bad' (not readable) or 'unknown' (other keys)."""
    if t == "":
        return {}, ""
    for m in re.finditer(r"\\(.)", t, re.S):
        if m.group(1) not in '"\\/nrt':
            return {}, "bad"          # \uXXXX, \b, \f are not decoded
    try:
        value = json.loads(t, parse_int=Num, parse_float=Num, parse_constant=reject,
                           object_pairs_hook=Obj, strict=False)
    except ValueError:
        return {}, "bad"
    if not isinstance(value, Obj):
        return {}, "bad"
    members = {}
    for key, v in value:
        if not isinstance(v, str) or isinstance(v, Obj):
            return {}, "bad"
        if isinstance(v, Num) and re.search("[eE]", v):
            return {}, "bad"          # no exponents
        members[key] = str(v)
    unknown = any(key not in KNOWN for key, _ in value)
    return members, "unknown" if unknown else ""


def expected_rows(path):
    """The rows (lists of raw cell texts) the mapping gives, or None when the
    document is no XDatenfelder message 0102-0104."""
    root = ET.parse(path).getroot()
    ns, local = split_tag(root.tag)
    if ns not in (X2, X3) or local not in PAYLOAD:
        return None

    def q(*names):
        return "/".join("{%s}%s" % (ns, n) for n in names)

    def first(el, name):
        return text(el.find(q(name)))

    def ident(el, what):
        return nsp(text(el.find(q("identifikation", what))))

    rows = []

    def field(el, path, anzahl):
        r = dict.fromkeys(HEADER, "")
        r["path"] = path + ident(el, "id")
        r["id"] = ident(el, "id")
        r["version"] = ident(el, "version")
        r["name"] = first(el, "name").strip(XML_WS)
        r["bezeichnung_eingabe"] = first(el, "bezeichnungEingabe").strip(XML_WS)
        r["bezeichnung_ausgabe"] = first(el, "bezeichnungAusgabe").strip(XML_WS)
        r["datentyp"] = nsp(text(el.find(q("datentyp") + "/code")))
        r["feldart"] = nsp(text(el.find(q("feldart") + "/code")))
        r["multiplicity"] = anzahl
        if ns == X3:
            p = el.find(q("praezisierung"))
            attrs = p.attrib if p is not None else {}
            for col, key in (("min_length", "minLength"), ("max_length", "maxLength"),
                             ("min_value", "minValue"), ("max_value", "maxValue")):
                r[col] = nsp(attrs.get(key, ""))
            r["pattern"] = attrs.get("pattern", "")
            ref = el.find(q("codelisteReferenz"))
        else:
            raw = first(el, "praezisierung").strip(XML_WS)
            members, status = read_praezisierung(raw)
            for col, key in (("min_length", "minLength"), ("max_length", "maxLength"),
                             ("min_value", "minValue"), ("max_value", "maxValue")):
                r[col] = nsp(members.get(key, ""))
            r["pattern"] = members.get("pattern", "")
            r["praezisierung"] = raw if status else ""
            ref = el.find(q("codelisteReferenz", "genericodeIdentification"))
        werte = el.findall(q("werte", "wert")) if ns == X3 else []
        uri = version = version_uri = ""
        if ref is not None:
            uri = nsp(text(ref.find(q("canonicalIdentification"))))
            version = nsp(text(ref.find(q("version"))))
            version_uri = nsp(text(ref.find(q("canonicalVersionUri"))))
        if uri and version:
            r["code_list"] = uri + " " + version
        elif uri or version_uri:
            r["code_list"] = uri or version_uri
        elif werte:
            r["code_list"] = "werte"
        r["values"] = "; ".join(nsp(text(w.find(q("code")))) + "=" +
                                text(w.find(q("name"))).strip(XML_WS) for w in werte)
        r["hilfetext"] = first(el, "hilfetextEingabe").strip(XML_WS)
        if ns == X3:
            r["bezug"] = "; ".join(text(b).strip(XML_WS) for b in el.findall(q("bezug"))
                                   if nsp(text(b)))
        else:
            r["bezug"] = first(el, "bezug").strip(XML_WS)
        rows.append([r[h] for h in HEADER])

    def walk(el, path, anzahl):
        if split_tag(el.tag)[1] == "datenfeld":
            field(el, path, anzahl)
            return
        here = path + ident(el, "id") + "/"
        for struktur in el.findall(q("struktur")):
            count = nsp(text(struktur.find(q("anzahl"))))
            for enthaelt in struktur.findall(q("enthaelt")):
                for child in enthaelt:
                    if child.tag in (q("datenfeld"), q("datenfeldgruppe")):
                        walk(child, here, count)

    payload = root.find(q(PAYLOAD[local]))
    if payload is not None:
        walk(payload, "", "")
    return rows


def neutralised(value, column):
    """The cell text for a raw value: ' in front of formula starters."""
    if value[:1] and value[0] in TRIGGER:
        if not (column in ("min_value", "max_value") and NEGATIVE.fullmatch(value)):
            return "'" + value
    return value


def rfc4180(rows):
    def cell(c):
        if any(ch in c for ch in ',"\r\n'):
            return '"' + c.replace('"', '""') + '"'
        return c
    return "".join(",".join(cell(c) for c in row) + "\r\n" for row in rows)


def check_file(src, out, fixture):
    name = out.rsplit("/", 1)[-1]
    data = open(out, "rb").read()
    if not say(data.startswith(b"\xef\xbb\xbf"), name + ": starts with a UTF-8 byte order mark"):
        return
    try:
        body = data[3:].decode("utf-8")
    except UnicodeDecodeError as e:
        say(False, name + ": UTF-8: " + str(e))
        return
    say(body.startswith(",".join(HEADER) + "\r\n"), name + ": the header row is exact")
    # record ends outside quotes are CRLF, nothing else
    quoted = False
    bad_eol = None
    for i, ch in enumerate(body):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "\n" and (i == 0 or body[i - 1] != "\r"):
            bad_eol = i
        elif not quoted and ch == "\r" and body[i + 1:i + 2] != "\n":
            bad_eol = i
        if bad_eol is not None:
            break
    say(bad_eol is None and body.endswith("\r\n"),
        name + ": records end in CRLF" + ("" if bad_eol is None else " (offset %d)" % bad_eol))
    try:
        records = list(csv.reader(io.StringIO(body, newline=""), strict=True))
    except csv.Error as e:
        say(False, name + ": python's csv reader: " + str(e))
        return
    say(records[:1] == [HEADER], name + ": python reads the header row")
    rows = records[1:]
    wrong = [i + 2 for i, r in enumerate(rows) if len(r) != len(HEADER)]
    say(not wrong, name + ": every record has %d cells (not: records %s)" % (len(HEADER), wrong[:5]))
    say(rfc4180(records) == body, name + ": quoted exactly where RFC 4180 needs it")
    risky = []
    for i, r in enumerate(rows):
        for h, c in zip(HEADER, r):
            if c[:1] and c[0] in "=+-@\t\r" and not (
                    h in ("min_value", "max_value") and NEGATIVE.fullmatch(c)):
                risky.append("record %d %s %r" % (i + 2, h, c[:30]))
    say(not risky, name + ": no cell starts a formula: " + "; ".join(risky[:3]))

    want = expected_rows(src)
    if want is None:
        say(False, name + ": converted although the input is no XDatenfelder message 0102-0104")
        return
    say(len(rows) == len(want), name + ": %d rows for %d field occurrences" % (len(rows), len(want)))
    diffs = []
    for i, (got, raw) in enumerate(zip(rows, want)):
        for h, g, w in zip(HEADER, got, raw):
            back = g[1:] if g.startswith("'") else g
            if g != neutralised(w, h) or back != w:
                diffs.append("record %d %s: %r, expected %r" % (i + 2, h, g[:60], w[:60]))
    say(not diffs, name + ": every cell is the input's text (' removed): " + "; ".join(diffs[:3]))
    if fixture == "hostile":
        check_hostile(name, rows)
    elif fixture == "praezisierung":
        check_praezisierung(name, rows)


def expect(name, rows, index, column, value):
    got = rows[index][COL[column]] if index < len(rows) else None
    say(got == value, "%s: record %d %s is %r (got %r)" % (name, index + 2, column, value, got))


def check_hostile(name, rows):
    """Literal cells, independent of the mapping code above."""
    say([r[0] for r in rows] == [
        "S05000099901/G05000099910/F05000099911",
        "S05000099901/G05000099910/F05000099912",
        "S05000099901/F05000099911",
        "S05000099901/F05000099913",
        "S05000099901/F05000099914"], name + ": paths of the five occurrences")
    say([r[COL["multiplicity"]] for r in rows] == ["1:1", "0:3", "0:*", "1:1", "1:1"],
        name + ": multiplicity of each occurrence")
    for i in (0, 2):
        expect(name, rows, i, "name", "'=HYPERLINK(\"https://example.invalid/?a=1,b=2\",\"Klick\")")
        expect(name, rows, i, "bezeichnung_eingabe", "'+1")
        expect(name, rows, i, "bezeichnung_ausgabe", "'@SUM(A1:A9)")
        expect(name, rows, i, "min_value", "-5")
        expect(name, rows, i, "max_value", "'+7")
        expect(name, rows, i, "hilfetext",
               "'-2+3 ergibt eins; der Rand aus Leerraum gehört nicht dazu.")
        expect(name, rows, i, "bezug", "Zeile eins, mit Komma\nZeile zwei mit \"Zitat\"; -")
    expect(name, rows, 1, "name", "''=1+1 in Anführung")
    expect(name, rows, 1, "bezeichnung_eingabe", "Zeile\rmit Wagenrücklauf")
    expect(name, rows, 1, "bezeichnung_ausgabe", "\"ganz\" zitiert")
    expect(name, rows, 1, "pattern", "'\t=1+1")
    expect(name, rows, 1, "code_list", "werte")
    expect(name, rows, 1, "values",
           "'-1==cmd|' /C calc'!A0; a=Text mit \"Zitat\", Komma; b=@Verweis")
    expect(name, rows, 1, "hilfetext",
           "Erste Zeile\nZweite Zeile, mit Komma\nDritte Zeile \"mit\" Zitat")
    expect(name, rows, 1, "bezug", "§ 1, Satz 2")
    expect(name, rows, 3, "name", "<b>fett</b> & Co.")
    expect(name, rows, 3, "min_value", "-0.5")
    expect(name, rows, 3, "max_value", "'-1e3")
    expect(name, rows, 3, "pattern", "'\rx")
    expect(name, rows, 4, "code_list", "urn:de:example:fimkit:codeliste:staat 2026-01-01")


def check_praezisierung(name, rows):
    """What each praezisierung form gives: min_length .. praezisierung."""
    want = {
        "01": ["1", "100", "", "", "", ""],
        "02": ["", "", "-5", "20", "", ""],
        "03": ["6", "", "", "", "[A-Za-z0-9._%+-]+@[a-z]+\\.de", ""],
        "04": ["", "10", "", "", "\"x\" / y\tz", ""],
        "05": ["", "", "", "", "", "1..31"],
        "06": ["", "", "", "", "", "5"],
        "07": ["1", "", "", "", "", "{\"minLength\":\"1\",\"foo\":\"bar\"}"],
        "08": ["", "", "", "", "", "{\"pattern\":\"\\u00e4\"}"],
        "09": ["", "", "", "", "", "{\"minLength\":\"1\",}"],
        "10": ["", "", "", "", "", ""],
        "11": ["", "", "", "", "", "{\"maxLength\":\"5\"} x"],
        "12": ["", "", "'=1+1", "-2.5", "", ""],
        "13": ["2", "", "", "", "", ""],
        "14": ["", "", "", "", "a\\\\b", ""],
        "15": ["", "", "", "", "", ""],
        "16": ["", "", "", "", "'-?[0-9]+", ""],
        "17": ["", "", "", "", "", "{\"minLength\":1,\"maxLength\":true}"],
    }
    got = {}
    for r in rows:
        got.setdefault(r[COL["id"]][-2:], r[COL["min_length"]:COL["praezisierung"] + 1])
    for key, cells in sorted(want.items()):
        say(got.get(key) == cells, "%s: F050999%s gives %r (got %r)" % (name, key, cells, got.get(key)))
    say(len(rows) == 19, name + ": 19 rows (F05099901 and F05099905 twice)")


def classify(files):
    message = re.compile(r"<(?:[\w.-]+:)?(xdatenfelder\.[a-z]+\.010[0-9])[\s>/]")
    for f in files:
        head = open(f, "rb").read(8192).decode("utf-8", "replace")
        head = re.sub(r"<!--.*?-->", "", head, flags=re.S)
        m = message.search(head)
        if not m or m.group(1) not in PAYLOAD:
            continue
        try:
            ns = split_tag(ET.parse(f).getroot().tag)[0]
            kind = "xdf" if ns in (X2, X3) else "foreign"
        except ET.ParseError:
            kind = "broken"
        print(f + "\t" + kind)


def main():
    mode = sys.argv[1]
    if mode == "classify":
        classify(open(sys.argv[2], encoding="utf-8").read().splitlines())
        return
    for line in open(sys.argv[2], encoding="utf-8"):
        src, out, fixture = line.rstrip("\n").split("\t")
        check_file(src, out, fixture)


main()
PY

# assert MODE ARGS... : runs check.py; counts its ok / not ok lines.
assert() {
	"$PYTHON3" "$tmp/check.py" "$@" > "$tmp/assert.out" 2>&1
	rc=$?
	while IFS= read -r line; do
		case $line in
		"ok "*) ok ;;
		"not ok "*) not_ok "${line#not ok }" ;;
		*) not_ok "check.py: $line" ;;
		esac
	done < "$tmp/assert.out"
	[ "$rc" -eq 0 ] || not_ok "check.py $1 exited $rc"
}

: > "$tmp/list"

# ---- our samples: both files in one run, into a directory ----------------------------
fimkit convert --to=csv -o "$tmp/samples" "$samples/datenschema.xdf3.xml" \
	"$samples/datenschema.xdf2.xml" > "$tmp/out" 2> "$tmp/err"
rc=$?
if grep -q "unknown command 'convert'" "$tmp/err"; then
	echo "fimkit has no convert command yet: skipped"
	exit 77
fi
[ "$rc" -eq 0 ] && ok || { not_ok "samples: exit $rc"; cat "$tmp/err"; }
if [ -s "$tmp/out" ]; then not_ok "samples: wrote to standard output with -o DIR"; else ok; fi
for pair in datenschema.xdf3.xml:S05000012503V1.1.0.csv datenschema.xdf2.xml:S05012503V1.1.csv; do
	src=${pair%%:*}
	name=${pair#*:}
	if [ -f "$tmp/samples/$name" ]; then
		ok
		printf '%s\t%s\t-\n' "$samples/$src" "$tmp/samples/$name" >> "$tmp/list"
		if cmp -s "$golden/$name" "$tmp/samples/$name"; then ok; else
			not_ok "$name differs from tests/convert/golden/csv/$name"
			diff -u "$golden/$name" "$tmp/samples/$name" | head -20
		fi
	else
		not_ok "samples: no $name"
	fi
done

# ---- our fixtures: one file each, twice (same bytes) -----------------------------
for pair in csv-hostile.xdf3.xml:hostile csv-praezisierung.xdf2.xml:praezisierung; do
	src=$fixtures/${pair%%:*}
	kind=${pair#*:}
	fimkit convert --to=csv -o "$tmp/$kind.csv" "$src" > "$tmp/out" 2> "$tmp/$kind.err"
	rc=$?
	if [ "$rc" -eq 0 ] && [ -f "$tmp/$kind.csv" ]; then ok; else
		not_ok "$kind: exit $rc"; cat "$tmp/$kind.err"; continue; fi
	printf '%s\t%s\t%s\n' "$src" "$tmp/$kind.csv" "$kind" >> "$tmp/list"
	fimkit convert --to=csv "$src" > "$tmp/$kind.again" 2> /dev/null
	cmp -s "$tmp/$kind.csv" "$tmp/$kind.again" && ok ||
		not_ok "$kind: standard output differs from -o FILE (or from the first run)"
done
# findings of the praezisierung fixture: each unreadable form once, nothing else
for id in 05 06 08 09 11 17; do
	n=$(grep -c "\[X301\] F050999$id " "$tmp/praezisierung.err")
	[ "$n" -eq 1 ] && ok || not_ok "praezisierung: $n X301 findings for F050999$id, want 1"
done
n=$(grep -c "\[X302\] F05099907 " "$tmp/praezisierung.err")
[ "$n" -eq 1 ] && ok || not_ok "praezisierung: $n X302 findings for F05099907, want 1"
n=$(grep -c "\[X30[0-9]\]" "$tmp/praezisierung.err")
[ "$n" -eq 7 ] && ok || { not_ok "praezisierung: $n X3xx findings, want 7"; cat "$tmp/praezisierung.err"; }
n=$(grep -c "\[X30[0-9]\]" "$tmp/hostile.err")
[ "$n" -eq 0 ] && ok || { not_ok "hostile: $n X3xx findings, want none"; cat "$tmp/hostile.err"; }

# ---- the reference corpus ----------------------------------------------------------
shared=$(shared_dir)
if [ -d "$shared/fim-reference/samples" ]; then
	find "$shared/fim-reference/samples/xdatenfelder-2.0" \
		"$shared/fim-reference/samples/xdatenfelder-3.0.0" -name '*.xml' -type f |
		LC_ALL=C sort > "$tmp/corpus"
	"$PYTHON3" "$tmp/check.py" classify "$tmp/corpus" > "$tmp/docs" ||
		not_ok "classifying the corpus failed"
	[ "$(wc -l < "$tmp/docs")" -ge 60 ] && ok ||
		not_ok "only $(wc -l < "$tmp/docs") XDatenfelder messages 0102-0104 in $shared"
	mkdir "$tmp/shared" || exit 99
	i=0
	while IFS="$(printf '\t')" read -r src kind; do
		i=$((i + 1))
		out=$tmp/shared/$i.csv
		fimkit convert --to=csv -o "$out" "$src" > /dev/null 2> "$tmp/err"
		rc=$?
		case $src in */flxbe-*) fixture=yes ;; *) fixture=no ;; esac
		if [ "$kind" = xdf ] && [ "$rc" -eq 0 ] && [ -f "$out" ]; then
			ok
			printf '%s\t%s\t-\n' "$src" "$out" >> "$tmp/list"
		elif [ "$kind" = xdf ] && [ "$fixture" = no ]; then
			not_ok "$src: not converted (exit $rc)"; cat "$tmp/err"
		elif [ -f "$out" ]; then
			not_ok "$src ($kind): exit $rc, but an output was written"
		elif { [ "$rc" -eq 3 ] && grep -q "^fimkit: $src: not converted: ." "$tmp/err"; } ||
			{ [ "$rc" -eq 0 ] && [ "$kind" = foreign ] && grep -q "^fimkit: $src: skipped: ." "$tmp/err"; }; then
			ok
		else
			not_ok "$src ($kind): exit $rc without a clear message"; cat "$tmp/err"
		fi
	done < "$tmp/docs"
else
	echo "no $shared/fim-reference: reference corpus skipped"
fi

assert check "$tmp/list"
finish
