#!/bin/sh
# schema-agreement.sh - the project's own schemas (schemas/) give the same
# verdict (valid / invalid) as the official reference schemas for
#   * every XML document under ../shared/fim-reference/samples/xdatenfelder-2.0,
#     samples/xdatenfelder-3.0.0 and codelists/,
#   * documents derived from them for the other message types (0101, 0103,
#     0104, 0105 with genericode payload, 0106),
#   * mutants of all of these (required element dropped, invalid code value,
#     siblings swapped, unknown element inserted, element duplicated,
#     character outside String.Latin inserted, version / anzahl pattern
#     broken, empty or bad date, genericode ID/IDREF/attribute errors),
#   * a sweep of single characters and base+combining pairs through the
#     String.Latin type on its own.
#
# Reference side: the official entry points.  The XDatenfelder entry points
# do not import genericode although message 0105 holds genericode in a strict
# wildcard, so the reference is compiled together with the official
# genericode schema (an include/import wrapper written to the temp dir).
# Without it every non-empty 0105 payload would be rejected; those documents
# are reported in a NOTE line.
#
# Environment:
#   top_srcdir / srcdir  project root (make check); default: this script's ..
#   FIM_SHARED           reference tree (default: <project root>/../shared)
#   XMLLINT, PYTHON3     tools (default: from PATH)
#   AGREEMENT_KEEP       directory to keep generated documents in
#   VERBOSE              non-empty: list every disagreement in full detail
#
# Prints "N passed, M failed"; exit 0 all agree, 1 any disagreement,
# 77 skipped (no reference tree, xmllint or python3), 99 internal error.

set -u

if [ -n "${top_srcdir:-}" ]; then
	root=$top_srcdir
else
	here=${srcdir:-$(dirname "$0")}
	root=$here/..
	# a top-level Makefile.am exports srcdir as the project root itself
	if [ ! -d "$root/schemas" ] && [ -d "$here/schemas" ]; then
		root=$here
	fi
fi
root=$(cd "$root" && pwd) || exit 99
shared=${FIM_SHARED:-$root/../shared}
xmllint=${XMLLINT:-xmllint}
python=${PYTHON3:-python3}

skip() { echo "SKIP: $*"; exit 77; }

[ -d "$shared/fim-reference/xsd" ] || skip "reference tree not found: $shared/fim-reference (set FIM_SHARED)"
command -v "$xmllint" >/dev/null 2>&1 || skip "xmllint not found"
command -v "$python" >/dev/null 2>&1 || skip "python3 not found"
shared=$(cd "$shared" && pwd) || exit 99

if [ -n "${AGREEMENT_KEEP:-}" ]; then
	mkdir -p "$AGREEMENT_KEEP" || exit 99
	tmp=$(cd "$AGREEMENT_KEEP" && pwd) || exit 99
else
	tmp=$(mktemp -d) || exit 99
	trap 'rm -rf "$tmp"' EXIT
	trap 'exit 99' HUP INT TERM
fi

"$python" - "$root" "$shared/fim-reference" "$tmp" "$xmllint" <<'PY'
import os
import pathlib
import random
import re
import subprocess
import sys
import threading
import xml.parsers.expat

def internal_error(kind, value, tb):
    import traceback
    traceback.print_exception(kind, value, tb)
    print("internal error in schema-agreement.sh", flush=True)
    os._exit(99)


sys.excepthook = internal_error
ROOT, REF, TMP, XMLLINT = sys.argv[1:5]
VERBOSE = bool(os.environ.get("VERBOSE"))
XSD = os.path.join(REF, "xsd")
OURS = os.path.join(ROOT, "schemas")

NS2 = "urn:xoev-de:fim:standard:xdatenfelder_2"
NS3 = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"
GC = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/"
LC = "http://xoev.de/latinchars/1_1/datatypes"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


# ---------------------------------------------------------------------------
# Schema pairs (reference, ours) per standard
# ---------------------------------------------------------------------------

def uri(path):
    return pathlib.Path(path).resolve().as_uri()


def oracle(name, ns, entry):
    return write(os.path.join(TMP, "oracle", name), f"""<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{ns}">
  <xs:include schemaLocation="{uri(entry)}"/>
  <xs:import namespace="{GC}" schemaLocation="{uri(XSD + '/genericode-1.0/genericode.xsd')}"/>
</xs:schema>
""")


def latin_wrapper(name, location):
    return write(os.path.join(TMP, "oracle", name), f"""<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:lc="{LC}"
           targetNamespace="urn:fimkit:test:latin" elementFormDefault="qualified">
  <xs:import namespace="{LC}" schemaLocation="{uri(location)}"/>
  <xs:element name="r">
    <xs:complexType><xs:sequence>
      <xs:element name="t" type="lc:String.Latin" maxOccurs="unbounded"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
""")


