/*
 * latin.c - the String.Latin 1.1 repertoire as merged code-point runs, from
 * the RANGES and SEQUENCES data of schemas/tools/gen-string-latin.py (keep
 * both in step; tests/rules 1131 and Z309 fixtures and the schema agreement
 * test would notice a difference).
 */
#include <config.h>

#include <stddef.h>

#include "fimkit/latin.h"

static const struct { unsigned long first, last; } latin_runs[] = {
	{0x0009, 0x000A}, {0x000D, 0x000D}, {0x0020, 0x007E}, {0x00A1, 0x00AC},
	{0x00AE, 0x0107}, {0x010A, 0x011B}, {0x011E, 0x0123}, {0x0126, 0x0131},
	{0x0134, 0x015B}, {0x015E, 0x016B}, {0x016E, 0x017E}, {0x018F, 0x018F},
	{0x01A0, 0x01A1}, {0x01AF, 0x01B0}, {0x01B7, 0x01B7}, {0x01CD, 0x01D4},
	{0x01DE, 0x01DF}, {0x01E4, 0x01F0}, {0x01F4, 0x01F5}, {0x01FA, 0x01FF},
	{0x0218, 0x021B}, {0x021E, 0x021F}, {0x022A, 0x022B}, {0x022E, 0x0233},
	{0x0259, 0x0259}, {0x0292, 0x0292}, {0x1E02, 0x1E03}, {0x1E0A, 0x1E0B},
	{0x1E10, 0x1E11}, {0x1E1E, 0x1E21}, {0x1E24, 0x1E27}, {0x1E30, 0x1E31},
	{0x1E40, 0x1E41}, {0x1E44, 0x1E45}, {0x1E56, 0x1E57}, {0x1E60, 0x1E63},
	{0x1E6A, 0x1E6B}, {0x1E80, 0x1E85}, {0x1E8C, 0x1E93}, {0x1E9E, 0x1E9E},
	{0x1EA0, 0x1EA7}, {0x1EAA, 0x1EAC}, {0x1EAE, 0x1EC1}, {0x1EC4, 0x1ED3},
	{0x1ED6, 0x1EDD}, {0x1EE4, 0x1EF9}, {0x20AC, 0x20AC},
};

/* Base letter + combining mark pairs that are part of the repertoire. */
static const struct { char base; unsigned long mark; } latin_sequences[] = {
	{'D', 0x0302}, {'d', 0x0302}, {'L', 0x0302}, {'l', 0x0302}, {'M', 0x0302},
	{'m', 0x0302}, {'N', 0x0302}, {'n', 0x0302}, {'J', 0x030C},
};

static int latin_char(unsigned long cp)
{
	size_t lo = 0, hi = sizeof(latin_runs) / sizeof(latin_runs[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < latin_runs[mid].first)
			hi = mid;
		else if (cp > latin_runs[mid].last)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

static int latin_sequence(unsigned long prev, unsigned long cp)
{
	for (size_t i = 0; i < sizeof(latin_sequences) / sizeof(latin_sequences[0]); i++)
		if ((unsigned long)(unsigned char)latin_sequences[i].base == prev &&
		    latin_sequences[i].mark == cp)
			return 1;
	return 0;
}

/* Decodes one UTF-8 sequence; a broken one yields U+FFFD. */
static unsigned long utf8_next(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	unsigned long cp;
	int n;

	if (p[0] < 0x80) {
		cp = p[0];
		n = 1;
	} else if ((p[0] & 0xE0) == 0xC0) {
		cp = p[0] & 0x1F;
		n = 2;
	} else if ((p[0] & 0xF0) == 0xE0) {
		cp = p[0] & 0x0F;
		n = 3;
	} else {
		cp = p[0] & 0x07;
		n = 4;
	}
	for (int i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*pp = p + i;
			return 0xFFFD;
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	*pp = p + n;
	return cp;
}

unsigned long fk_latin_first_bad(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long prev = 0;

	while (*p) {
		unsigned long cp = utf8_next(&p);

		if (!latin_char(cp) && !latin_sequence(prev, cp))
			return cp;
		prev = cp;
	}
	return 0;
}
