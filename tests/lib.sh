# lib.sh - shared by the shell tests.  Sourced, not run.
#
# Environment (set by `make check`, defaults for running a test by hand from
# the build directory): top_srcdir, FIMKIT, FIMKIT_WRAPPER (e.g. valgrind).

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${FIMKIT:=./fimkit}"
case $FIMKIT in /*) ;; *) FIMKIT=$(pwd)/$FIMKIT ;; esac
export LC_ALL=C.UTF-8

pass=0
fail=0
skip=0

ok() { pass=$((pass + 1)); }
not_ok() { fail=$((fail + 1)); printf 'FAIL: %s\n' "$*"; }

# Runs fimkit with a wrapper if one is configured.
fimkit() { $FIMKIT_WRAPPER "$FIMKIT" "$@"; }

# Where the reference corpus lives: a sibling of the project tree.
shared_dir() {
	if [ -n "${FIM_SHARED:-}" ]; then
		printf '%s\n' "$FIM_SHARED"
	else
		printf '%s\n' "$top_srcdir/../shared"
	fi
}

# full_disk_check LABEL ARGS... : fimkit ARGS writing its report to a full
# disk must fail with exit status 3 and say so, never pass silently.
# Needs $tmp (a scratch directory) from the caller.
full_disk_check() {
	label=$1
	shift
	[ -w /dev/full ] || return 0
	"$FIMKIT" "$@" > /dev/full 2> "$tmp/err"
	rc=$?
	if [ "$rc" -eq 3 ] && grep -q "write error" "$tmp/err"; then ok; else
		not_ok "$label to a full disk: exit $rc"; cat "$tmp/err"; fi
}

finish() {
	printf '%d passed, %d failed\n' "$pass" "$fail"
	[ "$fail" -eq 0 ]
}