SCHEMAS = {
    "xdf2": (oracle("xdf2.xsd", NS2, f"{XSD}/xdatenfelder-2.0/xdatenfelder.xsd"),
             f"{OURS}/xdatenfelder-2.0/xdatenfelder.xsd"),
    "xdf3": (oracle("xdf3.xsd", NS3, f"{XSD}/xdatenfelder-3.0.0/xdatenfelder.xsd"),
             f"{OURS}/xdatenfelder-3.0.0/xdatenfelder.xsd"),
    "gc": (f"{XSD}/genericode-1.0/genericode.xsd",
           f"{OURS}/genericode-1.0/genericode.xsd"),
    "latin": (latin_wrapper("latin-ref.xsd", f"{XSD}/xdatenfelder-3.0.0/latinchars.xsd"),
              latin_wrapper("latin-ours.xsd", f"{OURS}/common/string-latin.xsd")),
}
RAW_REF = {"xdf2": f"{XSD}/xdatenfelder-2.0/xdatenfelder.xsd",
           "xdf3": f"{XSD}/xdatenfelder-3.0.0/xdatenfelder.xsd"}

for std, (_, ours) in SCHEMAS.items():
    if not os.path.isfile(ours):
        print(f"FAIL: our schema is missing: {ours}")
        print("0 passed, 1 failed")
        sys.exit(1)

# ---------------------------------------------------------------------------
# Element index with byte offsets (expat), used for derived docs and mutants
# ---------------------------------------------------------------------------

class Node:
    __slots__ = ("uri", "local", "start", "cstart", "cend", "end", "parent",
                 "children", "empty")


def tag_end(data, i):
    quote = None
    j = i + 1
    n = len(data)
    while j < n:
        c = data[j]
        if quote:
            if c == quote:
                quote = None
        elif c in (0x22, 0x27):
            quote = c
        elif c == 0x3E:
            return j + 1
        j += 1
    raise ValueError("unterminated tag")


def index(data):
    p = xml.parsers.expat.ParserCreate(namespace_separator="\x01")
    nodes, stack = [], []

    def start(name, attrs):
        n = Node()
        n.uri, _, n.local = name.rpartition("\x01")
        n.start = p.CurrentByteIndex
        n.cstart = tag_end(data, n.start)
        n.empty = data[n.cstart - 2:n.cstart] == b"/>"
        n.parent = stack[-1] if stack else None
        n.children = []
        if n.parent is not None:
            n.parent.children.append(n)
        stack.append(n)
        nodes.append(n)

    def end(name):
        n = stack.pop()
        if n.empty:
            n.cend = n.end = n.cstart
        else:
            n.cend = p.CurrentByteIndex
            n.end = data.index(b">", n.cend) + 1

    p.StartElementHandler = start
    p.EndElementHandler = end
    p.Parse(data, True)
    return nodes


def splice(data, a, b, text):
    return data[:a] + (text.encode("utf-8") if isinstance(text, str) else text) + data[b:]


def first(nodes, local, uri=None):
    for n in nodes:
        if n.local == local and (uri is None or n.uri == uri):
            return n
    return None


# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------

docs = []          # (std, path, label)


def rel(path):
    return os.path.relpath(path, REF)


def collect(std, top):
    found = []
    for d, _, files in os.walk(top):
        for f in files:
            if f.endswith(".xml"):
                found.append(os.path.join(d, f))
    for path in sorted(found):
        docs.append((std, path, rel(path)))


collect("xdf2", os.path.join(REF, "samples", "xdatenfelder-2.0"))
collect("xdf3", os.path.join(REF, "samples", "xdatenfelder-3.0.0"))
collect("gc", os.path.join(REF, "codelists"))
n_originals = len(docs)

# ---------------------------------------------------------------------------
# Derived documents for the message types the corpus lacks
# ---------------------------------------------------------------------------

HEADER = ("<{p}header><{p}nachrichtID>fimkit-test-{n}</{p}nachrichtID>"
          "<{p}erstellungszeitpunkt>2024-05-02T10:00:00Z</{p}erstellungszeitpunkt></{p}header>")


def strip_decl(data):
    data = data.lstrip(b"\xef\xbb\xbf")
    return re.sub(rb"^\s*<\?xml[^>]*\?>\s*", b"", data)


def derive_from(std, path, ns, n):
    """0103 and 0104 messages built from the first group / field of a 0102."""
    data = read(path)
    try:
        nodes = index(data)
    except Exception:
        return
    root = nodes[0]
    if root.uri != ns or root.local != "xdatenfelder.stammdatenschema.0102":
        return
    header = first(nodes, "header", ns)
    stag = data[root.start:root.cstart]
    etag = data[root.cend:root.end]
    for local, msg in (("datenfeldgruppe", "xdatenfelder.datenfeldgruppe.0103"),
                       ("datenfeld", "xdatenfelder.datenfeld.0104")):
        obj = first(nodes, local, ns)
        if obj is None or header is None:
            continue
        out = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               + stag.replace(b"xdatenfelder.stammdatenschema.0102", msg.encode())
               + data[header.start:header.end] + data[obj.start:obj.end]
               + etag.replace(b"xdatenfelder.stammdatenschema.0102", msg.encode()))
        target = os.path.join(TMP, "derived", std, f"{n:02d}-{msg}.xml")
        write(target, out)
        docs.append((std, target, f"derived {msg} from {rel(path)}"))


