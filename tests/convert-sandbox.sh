#!/bin/sh
# convert-sandbox.sh - what a stylesheet run by `fimkit convert` may do.
#
# Stylesheets of our own under tests/convert/sandbox/ try to read files
# outside the allowed directories (by path, by file: URL, by relative path),
# to read from the network, to write files with exsl:document and to include
# files from elsewhere or the network.  Each attempt must be refused with a
# message naming the input and the reason, the input reported as not
# converted (exit 3), nothing written, and - checked with strace when it is
# installed - no socket opened.  Reading a file beside the input works; the
# finding protocol (xslt/common/finding.xsl), plain messages, fk-fatal and
# --param behave as docs/convert.md says, and --time-limit stops a
# stylesheet that would run for ages.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
sb=$top_srcdir/tests/convert/sandbox
mkdir "$tmp/in" || exit 99
cp "$top_srcdir/samples/hundesteuer/datenschema.xdf3.xml" "$tmp/in/schema.xml" || exit 99
printf '<side>beside the input</side>\n' > "$tmp/in/side.xml"
printf '<!DOCTYPE x [<!ENTITY e "expanded">]>\n<x>&e;</x>\n' > "$tmp/in/entity.xml"
printf 'secret\n' > "$tmp/secret.txt"
input=$tmp/in/schema.xml

# expect_refused LABEL PATTERN ARGS... : exit 3, PATTERN in the message,
# the input named, nothing on standard output.
expect_refused() {
	label=$1 pattern=$2
	shift 2
	fimkit convert "$@" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	if [ "$rc" -eq 3 ] && grep -q -- "$pattern" "$tmp/err" && [ ! -s "$tmp/out" ]; then ok; else
		not_ok "$label: exit $rc, expected 3 and '$pattern'"; cat "$tmp/err" "$tmp/out"; fi
}

expect_refused "document() of /etc/passwd" "refused" \
	--xslt "$sb/read-document.xsl" --param what=/etc/passwd "$input"
expect_refused "document() of a file: URL" "refused" \
	--xslt "$sb/read-document.xsl" --param what="file://$tmp/secret.txt" "$input"
expect_refused "document() of ../secret.txt" "refused" \
	--xslt "$sb/read-document.xsl" --param what=../secret.txt "$input"
expect_refused "document() over http" "refused" \
	--xslt "$sb/read-document.xsl" --param what=http://127.0.0.1:9/x.xml "$input"
expect_refused "document() of a file declaring entities" "declares entities" \
	--xslt "$sb/read-document.xsl" --param what=entity.xml "$input"
expect_refused "document() of a missing file" "no such file" \
	--xslt "$sb/read-document.xsl" --param what=missing.xml "$input"
expect_refused "exsl:document" "write rights\|refused" \
	--xslt "$sb/write-file.xsl" --param target="$tmp/written.txt" "$input"
[ -e "$tmp/written.txt" ] && not_ok "exsl:document wrote $tmp/written.txt" || ok
expect_refused "xsl:include outside" "stylesheet .*include-outside.xsl" \
	--xslt "$sb/include-outside.xsl" "$input"
expect_refused "xsl:import over http" "stylesheet .*include-network.xsl" \
	--xslt "$sb/include-network.xsl" "$input"

# allowed: a document beside the input
fimkit convert --xslt "$sb/read-document.xsl" --param what=side.xml "$input" > "$tmp/out" 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && [ "$(cat "$tmp/out")" = "[beside the input]" ] && [ ! -s "$tmp/err" ]; then ok; else
	not_ok "document() beside the input: exit $rc"; cat "$tmp/out" "$tmp/err"; fi

# the finding protocol: one finding per field with line and object, the
# plain message as an info finding, the parameter passed through verbatim
fimkit convert --xslt "$sb/findings.xsl" --param "label=it's \"quoted\" & <raw>" "$input" \
	> "$tmp/out" 2> "$tmp/err"
rc=$?
fields=$(grep -c '<\([a-z0-9]*:\)\{0,1\}datenfeld>' "$input")
findings=$(grep -c '^.*schema.xml:[0-9][0-9]*: info: field .* \[T001\] F[0-9]* V[0-9.]*$' "$tmp/err")
[ "$rc" -eq 0 ] && ok || not_ok "findings.xsl: exit $rc"
[ "$findings" -gt 0 ] && [ "$findings" -eq "$fields" ] && ok ||
	{ not_ok "findings.xsl: $findings findings for $fields fields"; cat "$tmp/err"; }
