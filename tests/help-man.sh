#!/bin/sh
# help-man.sh - the manual and the program agree: every command's usage line
# appears in the manual's SYNOPSIS and vice versa, every command has a
# section, and the manual's EXAMPLES run without a usage error or failure.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

man="$top_srcdir/docs/fimkit.1"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

unroff() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(ha/^/g'; }

# SYNOPSIS lines of the manual
sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$man" | grep '^fimkit' | unroff | sort > "$tmp/man"

# usage lines of the program
fimkit --help > "$tmp/help" || not_ok "fimkit --help failed"
commands=$(sed -n '/^Commands:/,/^$/p' "$tmp/help" | awk 'NF && !/Commands:/ { print $1 }')
[ -n "$commands" ] || not_ok "no commands listed by --help"
for c in $commands; do
	fimkit help "$c" | sed -n 's/^usage: //p'
	grep -q "^\.SS $c\$" "$man" && ok || not_ok "manual has no section for '$c'"
done > "$tmp/usage.raw"
# the global form, as --help prints it
sed -n 's/^ *\(fimkit --help | --version\)$/\1/p' "$tmp/help" >> "$tmp/usage.raw"
sort "$tmp/usage.raw" > "$tmp/usage"

if diff -u "$tmp/man" "$tmp/usage"; then ok; else not_ok "SYNOPSIS and usage lines differ"; fi

# EXAMPLES run from the source tree
cd "$top_srcdir" || exit 99
sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$man" | grep '^fimkit ' | unroff > "$tmp/examples"
[ -s "$tmp/examples" ] || not_ok "no examples in the manual"
while IFS= read -r line; do
	cmd="\"\$FIMKIT\"${line#fimkit}"
	eval "$cmd" > /dev/null 2> "$tmp/err"
	rc=$?
	if [ "$rc" -le 1 ]; then ok; else not_ok "example '$line' exited $rc: $(cat "$tmp/err")"; fi
done < "$tmp/examples"
finish