def codelists(max_size=300000):
    out = []
    for d, _, files in os.walk(os.path.join(REF, "codelists")):
        for f in sorted(files):
            p = os.path.join(d, f)
            if f.endswith(".xml") and os.path.getsize(p) <= max_size:
                out.append(p)
    return sorted(out)


def derived_xdf3():
    p = "xdf3:"
    def msg(name, body, n):
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}{name} xmlns:{p[:-1]}="{NS3}">'
                + HEADER.format(p=p, n=n) + body + f"</{p}{name}>\n")
    common = (f"<{p}identifikation><{p}id>D99000000001</{p}id><{p}version>1.2.0</{p}version></{p}identifikation>"
              f"<{p}name>Nachweis über die Meldung</{p}name>"
              f"<{p}beschreibung>Testdokument für die Schemaprüfung</{p}beschreibung>"
              f'<{p}bezug link="https://example.org/norm">§ 1 Testgesetz</{p}bezug>'
              f'<{p}freigabestatus listURI="urn:xoev-de:xprozess:codeliste:status" listVersionID="2022-07-12"><code>3</code></{p}freigabestatus>'
              f"<{p}gueltigAb>2024-01-01</{p}gueltigAb>"
              f"<{p}letzteAenderung>2024-04-30T08:15:00Z</{p}letzteAenderung>"
              f'<{p}stichwort uri="urn:test:stichwort">Meldung</{p}stichwort>')
    yield "0101", msg("xdatenfelder.dokumentsteckbrief.0101",
                      f"<{p}dokumentsteckbrief>{common}<{p}istAbstrakt>false</{p}istAbstrakt>"
                      f'<{p}dokumentart listURI="urn:xoev-de:fim-datenfelder:codeliste:dokumentart" listVersionID="1.0"><code>001</code></{p}dokumentart>'
                      f"<{p}bezeichnung>Meldung</{p}bezeichnung><{p}hilfetext>Bitte ausfüllen.</{p}hilfetext></{p}dokumentsteckbrief>", 1)
    lists = codelists()
    for i, cl in enumerate(lists):
        yield f"0105-{os.path.basename(cl)}", msg("xdatenfelder.codeliste.0105",
                      f"<{p}genericode>" + strip_decl(read(cl)).decode("utf-8") + f"</{p}genericode>", 10 + i)
    yield "0105-empty", msg("xdatenfelder.codeliste.0105", f"<{p}genericode/>", 2)
    two = [c for c in lists if "xoev-generic" in c][:2]
    yield "0105-two", msg("xdatenfelder.codeliste.0105",
                      f"<{p}genericode>" + "".join(strip_decl(read(c)).decode("utf-8") for c in two)
                      + f"</{p}genericode>", 3)
    yield "0106", msg("xdatenfelder.uebersetzung.0106",
                      f"<{p}uebersetzt><{p}id>S00000000371</{p}id><{p}version>1.0.0</{p}version></{p}uebersetzt>"
                      f'<{p}sprache lang="en" region="GB" variant="simple" version="1">'
                      f"<{p}element><{p}uebersetzt><{p}id>F60000000001</{p}id><{p}version>1.1.0</{p}version></{p}uebersetzt>"
                      f"<{p}bezeichnungEingabe>Family name</{p}bezeichnungEingabe><{p}bezeichnungAusgabe>Family name</{p}bezeichnungAusgabe>"
                      f"<{p}hilfetextEingabe>As in your passport</{p}hilfetextEingabe>"
                      f"<{p}werte><{p}wert><{p}code>1</{p}code><{p}name>yes</{p}name></{p}wert></{p}werte>"
                      f"<{p}regel><{p}uebersetzt><{p}id>R60000000001</{p}id></{p}uebersetzt>"
                      f'<{p}fehler code="1">Please enter a name.</{p}fehler></{p}regel></{p}element></{p}sprache>'
                      f'<{p}sprache lang="tr" version="2"><{p}element><{p}uebersetzt><{p}id>G60000000001</{p}id></{p}uebersetzt>'
                      f"<{p}bezeichnungEingabe>Soyadı</{p}bezeichnungEingabe><{p}bezeichnungAusgabe>Soyadı</{p}bezeichnungAusgabe>"
                      f"</{p}element></{p}sprache>", 4)


