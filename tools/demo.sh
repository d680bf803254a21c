#!/bin/sh
# demo.sh - builds fimkit (installing what it needs) and runs it on samples/.
set -eu
cd "$(dirname "$0")/.."
sh tools/setup.sh
echo
echo "\$ fimkit check samples/"
set +e
build/fimkit check samples/
status=$?
set -e
echo
case $status in
0) echo "fimkit exited 0: no findings at or above the failure threshold." ;;
1) echo "fimkit exited 1: findings at or above the failure threshold" \
	"(samples/faulty/ holds deliberately broken documents)." ;;
*) echo "fimkit exited $status: see the messages above." ; exit "$status" ;;
esac
