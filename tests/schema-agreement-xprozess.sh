#!/bin/bash
# Schema agreement test for XProzess 2.0.
#
# Validates the real XProzess 2.0 export from ../shared, the project's own
# XProzess samples (samples/**/*.xprozess.xml, samples/**/xprozess-*.xml) and a
# set of mutants generated from the real export against two schemas:
#   reference  shared/fim-reference/xsd/xprozess-2.0-reconstructed/xprozess-2.0.xsd
#   ours       schemas/xprozess-2.0/xprozess.xsd
# and fails when the two verdicts (valid / invalid) differ for any document.
#
# Environment:
#   top_srcdir       project root (exported by make check)
#   srcdir           automake source dir; the project root is ${srcdir}/..
#                    (default: the directory of this script)
#   FIM_SHARED       reference tree (default: <project root>/../shared)
#   XPROZESS_SCHEMA  our entry point (default: <project root>/schemas/xprozess-2.0/xprozess.xsd)
#   XMLLINT          xmllint binary (default: xmllint from PATH)
#   PYTHON3          python interpreter (default: python3 from PATH)
#   AGREEMENT_KEEP   if set to a directory, mutants are written there and kept
#   VERBOSE          if non-empty, print every check, not only failures and notes
#
# Exit status: 0 all agree, 1 at least one disagreement or tool error,
# 77 skipped (shared tree, xmllint, python3 or our common schemas missing).

set -u

# Project root: top_srcdir when make check exports it, else the directory
# above this script. (With a top-level Makefile.am, automake's srcdir is the
# project root itself, which is recognised by its schemas directory.)
if [ -n "${top_srcdir:-}" ]; then
    root=$top_srcdir
else
    here=${srcdir:-$(dirname "$0")}
    root=$here/..
    if [ ! -d "$root/schemas" ] && [ -d "$here/schemas" ]; then
        root=$here
    fi
fi
root=$(cd "$root" && pwd) || exit 99
shared=${FIM_SHARED:-$root/../shared}
ref_xsd=$shared/fim-reference/xsd/xprozess-2.0-reconstructed/xprozess-2.0.xsd
sample_dir=$shared/fim-reference/samples/xprozess-2.0
our_xsd=${XPROZESS_SCHEMA:-$root/schemas/xprozess-2.0/xprozess.xsd}
xmllint=${XMLLINT:-xmllint}
python=${PYTHON3:-python3}

skip() {
    echo "SKIP: $*"
    exit 77
}

[ -f "$ref_xsd" ] || skip "reference schema not found: $ref_xsd (set FIM_SHARED)"
[ -d "$sample_dir" ] || skip "reference samples not found: $sample_dir"
command -v "$xmllint" >/dev/null 2>&1 || skip "xmllint not found"
command -v "$python" >/dev/null 2>&1 || skip "python3 not found"
[ -f "$our_xsd" ] || { echo "FAIL: our schema not found: $our_xsd"; echo "0 passed, 1 failed"; exit 1; }
# Imports are resolved lexically (as libxml2 does), not through symlinks.
our_dir=$(dirname "$our_xsd")
common_dir=$(dirname "$our_dir")/common
for dep in xoev-code.xsd string-latin.xsd; do
    [ -f "$common_dir/$dep" ] || skip "shared XOEV schema missing: $common_dir/$dep"
done

exec "$python" - "$xmllint" "$ref_xsd" "$our_xsd" "$sample_dir" "$root/samples" <<'PYTHON'
import copy
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

XMLLINT, REF_XSD, OUR_XSD, SAMPLE_DIR, PROJECT_SAMPLES = sys.argv[1:6]
NS = "http://www.regierung-mv.de/xprozess/2"
P = "{%s}" % NS
VERBOSE = bool(os.environ.get("VERBOSE"))
KEEP = os.environ.get("AGREEMENT_KEEP")

ET.register_namespace("xprozess", NS)

# ---------------------------------------------------------------- helpers

def q(path):
    """'a/b/c' -> ElementTree path with the XProzess namespace.
    Steps written as '@code' address the unqualified code child."""
    steps = []
    for s in path.split("/"):
        if s in (".", ""):
            steps.append(s)
        elif s.startswith("@"):
            steps.append(s[1:])
        else:
            m = re.match(r"([^\[]+)(\[.*\])?$", s)
            steps.append(P + m.group(1) + (m.group(2) or ""))
    return "/".join(steps)

def find(root, path):
    el = root.find(q(path))
    if el is None:
        raise LookupError("mutation target not found: " + path)
    return el

