#!/usr/bin/env python3
"""Generate schemas/common/string-latin.xsd (XOEV String.Latin 1.1.1).

String.Latin 1.1 ("Lateinische Zeichen in Unicode") is the predecessor of
DIN SPEC 91379 / DIN 91379 and a subset of the DIN 91379 normative
characters.  The repertoire is kept below as data: code-point ranges and
base+combining sequences, each tagged with the DIN 91379 character group
it belongs to:

    bll     Latin letters (normative)
    bnlreq  non-letters N1 (normative)
    bnl     non-letters N2 (normative)
    bnlopt  non-letters N3 (normative)
    ctl     TAB, LF, CR (no DIN 91379 group): control characters that
            String.Latin 1.1 allows in addition to the printable
            repertoire, so that texts may contain line breaks

Letters of the DIN 91379 group bll that String.Latin 1.1 does NOT contain
(for example U+0108/U+0109, U+0132/U+0133, U+1E0C/U+1E0D) are simply absent
from the table.  Only nine combined sequences are part of String.Latin 1.1.

Usage:
    gen-string-latin.py [OUTPUT]     write the schema (default: ../common/string-latin.xsd)
    gen-string-latin.py --codepoints print every single allowed code point (hex)
    gen-string-latin.py --sequences  print the allowed sequences (hex, space separated)
"""

import os
import sys

# (first, last, DIN 91379 group, Unicode block / remark)
RANGES = [
    # C0 controls
    (0x0009, 0x000A, "ctl", "TAB, LF"),
    (0x000D, 0x000D, "ctl", "CR"),
    # Basic Latin
    (0x0020, 0x0020, "bnlreq", "SPACE"),
    (0x0021, 0x0026, "bnl", "! \" # $ % &"),
    (0x0027, 0x0027, "bnlreq", "apostrophe"),
    (0x0028, 0x002B, "bnl", "( ) * +"),
    (0x002C, 0x002E, "bnlreq", ", - ."),
    (0x002F, 0x0040, "bnl", "/ digits : ; < = > ? @"),
    (0x0041, 0x005A, "bll", "A-Z"),
    (0x005B, 0x005F, "bnl", "[ \\ ] ^ _"),
    (0x0060, 0x0060, "bnlreq", "grave accent"),
    (0x0061, 0x007A, "bll", "a-z"),
    (0x007B, 0x007D, "bnl", "{ | }"),
    (0x007E, 0x007E, "bnlreq", "tilde"),
    # Latin-1 Supplement (no NBSP U+00A0, no SOFT HYPHEN U+00AD)
    (0x00A1, 0x00A3, "bnl", "inverted !, cent, pound"),
    (0x00A4, 0x00A4, "bnlopt", "currency sign"),
    (0x00A5, 0x00A5, "bnl", "yen"),
    (0x00A6, 0x00A6, "bnlopt", "broken bar"),
    (0x00A7, 0x00A7, "bnl", "section sign"),
    (0x00A8, 0x00A8, "bnlreq", "diaeresis"),
    (0x00A9, 0x00AC, "bnl", "copyright, ordinal a, guillemet, not sign"),
    (0x00AE, 0x00B3, "bnl", "registered .. superscript three"),
    (0x00B4, 0x00B4, "bnlreq", "acute accent"),
    (0x00B5, 0x00B6, "bnl", "micro, pilcrow"),
    (0x00B7, 0x00B7, "bnlreq", "middle dot"),
    (0x00B8, 0x00B8, "bnlopt", "cedilla"),
    (0x00B9, 0x00BB, "bnl", "superscript one, ordinal o, guillemet"),
    (0x00BC, 0x00BE, "bnlopt", "vulgar fractions"),
    (0x00BF, 0x00BF, "bnl", "inverted ?"),
    (0x00C0, 0x00D6, "bll", "A grave .. O diaeresis"),
    (0x00D7, 0x00D7, "bnl", "multiplication sign"),
    (0x00D8, 0x00F6, "bll", "O stroke .. o diaeresis"),
    (0x00F7, 0x00F7, "bnl", "division sign"),
    (0x00F8, 0x00FF, "bll", "o stroke .. y diaeresis"),
    # Latin Extended-A (without C/G/H/S circumflex, IJ, U breve, long s)
    (0x0100, 0x0107, "bll", "A macron .. c acute"),
    (0x010A, 0x011B, "bll", "C dot .. e caron"),
    (0x011E, 0x0123, "bll", "G breve .. g cedilla"),
    (0x0126, 0x0131, "bll", "H stroke .. dotless i"),
    (0x0134, 0x015B, "bll", "J circumflex .. s acute"),
    (0x015E, 0x016B, "bll", "S cedilla .. u macron"),
    (0x016E, 0x017E, "bll", "U ring .. z caron"),
    # Latin Extended-B
    (0x018F, 0x018F, "bll", "schwa"),
    (0x01A0, 0x01A1, "bll", "O horn"),
    (0x01AF, 0x01B0, "bll", "U horn"),
    (0x01B7, 0x01B7, "bll", "ezh"),
    (0x01CD, 0x01D4, "bll", "A/I/O/U caron"),
    (0x01DE, 0x01DF, "bll", "A diaeresis macron"),
    (0x01E4, 0x01F0, "bll", "G stroke .. j caron"),
    (0x01F4, 0x01F5, "bll", "G acute"),
    (0x01FA, 0x01FF, "bll", "A ring acute .. o stroke acute"),
    (0x0218, 0x021B, "bll", "S/T comma below"),
    (0x021E, 0x021F, "bll", "H caron"),
    (0x022A, 0x022B, "bll", "O diaeresis macron"),
    (0x022E, 0x0233, "bll", "O dot .. y macron"),
    # IPA Extensions
    (0x0259, 0x0259, "bll", "small schwa"),
    (0x0292, 0x0292, "bll", "small ezh"),
    # Latin Extended Additional
    (0x1E02, 0x1E03, "bll", "B dot above"),
    (0x1E0A, 0x1E0B, "bll", "D dot above"),
    (0x1E10, 0x1E11, "bll", "D cedilla"),
    (0x1E1E, 0x1E21, "bll", "F dot above, G macron"),
    (0x1E24, 0x1E27, "bll", "H dot below, H diaeresis"),
    (0x1E30, 0x1E31, "bll", "K acute"),
    (0x1E40, 0x1E41, "bll", "M dot above"),
    (0x1E44, 0x1E45, "bll", "N dot above"),
    (0x1E56, 0x1E57, "bll", "P dot above"),
    (0x1E60, 0x1E63, "bll", "S dot above, S dot below"),
    (0x1E6A, 0x1E6B, "bll", "T dot above"),
    (0x1E80, 0x1E85, "bll", "W grave/acute/diaeresis"),
    (0x1E8C, 0x1E93, "bll", "X diaeresis .. z dot below"),
    (0x1E9E, 0x1E9E, "bll", "capital sharp s"),
    (0x1EA0, 0x1EA7, "bll", "Vietnamese A .. a circumflex grave"),
    (0x1EAA, 0x1EAC, "bll", "A circumflex tilde, A circumflex dot below"),
    (0x1EAE, 0x1EC1, "bll", "A breve acute .. e circumflex grave"),
    (0x1EC4, 0x1ED3, "bll", "E circumflex tilde .. o circumflex grave"),
    (0x1ED6, 0x1EDD, "bll", "O circumflex tilde .. o horn grave"),
    (0x1EE4, 0x1EF9, "bll", "U dot below .. y tilde"),
    # Currency Symbols
    (0x20AC, 0x20AC, "bnl", "euro sign"),
]

