#!/bin/sh
# golden.sh - command-line golden tests.
#
# Each case is tests/golden/NAME.args (the arguments, one per line) with the
# expected standard output in NAME.out, standard error in NAME.err and exit
# status in NAME.rc; NAME.stdin, if present, is fed to standard input.
# Commands run from the source tree so that paths in the output are stable.
#
# To (re)generate expectations after a reviewed change:
#   FIMKIT_REGEN=1 make check TESTS=tests/golden.sh
# and read the diff before committing it.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

cd "$top_srcdir" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

for args in tests/golden/*.args; do
	name=${args%.args}
	set --
	while IFS= read -r line || [ -n "$line" ]; do
		set -- "$@" "$line"
	done < "$args"
	stdin=/dev/null
	[ -f "$name.stdin" ] && stdin=$name.stdin
	fimkit "$@" < "$stdin" > "$tmp/out" 2> "$tmp/err"
	echo $? > "$tmp/rc"
	if [ -n "${FIMKIT_REGEN:-}" ]; then
		cp "$tmp/out" "$name.out"
		cp "$tmp/rc" "$name.rc"
		if [ -s "$tmp/err" ]; then cp "$tmp/err" "$name.err"; else rm -f "$name.err"; fi
		printf 'regenerated %s\n' "$name"
		ok
		continue
	fi
	bad=
	diff -u "$name.out" "$tmp/out" || bad="stdout"
	if [ -f "$name.err" ]; then
		diff -u "$name.err" "$tmp/err" || bad="$bad stderr"
	elif [ -s "$tmp/err" ]; then
		printf 'unexpected stderr:\n'; cat "$tmp/err"; bad="$bad stderr"
	fi
	diff -u "$name.rc" "$tmp/rc" || bad="$bad exit-status"
	if [ -n "$bad" ]; then not_ok "$name ($bad)"; else ok; fi
done
finish