def parent_of(root, el):
    for p in root.iter():
        for c in p:
            if c is el:
                return p
    raise LookupError("no parent")

def drop(path):
    def f(root):
        el = find(root, path)
        parent_of(root, el).remove(el)
    return f

def drop_attr(path, name):
    def f(root):
        el = root if path == "." else find(root, path)
        del el.attrib[name]
    return f

def set_attr(path, name, value):
    def f(root):
        el = root if path == "." else find(root, path)
        el.set(name, value)
    return f

def set_text(path, value):
    def f(root):
        find(root, path).text = value
    return f

def append_text(path, value):
    def f(root):
        el = find(root, path)
        el.text = (el.text or "") + value
    return f

def swap(path_a, path_b):
    def f(root):
        a, b = find(root, path_a), find(root, path_b)
        pa, pb = parent_of(root, a), parent_of(root, b)
        if pa is not pb:
            raise LookupError("swap targets are not siblings")
        kids = list(pa)
        ia, ib = kids.index(a), kids.index(b)
        kids[ia], kids[ib] = b, a
        for c in list(pa):
            pa.remove(c)
        pa.extend(kids)
    return f

def insert(path, tag, pos=None, text=None):
    """Insert a new child `tag` into the element at `path` (at the end by default)."""
    def f(root):
        el = root if path == "." else find(root, path)
        new = ET.Element(tag)
        if text is not None:
            new.text = text
        if pos is None:
            el.append(new)
        else:
            el.insert(pos, new)
    return f

def chain(*fs):
    def f(root):
        for g in fs:
            g(root)
    return f

def rename_root(new_local, keep, extra_first=None):
    """Turn the export into another message: new root name, keep only the
    listed children after nachrichtenkopf, optionally put elements first."""
    def f(root):
        root.tag = P + new_local
        for c in list(root):
            local = c.tag.split("}")[-1]
            if local != "nachrichtenkopf" and local not in keep:
                root.remove(c)
        for i, (tag, text) in enumerate(extra_first or []):
            e = ET.Element(P + tag)
            e.text = text
            root.insert(1 + i, e)
    return f

def suchprofil(kind):
    """Append a small search profile element of the given content model."""
    def f(root):
        sp = ET.SubElement(root, P + kind[0])
        for tag, text in kind[1]:
            e = ET.SubElement(sp, P + tag)
            if isinstance(text, dict):
                e.attrib.update(text.get("attrs", {}))
                ET.SubElement(e, "code").text = text["code"]
            else:
                e.text = text
    return f

def repair(root):
    """Remove the empty abgeloesteProzessklasse elements the exporter writes,
    so that the remaining mutants test one defect at a time."""
    for pk in root.iter(P + "prozessklasse"):
        for c in list(pk):
            if c.tag == P + "abgeloesteProzessklasse" and len(c) == 0:
                pk.remove(c)

# ---------------------------------------------------------------- mutants
# (name, category, base, mutation, expected verdict or None)
# base: "raw" = the file as exported, "fixed" = after repair().
# The expected verdict is only a sanity note; the reference schema decides.

PK = "prozesskatalog/prozessklasse"
PR = "prozessbibliothek/prozess"
AG = PR + "/prozessstrukturbeschreibung/strukturbeschreibungFIM/aktivitaetengruppe"
ZA = PK + "/zustandsangaben"

