/*
 * latin.h - the String.Latin 1.1 character repertoire (XÖV, a subset of DIN
 * 91379), for rules that name the offending character.  The schemas check
 * the same repertoire with a pattern; both come from the table in
 * schemas/tools/gen-string-latin.py.
 */
#ifndef FIMKIT_LATIN_H
#define FIMKIT_LATIN_H

/* The first code point of the UTF-8 text s outside String.Latin 1.1 (base
   letter + combining mark pairs of the repertoire count as inside), or 0. */
unsigned long fk_latin_first_bad(const char *s);

#endif
