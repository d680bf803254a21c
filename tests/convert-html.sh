#!/bin/sh
# convert-html.sh - `fimkit convert --to html` as a browser shows it.
#
# Converts samples/hundesteuer and a fixture of our own
# (tests/convert/fixtures/html-controls.xdf3.xml: every form control, text
# that must be escaped), then renders the pages in headless Chromium
# (--dump-dom, fresh profile) and checks the rendered DOM against the input
# XML: every group and field occurrence has its dictionary entry, the form
# has one control per input field with the input type its datentyp and
# feldart call for, select options and radio buttons equal the value list,
# `required` follows the multiplicity, labels are bound to their controls.
# Every page must load nothing (no external src/href/url() in the page, and
# no request in Chromium's net log), be the same bytes on a second run, keep
# headings in order and close every element it opens (python's html.parser
# sees no stray end tag).  The form must submit nothing, and the page must
# not overflow a 360 px wide frame.
#
# Every XDatenfelder document in ../shared is converted too: a page that
# passes the same static checks, or an error naming the file and no page;
# a few of them (the largest, an Auswahlgruppe, XDF2) are rendered and
# checked like our samples.
#
# Needs python3; the parts that need chromium (Debian package "chromium",
# CHROMIUM names another binary) or ../shared are skipped without them, and
# the test then ends with 77 (skipped) unless something failed.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

[ -n "${PYTHON3:-}" ] || PYTHON3=python3
command -v "$PYTHON3" > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
: "${CHROMIUM:=/usr/bin/chromium}"
have_chromium=1
[ -x "$CHROMIUM" ] || { have_chromium=0; echo "chromium not installed ($CHROMIUM): rendering skipped"; }
partial=0
[ "$have_chromium" = 1 ] || partial=1

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
builddir=${top_builddir:-.}
mkdir -p "$builddir/tests" || exit 99
samples="$top_srcdir/samples/hundesteuer"
fixture="$top_srcdir/tests/convert/fixtures/html-controls.xdf3.xml"
shared=$(shared_dir)

# ---- the checks, in python ----------------------------------------------------------
cat > "$tmp/check.py" <<'PY'
import html.parser
import json
import re
import sys
import xml.etree.ElementTree as ET

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
problems = []


def check(cond, what):
    if not cond:
        problems.append(what)
    return cond


# ---- HTML ----

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find(self, tag=None, cls=None, **attrs):
        for n in self.walk():
            if tag and n.tag != tag:
                continue
            if cls and cls not in n.attrs.get("class", "").split():
                continue
            if all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                yield n

    def first(self, *args, **kw):
        return next(self.find(*args, **kw), None)

    def by_id(self, ident):
        return next(self.find(id=ident), None)

    def ancestor(self, tag=None, cls=None):
        n = self.parent
        while n is not None:
            if (tag is None or n.tag == tag) and (cls is None or cls in n.attrs.get("class", "").split()):
                return n
            n = n.parent
        return None


