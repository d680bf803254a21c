#!/bin/sh
# qs-agreement.sh - how closely fimkit's XDatenfelder quality findings match
# those of the reference QS implementation, on the real exports of the shared
# corpus (fim-reference/qs-reference/findings.json).
#
# Per file, findings are compared as sets of (rule code, object id), as the
# reference reports each object once.  The reference names no object for
# XDatenfelder 2.0 findings (its element is empty): for such a code in such a
# file, the numbers of findings are compared instead.  Left out: the network rules (1115,
# 1121, 1123, 1125, 1126), which the reference ran offline, and the parser
# fixtures (*/flxbe-*), for which its output is partial.  Prints precision
# and recall per rule and overall, and fails when either falls below the
# floor below (raised as rules land; see docs/qs-rules.md for the known
# differences and why fimkit is right in them).  Skips (77) without ../shared.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

MIN_PRECISION=${FIMKIT_QS_MIN_PRECISION:-0.99}
MIN_RECALL=${FIMKIT_QS_MIN_RECALL:-0.99}

ref="$(shared_dir)/fim-reference"
[ -f "$ref/qs-reference/findings.json" ] || { echo "no reference findings at $ref: skipped"; exit 77; }
[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

"$PYTHON3" - "$ref/qs-reference/findings.json" > "$tmp/files" <<'PY'
import json, sys
for path in sorted(json.load(open(sys.argv[1], encoding="utf-8"))):
    if "/flxbe-" not in path:
        print(path)
PY
cd "$ref" || exit 99
tr '\n' '\0' < "$tmp/files" | xargs -0 "$FIMKIT" check --no-config --format=json > "$tmp/fimkit.json"
rc=$?
[ "$rc" -le 1 ] || [ "$rc" -eq 123 ] || { echo "fimkit check exited $rc"; exit 1; }

"$PYTHON3" - "$ref/qs-reference/findings.json" "$tmp/fimkit.json" "$MIN_PRECISION" "$MIN_RECALL" <<'PY'
import collections, json, sys
NETWORK = {"1115", "1121", "1123", "1125", "1126"}
reference = json.load(open(sys.argv[1], encoding="utf-8"))
report = json.load(open(sys.argv[2], encoding="utf-8"))
min_p, min_r = float(sys.argv[3]), float(sys.argv[4])

ours = {}
raw = {}
for f in report["files"]:
    found = [(x["rule"], (x["element"] or {}).get("id") or "") for x in f["findings"]
             if x["rule"].isdigit() and x["rule"] not in NETWORK]
    ours[f["path"]] = set(found)
    raw[f["path"]] = found

tp = collections.Counter(); fp = collections.Counter(); fn = collections.Counter()
examples = collections.defaultdict(list)
for path in ours:
    refs = [x for x in reference[path] if x["code"] not in NETWORK]
    anonymous = {x["code"] for x in refs if not x["element"]}
    theirs = {(x["code"], x["element"]) for x in refs if x["code"] not in anonymous}
    mine = {(c, e) for c, e in ours[path] if c not in anonymous}
    for code, el in mine & theirs:
        tp[code] += 1
    for code, el in mine - theirs:
        fp[code] += 1
        examples[code].append("extra   %s %s" % (path, el))
    for code, el in theirs - mine:
        fn[code] += 1
        examples[code].append("missing %s %s" % (path, el))
    # codes the reference reports without objects: compare counts
    mine_n = collections.Counter(c for c, e in raw[path] if c in anonymous)
    theirs_n = collections.Counter(x["code"] for x in refs if x["code"] in anonymous)
    for code in anonymous:
        both = min(mine_n[code], theirs_n[code])
        tp[code] += both
        if mine_n[code] > both:
            fp[code] += mine_n[code] - both
            examples[code].append("extra   %s %d more than the reference" % (path, mine_n[code] - both))
        if theirs_n[code] > both:
            fn[code] += theirs_n[code] - both
            examples[code].append("missing %s %d fewer than the reference" % (path, theirs_n[code] - both))

codes = sorted(set(tp) | set(fp) | set(fn))
print("rule  agree  extra  missing")
for c in codes:
    print("%-5s %5d  %5d  %7d" % (c, tp[c], fp[c], fn[c]))
    for e in examples[c][:3]:
        print("        " + e)
T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
precision = T / (T + P) if T + P else 1.0
recall = T / (T + N) if T + N else 1.0
print("files: %d; findings agreeing: %d, only fimkit: %d, only reference: %d" % (len(ours), T, P, N))
print("precision %.4f, recall %.4f (floors %.2f, %.2f)" % (precision, recall, min_p, min_r))
ok = precision >= min_p and recall >= min_r
print("%d passed, %d failed" % (1 if ok else 0, 0 if ok else 1))
sys.exit(0 if ok else 1)
PY
