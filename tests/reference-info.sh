#!/bin/sh
# reference-info.sh - `fimkit info` identifies every document of the shared
# reference corpus (standard, version, message, root object id) as listed in
# tests/reference/info-expected.tsv (reviewed by hand).  Skips when the corpus
# (../shared next to the project) is absent.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

ref="$(shared_dir)/fim-reference"
[ -d "$ref/samples" ] || { echo "no reference corpus at $ref: skipped"; exit 77; }
[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
cd "$ref" || exit 99
fimkit info --format=json samples codelists > "$tmp/report.json"
rc=$?
# Findings (unsupported documents) are expected; a tool failure is not.
[ "$rc" -le 1 ] || { echo "fimkit info exited $rc"; exit 1; }

"$PYTHON3" - "$tmp/report.json" "$top_srcdir/tests/reference/info-expected.tsv" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
got = {}
for f in report["files"]:
    d = f["document"] or {}
    o = f["object"] or {}
    got[f["path"]] = (d.get("standard") or "-", d.get("version") or "-",
                      d.get("message") or "-", o.get("id") or "-")
passed = failed = 0
seen = set()
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    path, *want = line.rstrip("\n").split("\t")
    seen.add(path)
    have = got.get(path)
    if have == tuple(want):
        passed += 1
    else:
        failed += 1
        print("FAIL: %s: expected %s, got %s" % (path, tuple(want), have))
for path in sorted(set(got) - seen):
    failed += 1
    print("FAIL: %s: reported but not in the expected table" % path)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
