#!/bin/sh
# hostile.sh - bad and hostile inputs through the real program: each gets one
# clear diagnostic, the run goes on with the other inputs, the exit status
# follows the table in fimkit(1), nothing outside the inputs is read and
# nothing is fetched.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
good="$top_srcdir/tests/fixtures/xdf3-schema.xml"

# expect RC PATTERN ARGS... : runs `fimkit info ARGS`, checks the exit
# status and that PATTERN occurs in stdout+stderr; the good document is
# always processed too, to show the run went on.
expect() {
	want_rc=$1 pattern=$2
	shift 2
	timeout 60 "$FIMKIT" info "$@" "$good" > "$tmp/out" 2>&1
	rc=$?
	if [ "$rc" -ne "$want_rc" ]; then
		not_ok "info $*: exit $rc, expected $want_rc"; cat "$tmp/out"; return
	fi
	if ! grep -q -- "$pattern" "$tmp/out"; then
		not_ok "info $*: no '$pattern' in output"; cat "$tmp/out"; return
	fi
	if ! grep -q 'S12000000042' "$tmp/out"; then
		not_ok "info $*: the good input after it was not processed"; return
	fi
	if grep -q 'root:x:0:0' "$tmp/out"; then
		not_ok "info $*: contents of /etc/passwd leaked into the output"; return
	fi
	ok
}

# ---- inputs that are not documents ----
expect 3 "'$tmp/missing.xml': no such file or directory" "$tmp/missing.xml"
mkdir "$tmp/empty-dir"; echo note > "$tmp/empty-dir/readme.txt"
expect 3 "directory contains no \*.xml files" "$tmp/empty-dir"
: > "$tmp/empty.xml"
expect 1 "empty.xml:1:1: critical: file is empty \[xml\]" "$tmp/empty.xml"
head -c 2048 "$FIMKIT" > "$tmp/binary.xml"
expect 1 "binary data (NUL bytes), not an XML document" "$tmp/binary.xml"
printf '<?xml version="1.0"?>\n<a xmlns="urn:x">\n  <b>cut' > "$tmp/truncated.xml"
expect 1 "truncated.xml:3:.*Premature end of data" "$tmp/truncated.xml"
printf '<?xml version="1.0" encoding="UTF-16"?>\n<a/>\n' > "$tmp/wrong-encoding.xml"
expect 1 "Document labelled UTF-16 but has UTF-8 content" "$tmp/wrong-encoding.xml"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<a>\374ber</a>\n' > "$tmp/latin1.xml"
expect 1 "Input is not proper UTF-8" "$tmp/latin1.xml"
printf '<a>\n\001</a>\n' > "$tmp/control.xml"
expect 1 "control.xml:2:.*critical" "$tmp/control.xml"
cp "$good" "$tmp/name with spaces.xml"
expect 0 "name with spaces.xml" "$tmp/name with spaces.xml"

# ---- over the limits ----
truncate -s 2G "$tmp/huge.xml"
expect 3 "huge.xml': file is 2147483648 bytes, larger than the limit" "$tmp/huge.xml"
awk 'BEGIN { printf "<a>"; for (i = 0; i < 9000; i++) printf "x"; printf "</a>"; }' > "$tmp/big.xml"
expect 3 "big.xml': file is 9007 bytes, larger than the limit of 8192 bytes" --max-file-size=8K "$tmp/big.xml"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<a>"; for (i = 0; i < 100000; i++) printf "</a>"; }' > "$tmp/deep.xml"
expect 3 "elements nested deeper than 256 levels" "$tmp/deep.xml"
awk 'BEGIN { printf "<a b=\""; for (i = 0; i < 10000000; i++) printf "xxxxxxxxxx"; printf "\"/>"; }' \
	> "$tmp/long-attribute.xml"
expect 3 "long-attribute.xml': an attribute value longer than 10 MB" "$tmp/long-attribute.xml"
# (long texts are not limited by libxml2 2.9 when parsing from memory:
# --max-file-size bounds them)

# ---- entity tricks ----
cat > "$tmp/xxe-file.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE a [ <!ENTITY pw SYSTEM "file:///etc/passwd"> ]>
<a>&pw;</a>
XML
expect 1 "entity declaration 'pw' (external) refused" "$tmp/xxe-file.xml"
cat > "$tmp/xxe-url.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE a [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>
<a/>
XML
expect 1 "entity declaration '%remote' (external) refused" "$tmp/xxe-url.xml"
{
	echo '<?xml version="1.0"?>'
	echo '<!DOCTYPE lolz ['
	echo ' <!ENTITY lol0 "lol">'
	for i in 1 2 3 4 5 6 7 8 9; do
		printf ' <!ENTITY lol%d "' "$i"
		for k in 1 2 3 4 5 6 7 8 9 10; do printf '&lol%d;' $((i - 1)); done
		echo '">'
	done
	echo ']>'
	echo '<lolz>&lol9;</lolz>'
} > "$tmp/billion-laughs.xml"
expect 1 "entity declaration 'lol0' refused" "$tmp/billion-laughs.xml"
printf '<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd" parse="text"/></a>' \
	> "$tmp/xinclude.xml"