# Base letter + combining mark sequences (DIN 91379 group bll, sequences).
# Neither the combining marks nor these pairs exist as single code points.
SEQUENCES = [
    ("D", 0x0302), ("d", 0x0302),   # D/d circumflex
    ("L", 0x0302), ("l", 0x0302),   # L/l circumflex
    ("M", 0x0302), ("m", 0x0302),   # M/m circumflex
    ("N", 0x0302), ("n", 0x0302),   # N/n circumflex
    ("J", 0x030C),                  # J caron
]

GROUPS = {"bll", "bnlreq", "bnl", "bnlopt", "ctl"}


def codepoints():
    seen = set()
    for first, last, group, _ in RANGES:
        assert group in GROUPS, group
        assert first <= last
        for cp in range(first, last + 1):
            assert cp not in seen, hex(cp)
            seen.add(cp)
    return sorted(seen)


def merged_runs(cps):
    runs = []
    for cp in cps:
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return runs


def regex_char(cp):
    """One character as it is written inside the XML attribute value."""
    if cp == 0x09:
        return "\\t"
    if cp == 0x0A:
        return "\\n"
    if cp == 0x0D:
        return "\\r"
    ch = chr(cp)
    if ch.isascii() and ch.isalnum():
        return ch
    if ch in "\\|.?*+(){}-[]^":
        return "\\" + ch          # regex metacharacter: single-char escape
    return "&#x%04X;" % cp


def char_class(cps):
    items = []
    for first, last in merged_runs(sorted(cps)):
        if first == last:
            items.append(regex_char(first))
        elif last == first + 1:
            items.append(regex_char(first) + regex_char(last))
        else:
            items.append(regex_char(first) + "-" + regex_char(last))
    return "[" + "".join(items) + "]"


def build_pattern():
    # Two classes instead of one: libxml2 tests a character against every
    # range of a class, and most text is ASCII, so a small ASCII class tried
    # first halves the cost of validating text.  The language is the same.
    cps = set(codepoints())
    ascii_cps = {cp for cp in cps if cp < 0x80}
    alternatives = [char_class(ascii_cps), char_class(cps - ascii_cps)]
    by_mark = {}
    for base, mark in SEQUENCES:
        by_mark.setdefault(mark, []).append(base)
    for mark in sorted(by_mark):
        bases = sorted(by_mark[mark])
        head = bases[0] if len(bases) == 1 else "[" + "".join(bases) + "]"
        alternatives.append(head + regex_char(mark))
    return "(" + "|".join(alternatives) + ")*"


TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<!--
  XOEV datatype String.Latin 1.1.1 for fimkit.
  GENERATED by schemas/tools/gen-string-latin.py - edit the table there
  and regenerate instead of editing this file.
  Repertoire: {count} single code points plus {nseq} base+combining sequences.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://xoev.de/latinchars/1_1/datatypes"
           elementFormDefault="qualified"
           version="1.1.1">

  <!-- Text restricted to the String.Latin 1.1 character repertoire. -->
  <xs:simpleType name="String.Latin">
    <xs:restriction base="xs:string">
      <xs:pattern value="{pattern}"/>
    </xs:restriction>
  </xs:simpleType>

</xs:schema>
"""


def main(argv):
    if len(argv) > 1 and argv[1] == "--codepoints":
        for cp in codepoints():
            print("%04X" % cp)
        return 0
    if len(argv) > 1 and argv[1] == "--sequences":
        for base, mark in SEQUENCES:
            print("%04X %04X" % (ord(base), mark))
        return 0
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(here, "..", "common", "string-latin.xsd")
    text = TEMPLATE.format(count=len(codepoints()), nseq=len(SEQUENCES),
                           pattern=build_pattern())
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