def derived_xdf2():
    p = "xdf:"
    def msg(name, body, n):
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}{name} xmlns:{p[:-1]}="{NS2}">'
                + HEADER.format(p=p, n=n) + body + f"</{p}{name}>\n")
    def common(ident):
        return (f"<{p}identifikation><{p}id>{ident}</{p}id><{p}version>1.0</{p}version></{p}identifikation>"
                f"<{p}name>Testobjekt</{p}name><{p}bezeichnungEingabe>Testobjekt</{p}bezeichnungEingabe>"
                f"<{p}beschreibung>Für die Schemaprüfung</{p}beschreibung><{p}definition/><{p}bezug>§ 2 Testgesetz</{p}bezug>"
                f'<{p}status listURI="urn:xoev-de:fim:codeliste:xdatenfelder.status" listVersionID="1.0"><code>aktiv</code></{p}status>'
                f"<{p}gueltigAb>2020-01-01</{p}gueltigAb><{p}freigabedatum>2020-02-01</{p}freigabedatum>")
    yield "0101", msg("xdatenfelder.dokumentsteckbrief.0101",
                      f"<{p}dokumentensteckbrief>{common('D00000001')}<{p}isReferenz>true</{p}isReferenz>"
                      f"<{p}dokumentart>Antrag</{p}dokumentart><{p}hilfetext>Hilfe</{p}hilfetext></{p}dokumentensteckbrief>", 1)
    def codeliste(payload, n):
        return msg("xdatenfelder.codeliste.0105",
                   f"<{p}codeliste>{common('C00000001')}<{p}genericodeIdentification>"
                   f"<{p}canonicalIdentification>urn:de:fim:codeliste:test</{p}canonicalIdentification>"
                   f"<{p}version>1</{p}version><{p}canonicalVersionUri>urn:de:fim:codeliste:test_1</{p}canonicalVersionUri>"
                   f"</{p}genericodeIdentification><{p}langname>Testliste</{p}langname>"
                   f"<{p}genericode>{payload}</{p}genericode></{p}codeliste>", n)
    for i, cl in enumerate(codelists()):
        yield f"0105-{os.path.basename(cl)}", codeliste(strip_decl(read(cl)).decode("utf-8"), 10 + i)
    yield "0105-empty", codeliste("", 2)


for std, ns, gen, sub in (("xdf3", NS3, derived_xdf3, "xdatenfelder-3.0.0"),
                          ("xdf2", NS2, derived_xdf2, "xdatenfelder-2.0")):
    for name, text in gen():
        target = write(os.path.join(TMP, "derived", std, f"msg-{name}"
                                    + ("" if name.endswith(".xml") else ".xml")), text)
        docs.append((std, target, f"derived {name}"))
    # real exports only (the parser fixtures are not 0102 messages of the standard)
    sources = [d[1] for d in docs if d[0] == std and d[1].startswith(REF) and "flxbe" not in d[1]]
    sources = sorted(sources, key=os.path.getsize)[:5]
    for n, src in enumerate(sources):
        derive_from(std, src, ns, n)

n_derived = len(docs) - n_originals

# ---------------------------------------------------------------------------
# Mutants
# ---------------------------------------------------------------------------

REQUIRED = {
    "xdf2": {"header", "nachrichtID", "erstellungszeitpunkt", "identifikation", "id", "name",
             "bezeichnungEingabe", "beschreibung", "definition", "bezug", "status",
             "schemaelementart", "hilfetextEingabe", "hilfetextAusgabe", "feldart", "datentyp",
             "praezisierung", "inhalt", "anzahl", "enthaelt", "code", "script", "langname",
             "ableitungsmodifikationenStruktur", "ableitungsmodifikationenRepraesentation",
             "genericodeIdentification", "genericode", "isReferenz", "dokumentart"},
    "xdf3": {"header", "nachrichtID", "erstellungszeitpunkt", "identifikation", "id", "name",
             "freigabestatus", "letzteAenderung", "bezeichnungEingabe", "schemaelementart",
             "feldart", "datentyp", "vorbefuellung", "anzahl", "enthaelt", "code", "bezeichnung",
             "dokumentsteckbrief", "struktur", "typ", "wert", "istAbstrakt", "dokumentart",
             "ableitungsmodifikationenStruktur", "ableitungsmodifikationenRepraesentation",
             "uebersetzt", "sprache", "element", "fehler", "genericode"},
    "gc": {"Identification", "ShortName", "Version", "CanonicalUri", "CanonicalVersionUri",
           "ColumnSet", "Data", "Value", "ColumnRef"},
}
CODED = {
    "xdf2": {"status", "schemaelementart", "feldart", "datentyp",
             "ableitungsmodifikationenStruktur", "ableitungsmodifikationenRepraesentation"},
    "xdf3": {"freigabestatus", "schemaelementart", "feldart", "datentyp", "vorbefuellung", "art",
             "typ", "datenqualitaet", "dokumentart", "praedikat",
             "ableitungsmodifikationenStruktur", "ableitungsmodifikationenRepraesentation"},
}
BAD_CODES = ["unbekannt", "", "ABS HAR", "input ", "Text", "9"]
DATES = {"erstellungszeitpunkt", "letzteAenderung", "gueltigAb", "gueltigBis", "freigabedatum",
         "veroeffentlichungsdatum", "statusGesetztAm"}