class Parser(html.parser.HTMLParser):
    """A DOM of sorts; also notes end tags that close nothing or close out of order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.cur = self.root
        self.stray = []
        self.misnested = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            self.stray.append("</%s> of a void element (line %d)" % (tag, self.getpos()[0]))
            return
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None or n.parent is None:
            self.stray.append("</%s> closes nothing (line %d)" % (tag, self.getpos()[0]))
            return
        if n is not self.cur:
            self.misnested.append("</%s> closes <%s> too (line %d)" % (tag, self.cur.tag, self.getpos()[0]))
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(path):
    p = Parser()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return p


def squash(s):
    return " ".join(s.split())


def classes(n):
    return n.attrs.get("class", "").split()


# ---- XDatenfelder ----

def local(e):
    return e.tag.rsplit("}", 1)[-1] if isinstance(e.tag, str) else ""


def kids(e, name):
    return [c for c in e if local(c) == name]


def kid(e, name):
    k = kids(e, name)
    return k[0] if k else None


def txt(e, name=None):
    if e is not None and name:
        e = kid(e, name)
    return squash("".join(e.itertext())) if e is not None else ""


def code(e, name):
    c = kid(e, name) if e is not None else None
    return txt(c, "code") if c is not None else ""


def ident(e):
    return txt(kid(e, "identifikation"), "id")


class Occ:
    """One place of a group or field in the structure."""

    def __init__(self, path, el, anzahl, required, in_choice):
        self.path, self.el, self.anzahl = path, el, anzahl
        self.id = ident(el)
        self.group = local(el) == "datenfeldgruppe"
        self.min, _, self.max = anzahl.partition(":")
        self.required = required      # mandatory where the browser can enforce it
        self.in_choice = in_choice
        self.feldart = code(el, "feldart")
        self.datentyp = code(el, "datentyp")
        werte = kid(el, "werte")
        self.werte = [(txt(w, "code"), txt(w, "name")) for w in kids(werte, "wert")] if werte is not None else []


def own_min(anzahl):
    m = anzahl.partition(":")[0]
    return int(m) if m.isdigit() else 0


def occurrences(xml_path):
    root = ET.parse(xml_path).getroot()
    kind = local(root).split(".")[1]
    payload = next(c for c in root if local(c) != "header")
    out = []

    def walk(container, prefix, may_require, in_choice):
        for i, st in enumerate(kids(container, "struktur"), 1):
            path = "%s.%d" % (prefix, i) if prefix else str(i)
            enth = kid(st, "enthaelt")
            el = next(iter(enth), None) if enth is not None else None
            if el is None:
                continue
            anzahl = txt(st, "anzahl")
            req = may_require and own_min(anzahl) >= 1
            o = Occ(path, el, anzahl, req, in_choice)
            out.append(o)
            if o.group:
                choice = code(el, "art") == "X"
                walk(el, path, req and not choice, choice)

    if kind == "datenfeld":
        out.append(Occ("1", payload, "", False, False))
    else:
        choice = code(payload, "art") == "X"
        walk(payload, "", not choice, choice)
    return kind, payload, out


TYPES = {"date": "date", "time": "time", "datetime": "datetime-local", "bool": "checkbox",
         "num": "number", "num_int": "number", "num_currency": "number", "file": "file",
         "obj": "file", "text": "text", "text_latin": "text"}
STEPS = {"num": "any", "num_int": "1", "num_currency": "0.01"}


def check_xdf(dom, xml_path, radio_max, label):
    """The rendered page of an XDatenfelder document against the document."""
    kind, payload, occs = occurrences(xml_path)
    check(dom.first("html") is not None and dom.first("html").attrs.get("lang") == "de", label + ": no lang=de")
    h1 = dom.first("h1")
    check(h1 is not None and squash(h1.text()) == txt(payload, "name"),
          label + ": h1 is not the object's name: %r" % (squash(h1.text()) if h1 else None))
    meta = dom.first("header", cls="top")
    check(meta is not None and ident(payload) in meta.text(), label + ": header lacks the object id")
    if kind == "dokumentsteckbrief":
        check(dom.first("form") is None and dom.by_id("datenfelder") is None,
              label + ": a Dokumentsteckbrief page with dictionary or form")
        return
    # the legal basis, with http(s) links from XDF3 bezug/@link
    for b in kids(payload, "bezug"):
        link = (b.get("link") or "").strip()
        if txt(b) and link.lower().startswith(("http://", "https://")):
            hits = [a for a in meta.find("a") if a.attrs.get("href") == link and squash(a.text()) == txt(b)]
            check(hits, label + ": bezug %r not linked to %s" % (txt(b), link))
    dictionary = dom.by_id("datenfelder")
    form = dom.first("form")
    if not check(dictionary is not None and form is not None, label + ": no dictionary or no form"):
        return
    sections = [n for n in dictionary.find("section") if "el" in classes(n)]
    check(len(sections) == len(occs), label + ": %d dictionary entries for %d occurrences" % (len(sections), len(occs)))
    toc = dom.first("nav", cls="toc")
    toc_links = {a.attrs.get("href") for a in toc.find("a")} if toc is not None else set()
    wrong = []
    controls = 0
    for o in occs:
        anchor = "e-%s-%s" % (o.path, o.id)
        sec = dom.by_id(anchor)
        if sec is None:
            wrong.append("%s: no dictionary entry" % anchor)
            continue
        if sec.attrs.get("data-id") != o.id or sec.attrs.get("data-anzahl", "") != o.anzahl:
            wrong.append("%s: data-id/data-anzahl %s/%s" % (anchor, sec.attrs.get("data-id"), sec.attrs.get("data-anzahl")))
        heads = [squash(h.text()) for h in sec.children if isinstance(h, Node) and h.tag in ("h3", "h4", "h5", "h6")]
        if not heads or o.id not in heads[0] or txt(o.el, "name") not in heads[0]:
            wrong.append("%s: heading lacks id or name: %s" % (anchor, heads[:1]))
        if o.werte:
            table = sec.first("table", cls="values")
            rows = [[squash(td.text()) for td in tr.find("td")] for tr in table.find("tr")] if table else []
            rows = [r[:2] for r in rows if r]
            if rows != [list(w) for w in o.werte]:
                wrong.append("%s: value table %s" % (anchor, rows[:3]))
        fid = "f-%s-%s" % (o.path, o.id)
        if o.group:
            if "#" + anchor not in toc_links:
                wrong.append("%s: group not in the table of contents" % anchor)
            fs = dom.by_id(fid)
            if fs is None or fs.tag != "fieldset" or fs.first("legend") is None:
                wrong.append("%s: no fieldset with legend" % fid)
            continue
        wrappers = [n for n in form.find(data_id=o.id) if "fc" in classes(n)
                    and (n.attrs.get("id") == fid or n.by_id(fid) is not None)]
        if len(wrappers) != 1:
            wrong.append("%s: %d form entries" % (fid, len(wrappers)))
            continue
        w = wrappers[0]
        frozen = o.feldart in ("hidden", "locked")
        if o.feldart == "label":
            if w.first("input") or w.first("select") or "is-label" not in classes(w):
                wrong.append("%s: label field with a control" % fid)
            continue
        controls += 1
        radio = o.feldart == "select" and o.werte and len(o.werte) <= radio_max
        checkbox = o.feldart != "select" and o.datentyp == "bool"
        want_req = o.required and not frozen and not checkbox
        if w.attrs.get("data-required") != ("true" if want_req else "false"):
            wrong.append("%s: data-required %s, expected %s" % (fid, w.attrs.get("data-required"), want_req))
        if radio:
            radios = [i for i in w.find("input") if i.attrs.get("type") == "radio"]
            if w.tag != "fieldset" or w.first("legend") is None:
                wrong.append("%s: radio buttons without fieldset/legend" % fid)
            if [r.attrs.get("value") for r in radios] != [c for c, _ in o.werte]:
                wrong.append("%s: radio values %s" % (fid, [r.attrs.get("value") for r in radios]))
            if len({r.attrs.get("name") for r in radios}) != 1:
                wrong.append("%s: radio buttons in several groups" % fid)
            if any(("required" in r.attrs) != want_req for r in radios):
                wrong.append("%s: required on radio buttons not %s" % (fid, want_req))
            for r in radios:
                lab = next((l for l in dom.find("label") if l.attrs.get("for") == r.attrs.get("id")), None)
                if not r.attrs.get("id") or lab is None:
                    wrong.append("%s: radio button without label" % fid)
            continue
        c = dom.by_id(fid)
        if c is None or c.tag not in ("input", "select") or c.ancestor("div", "fc") is not w:
            wrong.append("%s: no control" % fid)
            continue
        if len([n for n in w.walk() if n.tag in ("input", "select", "textarea")]) != 1:
            wrong.append("%s: more than one control" % fid)
        lab = [l for l in dom.find("label") if l.attrs.get("for") == fid]
        if len(lab) != 1 or not squash(lab[0].text()):
            wrong.append("%s: %d labels" % (fid, len(lab)))
        if ("required" in c.attrs) != want_req:
            wrong.append("%s: required=%s, expected %s (anzahl %s)" % (fid, "required" in c.attrs, want_req, o.anzahl))
        if o.feldart == "select":
            if c.tag != "select":
                wrong.append("%s: select field as <%s>" % (fid, c.tag))
                continue
            got = [op.attrs.get("value") for op in c.find("option") if op.attrs.get("value")]
            if got != [code_ for code_, _ in o.werte]:
                wrong.append("%s: options %s, values %s" % (fid, got[:5], [x for x, _ in o.werte][:5]))
            names = [squash(op.text()) for op in c.find("option") if op.attrs.get("value")]
            if names != [n for _, n in o.werte]:
                wrong.append("%s: option texts differ from the value names" % fid)
            continue
        want = TYPES.get(o.datentyp, "text")
        if c.tag != "input" or c.attrs.get("type") != want:
            wrong.append("%s: %s field as <%s type=%s>, expected %s" % (fid, o.datentyp, c.tag, c.attrs.get("type"), want))
        if o.datentyp in STEPS and c.attrs.get("step") != STEPS[o.datentyp]:
            wrong.append("%s: step %s" % (fid, c.attrs.get("step")))
        if frozen and "readonly" not in c.attrs and "disabled" not in c.attrs:
            wrong.append("%s: %s field is editable" % (fid, o.feldart))
        p = kid(o.el, "praezisierung")
        if p is not None and want == "text" and p.get("maxLength") and c.attrs.get("maxlength") != p.get("maxLength"):
            wrong.append("%s: maxlength %s, praezisierung %s" % (fid, c.attrs.get("maxlength"), p.get("maxLength")))
        if p is not None and want == "text" and p.get("pattern") is not None and c.attrs.get("pattern") != p.get("pattern"):
            wrong.append("%s: pattern %r, praezisierung %r" % (fid, c.attrs.get("pattern"), p.get("pattern")))
    fields = [o for o in occs if not o.group and o.feldart != "label"]
    check(controls == len(fields), label + ": %d form controls for %d input fields" % (controls, len(fields)))
    names = {n.attrs.get("name") for n in form.walk() if n.tag in ("input", "select") and n.attrs.get("name")}
    check(len(names) == len(fields), label + ": %d named controls for %d input fields" % (len(names), len(fields)))
    check(not wrong, label + ": %d problems, e.g. %s" % (len(wrong), "; ".join(wrong[:6])))


def check_static(path, kind):
    """The page as written: doctype, generator, nothing loaded, well-formed, headings, labels."""
    raw = open(path, "rb").read()
    src = raw.decode("utf-8")
    label = path.rsplit("/", 1)[-1]
    check(src.startswith("<!DOCTYPE html>\n"), label + ": does not start with <!DOCTYPE html>")
    check(b"fimkit" in raw[:4096], label + ": does not name fimkit in its first 4 KiB")
    check(re.search(r'<meta name="generator" content="fimkit">', src[:4096]) is not None, label + ": no generator meta")
    check(re.search(r'<meta name="viewport"', src) is not None, label + ": no viewport meta")
    loads = re.findall(r'''(?:\b(?:src|action|poster|srcset|data|xlink:href|formaction|background|ping)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//[^"'\s>]*)'''
                       r'''|(?:url\(\s*["']?\s*(?:https?:)?//[^)]*\))|(?:@import)''', src, re.I)
    check(not loads, label + ": loads from the network: " + ", ".join(loads[:5]))
    check(re.search(r"<(?:link|iframe|object|embed|img|frame|audio|video|source|base)\b", src, re.I) is None,
          label + ": has link, iframe, object, embed, img, media or base elements")
    check(re.search(r"<script\b[^>]*\bsrc\s*=", src, re.I) is None, label + ": external script")
    check(re.search(r"<meta[^>]+http-equiv=[\"']?refresh", src, re.I) is None, label + ": meta refresh")
    p = parse(path)
    dom = p.root
    check(not p.stray, label + ": stray end tags: " + "; ".join(p.stray[:5]))
    t = dom.first("title")
    check(t is not None and squash(t.text()) != "", label + ": no title")
    body = dom.first("body")
    check(body is not None and squash(body.text()) != "", label + ": empty body")
    hrefs = [a.attrs.get("href", "") for a in dom.find("a")]
    bad = [h for h in hrefs if not re.match(r"(?:https?://|#)", h)]
    check(not bad, label + ": links other than http(s) and #: %s" % bad[:5])
    if kind != "xdf":
        return
    check(not p.misnested and p.cur is p.root, label + ": elements not closed in order: " + "; ".join(p.misnested[:5]))
    check("<script" not in src.lower(), label + ": has a script")
    check("@media print" in src, label + ": no print stylesheet")
    check("@media (max-width" in src, label + ": no narrow-screen stylesheet")
    ext = [a for a in dom.find("a") if re.match(r"https?://", a.attrs.get("href", ""))]
    check(all(a.ancestor("ul", "bezug") is not None for a in ext), label + ": external links outside the legal basis")
    ids = [n.attrs["id"] for n in dom.walk() if "id" in n.attrs]
    dup = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) < 20000 else []
    check(not dup, label + ": duplicate ids: %s" % dup[:5])
    levels = [int(n.tag[1]) for n in dom.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    check(levels[:1] == [1] and levels.count(1) == 1, label + ": not exactly one h1, first")
    jumps = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
    check(not jumps, label + ": heading levels skipped: %s" % jumps[:3])
    for c in dom.find():
        if c.tag in ("input", "select", "textarea"):
            cid = c.attrs.get("id")
            if not cid or not any(l.attrs.get("for") == cid for l in dom.find("label")):
                problems.append(label + ": control without a bound label: %s" % cid)
                break


def check_netlog(path, label):
    """No request of the page (network isolation key file://) to anything but file:."""
    raw = open(path, encoding="utf-8", errors="replace").read().rstrip().rstrip(",")
    try:
        log = json.loads(raw)
    except ValueError:
        try:
            log = json.loads(raw + "]}")
        except ValueError:
            check(False, label + ": unreadable net log")
            return
    types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    urls = set()
    for e in log.get("events", []):
        if types.get(e.get("type")) != "URL_REQUEST_START_JOB":
            continue
        p = e.get("params") or {}
        url = p.get("url", "")
        if "file://" in p.get("network_isolation_key", "") and not re.match(r"(?:file|data|about|blob|chrome):", url):
            urls.add(url)
    check(not urls, label + ": the page requested %s" % sorted(urls)[:5])


def check_sample(dom):
    """Known fields of samples/hundesteuer/datenschema.xdf3.xml."""
    def ctl(i):
        return dom.by_id(i) or Node("missing", {}, None)
    c = ctl("f-1.4.3-F05000012606")
    check(c.tag == "input" and c.attrs.get("type") == "text" and c.attrs.get("maxlength") == "5"
          and c.attrs.get("pattern") == "[0-9]{5}" and "required" in c.attrs, "sample: Postleitzahl control %s" % c.attrs)
    c = ctl("f-1.3-F05000012603")
    check(c.attrs.get("type") == "date" and "required" in c.attrs, "sample: Geburtsdatum not a required date")
    c = ctl("f-1.5-F05000012608")
    check(c.attrs.get("type") == "text" and "required" not in c.attrs, "sample: Telefon (0:1) not optional text")
    c = ctl("f-2.6-F05000012628")
    check(c.attrs.get("type") == "number" and c.attrs.get("step") == "1" and c.attrs.get("min") == "10"
          and c.attrs.get("max") == "110", "sample: Widerristhöhe %s" % c.attrs)
    c = ctl("f-2.7-F05000012629")
    check(c.attrs.get("type") == "number" and c.attrs.get("step") == "any" and c.attrs.get("min") == "0.5",
          "sample: Gewicht %s" % c.attrs)
    c = ctl("f-2.2.2-F05000012623")
    check(c.attrs.get("type") == "checkbox", "sample: Mischling not a checkbox")
    c = ctl("f-4-F05000012640")
    check(c.attrs.get("type") == "file" and "multiple" in c.attrs and "required" not in c.attrs
          and c.attrs.get("accept") == "application/pdf,image/jpeg,image/png", "sample: Nachweise %s" % c.attrs)
    fc = c.ancestor("div", "fc")
    check(fc is not None and "wiederholbar" in fc.text() and "0:*" in fc.text(), "sample: Nachweise not marked repeatable")
    c = ctl("f-3.5-F05000012635")
    opts = [(o.attrs.get("value"), "selected" in o.attrs) for o in c.find("option")]
    check(c.tag == "select" and opts == [("", False), ("00", True), ("01", False), ("02", False), ("03", False)],
          "sample: Steuervergünstigung options %s" % opts)
    radios = [i.attrs.get("value") for i in ctl("f-2.3-F05000012625").find("input")]
    check(radios == ["001", "002"], "sample: Geschlecht radio buttons %s" % radios)
    c = ctl("f-2.2.1-F05000012622")
    check(c.tag == "select" and "disabled" in c.attrs and "hunderassen" in c.ancestor("div", "fc").text(),
          "sample: Rasse (code list only) not a disabled select naming the list")
    lab = dom.by_id("f-5-F05000012650")
    check(lab is not None and "Art. 13 DSGVO" in lab.text() and lab.first("input") is None, "sample: label field")
    rules = dom.by_id("regeln")
    check(rules is not None and "R05000012701" in rules.text() and "R05000012702" in rules.text(),
          "sample: the schema's rules are missing")
    pre = [squash(p.text()) for p in rules.find("pre")] if rules else []
    check(any("haltungsbeginn < wurfdatum" in p for p in pre), "sample: the rule script is not shown as code")
    ref = next((a for a in rules.find("a") if a.attrs.get("href") == "#e-2.4-F05000012626"), None) if rules else None
    check(ref is not None, "sample: rule parameter does not link to its field")


def check_fixture(dom, src):
    """tests/convert/fixtures/html-controls.xdf3.xml: hostile text and every control."""
    check("<script" not in src.lower().replace("&lt;script", ""), "fixture: a script element in the page")
    check(squash(dom.first("h1").text()) == 'Steuerelemente <script>alert("name")</script> & Co.',
          "fixture: the name is not shown as text")
    check(not [n for n in dom.walk() if n.tag in ("script", "b", "i", "em") or any(a.startswith("on") for a in n.attrs)],
          "fixture: markup or event handlers from the document got into the page")
    check(not [a for a in dom.find("a") if "javascript" in a.attrs.get("href", "").lower()], "fixture: javascript: link")
    hrefs = [a.attrs.get("href") for a in dom.find("a") if a.attrs.get("href", "").startswith("http")]
    check(hrefs[:3] == ["https://example.org/recht?a=1&b=", "http://example.org/alt", "https://example.org/gesetz/__3.html"],
          "fixture: legal-basis links %s" % hrefs[:3])
    pre = dom.by_id("regeln").first("pre")
    check(pre is not None and '"</pre><script>alert(3)</script>"' in pre.text(), "fixture: rule script not kept as text")

    def c(i):
        return dom.by_id(i) or Node("missing", {}, None)
    want = {
        "f-1.1-F05999000010": {"type": "text", "maxlength": "40", "minlength": "2", "pattern": '[A-Za-z"<> ]+',
                               "value": 'Vorgabe "x" <y>', "required": ""},
        "f-1.2-F05999000011": {"type": "time"},
        "f-1.3-F05999000012": {"type": "datetime-local", "required": ""},
        "f-1.4-F05999000013": {"type": "number", "step": "0.01", "min": "-5", "max": "1000.50", "required": ""},
        "f-1.5-F05999000014": {"type": "file"},
        "f-1.6-F05999000015": {"type": "date", "min": "2020-01-01", "max": "2030-12-31", "value": "2025-01-31", "required": ""},
        "f-1.7-F05999000016": {"type": "text", "value": "AZ-4711", "readonly": ""},
        "f-1.8-F05999000017": {"type": "text", "value": "Falkenried", "readonly": ""},
        "f-1.13-F05999000022": {"type": "checkbox", "checked": None},
        "f-2.1-F05999000031": {"type": "text"},
        "f-3.1-F05999000041": {"type": "text"},
        "f-4.1-F05999000051": {"type": "number", "step": "1", "min": "0", "max": "17", "required": ""},
        "f-4.2-F05999000010": {"type": "text", "pattern": '[A-Za-z"<> ]+'},
    }
    for i, attrs in want.items():
        got = c(i).attrs
        for k, v in attrs.items():
            if k not in got or (v is not None and v != "" and got[k] != v):
                problems.append("fixture: %s has %s=%r, expected %r" % (i, k, got.get(k), v))
        if "required" not in attrs and "required" in got:
            problems.append("fixture: %s is required" % i)
    check(c("f-1.5-F05999000014").ancestor("div", "fc") is not None and "Objekt" in c("f-1.5-F05999000014").ancestor("div", "fc").text(),
          "fixture: obj field without note")
    hidden = c("f-1.7-F05999000016").ancestor("div", "fc")
    check(hidden is not None and "is-hidden" in classes(hidden) and "Verstecktes Feld" in hidden.text(),
          "fixture: hidden field not marked")
    locked = c("f-1.8-F05999000017").ancestor("div", "fc")
    check(locked is not None and "is-locked" in classes(locked) and "Gesperrtes Feld" in locked.text(),
          "fixture: locked field not marked")
    sel = c("f-1.9-F05999000018")
    opts = [(o.attrs.get("value"), squash(o.text()), "selected" in o.attrs) for o in sel.find("option")][1:]
    check(opts == [("a", "Rot </option><script>", False), ('b"x', "Grün", False), ("c", "Blau", True),
                   ("d", "Gelb", False), ("e", "Weiß & Schwarz", False)] and "required" in sel.attrs,
          "fixture: select with five values %s" % opts)
    radios = list(c("f-1.10-F05999000019").find("input"))
    check([r.attrs.get("value") for r in radios] == ["post", "mail"] and not any("required" in r.attrs for r in radios),
          "fixture: optional radio buttons")
    cl = c("f-1.11-F05999000020")
    check(cl.tag == "select" and "disabled" in cl.attrs and "urn:de:example:staaten" in cl.ancestor("div", "fc").text(),
          "fixture: code-list select")
    lab = c("f-1.12-F05999000021")
    check("<script>alert(5)</script>" in lab.text() and lab.first("a") is None, "fixture: label text")
    choice = c("f-3-G05999000040")
    check("Auswahlgruppe" in choice.text(), "fixture: Auswahlgruppe without note")
    # the * marks what a user must fill in: not members of an Auswahlgruppe,
    # hidden or locked fields or checkboxes; a mandatory field of an optional group is marked
    for i, star in (("f-3.1-F05999000041", False), ("f-1.7-F05999000016", False), ("f-1.8-F05999000017", False),
                    ("f-1.13-F05999000022", False), ("f-2.1-F05999000031", True), ("f-1.1-F05999000010", True)):
        lab = [l for l in dom.find("label") if l.attrs.get("for") == i]
        check(lab and (lab[0].first("span", cls="req") is not None) == star,
              "fixture: label of %s %s" % (i, "lacks the *" if star else "has a *"))
    rep = c("f-4-G05999000050").first("legend")
    check(rep is not None and "wiederholbar 1:3" in squash(rep.text()), "fixture: repeatable group not marked")
    rels = dom.first("ul", cls="rel")
    check(rels is not None and len(list(rels.find("li"))) == 1 and "1 weitere" in rels.parent.text(),
          "fixture: max-relations=1 not applied")


mode = sys.argv[1]
if mode == "static":
    for f in sys.argv[3:]:
        check_static(f, sys.argv[2])
elif mode == "xdf":
    check_xdf(parse(sys.argv[2]).root, sys.argv[3], int(sys.argv[4]), sys.argv[5])
elif mode == "netlog":
    check_netlog(sys.argv[2], sys.argv[3])
elif mode == "sample":
    check_sample(parse(sys.argv[2]).root)
elif mode == "fixture":
    check_fixture(parse(sys.argv[2]).root, open(sys.argv[3], encoding="utf-8").read())
elif mode == "params":
    # radio-max=0: every select field a <select>; form=no: no form
    dom = parse(sys.argv[2]).root
    check(not [i for i in dom.find("input") if i.attrs.get("type") == "radio"], "radio-max=0: radio buttons")
    check(dom.by_id("f-2.3-F05000012625") is not None and dom.by_id("f-2.3-F05000012625").tag == "select",
          "radio-max=0: Geschlecht is not a select")
    dom = parse(sys.argv[3]).root
    check(dom.first("form") is None and dom.by_id("datenfelder") is not None, "form=no: a form, or no dictionary")
elif mode == "rendered":
    # rendered PAGE-DOM [PROBE-DOM]: the page rendered; PROBE: what the injected script saw
    dom = parse(sys.argv[2]).root
    t = dom.first("title")
    check(t is not None and squash(t.text()) and dom.first("body") is not None and squash(dom.first("body").text()),
          sys.argv[3] + ": rendered without title or text")
elif mode == "probe":
    dom = parse(sys.argv[2]).root
    body = dom.first("body")
    got = body.attrs if body is not None else {}
    check(got.get("data-navigated") is None and got.get("data-after") == sys.argv[3],
          "the form submitted or navigated: %s" % {k: v for k, v in got.items() if k.startswith("data-")})
    check(got.get("data-valid-before") == "false", "an empty form passed the browser's checks")
elif mode == "narrow":
    dom = parse(sys.argv[2]).root
    res = dom.by_id("result")
    check(res is not None and res.text().startswith("ok"), "%s: overflows a 360 px frame: %s"
          % (sys.argv[3], res.text() if res is not None else "no answer"))
else:
    sys.exit("unknown mode " + mode)
for p in problems[:30]:
    print(p)
sys.exit(1 if problems else 0)
PY

# py MODE ARGS... : one python check; its problems become failures.
py() {
	if "$PYTHON3" "$tmp/check.py" "$@" > "$tmp/py.out" 2>&1; then ok; else
		while IFS= read -r line; do not_ok "$line"; done < "$tmp/py.out"
		[ -s "$tmp/py.out" ] || not_ok "python check $1 failed"
	fi
}

# browser ARGS... : headless Chromium with a fresh profile and a net log.
browser() {
	rm -rf "$tmp/profile"
	mkdir "$tmp/profile" || return 99
	timeout 180 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --disable-extensions --user-data-dir="$tmp/profile" \
		--log-net-log="$tmp/net.json" --net-log-capture-mode=Default \
		--virtual-time-budget=5000 "$@" 2>> "$tmp/chromium.log"
}

# render FILE.html OUT LABEL : the DOM after loading, and nothing fetched.
render() {
	rm -f "$tmp/net.json"
	browser --dump-dom "file://$1" > "$2"
	rc=$?
	if [ "$rc" -ne 0 ] || [ ! -s "$2" ]; then
		not_ok "$3: chromium --dump-dom: exit $rc, $(wc -c < "$2") bytes"
		tail -5 "$tmp/chromium.log"
		return 1
	fi
	ok
	py netlog "$tmp/net.json" "$3"
	py rendered "$2" "$3"
}

# ---- our samples ---------------------------------------------------------------------
# The XZuFi and XProzess pages come from other stylesheets; while one of them
# is missing, fimkit cannot convert the directory, and we convert the
# XDatenfelder documents alone.
in=$samples
if [ ! -f "$top_srcdir/xslt/xzufi-html.xsl" ] || [ ! -f "$top_srcdir/xslt/xprozess-html.xsl" ]; then
	echo "xslt/xzufi-html.xsl or xprozess-html.xsl missing: XZuFi and XProzess pages not checked"
	partial=1
	in=$tmp/in
	mkdir "$in" && cp "$samples"/*.xdf?.xml "$samples"/*.gc.xml "$in" || exit 99
fi
fimkit convert --to html -o "$tmp/out" "$in" > "$tmp/stdout" 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$tmp/stdout" ]; then ok; else
	not_ok "convert --to html samples: exit $rc"; cat "$tmp/err"; fi
xdf3=$tmp/out/S05000012503V1.1.0.html
xdf2=$tmp/out/S05012503V1.1.html
dsb=$tmp/out/D99000024817V1.0.0.html
for f in "$xdf3" "$xdf2" "$dsb"; do
	[ -s "$f" ] && ok || not_ok "no page $(basename "$f")"
done
docs=$(grep -L 'codelist/ns/genericode' "$in"/*.xml | wc -l)
pages=$(ls "$tmp/out"/*.html 2> /dev/null | wc -l)
[ "$docs" -eq "$pages" ] && ok || not_ok "$pages pages for $docs documents"
# findings: the code-list-only select fields, once per field
if grep -q "datenschema.xdf3.xml:[0-9]*: info: .*hunderassen.*\[X402\] F05000012622 V1.1.0" "$tmp/err" &&
	[ "$(grep -c 'X402\] F05012625 ' "$tmp/err")" -eq 1 ]; then ok; else
	not_ok "X402 findings for the code-list fields missing"; cat "$tmp/err"; fi

# the same bytes again
fimkit convert --to html -o "$tmp/again" "$in" > /dev/null 2>&1
if diff -r "$tmp/out" "$tmp/again" > /dev/null; then ok; else not_ok "a second run gave different pages"; fi

py static xdf "$xdf3" "$xdf2" "$dsb"
for f in "$tmp/out"/*.html; do
	case $f in "$xdf3" | "$xdf2" | "$dsb") continue ;; esac
	py static other "$f"
done

# the fixture: every control, hostile text
fimkit convert --to html --param max-relations=1 -o "$tmp/fixture.html" "$fixture" > /dev/null 2> "$tmp/ferr"
rc=$?
if [ "$rc" -eq 0 ] && [ -s "$tmp/fixture.html" ]; then ok; else
	not_ok "convert the fixture: exit $rc"; cat "$tmp/ferr"; fi
for want in "X405\] S05999000001" "X403\] S05999000001" "X402\] F05999000020"; do
	grep -q "$want" "$tmp/ferr" && ok || not_ok "fixture: no finding $want"
done
py static xdf "$tmp/fixture.html"

# parameters
fimkit convert --to html --param radio-max=0 -o "$tmp/radio0.html" "$samples/datenschema.xdf3.xml" 2> /dev/null &&
	fimkit convert --to html --param form=no -o "$tmp/noform.html" "$samples/datenschema.xdf3.xml" 2> /dev/null
py params "$tmp/radio0.html" "$tmp/noform.html"
fimkit convert --to html --param radio-max=many -o "$tmp/bad.html" "$samples/datenschema.xdf3.xml" > /dev/null 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 3 ] && grep -q "datenschema.xdf3.xml.*radio-max" "$tmp/err" && [ ! -e "$tmp/bad.html" ]; then ok; else
	not_ok "--param radio-max=many: exit $rc, expected 3, a message and no page"; cat "$tmp/err"; fi

if [ "$have_chromium" = 1 ]; then
	for p in "$xdf3:$samples/datenschema.xdf3.xml" "$xdf2:$samples/datenschema.xdf2.xml" \
		"$dsb:$samples/dokumentsteckbrief.xdf3.xml" "$tmp/fixture.html:$fixture"; do
		page=${p%%:*} xml=${p#*:}
		if render "$page" "$tmp/dom.html" "$(basename "$page")"; then
			py xdf "$tmp/dom.html" "$xml" 3 "$(basename "$xml")"
			case $xml in
			*/datenschema.xdf3.xml) py sample "$tmp/dom.html" ;;
			"$fixture") py fixture "$tmp/dom.html" "$page" ;;
			esac
		fi
	done
	for f in "$tmp/out"/*.html; do
		case $f in "$xdf3" | "$xdf2" | "$dsb") continue ;; esac
		render "$f" "$tmp/dom.html" "$(basename "$f")"
	done

	# the form submits nothing: a copy with a script that submits it
	# without validation and notes where the page is afterwards
	sed 's|</body>|<script>addEventListener("load", function () { var b = document.body, f = document.forms[0]; if (location.search) { b.setAttribute("data-navigated", location.search); return; } b.setAttribute("data-valid-before", String(f.checkValidity())); f.noValidate = true; f.requestSubmit(); setTimeout(function () { b.setAttribute("data-after", location.pathname.split("/").pop()); }, 300); });</script></body>|' \
		"$tmp/fixture.html" > "$tmp/submit.html"
	if browser --dump-dom "file://$tmp/submit.html" > "$tmp/submit.dom"; then
		py probe "$tmp/submit.dom" submit.html
	else
		not_ok "chromium on the submit probe"
	fi

	# a phone: the page in a 360 px frame must not scroll sideways
	for p in "$xdf3" "$tmp/fixture.html"; do
		sed 's|</body>|<script>addEventListener("load", function () { var d = document.documentElement; parent.postMessage((d.scrollWidth <= d.clientWidth ? "ok " : "overflow ") + d.scrollWidth + "/" + d.clientWidth, "*"); });</script></body>|' \
			"$p" > "$tmp/narrow.html"
		cat > "$tmp/frame.html" <<-'EOF'
			<!DOCTYPE html><html><body><p id="result">no answer</p>
			<iframe src="narrow.html" style="width:360px;height:640px;border:0"></iframe>
			<script>addEventListener("message", function (e) { document.getElementById("result").textContent = e.data; });</script>
			</body></html>
		EOF
		if browser --dump-dom "file://$tmp/frame.html" > "$tmp/frame.dom"; then
			py narrow "$tmp/frame.dom" "$(basename "$p")"
		else
			not_ok "chromium on the narrow frame"
		fi
	done

	# a screenshot for people
	png="$builddir/tests/convert-html.png"
	rm -f "$png"
	browser --screenshot="$png" --window-size=1280,2400 "file://$xdf3" > /dev/null
	if [ -f "$png" ] && [ "$(wc -c < "$png")" -gt 20000 ]; then ok; else
		not_ok "no usable screenshot at $png"; tail -5 "$tmp/chromium.log"; fi
fi

# ---- every XDatenfelder document in ../shared ------------------------------------------
if [ ! -d "$shared/fim-reference/samples" ]; then
	echo "no $shared/fim-reference: real documents skipped"
	partial=1
else
	real=$shared/fim-reference/samples
	mkdir "$tmp/real" || exit 99
	n=0 converted=0
	find "$real/xdatenfelder-2.0" "$real/xdatenfelder-3.0.0" -name '*.xml' | LC_ALL=C sort > "$tmp/real.list"
	while IFS= read -r f; do
		n=$((n + 1))
		page=$tmp/real/$n.html
		fimkit convert --to html -o "$page" "$f" > /dev/null 2> "$tmp/err" < /dev/null
		rc=$?
		if [ "$rc" -eq 0 ] && [ -s "$page" ]; then
			converted=$((converted + 1))
			printf '%s\n' "$page" >> "$tmp/real.pages"
			printf '%s %s\n' "$page" "$f" >> "$tmp/real.map"
		elif [ -e "$page" ]; then
			not_ok "$f: exit $rc, but a page was written"
		elif grep -q -F "$f" "$tmp/err"; then
			ok  # refused or skipped, and said so
		else
			not_ok "$f: exit $rc without a page or a message naming the file"; cat "$tmp/err"
		fi
		# a real FIM export must convert
		case $f in
		*/bund-t-prototype/* | */glykon/* | */ozg/* | */gerps-onto/*)
			[ -s "$page" ] || not_ok "$f: a real export did not convert (exit $rc)" ;;
		esac
	done < "$tmp/real.list"
	echo "real documents: $converted of $n converted"
	# shellcheck disable=SC2046
	[ -s "$tmp/real.pages" ] && py static xdf $(cat "$tmp/real.pages")

	# the largest document is among those rendered below (its speed is
	# measured by bench/run.sh, not here)
	big=$(while IFS= read -r f; do printf '%s %s\n' "$(wc -c < "$f")" "$f"; done < "$tmp/real.list" |
		sort -n | tail -1 | cut -d' ' -f2-)

	if [ "$have_chromium" = 1 ]; then
		for f in "$big" \
			"$real/xdatenfelder-3.0.0/bund-t-prototype/fim_data/S00000000385/schema.xdf.xml" \
			"$real/xdatenfelder-2.0/glykon/bewohnerparken/S05000058V1.0_xdf2.xml" \
			"$real/xdatenfelder-3.0.0/flxbe-xdatenfelder-xml/simple.xml"; do
			page=$(grep -F " $f" "$tmp/real.map" | head -1 | cut -d' ' -f1)
			if [ -z "$page" ]; then not_ok "$f: no page to render"; continue; fi
			if render "$page" "$tmp/dom.html" "$(basename "$(dirname "$f")")/$(basename "$f")"; then
				py xdf "$tmp/dom.html" "$f" 3 "$f"
			fi
		done
	fi
fi

if [ "$fail" -eq 0 ] && [ "$partial" -eq 1 ]; then
	finish
	echo "some parts were skipped (see above)"
	exit 77
fi
finish
