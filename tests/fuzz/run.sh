#!/bin/sh
# run.sh - a bounded libFuzzer run of every fuzz harness that has been built.
#
#   tests/fuzz/run.sh [DIR]
#
# DIR holds the harness binaries (fuzz_*; default ${top_builddir}/tests/fuzz,
# built with `make fuzz`).  This script builds nothing.  Each harness first
# re-runs its saved reproducers (tests/fuzz/regressions/<harness>-*.xml),
# then fuzzes for FUZZ_SECONDS (default 20) over a fresh temporary corpus
# seeded with the project's own documents: samples/**/*.xml,
# tests/fixtures/*.xml, tests/convert/fixtures/*.xml, tests/rules/*.xml and
# tests/rules/codelists/*.xml.
# Nothing is written to the source tree: the corpus lives in a temporary
# directory and crash artifacts go to ${top_builddir}/tests/fuzz/artifacts.
#
# Exit status: 0 when every harness ran clean, 1 when any crashed (or
# leaked, or timed out, or ran out of memory), 77 when no harness is built.
#
# Environment: top_srcdir, top_builddir (default: derived from this script
# and the current directory), FUZZ_SECONDS, FUZZ_JOBS (harnesses run at the
# same time, default 1), FUZZ_ARGS (extra libFuzzer options).

set -u

here=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(cd "$here/../.." && pwd)}
top_builddir=${top_builddir:-.}
dir=${1:-$top_builddir/tests/fuzz}
seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-1}
artifacts=$top_builddir/tests/fuzz/artifacts
dict=$top_srcdir/tests/fuzz/dict/xml.dict

harnesses=
for bin in "$dir"/fuzz_*; do
	[ -f "$bin" ] && [ -x "$bin" ] || continue
	harnesses="$harnesses $bin"
done
if [ -z "$harnesses" ]; then
	echo "run.sh: no fuzz harness in '$dir' (build them with 'make fuzz')" >&2
	exit 77
fi

mkdir -p "$artifacts" || exit 1
artifacts=$(cd "$artifacts" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/fimkit-fuzz.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# Sanitizer reports must end the run; keep them readable.
ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1:allocator_may_return_null=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS

# One seed corpus, copied for each harness (libFuzzer adds to it).
seeds=$work/seeds
mkdir -p "$seeds"
n=0
for f in $(find "$top_srcdir/samples" -name '*.xml' -type f | LC_ALL=C sort) \
	 "$top_srcdir"/tests/fixtures/*.xml \
	 "$top_srcdir"/tests/convert/fixtures/*.xml \
	 "$top_srcdir"/tests/rules/*.xml \
	 "$top_srcdir"/tests/rules/codelists/*.xml; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	cp "$f" "$seeds/seed-$n.xml"
done

# Runs one harness; writes its verdict to $work/<name>.result.
run_one() {
	bin=$1
	name=$(basename "$bin")
	log=$work/$name.log
	corpus=$work/corpus-$name
	mkdir -p "$corpus"
	cp "$seeds"/* "$corpus"/ 2>/dev/null
	set --
	[ -f "$dict" ] && set -- "-dict=$dict"

	# saved reproducers of earlier crashes first: each must run clean now
	regs=
	for r in "$top_srcdir"/tests/fuzz/regressions/"$name"-*; do
		[ -f "$r" ] && regs="$regs $r"
	done
	if [ -n "$regs" ]; then
		# shellcheck disable=SC2086
		if ! "$bin" -rss_limit_mb=2048 -timeout=10 $regs >"$log" 2>&1; then
			echo "FAIL: $name: a saved reproducer crashes again (log: see below)" \
				>"$work/$name.result"
			tail -n 40 "$log" >>"$work/$name.result"
			return
		fi
		cp $regs "$corpus"/
	fi

	# shellcheck disable=SC2086
	"$bin" "$@" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
		-artifact_prefix="$artifacts/$name-" -print_final_stats=1 \
		${FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		echo "PASS: $name (${seconds}s, ${execs:-?} execs, ${cov:-cov: ?})" >"$work/$name.result"
	else
		{
			echo "FAIL: $name (exit $rc; artifacts in $artifacts)"
			grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|.*runtime error)' \
				"$log" | head -n 20
			echo "--- last lines of the log:"
			tail -n 40 "$log"
		} >"$work/$name.result"
	fi
}

running=0
for bin in $harnesses; do
	run_one "$bin" &
	running=$((running + 1))
	if [ "$running" -ge "$jobs" ]; then
		wait
		running=0
	fi
done
wait

passed=0
failed=0
for bin in $harnesses; do
	name=$(basename "$bin")
	result=$work/$name.result
	if [ -f "$result" ] && head -n 1 "$result" | grep -q '^PASS:'; then
		passed=$((passed + 1))
		cat "$result"
	else
		failed=$((failed + 1))
		if [ -f "$result" ]; then cat "$result"; else echo "FAIL: $name (no result)"; fi
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