BAD_DATES = ["", "", "2024-13-01", "01.02.2024", "2024-02-30T10:00:00Z", " "]
VERSIONS = {"xdf2": ["1.0.0", "1", "", "1.x", " 1.0", "&#x661;.&#x660;", "10.20"],
            "xdf3": ["1.0", "1.0.0.0", "", "1.0.x", "1.0.0 ", "&#x661;.&#x660;.&#x662;", "10.20.30"],
            "gc": ["", "  ", "1 0"]}
ANZAHL = ["1-1", "0:", ":1", "1:n", "", "0:1 ", "*:1", "&#x661;:*", "10:*"]
# characters outside String.Latin 1.1 ...
BAD_CHARS = ["&#x201E;", "&#x201C;", "&#x2013;", "&#x2264;", "&#xA0;", "&#xAD;", "&#x108;",
             "&#x3B1;", "&#x416;", "&#x1F600;", "&#x302;", "&#x2019;", "&#xFFFD;", "&#x1E0C;"]
# ... and some inside it, including the combining sequences
GOOD_CHARS = ["&#x20AC;", "&#x1E9E;", "M&#x302;", "J&#x30C;", "&#xB7;", "&#x9;"]

KINDS = ["drop-required", "drop-any", "drop-attr", "code", "code-list", "swap", "unknown", "duplicate",
         "char", "version", "anzahl", "date", "gc-id"]


def leaves(nodes):
    return [n for n in nodes if not n.children]


def text_of(data, n):
    return data[n.cstart:n.cend]


def mutations(std, data, nodes, rng, count):
    """Yield (kind, detail, mutated bytes)."""
    root = nodes[0]
    body = nodes[1:]
    pick = lambda seq: rng.sample(seq, min(count, len(seq)))

    # a required element dropped
    for n in pick([n for n in body if n.local in REQUIRED.get(std, ())]):
        yield "drop-required", n.local, splice(data, n.start, n.end, b"")
    for n in pick(body):
        yield "drop-any", n.local, splice(data, n.start, n.end, b"")

    # code value / code list attributes changed
    if std in CODED:
        cands = [n for n in leaves(nodes) if n.local == "code" and n.parent is not None
                 and n.parent.local in CODED[std]]
        for n in pick(cands):
            v = rng.choice(BAD_CODES)
            yield "code", f"{n.parent.local}={v!r}", splice(data, n.cstart, n.cend, v)
        for n in pick([c.parent for c in cands]):
            stag = data[n.start:n.cstart]
            attr = rng.choice([b"listURI", b"listVersionID"])
            new, k = re.subn(attr + rb'="[^"]*"', attr + b'="urn:falsch:9.9"', stag)
            if not k:
                new = stag[:-1] + b" " + attr + b'="urn:falsch:9.9">' if not n.empty else stag
            yield "code-list", f"{n.local}@{attr.decode()}", splice(data, n.start, n.cstart, new)
    else:
        cands = [n for n in nodes if re.search(rb'\sUse="', data[n.start:n.cstart])]
        for n in pick(cands):
            stag = re.sub(rb'\sUse="[^"]*"', b' Use="sometimes"', data[n.start:n.cstart])
            yield "code", f"{n.local}@Use", splice(data, n.start, n.cstart, stag)
        for n in pick([n for n in nodes if n.local == "Data"]):
            stag = data[n.start:n.cstart]
            new = re.sub(rb'\sType="[^"]*"', b"", stag)
            yield "code-list", "Data without @Type", splice(data, n.start, n.cstart, new)

    # an attribute dropped (Use, Id, listVersionID, uri, lang, ...)
    ATTR = re.compile(rb"""\s([\w.:-]+)\s*=\s*("[^"]*"|'[^']*')""")
    attrs = [(n, m) for n in nodes for m in ATTR.finditer(data, n.start, n.cstart)
             if not m.group(1).startswith((b"xmlns", b"xsi:"))]
    for n, m in pick(attrs):
        yield "drop-attr", f"{n.local}@{m.group(1).decode()}", splice(data, m.start(), m.end(), b"")

    # two adjacent siblings swapped
    pairs = []
    for n in nodes:
        for a, b in zip(n.children, n.children[1:]):
            if a.local != b.local:
                pairs.append((a, b))
    for a, b in pick(pairs):
        yield "swap", f"{a.local}<->{b.local}", (data[:a.start] + data[b.start:b.end]
                                                  + data[a.end:b.start] + data[a.start:a.end] + data[b.end:])

    # unknown element inserted
    for n in pick([n for n in nodes if n.children]):
        uri = n.children[0].uri
        elem = f'<fimkitUnbekannt xmlns="{uri}">x</fimkitUnbekannt>'.encode()
        pos = rng.choice([c.start for c in n.children] + [n.cend])
        yield "unknown", f"in {n.local}", splice(data, pos, pos, elem)

    # an element repeated (cardinality)
    for n in pick(body):
        yield "duplicate", n.local, splice(data, n.end, n.end, data[n.start:n.end])

    # character inserted into a text
    texts = [n for n in leaves(body) if n.cend > n.cstart or n.local in ("name", "beschreibung")]
    for n in pick(texts):
        ch = rng.choice(BAD_CHARS + GOOD_CHARS)
        if n.empty:
            continue
        yield "char", f"{ch} in {n.local}", splice(data, n.cstart, n.cstart, ch)

    # version / anzahl patterns
    vers = [n for n in leaves(body) if n.local in ("version", "Version")]
    for n in pick(vers):
        v = rng.choice(VERSIONS[std])
        if n.empty:
            continue
        yield "version", f"{n.local}={v!r}", splice(data, n.cstart, n.cend, v)
    for n in pick([n for n in leaves(body) if n.local == "anzahl" and not n.empty]):
        v = rng.choice(ANZAHL)
        yield "anzahl", f"anzahl={v!r}", splice(data, n.cstart, n.cend, v)

    # empty or bad dates
    for n in pick([n for n in leaves(body) if n.local in DATES and not n.empty]):
        v = rng.choice(BAD_DATES)
        yield "date", f"{n.local}={v!r}", splice(data, n.cstart, n.cend, v)

    # genericode ID / IDREF
    if std == "gc" or b"ColumnRef=" in data:
        ids = [(n, m) for n in nodes
               for m in [re.search(rb'\sId="([^"]*)"', data[n.start:n.cstart])] if m]
        if len(ids) >= 2:
            (a, ma), (b, mb) = ids[0], ids[1]
            s = b.start + mb.start(1)
            yield "gc-id", "duplicate Id", splice(data, s, s + len(mb.group(1)), ma.group(1))
        refs = [n for n in nodes if re.search(rb'\sColumnRef="', data[n.start:n.cstart])]
        for n in pick(refs)[:1]:
            stag = re.sub(rb'\sColumnRef="[^"]*"', b' ColumnRef="nichtVorhanden"', data[n.start:n.cstart])
            yield "gc-id", "dangling ColumnRef", splice(data, n.start, n.cstart, stag)


