#!/bin/sh
# convert-golden.sh - `fimkit convert` output for our samples, byte for byte.
#
# For every directory tests/convert/golden/FORMAT[,LABEL]/, converts
# samples/hundesteuer with --to=FORMAT (plus the options listed one per line
# in its file "args", if there is one) and compares the result files with
# the reviewed files there: the same set of names, the same bytes.  What
# the run says on standard error (findings, the summary line) is compared
# with stderr.txt there.  A second run into the same directory must succeed
# (fimkit recognises its own earlier outputs) and give the same bytes;
# -j1 and -j2 must agree.
#
# To (re)generate after a reviewed change:
#   FIMKIT_REGEN=1 make check TESTS=tests/convert-golden.sh
# and read the diff before committing it.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

cd "$top_srcdir" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

for golden in tests/convert/golden/*/; do
	golden=${golden%/}
	name=$(basename "$golden")
	fmt=${name%%,*}
	out=$tmp/$name
	set --
	if [ -f "$golden/args" ]; then
		while IFS= read -r line || [ -n "$line" ]; do set -- "$@" "$line"; done < "$golden/args"
	fi
	fimkit convert --to="$fmt" "$@" -j2 -o "$out" samples/hundesteuer > "$tmp/stdout" 2> "$tmp/err"
	rc=$?
	sed "s|$tmp|TMP|g" "$tmp/err" > "$tmp/stderr.txt"
	if [ "$rc" -ne 0 ]; then
		not_ok "$name: exit status $rc"
		cat "$tmp/err"
		continue
	fi
	if [ -n "${FIMKIT_REGEN:-}" ]; then
		find "$golden" -type f ! -name args -exec rm -f {} +
		cp "$out"/* "$golden"
		cp "$tmp/stderr.txt" "$golden/stderr.txt"
		printf 'regenerated %s\n' "$golden"
		ok
		continue
	fi
	[ -s "$tmp/stdout" ] && not_ok "$name: wrote to standard output with -o"
	diff -u "$golden/stderr.txt" "$tmp/stderr.txt" > "$tmp/diff" && ok ||
		{ not_ok "$name: standard error differs"; cat "$tmp/diff"; }
	(cd "$golden" && ls | grep -v '^stderr\.txt$' | grep -v '^args$') > "$tmp/want"
	(cd "$out" && ls) > "$tmp/got"
	diff -u "$tmp/want" "$tmp/got" > "$tmp/diff" && ok ||
		{ not_ok "$name: output files differ from the golden set"; cat "$tmp/diff"; }
	while IFS= read -r file; do
		[ -f "$out/$file" ] || continue
		if cmp -s "$golden/$file" "$out/$file"; then ok; else
			not_ok "$name: $file differs"
			diff -u "$golden/$file" "$out/$file" | head -40
		fi
	done < "$tmp/want"

	# again, into the same directory, one worker: replaced, same bytes
	cp -r "$out" "$tmp/first"
	if fimkit convert --to="$fmt" "$@" -j1 -o "$out" samples/hundesteuer > /dev/null 2> "$tmp/err2"; then
		ok
	else
		not_ok "$name: second run into the same directory failed"
		cat "$tmp/err2"
	fi
	diff -r "$tmp/first" "$out" > /dev/null && ok || not_ok "$name: -j1 rerun differs from -j2 run"
	rm -rf "$tmp/first"
done
finish
