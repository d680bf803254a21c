#!/bin/sh
# convert-xdf3.sh - `fimkit convert --to xdf3`: XDatenfelder 2.0 migrated to
# 3.0.0 (docs/xdf2-to-xdf3.md).
#
# Every result must be valid against fimkit's schema (`fimkit validate`)
# and, when ../shared is there and xmllint installed, against the official
# XDatenfelder 3.0.0 XSD.  Migrated: our Hundesteuer sample (specific
# mappings asserted), our hard-case fixtures (the expected findings on
# standard error) and every XDatenfelder 2.0 document of the reference
# corpus - the parser fixtures among them may be refused, but with a
# message naming the file.  --param unternummernkreis must be 3 digits.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
sample=$top_srcdir/samples/hundesteuer/datenschema.xdf2.xml
fixtures=$top_srcdir/tests/convert/fixtures
hard=$fixtures/xdf3-migrate-hard.xdf2.xml
shared=$(shared_dir)
xsd=$shared/fim-reference/xsd/xdatenfelder-3.0.0/xdatenfelder.xsd
if [ -f "$xsd" ] && command -v xmllint > /dev/null 2>&1; then
	have_xsd=1
else
	have_xsd=
	echo "no official XDatenfelder 3.0.0 XSD ($xsd) or no xmllint: official validation skipped"
fi

# migrate NAME INPUT [ARGS...] : fimkit convert --to xdf3 into $tmp/NAME/;
# sets rc and out (the one result file, or empty).  Standard error goes to
# $tmp/NAME.err.
migrate() {
	name=$1 input=$2
	shift 2
	mkdir -p "$tmp/$name"
	fimkit convert --to xdf3 "$@" -o "$tmp/$name/" "$input" > "$tmp/$name.out" 2> "$tmp/$name.err"
	rc=$?
	out=$(ls "$tmp/$name/"*.xml 2> /dev/null | head -1)
}

# valid LABEL FILE : against fimkit's schema and the official XSD.
valid() {
	if fimkit validate "$2" > "$tmp/validate.out" 2>&1; then ok; else
		not_ok "$1: fimkit validate rejects the result"; head -20 "$tmp/validate.out"; fi
	[ -n "$have_xsd" ] || return 0
	if xmllint --noout --nonet --schema "$xsd" "$2" > "$tmp/xmllint.out" 2>&1; then ok; else
		not_ok "$1: the official XDatenfelder 3.0.0 XSD rejects the result"; head -20 "$tmp/xmllint.out"; fi
}

# has LABEL FILE PATTERN : grep -E PATTERN in FILE.
has() {
	if grep -E -q -- "$3" "$2"; then ok; else not_ok "$1: no match for /$3/ in $(basename "$2")"; fi
}

# hasnt LABEL FILE PATTERN
hasnt() {
	if grep -E -q -- "$3" "$2"; then not_ok "$1: unexpected /$3/ in $(basename "$2")"; grep -E -- "$3" "$2" | head -3; else ok; fi
}

# finding LABEL NAME CODE OBJECT [TEXT] : a finding CODE about OBJECT in
# $tmp/NAME.err, as fimkit prints it ("... [X201] F1234 V1.0").
finding() {
	if grep -F -- "[$3] $4" "$tmp/$2.err" | grep -q -F -- "${5:-}"; then ok; else
		not_ok "$1: no finding $3 for $4${5:+ saying '$5'}"; grep -F "[$3]" "$tmp/$2.err" | head -5; fi
}

# ---- our sample ----------------------------------------------------------------------
migrate sample "$sample"
if [ "$rc" -eq 0 ] && [ -n "$out" ]; then ok; else
	not_ok "sample: exit $rc, result '${out:-none}'"; cat "$tmp/sample.err"; fi