MUTANTS = [
    # required element (or attribute) dropped
    ("drop-nachrichtUUID", "required-dropped", "fixed", drop("nachrichtenkopf/nachrichtUUID"), False),
    ("drop-prozessklasse-name", "required-dropped", "fixed", drop(PK + "/name"), False),
    ("drop-prozess-id", "required-dropped", "fixed", drop(PR + "/id"), False),
    ("drop-subProzessID", "required-dropped", "fixed", drop(AG + "/subProzessID"), False),
    ("drop-handlungsgrundlage-art", "required-dropped", "fixed", drop(PK + "/handlungsgrundlage/art"), False),
    ("drop-code-of-nachrichtentyp", "required-dropped", "fixed", drop("nachrichtenkopf/nachrichtentyp/@code"), False),
    ("drop-merkmalWert", "required-dropped", "fixed", drop(PK + "/merkmal/merkmalWert"), False),
    ("drop-bibliothek-name", "required-dropped", "fixed", drop("prozessbibliothek/name"), False),
    ("drop-attr-produkt", "required-dropped", "fixed", drop_attr(".", "produkt"), False),
    ("drop-attr-listVersionID-required", "required-dropped", "fixed",
     drop_attr(PR + "/prozesssteckbrief/detaillierungsstufe", "listVersionID"), False),
    ("drop-attr-listURI-required", "required-dropped", "fixed",
     drop_attr(PK + "/verfahrensart", "listURI"), False),
    # controls: optional parts dropped
    ("drop-optional-bezeichnung", "optional-dropped", "fixed", drop(PK + "/bezeichnung"), True),
    ("drop-optional-autor", "optional-dropped", "fixed", drop("nachrichtenkopf/autor"), True),
    ("drop-optional-prozessmodell", "optional-dropped", "fixed", drop(PR + "/prozessmodell"), True),
    ("drop-optional-listURI", "optional-dropped", "fixed", drop_attr(ZA + "/status", "listURI"), True),

    # code value changed
    ("code-rag-9", "code-changed", "fixed", set_text(AG + "/referenzaktivitaetengruppeTyp/@code", "9"), False),
    ("code-rag-0", "code-changed", "fixed", set_text(AG + "/referenzaktivitaetengruppeTyp/@code", "0"), False),
    ("code-rag-10", "code-changed", "fixed", set_text(AG + "/referenzaktivitaetengruppeTyp/@code", "10"), False),
    ("code-rag-blank-padded", "code-changed", "fixed",
     set_text(AG + "/referenzaktivitaetengruppeTyp/@code", "  6 "), True),
    ("code-status-99", "code-changed", "fixed", set_text(ZA + "/status/@code", "99"), True),
    ("code-nachricht-0101", "code-changed", "fixed", set_text("nachrichtenkopf/nachrichtentyp/@code", "0101"), True),
    ("code-detaillierungsstufe-999", "code-changed", "fixed",
     set_text(PR + "/prozesssteckbrief/detaillierungsstufe/@code", "999"), True),
    ("code-listURI-not-a-uri", "code-changed", "fixed",
     set_attr(PK + "/zwecksetzung", "listURI", "urn:de:xprozess:codeliste:zwecksetzung"), True),

    # two siblings swapped
    ("swap-id-version", "siblings-swapped", "fixed", swap(PK + "/id", PK + "/version"), False),
    ("swap-header-uuid-typ", "siblings-swapped", "fixed",
     swap("nachrichtenkopf/nachrichtUUID", "nachrichtenkopf/nachrichtentyp"), False),
    ("swap-katalog-bibliothek", "siblings-swapped", "fixed", swap("prozesskatalog", "prozessbibliothek"), False),
    ("swap-rag-version-id", "siblings-swapped", "fixed",
     swap(AG + "/referenzaktivitaetengruppeVersion", AG + "/id"), False),
    ("swap-methode-fim", "siblings-swapped", "fixed",
     swap(PR + "/prozessstrukturbeschreibung/modellierungsmethode",
          PR + "/prozessstrukturbeschreibung/strukturbeschreibungFIM"), False),
    ("swap-zustand-zeit-bearbeiter", "siblings-swapped", "fixed",
     swap(ZA + "/letzterAenderungszeitpunkt", ZA + "/letzterBearbeiter"), False),
    ("swap-two-handlungsgrundlagen", "siblings-swapped", "fixed",
     swap(PK + "/handlungsgrundlage[1]", PK + "/handlungsgrundlage[2]"), True),
    ("swap-two-aktivitaetengruppen", "siblings-swapped", "fixed",
     swap(AG + "[1]", AG + "[2]"), True),

    # unknown element inserted
    ("insert-unknown-in-prozessklasse", "unknown-inserted", "fixed", insert(PK, P + "unbekannt"), False),
    ("insert-foreign-ns-in-header", "unknown-inserted", "fixed",
     insert("nachrichtenkopf", "{urn:example:fremd}zusatz"), False),
    ("insert-name-into-code", "unknown-inserted", "fixed",
     insert(ZA + "/status", "name", text="in Bearbeitung"), False),
    ("insert-unknown-in-aktivitaetengruppe", "unknown-inserted", "fixed",
     insert(AG, P + "kommentar", pos=5, text="x"), False),
    ("insert-second-nachrichtenkopf", "unknown-inserted", "fixed", insert(".", P + "nachrichtenkopf"), False),
    ("insert-unknown-attribute", "unknown-inserted", "fixed", set_attr(PK + "/id", "art", "x"), False),

    # character outside String.Latin
    ("latin-le-sign-in-name", "non-latin-char", "fixed", append_text(PK + "/name", " \u2264 3"), False),
    ("latin-quotes-in-bezeichnung", "non-latin-char", "fixed",
     append_text(PR + "/bezeichnung", " \u201eQuelle\u201c"), False),
    ("latin-emoji-in-schlagwort", "non-latin-char", "fixed", append_text(PK + "/schlagwort", "|\U0001F600"), False),
    ("latin-en-dash-in-definition", "non-latin-char", "fixed", append_text(PK + "/definition", " \u2013 Ende"), False),
    ("latin-cyrillic-in-attribute", "non-latin-char", "fixed", set_attr(".", "produkt", "ADONIS \u0416"), False),
    ("latin-capital-sharp-s-allowed", "non-latin-char", "fixed", append_text(PK + "/name", " \u1e9e"), True),
    ("latin-non-latin-in-token-code", "non-latin-char", "fixed", set_text(ZA + "/status/@code", "\u2264"), True),

    # version pattern broken
    ("version-xprozessVersion-2.1", "version-broken", "fixed", set_attr(".", "xprozessVersion", "2.1"), False),
    ("version-xprozessVersion-2", "version-broken", "fixed", set_attr(".", "xprozessVersion", "2"), False),
    ("version-xprozessVersion-padded", "version-broken", "fixed", set_attr(".", "xprozessVersion", " 2.0"), False),
    ("version-prozessklasse-short", "version-broken", "fixed", set_text(PK + "/version", "1.0"), True),
    ("version-prozess-garbage", "version-broken", "fixed", set_text(PR + "/version", "01-00-00x"), True),
    ("version-rag-v1", "version-broken", "fixed", set_text(AG + "/referenzaktivitaetengruppeVersion", "v1"), True),
    ("version-listVersionID-empty", "version-broken", "fixed",
     set_attr(PR + "/prozesssteckbrief/detaillierungsstufe", "listVersionID", ""), True),

    # empty or malformed date
    ("date-empty-erstellungszeitpunkt", "empty-date", "fixed", set_text("nachrichtenkopf/erstellungszeitpunkt", ""), False),
    ("date-empty-letzteAenderung", "empty-date", "fixed", set_text(ZA + "/letzterAenderungszeitpunkt", ""), False),
    ("date-empty-beginn", "empty-date", "fixed", set_text(ZA + "/gueltigkeitszeitraum/beginn", ""), False),
    ("date-date-only", "empty-date", "fixed", set_text(ZA + "/fachlicherFreigabezeitpunkt", "2021-08-12"), False),
    ("date-no-timezone", "empty-date", "fixed", set_text(ZA + "/formellerFreigabezeitpunkt", "2021-03-10T08:00:00"), True),
    # XSD collapses blanks around a dateTime, but libxml2 2.9 rejects a leading
    # blank; both sides run the same libxml2, so only agreement is checked.
    ("date-blank-padded", "empty-date", "fixed",
     set_text(ZA + "/fachlicherFreigabezeitpunkt", " 2021-08-12T22:00:00Z "), None),

    # the other message roots, built from the export's content
    ("msg-0103", "message-roots", "fixed", rename_root("prozesskatalog.export.0103", ["prozesskatalog"]), True),
    ("msg-0203", "message-roots", "fixed", rename_root("prozessbibliothek.export.0203", ["prozessbibliothek"]), True),
    ("msg-0102", "message-roots", "fixed",
     rename_root("prozesskatalog.antwort.0102", ["prozesskatalog"], [("anfrageUUID", "0f1e2d3c-aaaa-bbbb-cccc-0123456789ab")]), True),
    ("msg-0202-missing-uuid", "message-roots", "fixed",
     rename_root("prozessbibliothek.antwort.0202", ["prozessbibliothek"]), False),
    ("msg-0302", "message-roots", "fixed",
     rename_root("alleInhalte.antwort.0302", ["prozesskatalog", "prozessbibliothek"], [("anfrageUUID", "x-1")]), True),
    ("msg-0101-suchprofil", "message-roots", "fixed",
     chain(rename_root("prozesskatalog.anfrage.0101", []),
           suchprofil(("suchprofil", [("suchtext", "Mutterschutz"), ("sucheGliederungsebeneNummer", "3"),
                                      ("sucheHatProzesse", "true")]))), True),
    ("msg-0201-suchprofil-order", "message-roots", "fixed",
     chain(rename_root("prozessbibliothek.anfrage.0201", []),
           suchprofil(("suchprofil", [("sucheHatProzessmodelle", "true"), ("suchtext", "x")]))), False),
    ("msg-0301-suchprofil", "message-roots", "fixed",
     chain(rename_root("alleInhalte.anfrage.0301", []),
           suchprofil(("suchprofil", [("einschraenkungProzesseVersionen", {"code": "1"})]))), True),
    ("msg-0301-missing-versionen", "message-roots", "fixed",
     chain(rename_root("alleInhalte.anfrage.0301", []), suchprofil(("suchprofil", []))), False),
    ("msg-unknown-root", "message-roots", "fixed", rename_root("alleInhalte.export.0304", ["prozesskatalog"]), False),
]