expect 1 "unsupported" "$tmp/xinclude.xml"

# ---- odd file names: newline, bytes that are not UTF-8 ----
mkdir "$tmp/names"
cp "$good" "$tmp/names/$(printf 'line\nbreak.xml')"
cp "$good" "$tmp/names/$(printf 'latin1-\374.xml')"
if "$FIMKIT" info --format=json "$tmp/names" > "$tmp/names.json" 2> "$tmp/err" &&
   [ "$(grep -c 'S12000000042' "$tmp/names.json")" -eq 2 ] &&
   ${PYTHON3:-python3} -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/names.json"; then
	ok
else
	not_ok "file names with a newline or non-UTF-8 bytes"; cat "$tmp/err"
fi

# ---- symbolic-link loops in an input directory: the walk ends ----
mkdir "$tmp/loops"
cp "$good" "$tmp/loops/doc.xml"
ln -s . "$tmp/loops/self"
ln -s ../loops "$tmp/loops/parent.xml"
ln -s "$tmp/loops/a.xml" "$tmp/loops/b.xml"
ln -s "$tmp/loops/b.xml" "$tmp/loops/a.xml"
timeout 60 "$FIMKIT" info "$tmp/loops" > "$tmp/out" 2>&1
rc=$?
if [ "$rc" -le 3 ] && [ "$(grep -c 'S12000000042' "$tmp/out")" -eq 1 ]; then ok; else
	not_ok "symbolic-link loops: exit $rc"; cat "$tmp/out"; fi

# ---- an unreadable file: named, exit 3, the others still processed ----
# (as root every file is readable: drop to nobody when setpriv is there)
mkdir "$tmp/unreadable"
chmod 755 "$tmp" "$tmp/unreadable"
cp "$good" "$tmp/unreadable/ok.xml"
cp "$good" "$tmp/unreadable/locked.xml"
chmod 644 "$tmp/unreadable/ok.xml"
chmod 000 "$tmp/unreadable/locked.xml"
as_user=
if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv > /dev/null 2>&1 &&
		as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as_user" ]; then
	$as_user timeout 60 "$FIMKIT" info "$tmp/unreadable" > "$tmp/out" 2>&1
	rc=$?
	if [ "$rc" -eq 3 ] && grep -q "locked.xml.*[Pp]ermission denied" "$tmp/out" &&
	   grep -q 'S12000000042' "$tmp/out"; then ok; else
		not_ok "unreadable file: exit $rc"; cat "$tmp/out"; fi
fi
chmod 700 "$tmp"

# ---- a document naming a schema on the network: xsi:schemaLocation is ignored ----
sed 's|<xdf:xdatenfelder.stammdatenschema.0102 |<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:xoev-de:fim:standard:xdatenfelder_3.0.0 http://127.0.0.1:9/evil.xsd" |' \
	"$good" > "$tmp/schemalocation.xml"

# ---- nothing outside the inputs is opened, nothing is connected to ----
if command -v strace > /dev/null 2>&1 && strace -f -o /dev/null true 2>/dev/null; then
	strace -f -qq -e trace=openat,open,connect,socket -o "$tmp/trace" \
		"$FIMKIT" check "$tmp/xxe-file.xml" "$tmp/xxe-url.xml" "$tmp/billion-laughs.xml" \
		"$tmp/xinclude.xml" "$tmp/schemalocation.xml" "$good" > /dev/null 2>&1
	if grep -E 'connect\(|socket\(' "$tmp/trace" > /dev/null; then
		not_ok "network system calls seen:"; grep -E 'connect\(|socket\(' "$tmp/trace"
	else
		ok
	fi
	if grep -E '/etc/passwd|evil\.dtd' "$tmp/trace" > /dev/null; then
		not_ok "a file named in a document was opened:"; grep -E '/etc/passwd|evil' "$tmp/trace"
	else
		ok
	fi
else
	skip=$((skip + 1))
	echo "strace not usable here: system-call checks skipped"
fi