if [ -n "$out" ]; then
	valid sample "$out"
	[ "$(basename "$out")" = S05000012503V1.1.0.xdf3.xml ] && ok || not_ok "sample: result named $(basename "$out")"
	head -c 4096 "$out" | grep -q fimkit && ok || not_ok "sample: fimkit not named in the first 4 KiB"
	has "root element" "$out" '<xdf3:xdatenfelder\.stammdatenschema\.0102 xmlns:xdf3="urn:xoev-de:fim:standard:xdatenfelder_3\.0\.0"'
	has "nachrichtID kept" "$out" '<xdf3:nachrichtID>6E0A93C1D27F4B58</xdf3:nachrichtID>'
	# S05012503 V1.1: Nummernkreis 05, Unternummernkreis 000, then 012503
	has "schema id grown" "$out" '<xdf3:id>S05000012503</xdf3:id>'
	has "field id grown" "$out" '<xdf3:id>F05000012601</xdf3:id>'
	has "rule id grown" "$out" '<xdf3:id>R05000012701</xdf3:id>'
	hasnt "no 8-digit id left" "$out" '<xdf3:id>[A-Z][0-9]{8}</xdf3:id>'
	has "version x.y.0" "$out" '<xdf3:version>1\.1\.0</xdf3:version>'
	hasnt "no x.y version left" "$out" '<xdf3:version>[0-9]+\.[0-9]+</xdf3:version>'
	# status aktiv with freigabedatum: freigabestatus 5 and statusGesetztAm
	"$PYTHON3" - "$out" > "$tmp/sample.check" 2>&1 <<'PY'
import sys, xml.etree.ElementTree as ET
N = '{urn:xoev-de:fim:standard:xdatenfelder_3.0.0}'
root = ET.parse(sys.argv[1]).getroot()
s = root.find(N + 'stammdatenschema')
def check(cond, what):
    print(('ok ' if cond else 'not ok ') + what)
st = s.find(N + 'freigabestatus')
check(st is not None and st.findtext('code') == '5'
      and st.get('listURI') == 'urn:xoev-de:xprozess:codeliste:status'
      and st.get('listVersionID') == '2022-07-12', 'status aktiv -> freigabestatus 5')
check(s.findtext(N + 'statusGesetztAm') == '2025-11-03', 'freigabedatum -> statusGesetztAm')
check(s.findtext(N + 'statusGesetztDurch') == 'Stadt Falkenried, Fachbereich Finanzen, Steueramt',
      'fachlicherErsteller -> statusGesetztDurch')
check([b.text for b in s.findall(N + 'bezug')] ==
      ['§ 3 KAG NRW', '§ 1 Abs. 1 HStS Falkenried', '§ 11 Abs. 1 HStS Falkenried'], 'schema bezug split in 3')
check(s.findtext(N + 'letzteAenderung') == '2025-11-14T09:42:17+01:00', 'letzteAenderung from the header')
check(s.findtext(N + 'bezeichnung') == 'Anmeldung eines Hundes zur Hundesteuer der Stadt Falkenried',
      'bezeichnungEingabe -> bezeichnung')
d = s.find(N + 'dokumentsteckbrief')
check(d is not None and d.findtext(N + 'id') == 'D99000000001' and d.findtext(N + 'version') == '1.0.0',
      'default Dokumentsteckbrief D99000000001 1.0.0')
fields = {f.find(N + 'identifikation').findtext(N + 'id'): f for f in s.iter(N + 'datenfeld')}
p = fields['F05000012601'].find(N + 'praezisierung')
check(p is not None and p.attrib == {'minLength': '1', 'maxLength': '120'} and not (p.text or '').strip(),
      'praezisierung JSON -> minLength/maxLength attributes')
p = fields['F05000012606'].find(N + 'praezisierung')
check(p is not None and p.get('pattern') == '[0-9]{5}', 'praezisierung pattern attribute')
p = fields['F05000012634'].find(N + 'praezisierung')
check(p is not None and p.attrib == {'minValue': '0', 'maxValue': '20'}, 'praezisierung minValue/maxValue')
check(fields['F05000012603'].find(N + 'praezisierung') is None, 'empty praezisierung left out')
check(all(f.find(N + 'vorbefuellung').findtext('code') == 'keine' for f in fields.values()),
      'vorbefuellung keine everywhere')