grep -q 'schema.xml: info: a plain message \[xslt\]' "$tmp/err" && ok ||
	{ not_ok "plain xsl:message not reported as info"; cat "$tmp/err"; }
[ "$(cat "$tmp/out")" = "it's \"quoted\" & <raw>" ] && ok ||
	{ not_ok "--param value not passed verbatim"; cat "$tmp/out"; }
# the line of a finding is the field's line in the input
line=$(sed -n 's/^.*schema.xml:\([0-9]*\): info: field .*\[T001\] \(F[0-9]*\) .*/\1 \2/p' "$tmp/err" | head -1)
set -- $line
if [ -n "${2:-}" ] && sed -n "$1,$(($1 + 3))p" "$input" | grep -q "$2"; then ok; else
	not_ok "finding line '$line' does not point at the field"; fi

# fk:codelist(): the lists of --codelists by URI and version
xdf2=$top_srcdir/samples/hundesteuer/datenschema.xdf2.xml
fimkit convert --xslt "$sb/codelist.xsl" --codelists="$top_srcdir/samples/hundesteuer" "$xdf2" \
	> "$tmp/out" 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && grep -qx 'urn:de:falkenried:fim:codeliste:hunderassen 2025-09-01 39 39 0' "$tmp/out" &&
   grep -qx 'urn:de:falkenried:fim:codeliste:hundegeschlecht 2025-09-01 2 2 0' "$tmp/out"; then ok; else
	not_ok "fk:codelist with --codelists: exit $rc"; cat "$tmp/out" "$tmp/err"; fi
fimkit convert --xslt "$sb/codelist.xsl" "$xdf2" > "$tmp/out" 2> "$tmp/err"
if [ $? -eq 0 ] && grep -qx 'urn:de:falkenried:fim:codeliste:hunderassen 2025-09-01 0 0 0' "$tmp/out"; then ok; else
	not_ok "fk:codelist without --codelists"; cat "$tmp/out" "$tmp/err"; fi
fimkit convert --xslt "$sb/codelist.xsl" --codelists="$tmp/missing" "$xdf2" > /dev/null 2> "$tmp/err"
rc=$?
[ "$rc" -eq 3 ] && grep -q "cannot open code-list directory" "$tmp/err" && ok ||
	{ not_ok "--codelists of a missing directory: exit $rc"; cat "$tmp/err"; }

expect_refused "fk-fatal" "this stylesheet always stops" --xslt "$sb/fatal.xsl" "$input"
fimkit convert --xslt "$sb/findings.xsl" --param novalue "$input" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 2 ] && grep -q "invalid parameter 'novalue'" "$tmp/err" && ok ||
	{ not_ok "--param without value: exit $rc"; cat "$tmp/err"; }

# a stylesheet that would run for ages is stopped at --time-limit
start=$(date +%s)
timeout 120 "$FIMKIT" convert --time-limit=1 --xslt "$sb/slow.xsl" -j1 -o "$tmp/slow" \
	"$input" "$input" > /dev/null 2> "$tmp/err"
rc=$?
took=$(($(date +%s) - start))
if [ "$rc" -eq 3 ] && [ "$took" -lt 60 ] &&
   [ "$(grep -c 'ran longer than the time limit of 1 seconds' "$tmp/err")" -eq 2 ]; then ok; else
	not_ok "--time-limit: exit $rc after $took s"; cat "$tmp/err"; fi
[ -z "$(ls -A "$tmp/slow" 2> /dev/null)" ] && ok || not_ok "--time-limit left files: $(ls -A "$tmp/slow")"

# no socket, ever (strace, when installed)
if command -v strace > /dev/null 2>&1; then
	strace -f -qq -e trace=socket,connect -o "$tmp/strace" "$FIMKIT" convert \
		--xslt "$sb/read-document.xsl" --param what=http://127.0.0.1:9/x.xml "$input" \
		> /dev/null 2>&1
	strace -f -qq -e trace=socket,connect -o "$tmp/strace2" "$FIMKIT" convert \
		--xslt "$sb/include-network.xsl" "$input" > /dev/null 2>&1
	if grep -q 'socket(\|connect(' "$tmp/strace" "$tmp/strace2"; then
		not_ok "a socket was opened"; cat "$tmp/strace" "$tmp/strace2"
	else ok; fi
fi
finish
