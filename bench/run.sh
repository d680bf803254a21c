#!/bin/sh
# bench/run.sh - how fimkit compares with the generic tools, in one run on
# one machine.  Not a test: it prints ratios and appends them, with the
# machine, the versions and the commit, to bench/results/<date>.txt.
#
#   sh bench/run.sh [BUILD-DIR]      (default: build, as made by tools/setup.sh)
#
# Environment: RUNS (repetitions, median taken; default 5), SCALE (sizes of
# the generated catalogues; default "1000 10000"), FIM_SHARED (the reference
# corpus; default ../shared beside the project).
#
# (a) fimkit check (schema + default rules, JSON report to a file) against
#     xmllint --noout --schema <reference XSD> and xmllint --noout, on the
#     real XDatenfelder 3.0.0 exports of the reference corpus;
# (b) fimkit check with 1 and 2 workers;
# (c) scale: catalogues of SCALE documents made from the samples and the
#     exports, time per document and peak memory;
# (d) fimkit convert --to json-schema and --to html against xsltproc
#     running the same stylesheet over the same exports.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
fimkit=$build/fimkit
shared=${FIM_SHARED:-$top/../shared}
runs=${RUNS:-5}
scale=${SCALE:-1000 10000}
exports=$shared/fim-reference/samples/xdatenfelder-3.0.0/bund-t-prototype/fim_data
ref_xsd=$shared/fim-reference/xsd/xdatenfelder-3.0.0/xdatenfelder.xsd

[ -x "$fimkit" ] || { echo "no fimkit at $fimkit (build first: sh tools/setup.sh)" >&2; exit 1; }
[ -d "$exports" ] || { echo "no reference corpus at $shared" >&2; exit 1; }
command -v xmllint > /dev/null || { echo "xmllint is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed (apt-get install time)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$top/bench/results"
out="$top/bench/results/$(date +%Y-%m-%d).txt"

# median of the wall times of RUNS runs of a command (seconds); GNU time
# puts "Command exited with non-zero status" before the figure when the
# command reports findings, hence the last line
median() {
	for i in $(seq "$runs"); do
		/usr/bin/time -f '%e' -o "$tmp/t" "$@" > /dev/null 2>&1 || true
		tail -1 "$tmp/t"
	done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# peak resident memory (KB) of one run
peak() {
	/usr/bin/time -f '%M' -o "$tmp/m" "$@" > /dev/null 2>&1 || true
	tail -1 "$tmp/m"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

find "$exports" -name 'schema.xdf.xml' | sort > "$tmp/exports"
n=$(wc -l < "$tmp/exports")
bytes=$(cat $(cat "$tmp/exports") | wc -c)
set -- $(cat "$tmp/exports")

{
	echo "== fimkit benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "commit:   $(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "machine:  $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m)"
	echo "cpu:      $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
	echo "fimkit:   $("$fimkit" version | tr '\n' ' ')"
	echo "xmllint:  $(xmllint --version 2>&1 | head -1)"
	echo "runs:     median of $runs"
	echo
	echo "(a) $n real XDatenfelder 3.0.0 exports, $((bytes / 1024)) KiB"
} | tee -a "$out"

t_parse=$(median xmllint --noout "$@")
t_schema=$(median xmllint --noout --schema "$ref_xsd" "$@")
t_check1=$(median "$fimkit" check -j1 --format=json -o "$tmp/r.json" "$@")
t_check2=$(median "$fimkit" check -j2 --format=json -o "$tmp/r.json" "$@")
t_valid1=$(median "$fimkit" validate -j1 --format=json -o "$tmp/r.json" "$@")
{
	echo "  xmllint --noout (parse only)          ${t_parse} s"
	echo "  xmllint --noout --schema              ${t_schema} s"
	echo "  fimkit validate -j1                   ${t_valid1} s"
	echo "  fimkit check -j1 (schema + rules)     ${t_check1} s"
	echo "  fimkit check -j2                      ${t_check2} s"
	echo "  ratio check -j2 / xmllint --schema    $(ratio "$t_check2" "$t_schema")   (target <= 0.35)"
	echo "  ratio check -j2 / xmllint parse-only  $(ratio "$t_check2" "$t_parse")   (target <= 1.00)"
	echo "  speed-up -j1 -> -j2                   $(ratio "$t_check1" "$t_check2")   (target >= 1.80)"
	echo
} | tee -a "$out"

# (c) scale: a catalogue made of the samples and the exports, repeated
echo "(c) scale" | tee -a "$out"
find "$top/samples/hundesteuer" -name '*.xml' > "$tmp/pool"
head -1 "$tmp/exports" >> "$tmp/pool"
for size in $scale; do
	dir="$tmp/catalogue-$size"
	mkdir -p "$dir"
	i=0
	while [ "$i" -lt "$size" ]; do
		for f in $(cat "$tmp/pool"); do
			[ "$i" -lt "$size" ] || break
			sub="$dir/$((i / 1000))"
			mkdir -p "$sub"
			ln -s "$f" "$sub/doc-$i.xml"
			i=$((i + 1))
		done
	done
	t=$(median "$fimkit" check --format=json -o "$tmp/r.json" "$dir")
	m=$(peak "$fimkit" check --format=json -o "$tmp/r.json" "$dir")
	per=$(awk -v t="$t" -v n="$size" 'BEGIN { printf "%.3f", t * 1000 / n }')
	echo "  $size documents: ${t} s, ${per} ms per document, peak RSS ${m} KB" | tee -a "$out"
done
echo | tee -a "$out"

# (d) conversion: the same stylesheets through xsltproc (one process over all
# files, results into a directory) and through fimkit convert
echo "(d) conversion of the $n exports" | tee -a "$out"
for fmt in json-schema html; do
	case $fmt in
	json-schema) xsl=$top/xslt/xdf-json-schema.xsl ;;
	html) xsl=$top/xslt/xdf-html.xsl ;;
	esac
	rm -rf "$tmp/x" "$tmp/f"
	mkdir -p "$tmp/x"
	t_xslt=$(median xsltproc --nonet -o "$tmp/x/" "$xsl" "$@")
	t_conv1=$(median "$fimkit" convert --to="$fmt" -j1 --force -o "$tmp/f" "$@")
	t_conv2=$(median "$fimkit" convert --to="$fmt" -j2 --force -o "$tmp/f" "$@")
	{
		echo "  $fmt: xsltproc ${t_xslt} s, fimkit -j1 ${t_conv1} s, -j2 ${t_conv2} s"
		echo "  ratio $fmt fimkit -j1 / xsltproc    $(ratio "$t_conv1" "$t_xslt")   (target <= 1.10)"
		echo "  ratio $fmt fimkit -j2 / xsltproc    $(ratio "$t_conv2" "$t_xslt")   (target < 1.00)"
	} | tee -a "$out"
done
echo | tee -a "$out"
echo "results appended to $out"
