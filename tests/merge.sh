#!/bin/sh
# merge.sh - `fimkit merge` (docs/json-report.md, "Merging shards").  The
# JSON reports of `fimkit check --shard=K/N` for K = 1 ... N, merged, are
# byte for byte the JSON report of the unsharded run, for N = 2, 3 and 5,
# over our samples, over paths whose byte order differs from a directory
# walk's, and over the reference corpus (../shared; that part is skipped,
# and the test ends with 77, when it is absent).  Every other format of the
# merge is the same format of the unsharded run: no writer puts anything
# run-specific into a report (no time, host or working directory), so the
# files are compared as they are, without normalising.  Bad inputs (not
# JSON, truncated, another format version, a file two reports disagree on,
# a missing report) each give a clear message and exit 3, and the other
# reports are still merged.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
skipped=

# Paths as CI jobs give them: relative to the checkout.
cd "$top_srcdir" || exit 99

# Names whose byte order is not the order of a directory walk ("b/x.xml"
# before "b.xml", "b/..." before "b-c/..."), a package among them, and a
# name that is not UTF-8 (JSON reports write U+FFFD for its byte, so only
# the JSON of such a file, not its text or SARIF, can be made again).
walk="$tmp/walk"
mkdir -p "$walk/b" "$walk/b-c" "$walk/b.d/pkg" || exit 99
cp samples/faulty/xdf3-quality-issues.xml "$walk/b/x.xml" &&
	cp samples/faulty/not-fim.xml "$walk/b.xml" &&
	cp samples/faulty/truncated.xml "$walk/b-c/y.xml" &&
	cp samples/hundesteuer/*.xml "$walk/b.d/pkg/" || exit 99
cp samples/faulty/not-fim.xml "$walk/b/$(printf 'latin1-\377.xml')" || exit 99

# shards LABEL N ARGS... : the JSON reports of shards 1/N ... N/N of
# `fimkit ARGS` as LABEL-1.json ... LABEL-N.json; prints their names.
shards() {
	label=$1
	n=$2
	shift 2
	k=1
	while [ "$k" -le "$n" ]; do
		fimkit "$@" --shard="$k/$n" --format=json -o "$tmp/$label-$k.json" 2> /dev/null
		rc=$?
		[ "$rc" -le 1 ] || [ "$rc" -eq 3 ] || not_ok "$label: shard $k/$n exited $rc"
		printf '%s\n' "$tmp/$label-$k.json"
		k=$((k + 1))
	done
}

# same_as_unsharded LABEL ARGS... : merged shards equal the unsharded JSON,
# for 2, 3 and 5 shards, and the exit status is the unsharded run's.
same_as_unsharded() {
	label=$1
	shift
	fimkit "$@" --format=json > "$tmp/$label.json" 2> /dev/null
	want=$?
	for n in 2 3 5; do
		# the reports in reverse order: the result must not depend on it
		list=$(shards "$label-$n" "$n" "$@" | sort -r)
		# shellcheck disable=SC2086 # the names have no blanks
		fimkit merge --format=json $list > "$tmp/$label-$n.merged" 2> "$tmp/$label-$n.err"
		rc=$?
		if cmp -s "$tmp/$label.json" "$tmp/$label-$n.merged"; then ok; else
			not_ok "$label: $n shards merged differ from the unsharded report"
			diff -u "$tmp/$label.json" "$tmp/$label-$n.merged" | head -20
		fi
		if [ "$rc" -eq "$want" ]; then ok; else
			not_ok "$label: merge of $n shards exited $rc, the unsharded run $want"
			cat "$tmp/$label-$n.err"
		fi
	done
}

same_as_unsharded samples check --no-config samples
same_as_unsharded walk check --no-config "$walk"
same_as_unsharded german check --no-config --lang=de --enable=all --severity=1101=info \
	--fail-on=warning samples
same_as_unsharded validate validate samples
same_as_unsharded info info samples

ref=$(shared_dir)/fim-reference/samples
if [ -d "$ref" ]; then
	same_as_unsharded reference check --no-config "$ref"
	same_as_unsharded reference-validate validate "$ref"
else
	echo "no reference corpus at $ref: that part skipped"
	skipped=1
fi

# ---- every format, as the unsharded run writes it ----------------------------------
# formats LABEL ARGS... : merge --format=F of 3 shards = fimkit ARGS --format=F
formats() {
	label=$1
	shift
	list=$(shards "$label-f" 3 "$@")
	for f in text markdown sarif junit html; do
		fimkit "$@" --format="$f" > "$tmp/$label.$f" 2> /dev/null
		# shellcheck disable=SC2086
		fimkit merge --format="$f" $list > "$tmp/$label-merged.$f" 2> /dev/null
		if cmp -s "$tmp/$label.$f" "$tmp/$label-merged.$f"; then ok; else
			not_ok "$label: merged $f differs from the unsharded $f"
			diff -u "$tmp/$label.$f" "$tmp/$label-merged.$f" | head -20
		fi
	done
	# the closing summary alone, and a threshold other than the shards'
	# shellcheck disable=SC2086
	fimkit merge --summary $list > "$tmp/$label-merged.summary" 2> /dev/null
	fimkit "$@" --summary > "$tmp/$label.summary" 2> /dev/null
	cmp -s "$tmp/$label.summary" "$tmp/$label-merged.summary" && ok ||
		not_ok "$label: merge --summary differs"
	# shellcheck disable=SC2086
	fimkit merge --format=json --fail-on=info $list > "$tmp/$label-merged.info" 2> /dev/null
	fimkit "$@" --format=json --fail-on=info > "$tmp/$label.info" 2> /dev/null
	cmp -s "$tmp/$label.info" "$tmp/$label-merged.info" && ok ||
		not_ok "$label: merge --fail-on=info differs from check --fail-on=info"
}
formats samples check --no-config samples
formats german check --no-config --lang=de samples
formats info info samples/hundesteuer
if [ -d "$ref" ]; then
	formats reference check --no-config "$ref"
fi

# ---- bad inputs: said, exit 3, the rest still merged -----------------------------------
good=$(shards bad 3 check --no-config samples)
fimkit check --no-config --format=json samples > "$tmp/whole.json" 2> /dev/null
printf '<report/>\n' > "$tmp/not-json.json"
head -c 2000 "$tmp/bad-1.json" > "$tmp/truncated.json"
sed 's/"format_version": "1\.1"/"format_version": "2.0"/' "$tmp/bad-1.json" > "$tmp/v2.json"

# bad_input LABEL FILE MESSAGE : merging the good shards and FILE says
# MESSAGE, exits 3 and still writes the whole report.
bad_input() {
	# shellcheck disable=SC2086
	fimkit merge --format=json $good "$2" > "$tmp/$1.out" 2> "$tmp/$1.err"
	rc=$?
	[ "$rc" -eq 3 ] && ok || not_ok "$1: exit $rc, expected 3"
	if grep -qF -- "$3" "$tmp/$1.err"; then ok; else
		not_ok "$1: no message '$3'"; cat "$tmp/$1.err"; fi
	cmp -s "$tmp/whole.json" "$tmp/$1.out" && ok || not_ok "$1: the good reports were not merged"
}
bad_input not-json "$tmp/not-json.json" \
	"fimkit: '$tmp/not-json.json' is not valid JSON: line 1, column 1: unexpected character '<'"
bad_input truncated "$tmp/truncated.json" \
	"fimkit: '$tmp/truncated.json' is not valid JSON: line "
bad_input version "$tmp/v2.json" \
	"fimkit: '$tmp/v2.json': report format version '2.0' is not supported (this fimkit reads 1.x)"
bad_input missing "$tmp/missing.json" \
	"fimkit: cannot read report '$tmp/missing.json': no such file or directory"
grep -q "unexpected end of input" "$tmp/truncated.err" && ok ||
	not_ok "truncated: the message does not say that the input ends early"

# a file two reports disagree on: left out, and said which
sed '0,/"message": "/s//"message": "changed: /' "$tmp/bad-2.json" > "$tmp/disagree.json"
# shellcheck disable=SC2086
fimkit merge --format=json $good "$tmp/disagree.json" > "$tmp/disagree.out" 2> "$tmp/disagree.err"
rc=$?
[ "$rc" -eq 3 ] && ok || not_ok "disagree: exit $rc, expected 3"
if grep -q "^fimkit: '[^']*' is in both '$tmp/bad-2.json' and '$tmp/disagree.json' with different results; it is left out$" \
	"$tmp/disagree.err"; then ok; else not_ok "disagree: no message naming the file and both reports"; cat "$tmp/disagree.err"; fi
grep -q "^fimkit: note: .* in both '$tmp/bad-2.json' and '$tmp/disagree.json' with the same results" \
	"$tmp/disagree.err" && ok || not_ok "disagree: the agreeing files are not said to be kept once"
whole=$(sed -n 's/^    "files": \([0-9]*\),$/\1/p' "$tmp/whole.json")
merged=$(sed -n 's/^    "files": \([0-9]*\),$/\1/p' "$tmp/disagree.out")
[ -n "$whole" ] && [ "$merged" = $((whole - 1)) ] && ok ||
	not_ok "disagree: $merged files merged, expected $whole - 1"

# a shard missing: said, exit 3, the rest merged
fimkit merge --format=json "$tmp/bad-1.json" "$tmp/bad-3.json" > /dev/null 2> "$tmp/gap.err"
rc=$?
[ "$rc" -eq 3 ] && grep -q "^fimkit: 1 shard is missing (2/3): the merged report lacks its files$" \
	"$tmp/gap.err" && ok || { not_ok "missing shard: exit $rc"; cat "$tmp/gap.err"; }

# nothing readable: nothing written
fimkit merge -o "$tmp/none.json" "$tmp/not-json.json" 2> "$tmp/none.err"
rc=$?
[ "$rc" -eq 3 ] && [ ! -e "$tmp/none.json" ] && ok || not_ok "no readable report: exit $rc or output written"

# usage: no report, an unknown option
fimkit merge > /dev/null 2>&1
[ $? -eq 2 ] && ok || not_ok "merge without a report: not a usage error"
fimkit merge --shard=1/2 "$tmp/bad-1.json" > /dev/null 2>&1
[ $? -eq 2 ] && ok || not_ok "merge --shard: not a usage error"

# ---- output: never over an input, atomically replaced, standard input --------------
# shellcheck disable=SC2086
fimkit merge --format=json -o "$tmp/bad-1.json" $good 2> "$tmp/self.err"
rc=$?
[ "$rc" -eq 3 ] && grep -q "is one of the inputs" "$tmp/self.err" && ok ||
	not_ok "merge -o over one of its reports: exit $rc"
# shellcheck disable=SC2086
fimkit merge --format=sarif -o "$tmp/merged.sarif" $good 2> /dev/null
[ -s "$tmp/merged.sarif" ] && ok || not_ok "merge -o wrote nothing"
printf 'not a report\n' > "$tmp/foreign.txt"
# shellcheck disable=SC2086
fimkit merge -o "$tmp/foreign.txt" $good > /dev/null 2>&1
[ $? -eq 3 ] && ok || not_ok "merge -o replaced a file that is not fimkit's without --force"
# shellcheck disable=SC2086
fimkit merge --force -o "$tmp/foreign.txt" $good > /dev/null 2>&1
grep -q " not processed; " "$tmp/foreign.txt" && ok || not_ok "merge --force -o did not replace the file"
set -- $good
fimkit merge --format=json - "$2" "$3" < "$1" > "$tmp/stdin.out" 2> /dev/null
cmp -s "$tmp/whole.json" "$tmp/stdin.out" && ok || not_ok "a report on standard input is not merged"
full_disk_check "merge" merge "$1" "$2" "$3"

if [ -n "$skipped" ] && [ "$fail" -eq 0 ]; then
	finish
	echo "some parts were skipped (see above)"
	exit 77
fi
finish