coverage = {}
mutants = []
budget_big = 0
for i, (std, path, label) in enumerate(list(docs)):
    data = read(path)
    try:
        nodes = index(data)
    except Exception:
        continue
    size = len(data)
    rng = random.Random(f"{label}#{size}")
    count = 3 if size < 400_000 else 2 if size < 1_500_000 else 1
    for j, (kind, detail, out) in enumerate(mutations(std, data, nodes, rng, count)):
        # large documents: only every third kind, rotating, to bound the run time
        if size >= 1_500_000 and (KINDS.index(kind) + i) % 3:
            continue
        target = write(os.path.join(TMP, "mutants", std, f"{i:03d}-{j:02d}-{kind}.xml"), out)
        mutants.append((std, target, f"{label} [{kind}: {detail}]"))
        coverage[(std, kind)] = coverage.get((std, kind), 0) + 1

docs.extend(mutants)

# ---------------------------------------------------------------------------
# Probes: xsi:type with every named type of the reference, xml:* attributes
# ---------------------------------------------------------------------------

XS = "{http://www.w3.org/2001/XMLSchema}"
SAMPLE = {"AnzahlString": "1:*", "PatternString": "application/pdf", "Language": "de",
          "CountryCode": "DE", "LanguageVariant": "simple", "String.Latin": "abc"}


def reference_types(folder):
    import xml.etree.ElementTree as ET
    simple, complex_ = {}, []
    for f in sorted(os.listdir(folder)):
        if not f.endswith(".xsd") or f in ("xml.xsd", "genericode.xsd"):
            continue
        tree = ET.parse(os.path.join(folder, f))
        tns = tree.getroot().get("targetNamespace")
        for t in tree.getroot().findall(XS + "simpleType"):
            enum = t.find(f"{XS}restriction/{XS}enumeration")
            simple[(tns, t.get("name"))] = enum.get("value") if enum is not None else None
        for t in tree.getroot().findall(XS + "complexType"):
            complex_.append((tns, t.get("name")))
    return simple, complex_