# ---- interrupted: no report, no temporary file ----
mkfifo "$tmp/slow.xml"
mkdir "$tmp/reports"
"$FIMKIT" check -o "$tmp/reports/report.json" --format=json "$tmp/slow.xml" 2> /dev/null &
pid=$!
sleep 1
kill -TERM "$pid" 2> /dev/null
wait "$pid" 2> /dev/null
rc=$?
if [ "$rc" -gt 128 ] && [ -z "$(ls -A "$tmp/reports")" ]; then ok; else
	not_ok "interrupted run: exit $rc, left: $(ls -A "$tmp/reports")"; fi
rm -f "$tmp/slow.xml"

# ---- outputs: never an input, never a foreign file, devices stay devices ----
mkdir "$tmp/outputs"
cp "$good" "$tmp/outputs/in.xml"
echo "precious" > "$tmp/outputs/notes.txt"
"$FIMKIT" check -o "$tmp/outputs/in.xml" "$tmp/outputs/in.xml" 2> "$tmp/err"
if [ $? -eq 3 ] && grep -q "is one of the inputs" "$tmp/err" && cmp -s "$good" "$tmp/outputs/in.xml"; then
	ok; else not_ok "an input was overwritten or not refused"; fi
"$FIMKIT" check -o "$tmp/outputs/notes.txt" "$tmp/outputs/in.xml" 2> "$tmp/err"
if [ $? -eq 3 ] && grep -q "use --force" "$tmp/err" && grep -q precious "$tmp/outputs/notes.txt"; then
	ok; else not_ok "a foreign file was replaced without --force"; fi
# (exit status 1: the fixture has findings; what matters is that it was written)
"$FIMKIT" check --force -o "$tmp/outputs/notes.txt" "$tmp/outputs/in.xml" 2> /dev/null
rc1=$?
"$FIMKIT" check --format=json -o "$tmp/outputs/notes.txt" "$tmp/outputs/in.xml" 2> /dev/null
rc2=$?
if [ "$rc1" -le 1 ] && [ "$rc2" -le 1 ] && grep -q '"format_version"' "$tmp/outputs/notes.txt"; then
	ok; else not_ok "--force ($rc1), or replacing fimkit's own earlier report ($rc2), failed"; fi
"$FIMKIT" check --format=json -o /dev/null "$good" 2> /dev/null
rc=$?
if [ "$rc" -le 1 ] && [ -c /dev/null ]; then ok; else
	not_ok "writing to /dev/null: exit $rc, still a device: $([ -c /dev/null ] && echo yes || echo no)"; fi

# conversions follow the same rules
style="$top_srcdir/tests/convert/sandbox/findings.xsl"
"$FIMKIT" convert --xslt="$style" -o "$tmp/outputs/in.xml" "$tmp/outputs/in.xml" 2> "$tmp/err"
if [ $? -eq 3 ] && grep -q "is one of the inputs" "$tmp/err" && cmp -s "$good" "$tmp/outputs/in.xml"; then
	ok; else not_ok "convert: an input was overwritten or not refused"; cat "$tmp/err"; fi
echo "precious" > "$tmp/outputs/notes2.txt"
"$FIMKIT" convert --xslt="$style" -o "$tmp/outputs/notes2.txt" "$tmp/outputs/in.xml" 2> "$tmp/err"
if [ $? -eq 3 ] && grep -q "use --force" "$tmp/err" && grep -q precious "$tmp/outputs/notes2.txt"; then
	ok; else not_ok "convert: a foreign file was replaced without --force"; cat "$tmp/err"; fi
mkfifo "$tmp/slow.xml"
mkdir "$tmp/converted"
"$FIMKIT" convert --xslt="$style" -o "$tmp/converted" "$good" "$tmp/slow.xml" 2> /dev/null &
pid=$!
sleep 1
kill -TERM "$pid" 2> /dev/null
wait "$pid" 2> /dev/null
rc=$?
# the first document may be complete; nothing partial may be left
if [ "$rc" -gt 128 ] && ! ls -A "$tmp/converted" | grep -q fimkit-; then ok; else
	not_ok "interrupted conversion: exit $rc, left: $(ls -A "$tmp/converted")"; fi
rm -f "$tmp/slow.xml"

# ---- closed or full standard output ----
"$FIMKIT" info "$good" >&- 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 3 ] && grep -q "write error" "$tmp/err"; then ok; else
	not_ok "closed standard output: exit $rc"; cat "$tmp/err"; fi
full_disk_check "text report" info "$good"
full_disk_check "conversion to standard output" convert --xslt="$top_srcdir/tests/convert/sandbox/findings.xsl" "$good"

finish
