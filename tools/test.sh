#!/bin/sh
# test.sh - the whole test suite: builds fimkit (installing what it needs),
# runs `make check`, runs it again under AddressSanitizer and
# UndefinedBehaviorSanitizer, and checks that the distribution tarball builds
# and passes its own tests (`make distcheck`).
set -eu
cd "$(dirname "$0")/.."
sh tools/setup.sh
jobs=$(nproc)

report_failures() {
	for log in "$1"/tests/*.log; do
		grep -q '^FAIL' "${log%.log}.trs" 2>/dev/null && { echo "--- $log"; cat "$log"; }
	done
	return 1
}

echo "== make check"
make -s -C build -j"$jobs" check || report_failures build

echo "== make check under ASan and UBSan"
mkdir -p build-asan
if [ ! -f build-asan/Makefile ] || [ configure -nt build-asan/Makefile ]; then
	(cd build-asan && ../configure -q --enable-asan --enable-ubsan)
fi
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	make -s -C build-asan -j"$jobs" check || report_failures build-asan

echo "== unit and golden tests under valgrind"
mkdir -p build-valgrind
if [ ! -f build-valgrind/Makefile ] || [ configure -nt build-valgrind/Makefile ]; then
	(cd build-valgrind && ../configure -q --enable-valgrind)
fi
make -s -C build-valgrind -j"$jobs" > /dev/null
make -s -C build-valgrind check-valgrind | tail -2

echo "== fuzzing, briefly (docs/fuzzing.md)"
make -s -C build fuzz > build/fuzz-build.log 2>&1 || { tail -30 build/fuzz-build.log; exit 1; }
FUZZ_SECONDS=${FUZZ_SECONDS:-20} FUZZ_JOBS=$jobs make -s -C build fuzz-run | tail -3

echo "== make distcheck"
make -s -C build -j"$jobs" distcheck > build/distcheck.log 2>&1 || {
	tail -50 build/distcheck.log
	exit 1
}
echo "distcheck passed"

# One closing line over both runs, counted from the test harness's results.
passed=$(cat build/tests/*.trs build-asan/tests/*.trs | grep -c '^:test-result: PASS' || true)
failed=$(cat build/tests/*.trs build-asan/tests/*.trs | grep -c '^:test-result: \(FAIL\|ERROR\|XPASS\)' || true)
skipped=$(cat build/tests/*.trs build-asan/tests/*.trs | grep -c '^:test-result: SKIP' || true)
echo "tests: $passed passed, $failed failed, $skipped skipped"