c = fields['F05000012622'].find(N + 'codelisteReferenz')
check(c is not None and c.findtext(N + 'canonicalIdentification') == 'urn:de:falkenried:fim:codeliste:hunderassen'
      and c.findtext(N + 'canonicalVersionUri') == 'urn:de:falkenried:fim:codeliste:hunderassen_2025-09-01',
      'codelisteReferenz keeps the genericode identification')
check([b.text for b in fields['F05000012635'].findall(N + 'bezug')] ==
      ['§ 6 Abs. 1 HStS Falkenried', '§ 7 Abs. 1 HStS Falkenried'], 'field bezug split in 2')
rules = {r.find(N + 'identifikation').findtext(N + 'id'): r for r in s.findall(N + 'regel')}
r = rules['R05000012701']
check(r.find(N + 'typ').findtext('code') == 'K', 'Regel typ K')
check(r.findtext(N + 'freitextRegel').startswith('WENN F05000012631 Beginn'), 'IDs in freitextRegel grown')
check(r.findtext(N + 'skript').startswith('if (wurfdatum') and 'function script' not in r.findtext(N + 'skript'),
      'script -> skript, the body of the function')
check(r.find(N + 'freigabestatus') is None and r.find(N + 'statusGesetztAm') is None, 'Regel without status')
PY
	while IFS= read -r line; do
		case $line in "ok "*) ok ;; *) not_ok "sample: ${line#not ok }" ;; esac
	done < "$tmp/sample.check"
	grep -q '^ok ' "$tmp/sample.check" || { not_ok "sample: python checks did not run"; cat "$tmp/sample.check"; }
	finding "sample: default Dokumentsteckbrief reported" sample X206 "S05012503 V1.1" D99000000001
	finding "sample: letzteAenderung reported" sample X205 "S05012503 V1.1" erstellungszeitpunkt
	finding "sample: vorbefuellung reported" sample X209 "S05012503 V1.1" keine
	finding "sample: script rule reported" sample X210 "R05012701 V1.0"
	finding "sample: rule status dropped" sample X212 "R05012701 V1.0" 'status "aktiv"'
	finding "sample: code list C-ID dropped" sample X212 "F05012622 V1.1" C05012801
	hasnt "sample: no unexpected warnings" "$tmp/sample.err" '\[X20[1-37-8]\]|\[X21[3-689]\]'

	# same input, same bytes
	migrate again "$sample"
	if [ -n "$out" ] && cmp -s "$tmp/sample/S05000012503V1.1.0.xdf3.xml" "$out"; then ok; else
		not_ok "sample: a second run gives other bytes"; fi
fi

# ---- parameters ------------------------------------------------------------------------
migrate unr123 "$sample" --param unternummernkreis=123
if [ "$rc" -eq 0 ] && [ -n "$out" ]; then
	ok
	has "unternummernkreis=123 used" "$out" '<xdf3:id>S05123012503</xdf3:id>'
	has "unternummernkreis=123 in rule text" "$out" 'WENN F05123012631 Beginn'
	valid unr123 "$out"
else
	not_ok "unternummernkreis=123: exit $rc"; cat "$tmp/unr123.err"
fi
for bad in 12 1234 12a ''; do
	migrate "unr-bad$bad" "$sample" --param "unternummernkreis=$bad"
	if [ "$rc" -eq 3 ] && [ -z "$out" ] && grep -q "datenschema.xdf2.xml: not converted: .*unternummernkreis must be exactly 3 digits" "$tmp/unr-bad$bad.err"; then
		ok
	else
		not_ok "unternummernkreis='$bad' not refused (exit $rc, result '${out:-none}')"; cat "$tmp/unr-bad$bad.err"
	fi
done
migrate dsb "$sample" --param dokumentsteckbrief=D99024817 --param dokumentsteckbrief-version=2.1
if [ "$rc" -eq 0 ] && [ -n "$out" ]; then
	ok
	"$PYTHON3" - "$out" > "$tmp/dsb.check" 2>&1 <<'PY'
