#!/usr/bin/env python3
"""mutate.py - make schema-relevant variants of FIM documents for conformance tests.

usage: mutate.py OUTDIR [--kinds K,K...] FILE...

For each FILE, writes mutants OUTDIR/<n>-<kind>-<name> of these kinds:
  drop     a required-looking element removed (name, identifikation, id, anzahl, ...)
  code     the value of an XÖV code changed to one no list contains
  swap     two neighbouring sibling elements of different names swapped
  insert   an unknown element inserted in the document's namespace
  latin    a character outside String.Latin (U+1F415) inserted into a text
  pattern  a version or multiplicity broken ("1.0.0.x", "1..n")
  date     a date or date-time emptied
Which element is changed is chosen at random, seeded by the file name, so a
run is repeatable.  A kind that finds nothing to change in a file is skipped.
Files larger than 400 kB get two kinds each (rotating) to keep runs short.
Prints one line per mutant: "<kind>\t<path>".
"""
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

KINDS = ["drop", "code", "swap", "insert", "latin", "pattern", "date"]
DROP_NAMES = {"name", "identifikation", "id", "version", "anzahl", "enthaelt", "header",
              "nachrichtenkopf", "feldart", "datentyp", "Identification", "ShortName",
              "ColumnSet", "SimpleCodeList", "Value", "code", "schemaelementart"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
BIG = 400 * 1024


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def ns_of(tag):
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def elements(root):
    return [e for e in root.iter() if isinstance(e.tag, str)]


def parents(root):
    return {c: p for p in root.iter() for c in p}


def mutate(tree, kind, rnd):
    root = tree.getroot()
    els = elements(root)
    par = parents(root)
    if kind == "drop":
        cands = [e for e in els if local(e.tag) in DROP_NAMES and e in par]
        if not cands:
            return False
        e = rnd.choice(cands)
        par[e].remove(e)
    elif kind == "code":
        cands = [e for e in els if local(e.tag) == "code" and (e.text or "").strip()]
        if not cands:
            cands = [e for e in els if local(e.tag) == "SimpleValue"]
        if not cands:
            return False
        rnd.choice(cands).text = "ZZ9"
    elif kind == "swap":
        pairs = []
        for p in els:
            kids = [c for c in p if isinstance(c.tag, str)]
            for a, b in zip(kids, kids[1:]):
                if a.tag != b.tag:
                    pairs.append((p, a, b))
        if not pairs:
            return False
        p, a, b = rnd.choice(pairs)
        kids = list(p)
        i, j = kids.index(a), kids.index(b)
        p.remove(b)
        p.insert(i, b)
    elif kind == "insert":
        cands = [e for e in els if len(e)]
        if not cands:
            return False
        p = rnd.choice(cands)
        ns = ns_of(root.tag)
        tag = "{%s}unbekanntesElement" % ns if ns else "unbekanntesElement"
        p.insert(rnd.randint(0, len(p)), ET.Element(tag))
    elif kind == "latin":
        cands = [e for e in els if len(e) == 0 and (e.text or "").strip()
                 and local(e.tag) in ("name", "beschreibung", "definition", "bezeichnung",
                                      "bezeichnungEingabe", "bezeichnungAusgabe", "hilfetextEingabe",
                                      "LongName", "ShortName", "SimpleValue", "freitextRegel",
                                      "versionshinweis", "fachlicherErsteller", "bezug")]
        if not cands:
            return False
        e = rnd.choice(cands)
        e.text = e.text + "\U0001F415"
    elif kind == "pattern":
        cands = [e for e in els if local(e.tag) in ("version", "anzahl") and (e.text or "").strip()]
        if not cands:
            return False
        e = rnd.choice(cands)
        e.text = "1..n" if local(e.tag) == "anzahl" else "1.0.0.x"
    elif kind == "date":
        cands = [e for e in els if len(e) == 0 and DATE_RE.match((e.text or "").strip())]
        if not cands:
            return False
        rnd.choice(cands).text = ""
    return True


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    out = argv[0]
    args = argv[1:]
    kinds = KINDS
    if args and args[0] == "--kinds":
        kinds = args[1].split(",")
        args = args[2:]
    os.makedirs(out, exist_ok=True)
    n = 0
    for fi, path in enumerate(args):
        big = os.path.getsize(path) > BIG
        chosen = [kinds[(fi + k) % len(kinds)] for k in range(2)] if big else kinds
        for kind in chosen:
            rnd = random.Random("%s:%s" % (os.path.basename(path), kind))
            try:
                tree = ET.parse(path)
            except ET.ParseError:
                break
            if not mutate(tree, kind, rnd):
                continue
            n += 1
            dest = os.path.join(out, "%04d-%s-%s" % (n, kind, os.path.basename(path)))
            tree.write(dest, encoding="utf-8", xml_declaration=True)
            print("%s\t%s" % (kind, dest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
