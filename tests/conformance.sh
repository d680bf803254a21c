#!/bin/sh
# conformance.sh - fimkit's schema verdict equals the reference XSD's.
#
# For every document of the shared reference corpus that has a reference
# schema, and for mutants made by tests/mutate.py (a required element
# dropped, a code changed, siblings swapped, an unknown element inserted, a
# character outside String.Latin, a broken version or multiplicity, an empty
# date), `fimkit validate` (with fimkit's own schemas) must say valid exactly
# when `xmllint --schema <reference XSD>` does.  A document fimkit reports as
# unsupported counts as invalid.  Skips (77) without ../shared.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

ref="$(shared_dir)/fim-reference"
[ -d "$ref/samples" ] || { echo "no reference corpus at $ref: skipped"; exit 77; }
[ -n "${PYTHON3:-}" ] || PYTHON3=python3
for tool in "$PYTHON3" xmllint; do
	command -v "$tool" > /dev/null 2>&1 || { echo "$tool not found: skipped"; exit 77; }
done

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

# group NAME REFERENCE-XSD FILE... : originals and their mutants, listed in
# $tmp/NAME.files for the reference run.
group() {
	name=$1 xsd=$2
	shift 2
	mkdir -p "$tmp/$name"
	for f in "$@"; do printf '%s\n' "$f"; done > "$tmp/$name.files"
	"$PYTHON3" "$top_srcdir/tests/mutate.py" "$tmp/$name" "$@" | cut -f2 >> "$tmp/$name.files" ||
		{ echo "mutate.py failed"; exit 99; }
	printf '%s\t%s\n' "$name" "$xsd" >> "$tmp/groups"
}

: > "$tmp/groups"
group xdf3 "$ref/xsd/xdatenfelder-3.0.0/xdatenfelder.xsd" \
	$(find "$ref/samples/xdatenfelder-3.0.0" -name '*.xml' | sort)
group xdf2 "$ref/xsd/xdatenfelder-2.0/xdatenfelder.xsd" \
	$(find "$ref/samples/xdatenfelder-2.0" -name '*.xml' | sort)
group genericode "$ref/xsd/genericode-1.0/genericode.xsd" \
	$(find "$ref/codelists" -name '*.xml' | sort)
group xprozess "$ref/xsd/xprozess-2.0-reconstructed/xprozess-2.0.xsd" \
	$(find "$ref/samples/xprozess-2.0" -name '*.xml' | sort)

# Reference verdicts: one xmllint process per group.
: > "$tmp/reference"
while IFS="$(printf '\t')" read -r name xsd; do
	tr '\n' '\0' < "$tmp/$name.files" |
		xargs -0 xmllint --noout --nonet --schema "$xsd" 2>&1 |
		sed -n -e 's/^\(.*\) validates$/\1\tvalid/p' -e 's/^\(.*\) fails to validate$/\1\tinvalid/p' \
		>> "$tmp/reference"
done < "$tmp/groups"

# fimkit's verdicts: one run over everything.
cat "$tmp"/*.files | tr '\n' '\0' | xargs -0 "$FIMKIT" validate --format=json > "$tmp/fimkit.json"
rc=$?
[ "$rc" -le 1 ] || [ "$rc" -eq 123 ] || { echo "fimkit validate exited $rc"; exit 1; }

"$PYTHON3" - "$tmp/reference" "$tmp/fimkit.json" "$tmp" <<'PY'
import json, os, sys, collections
reference = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8"))
report = json.load(open(sys.argv[2], encoding="utf-8"))
ours = {}
for f in report["files"]:
    valid = f["schema"] == "valid" and not any(
        x["rule"] in ("xml", "unsupported", "xsd") for x in f["findings"])
    ours[f["path"]] = "error" if f["status"] == "error" else ("valid" if valid else "invalid")
passed = failed = 0
kinds = collections.Counter()
for path, want in sorted(reference.items()):
    have = ours.get(path)
    mutant = path.startswith(sys.argv[3] + "/")
    kind = os.path.basename(path).split("-")[1] if mutant else "original"
    kinds[(kind, want)] += 1
    if have == want:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s: reference %s, fimkit %s" % (path, want, have))
missing = set(ours) - set(reference)
for path in sorted(missing):
    failed += 1
    print("FAIL: %s: no reference verdict" % path)
print("documents by kind and reference verdict: " +
      ", ".join("%s/%s %d" % (k, v, n) for (k, v), n in sorted(kinds.items())))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