import sys, xml.etree.ElementTree as ET
N = '{urn:xoev-de:fim:standard:xdatenfelder_3.0.0}'
d = ET.parse(sys.argv[1]).getroot().find(N + 'stammdatenschema/' + N + 'dokumentsteckbrief')
print('ok' if d.findtext(N + 'id') == 'D99000024817' and d.findtext(N + 'version') == '2.1.0' else 'not ok')
PY
	grep -qx ok "$tmp/dsb.check" && ok || not_ok "--param dokumentsteckbrief: $(cat "$tmp/dsb.check")"
	hasnt "no X206 with a given Dokumentsteckbrief" "$tmp/dsb.err" '\[X206\]'
else
	not_ok "--param dokumentsteckbrief: exit $rc"; cat "$tmp/dsb.err"
fi
migrate aktiv6 "$sample" --param freigabestatus-aktiv=6
[ -n "$out" ] && grep -q '<code>6</code>' "$out" && ok || not_ok "freigabestatus-aktiv=6 not used"
migrate aktiv9 "$sample" --param freigabestatus-aktiv=9
[ "$rc" -eq 3 ] && grep -q "freigabestatus-aktiv must be 4, 5 or 6" "$tmp/aktiv9.err" && ok ||
	{ not_ok "freigabestatus-aktiv=9 not refused (exit $rc)"; cat "$tmp/aktiv9.err"; }

# ---- hard cases ----------------------------------------------------------------------------
migrate hard "$hard"
if [ "$rc" -eq 0 ] && [ -n "$out" ]; then ok; else
	not_ok "hard cases: exit $rc, result '${out:-none}'"; cat "$tmp/hard.err"; fi
if [ -n "$out" ]; then
	valid hard "$out"
	finding "odd id kept" hard X201 "F1234 V1.0" '"F1234"'
	finding "odd group id kept" hard X201 "G99-0301-a V2"
	finding "version 2 left out" hard X202 "G99-0301-a V2" "left out"
	finding "version 1.0.0 kept" hard X202 "F99000302 V1.0.0" kept
	finding "unknown status" hard X203 "F99000302 V1.0.0" '"gesperrt"'
	finding "aktiv without freigabedatum counted" hard X204 "S99000101 V2.3" "2 object(s)"
	finding "unparsable praezisierung" hard X207 "F99000303 V1.0" '"1..31"'
	finding "praezisierung bad maxLength" hard X208 "F1234 V1.0" 'maxLength "0"'
	finding "praezisierung unknown key" hard X208 "F1234 V1.0" '"maxSize"'
	finding "script rule" hard X210 "R99000201 V1.0" skript
	finding "unknown element dropped" hard X212 "F1234 V1.0" 'bemerkung "Interne Notiz'
	finding "rule versionshinweis dropped" hard X212 "R99000201 V1.0" 'versionshinweis "Erste Fassung"'
	finding "schema bezeichnungAusgabe dropped" hard X212 "S99000101 V2.3" 'bezeichnungAusgabe "Teilnahme'
	finding "FIM-internal code list" hard X213 "F99000305 V1.0" urn:de:fim:codeliste:teilnahmeart
	finding "typographic characters replaced" hard X214 "S99000101 V2.3" definition
	finding "impossible date left out" hard X215 "S99000101 V2.3" '"2025-02-30"'
	finding "rule ids rewritten" hard X217 "R99000201 V1.0"
	hasnt "empty praezisierung {} says nothing" "$tmp/hard.err" '\[X20[78]\] F99000305'
	"$PYTHON3" - "$out" > "$tmp/hard.check" 2>&1 <<'PY'
import sys, xml.etree.ElementTree as ET
N = '{urn:xoev-de:fim:standard:xdatenfelder_3.0.0}'
root = ET.parse(sys.argv[1]).getroot()
def check(cond, what):
    print(('ok ' if cond else 'not ok ') + what)
objs = {}
for e in root.iter():
    i = e.find(N + 'identifikation')
    if i is not None:
        objs[i.findtext(N + 'id')] = e