n_probes = 0
for std, ns, folder, version in (("xdf2", NS2, "xdatenfelder-2.0", "1.0"),
                                 ("xdf3", NS3, "xdatenfelder-3.0.0", "1.0.0")):
    base = [d[1] for d in docs if d[0] == std and d[1].endswith("msg-0101.xml")][0]
    text = read(base).decode("utf-8")
    prefix = "xdf:" if std == "xdf2" else "xdf3:"
    decl = (' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="%s"'
            ' xmlns:code="http://xoev.de/schemata/code/1_0" xmlns:lc="%s"' % (ns, LC))
    text = text.replace(f"xmlns:{prefix[:-1]}=", decl[1:] + f" xmlns:{prefix[:-1]}=", 1)
    simple, complex_ = reference_types(os.path.join(XSD, folder))
    names = {ns: "t", LC: "lc", "http://xoev.de/schemata/code/1_0": "code"}
    hosts_simple = [("nachrichtID", "fimkit-test-1")]                 # xs:token
    hosts_simple.append(("dokumentart", "Antrag") if std == "xdf2" else ("hilfetext", "Bitte ausfüllen."))
    for (tns, name), enum in sorted(simple.items()):
        value = enum if enum is not None else SAMPLE.get(name, version if "Version" in name else "x")
        for host, old in hosts_simple:
            probe = text.replace(f"<{prefix}{host}>{old}<",
                                 f'<{prefix}{host} xsi:type="{names[tns]}:{name}">{value}<', 1)
            target = write(os.path.join(TMP, "probes", std, f"{host}-{name}.xml"), probe)
            docs.append((std, target, f"probe xsi:type {name} on {host}"))
            n_probes += 1
    hosts_complex = [("identifikation", "<" + prefix + "id>"),
                     ("status" if std == "xdf2" else "freigabestatus", "<code>")]
    for tns, name in sorted(complex_) + [("http://xoev.de/schemata/code/1_0", "Code")]:
        for host, inner in hosts_complex:
            probe = re.sub(f"<{prefix}{host}( [^>]*)?>",
                           lambda m: m.group(0)[:-1] + f' xsi:type="{names[tns]}:{name}">', text, count=1)
            target = write(os.path.join(TMP, "probes", std, f"{host}-{name}.xml"), probe)
            docs.append((std, target, f"probe xsi:type {name} on {host}"))
            n_probes += 1
    for extra in ("xs:string", "xs:token", "t:Undefiniert"):
        probe = text.replace(f"<{prefix}nachrichtID>",
                             f'<{prefix}nachrichtID xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="{extra}">', 1)
        target = write(os.path.join(TMP, "probes", std, f"nachrichtID-{extra.replace(':', '_')}.xml"), probe)
        docs.append((std, target, f"probe xsi:type {extra} on nachrichtID"))
        n_probes += 1

gc_base = ('<gc:CodeList xmlns:gc="%s">%%s<Identification><ShortName%%s>x</ShortName><Version>1</Version>'
           '<CanonicalUri>u</CanonicalUri><CanonicalVersionUri>v</CanonicalVersionUri></Identification>'
           '<ColumnSet/></gc:CodeList>\n' % GC)
for k, attr in enumerate(['xml:lang=""', 'xml:lang="de-DE"', 'xml:lang="x_y"', 'xml:base="a b"',
                          'xml:space="preserve"', 'xml:space="bogus"', 'xml:id="1a"', 'xml:id="a1"',
                          'xml:foo="x"']):
    for where in ("ShortName", "AppInfo"):
        if where == "ShortName":
            probe = gc_base % ("", " " + attr)
        else:
            probe = gc_base % ('<Annotation><AppInfo><f:x xmlns:f="urn:fimkit:test">'
                               '<f:y %s/></f:x></AppInfo></Annotation>' % attr, "")
        target = write(os.path.join(TMP, "probes", "gc", f"{k}-{where}.xml"), probe)
        docs.append(("gc", target, f"probe {attr} on {where}"))
        n_probes += 1

# ---------------------------------------------------------------------------
# String.Latin sweep: one <t> per line, verdict per line
# ---------------------------------------------------------------------------

def latin_cases():
    cps = [0x9, 0xA, 0xD] + list(range(0x20, 0x370)) + list(range(0x1E00, 0x1F00)) \
        + list(range(0x2000, 0x20D0)) + [0xFB01, 0xFFFD, 0x10000, 0x1D400, 0x1F600, 0x10FFFF]
    cases = [[c] for c in cps]
    for base in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + [0xC7, 0x20]:
        for mark in range(0x300, 0x370):
            cases.append([base, mark])
    for base in "DLMNJdlmn":
        cases.append([0x61, ord(base), 0x302, 0x62])
        cases.append([0x61, ord(base), 0x30C, 0x62])
        cases.append([ord(base), 0x302, 0x302])
    cases.append([])
    return cases


LATIN = latin_cases()
latin_doc = write(os.path.join(TMP, "latin", "sweep.xml"),
                  '<?xml version="1.0" encoding="UTF-8"?>\n<r xmlns="urn:fimkit:test:latin">\n'
                  + "".join("<t>" + "".join("&#x%X;" % c for c in cs) + "</t>\n" for cs in LATIN)
                  + "</r>\n")

# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

VERDICT = re.compile(r"^(.*) (validates|fails to validate|validation generated an internal error)$")


def validate(schema, paths):
    """path -> 'valid' / 'invalid' / 'error' / 'unparsed'; also raw stderr."""
    result, err = {}, []
    for k in range(0, len(paths), 400):
        chunk = paths[k:k + 400]
        p = subprocess.run([XMLLINT, "--noout", "--nonet", "--schema", schema] + chunk,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        text = p.stderr.decode("utf-8", "replace")
        err.append(text)
        for line in text.splitlines():
            m = VERDICT.match(line)
            if m:
                result[m.group(1)] = {"validates": "valid", "fails to validate": "invalid"}.get(
                    m.group(2), "error")
    return {q: result.get(q, "unparsed") for q in paths}, "".join(err)


jobs = []
for std in ("xdf2", "xdf3", "gc"):
    paths = [d[1] for d in docs if d[0] == std]
    jobs.append((std, "ref", SCHEMAS[std][0], paths))
    jobs.append((std, "ours", SCHEMAS[std][1], paths))
    cl = [d[1] for d in docs if d[0] == std and "msg-0105" in d[1]]
    if std in RAW_REF:
        jobs.append((std, "raw", RAW_REF[std], cl))
jobs.append(("latin", "ref", SCHEMAS["latin"][0], [latin_doc]))
jobs.append(("latin", "ours", SCHEMAS["latin"][1], [latin_doc]))

results = {}
lock = threading.Lock()


def worker():
    while True:
        with lock:
            if not jobs:
                return
            std, side, schema, paths = jobs.pop(0)
        res = validate(schema, paths)
        with lock:
            results[(std, side)] = res


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

passed = failed = 0
problems = []
for std, path, label in docs:
    a = results[(std, "ref")][0][path]
    b = results[(std, "ours")][0][path]
    if a == b and a != "error":
        passed += 1
    else:
        failed += 1
        problems.append(f"FAIL: {std}: {label}: reference {a}, ours {b}")
        if VERBOSE:
            problems.append(f"      file: {path}")

# String.Latin sweep, line by line (line 3 is the first <t>)
line_err = re.compile(r"^.*?:(\d+): element t: Schemas validity error")
rejected = {}
for side in ("ref", "ours"):
    verdicts, text = results[("latin", side)]
    if verdicts[latin_doc] == "unparsed":
        failed += 1
        problems.append(f"FAIL: latin: sweep document not validated by {side}")
    rejected[side] = {int(m.group(1)) - 3 for m in map(line_err.match, text.splitlines()) if m}
for k, cs in enumerate(LATIN):
    if (k in rejected["ref"]) == (k in rejected["ours"]):
        passed += 1
    else:
        failed += 1
        problems.append("FAIL: latin: %s: reference %s, ours %s" % (
            " ".join("U+%04X" % c for c in cs) or "(empty)",
            "invalid" if k in rejected["ref"] else "valid",
            "invalid" if k in rejected["ours"] else "valid"))

# the generated String.Latin schema is what its generator writes today
gen = os.path.join(OURS, "tools", "gen-string-latin.py")
fresh = os.path.join(TMP, "oracle", "string-latin.generated.xsd")
p = subprocess.run([sys.executable, gen, fresh], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
if p.returncode == 0 and read(fresh) == read(os.path.join(OURS, "common", "string-latin.xsd")):
    passed += 1
else:
    failed += 1
    problems.append("FAIL: schemas/common/string-latin.xsd differs from the output of "
                    "schemas/tools/gen-string-latin.py (regenerate it)")

# every mutation kind on every standard (genericode: the kinds that apply)
for std in ("xdf2", "xdf3", "gc"):
    need = [k for k in KINDS if std != "gc" or k not in ("anzahl", "date")]
    if std != "gc":
        need.remove("gc-id")
    for kind in need:
        if not coverage.get((std, kind)):
            failed += 1
            problems.append(f"FAIL: coverage: no '{kind}' mutant for {std}")

for line in problems:
    print(line)

raw_diff = []
for std in RAW_REF:
    raw = results.get((std, "raw"), ({}, ""))[0]
    for path, v in raw.items():
        if v != results[(std, "ref")][0][path]:
            raw_diff.append(path)
if raw_diff:
    print(f"NOTE: {len(raw_diff)} derived 0105 documents are rejected by the bare reference "
          "entry points (genericode not imported there) and accepted with genericode")

summary = ", ".join(f"{std} {sum(1 for d in docs if d[0] == std)}" for std in ("xdf2", "xdf3", "gc"))
print(f"documents: {n_originals} reference, {n_derived} derived, {len(mutants)} mutants, "
      f"{n_probes} probes ({summary}); "
      f"String.Latin sweep: {len(LATIN)} strings")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