# ---------------------------------------------------------------- running

LINE_RE = re.compile(r"^.*?:(\d+): element (\S+): Schemas validity error")

def validate(xsd, path):
    try:
        r = subprocess.run([XMLLINT, "--noout", "--nonet", "--schema", xsd, path],
                           capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "error", "xmllint timed out", set()
    where = set()
    for line in r.stderr.splitlines():
        m = LINE_RE.match(line)
        if m:
            where.add((int(m.group(1)), m.group(2)))
    if r.returncode == 0:
        return "valid", r.stderr, where
    if r.returncode == 3:
        return "invalid", r.stderr, where
    return "error", "xmllint exit %d: %s" % (r.returncode, r.stderr.strip()[-400:]), where

def first_error(text):
    for line in text.splitlines():
        if "error" in line:
            return line.split(": ", 1)[-1][:200]
    return text.strip()[:200]

passed = failed = 0
notes = []

def check(name, category, path, expected=None):
    global passed, failed
    ref = validate(REF_XSD, path)
    our = validate(OUR_XSD, path)
    ok = ref[0] == our[0] and "error" not in (ref[0], our[0])
    label = "%-16s %-40s ref=%-7s ours=%-7s" % (category, name, ref[0], our[0])
    if ok:
        passed += 1
        if VERBOSE:
            print("ok   " + label)
    else:
        failed += 1
        print("FAIL " + label)
        for side, res in (("ref", ref), ("ours", our)):
            if res[0] != "valid":
                print("     %s: %s" % (side, first_error(res[1])))
    if ok and ref[0] == "invalid" and ref[2] != our[2]:
        notes.append("%s: error locations differ (ref %s, ours %s)"
                     % (name, sorted(ref[2])[:3], sorted(our[2])[:3]))
    if expected is not None and ref[0] != ("valid" if expected else "invalid"):
        notes.append("%s: reference says %s, mutant was meant to be %s"
                     % (name, ref[0], "valid" if expected else "invalid"))
    return ref[0]

samples = sorted(glob.glob(os.path.join(SAMPLE_DIR, "**", "*.xml"), recursive=True))
if not samples:
    print("SKIP: no XProzess samples under " + SAMPLE_DIR)
    sys.exit(77)

work = KEEP or tempfile.mkdtemp(prefix="fimkit-xprozess-agreement-")
os.makedirs(work, exist_ok=True)
try:
    # 1. the real documents, unchanged
    for s in samples:
        check(os.path.basename(s), "real-instance", s)

    # 1b. the project's own XProzess samples, if any (valid and faulty ones)
    own = sorted(set(glob.glob(os.path.join(PROJECT_SAMPLES, "**", "*.xprozess.xml"), recursive=True)
                     + glob.glob(os.path.join(PROJECT_SAMPLES, "**", "xprozess-*.xml"), recursive=True)))
    for s in own:
        check(os.path.relpath(s, PROJECT_SAMPLES), "project-sample", s)

    base_doc = samples[0]
    raw = ET.parse(base_doc).getroot()
    fixed = copy.deepcopy(raw)
    repair(fixed)

    def write(name, root):
        out = os.path.join(work, name + ".xml")
        ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
        return out

    # 2. the repaired base must be valid on both sides, or the mutants prove nothing
    base_path = write("base-repaired", fixed)
    if check("base-repaired", "base", base_path, expected=True) != "valid":
        print("FAIL base document is not valid against the reference; mutants skipped")
        failed += 1
    else:
        for name, category, base, mutate, expected in MUTANTS:
            root = copy.deepcopy(fixed if base == "fixed" else raw)
            try:
                mutate(root)
            except LookupError as e:
                failed += 1
                print("FAIL %-16s %-40s cannot build mutant: %s" % (category, name, e))
                continue
            check(name, category, write(name, root), expected)
finally:
    if not KEEP:
        shutil.rmtree(work, ignore_errors=True)

for n in notes:
    print("note: " + n)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PYTHON