check(root.find(N + 'header').findtext(N + 'referenzID') == 'anfrage-4711', 'referenzID kept')
check(set(objs) == {'S99000000101', 'R99000000201', 'G99-0301-a', 'F99000000302', 'F99000000303',
                    'F1234', 'F99000000305'}, 'ids: ' + ' '.join(sorted(objs)))
check(objs['G99-0301-a'].find(N + 'identifikation/' + N + 'version') is None, 'bad version left out')
code = lambda i: objs[i].find(N + 'freigabestatus').findtext('code')
check(code('S99000000101') == '5', 'aktiv + freigabedatum -> 5')
check(code('G99-0301-a') == '2', 'inVorbereitung -> 2')
check(code('F99000000302') == '2', 'unknown status -> 2')
check(code('F99000000303') == '7', 'inaktiv -> 7')
check(code('F1234') == '2', 'aktiv without freigabedatum -> 2')
s = objs['S99000000101']
b = s.findall(N + 'bezug')
check([x.text for x in b] == ['§ 1 Abs. 1 TestG https://www.gesetze-im-internet.de/testg/__1.html', '§ 2 TestG']
      and b[0].get('link') == 'https://www.gesetze-im-internet.de/testg/__1.html' and b[1].get('link') is None,
      'bezug split, empty part dropped, web address as link')
check(s.findtext(N + 'definition').endswith('"typografische Anführungszeichen" - und Auslassungspunkte...'),
      'typographic characters replaced')
check(s.find(N + 'gueltigAb') is None, 'invalid gueltigAb left out')
p = objs['F99000000303'].find(N + 'praezisierung')
check(p is not None and p.text == '1..31' and not p.attrib, 'unparsable praezisierung kept as text')
p = objs['F99000000302'].find(N + 'praezisierung')
check(p is not None and p.attrib == {'minValue': '2000-01-01', 'maxValue': '2099-12-31'}, 'spaces in JSON')
p = objs['F1234'].find(N + 'praezisierung')
check(p is not None and p.attrib == {'minLength': '3', 'pattern': '[A-Z]{2}-\\d+ "\u00e4"'}
      and p.text.startswith('{"minLength":"3"'), 'valid members as attributes, JSON unescaped, text kept')
check(objs['F99000000305'].find(N + 'praezisierung') is None, '{} gives no praezisierung')
r = objs['R99000000201']
check(r.findtext(N + 'freitextRegel') == 'WENN F99000000303 vor F99000000302 liegt, DANN Fehler; '
      'F99000000302V1.0 bleibt, G990003010 und XF99000303 nicht.', 'only real IDs rewritten in the rule text')
check(r.findtext(N + 'skript') == '// F99000000302 is the start, F99000000303 the end\n'
      'if (ende < start) {\n    return false;\n}\nreturn true;', 'skript unwrapped and dedented')
PY
	while IFS= read -r line; do
		case $line in "ok "*) ok ;; *) not_ok "hard cases: ${line#not ok }" ;; esac
	done < "$tmp/hard.check"
	grep -q '^ok ' "$tmp/hard.check" || { not_ok "hard cases: python checks did not run"; cat "$tmp/hard.check"; }
fi

# a character outside String.Latin without a replacement: refused
sed 's/Testschema Migration/Testschema 移行/' "$hard" > "$tmp/cjk.xdf2.xml"
migrate cjk "$tmp/cjk.xdf2.xml"
if [ "$rc" -eq 3 ] && [ -z "$out" ] && grep -q "cjk.xdf2.xml: not converted: .*S99000101.*outside String.Latin in name" "$tmp/cjk.err"; then
	ok
else
	not_ok "non-Latin name not refused (exit $rc)"; cat "$tmp/cjk.err"
fi

# a group without struktur cannot be XDatenfelder 3.0.0: refused
migrate empty "$fixtures/xdf3-migrate-empty-group.xdf2.xml"
if [ "$rc" -eq 3 ] && [ -z "$out" ] && grep -q "xdf3-migrate-empty-group.xdf2.xml: not converted: .*G99000500 V1.0 has no struktur" "$tmp/empty.err"; then
	ok
