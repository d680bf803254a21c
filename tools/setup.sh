#!/bin/sh
# setup.sh - installs what fimkit needs on Debian 12 (when run as root and
# something is missing) and builds it in build/.  Used by demo.sh and test.sh;
# safe to run again: it only does what is not done yet.
set -eu
cd "$(dirname "$0")/.."

packages="gcc make autoconf automake pkg-config libxml2-dev libxslt1-dev libarchive-dev check
libxml2-utils xsltproc python3 strace valgrind chromium clang libclang-rt-14-dev"
# node and npm run the JSON Schema validator in tests; any recent Node will do
command -v node > /dev/null 2>&1 && command -v npm > /dev/null 2>&1 || packages="$packages nodejs npm"
missing=
for p in $packages; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "fimkit needs these Debian packages:$missing" >&2
		echo "install them as root: apt-get install$missing" >&2
		exit 1
	fi
	echo "installing:$missing"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing > /dev/null
fi

# build DIR [configure options]: configures (once) and builds in DIR.
build() {
	dir=$1
	shift
	[ -x configure ] || ./bootstrap
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ] || [ configure -nt "$dir/Makefile" ]; then
		(cd "$dir" && ../configure -q "$@")
	fi
	make -s -C "$dir" -j"$(nproc)"
}

# Test tools from the npm registry (a JSON Schema validator and the SARIF
# schema), pinned by tests/tools/package-lock.json.
if [ ! -d tests/tools/node_modules ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules ]; then
	npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error > /dev/null
fi

build build