else
	not_ok "group without struktur not refused (exit $rc)"; cat "$tmp/empty.err"
fi

# an XDatenfelder 3.0.0 document is not an input for xdf3
migrate xdf3in "$top_srcdir/samples/hundesteuer/datenschema.xdf3.xml"
[ -z "$out" ] && grep -q "skipped" "$tmp/xdf3in.err" && ok || { not_ok "XDF3 input was converted"; cat "$tmp/xdf3in.err"; }

# Dokumentsteckbrief (0101): through --to when fimkit routes 0101 to the
# migration, else through --xslt with the same stylesheet
migrate dsb0101 "$fixtures/xdf3-migrate-dokumentsteckbrief.xdf2.xml"
if [ -z "$out" ]; then
	mkdir -p "$tmp/dsb0101x"
	fimkit convert --xslt "$top_srcdir/xslt/xdf2-to-xdf3.xsl" -o "$tmp/dsb0101x/" \
		"$fixtures/xdf3-migrate-dokumentsteckbrief.xdf2.xml" > /dev/null 2> "$tmp/dsb0101.err"
	rc=$?
	out=$(ls "$tmp/dsb0101x/"*.xml 2> /dev/null | head -1)
fi
if [ -n "$out" ]; then
	ok
	valid dsb0101 "$out"
	has "0101 message" "$out" '<xdf3:xdatenfelder\.dokumentsteckbrief\.0101 '
	has "0101 id grown" "$out" '<xdf3:id>D99000000777</xdf3:id>'
	has "isReferenz -> istAbstrakt" "$out" '<xdf3:istAbstrakt>true</xdf3:istAbstrakt>'
	has "dokumentart 999" "$out" '<code>999</code>'
	has "bezeichnung" "$out" '<xdf3:bezeichnung>Veranstaltung anzeigen</xdf3:bezeichnung>'
	has "inaktiv -> 7" "$out" '<code>7</code>'
	finding "free-text dokumentart" dsb0101 X216 "D99000777 V1.2" '"Anzeige"'
	finding "DSB bezeichnungAusgabe dropped" dsb0101 X212 "D99000777 V1.2" bezeichnungAusgabe
else
	not_ok "Dokumentsteckbrief not migrated (exit $rc)"; cat "$tmp/dsb0101.err"
fi

# ---- the reference corpus ------------------------------------------------------------------
corpus=$shared/fim-reference/samples/xdatenfelder-2.0
if [ ! -d "$corpus" ]; then
	echo "no reference corpus ($corpus): corpus part skipped"
else
	find "$corpus" -name '*.xml' | LC_ALL=C sort > "$tmp/corpus"
	[ -s "$tmp/corpus" ] && ok || not_ok "no XDatenfelder 2.0 documents in $corpus"
	n=0
	while IFS= read -r doc; do
		n=$((n + 1))
		migrate "corpus$n" "$doc"
		label=${doc#"$corpus"/}
		if [ "$rc" -eq 0 ] && [ -n "$out" ]; then
			ok
			valid "$label" "$out"
			grep -q '\[X2[0-9][0-9]\]' "$tmp/corpus$n.err" && ok || not_ok "$label: no findings at all"
		else
			case $label in
			flxbe-*)
				# parser fixtures, some invalid on purpose: a refusal must
				# name the file and say why
				if [ -z "$out" ] && grep -q -F "$label: " "$tmp/corpus$n.err" &&
				   grep -q -E "not converted: .{20,}|skipped: .{10,}" "$tmp/corpus$n.err"; then
					ok
				else
					not_ok "$label: refused without a clear message (exit $rc)"; cat "$tmp/corpus$n.err"
				fi ;;
			*)
				not_ok "$label: real document not migrated (exit $rc)"; cat "$tmp/corpus$n.err" ;;
			esac
		fi
	done < "$tmp/corpus"
fi

finish
