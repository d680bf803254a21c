/*
 * message.c - libxml2's schema messages, rewritten for people.
 *
 *   Element '{urn:...}beschreibung': This element is not expected.
 *       Expected is ( {urn:...}name ).
 * becomes
 *   unexpected element 'beschreibung'; expected: name
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlregexp.h>

#include "fimkit/buf.h"
#include "fimkit/schema.h"

/* Patterns longer than this are not repeated in messages. */
#define MAX_PATTERN_SHOWN 60

/* Removes "{namespace}" qualifiers: URIs contain no space, quote or brace. */
static char *strip_namespaces(const char *s)
{
	struct fk_buf b = FK_BUF_INIT;

	while (*s) {
		if (*s == '{') {
			size_t n = strcspn(s + 1, "}' {");

			if (s[1 + n] == '}' && n > 0) {
				s += n + 2;
				continue;
			}
		}
		fk_buf_addc(&b, *s++);
	}
	return fk_buf_detach(&b);
}

static void trim_end(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '.'))
		s[--n] = '\0';
}

/* Text between "( " and " )" of an "Expected is ( ... )" clause. */
static char *expected_list(const char *rest, int *several)
{
	const char *p = strstr(rest, "Expected is ");
	const char *open, *close;

	if (!p)
		return NULL;
	*several = strncmp(p, "Expected is one of", 18) == 0;
	open = strchr(p, '(');
	close = open ? strrchr(open, ')') : NULL;
	if (!open || !close || close <= open + 1)
		return NULL;
	open++;
	while (*open == ' ')
		open++;
	while (close > open && close[-1] == ' ')
		close--;
	return fk_xstrndup(open, (size_t)(close - open));
}

/* Decodes one UTF-8 code point; returns its length (1 for invalid bytes). */
static size_t utf8_next(const unsigned char *s, unsigned *cp)
{
	if (s[0] < 0x80) { *cp = s[0]; return 1; }
	if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
		return 2;
	}
	if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		*cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
		return 3;
	}
	if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
	    (s[3] & 0xC0) == 0x80) {
		*cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
		      (s[3] & 0x3Fu);
		return 4;
	}
	*cp = s[0];
	return 1;
}

/*
 * For a long character-class pattern (String.Latin): the first character of
 * value that the pattern does not accept on its own, written as "U+XXXX";
 * NULL when none is found.  Combining marks are tried after their base.
 */
static char *first_rejected_char(const char *pattern, const char *value)
{
	xmlRegexpPtr re = xmlRegexpCompile((const xmlChar *)pattern);
	const unsigned char *p = (const unsigned char *)value;
	const unsigned char *prev = NULL;
	char *found = NULL;

	if (!re)
		return NULL;
	while (*p && !found) {
		unsigned cp;
		size_t n = utf8_next(p, &cp);
		char one[16] = { 0 };
		int ok;

		memcpy(one, p, n);
		ok = xmlRegexpExec(re, (const xmlChar *)one) == 1;
		if (!ok && prev) {
			/* a combining sequence: base + mark */
			char two[24] = { 0 };
			size_t pn = (size_t)(p - prev);

			memcpy(two, prev, pn);
			memcpy(two + pn, p, n);
			ok = xmlRegexpExec(re, (const xmlChar *)two) == 1;
		}
		if (!ok)
			found = fk_xasprintf("U+%04X", cp);
		prev = p;
		p += n;
	}
	xmlRegFreeRegexp(re);
	return found;
}

static char *rewrite_pattern(const char *subject, const char *rest)
{
	const char *v = strstr(rest, "The value '");
	const char *pat = strstr(rest, "' is not accepted by the pattern '");
	char *value, *pattern, *bad, *out;
	size_t plen;

	if (!v || !pat || pat < v)
		return NULL;
	v += strlen("The value '");
	value = fk_xstrndup(v, (size_t)(pat - v));
	pat += strlen("' is not accepted by the pattern '");
	plen = strlen(pat);
	if (plen > 0 && pat[plen - 1] == '\'')
		plen--;
	pattern = fk_xstrndup(pat, plen);
	if (plen <= MAX_PATTERN_SHOWN) {
		out = fk_xasprintf("%s: value '%s' does not match the pattern '%s'", subject, value,
				   pattern);
	} else {
		bad = first_rejected_char(pattern, value);
		if (bad)
			out = fk_xasprintf("%s: value '%s' contains a character outside the permitted "
					   "character set (%s; String.Latin, DIN 91379)", subject, value, bad);
		else
			out = fk_xasprintf("%s: value '%s' does not match the required pattern",
					   subject, value);
		free(bad);
	}
	free(value);
	free(pattern);
	return out;
}

/*
 * True when dropping namespaces would make the message contradict itself:
 * "unexpected element 'Identification'; expected Identification" (the
 * element is in a namespace where an unqualified one is expected).
 */
static int namespaces_matter(const char *stripped)
{
	const char *name, *q, *list;
	char *elem;
	int clash = 0;

	if (strncmp(stripped, "Element '", 9) != 0)
		return 0;
	name = stripped + 9;
	q = strchr(name, '\'');
	list = strstr(stripped, "Expected is");
	if (!q || !list)
		return 0;
	elem = fk_xstrndup(name, (size_t)(q - name));
	for (const char *p = strstr(list, elem); p; p = strstr(p + 1, elem)) {
		char before = p[-1], after = p[strlen(elem)];

		if ((before == ' ' || before == '(') && (after == ' ' || after == ',' || after == ')'))
			clash = 1;
	}
	free(elem);
	return clash;
}

char *fk_schema_message(const char *libxml_message)
{
	const char *raw = libxml_message ? libxml_message : "schema error";
	char *s = strip_namespaces(raw);

	if (namespaces_matter(s)) {
		free(s);
		s = fk_xstrdup(raw);
	}
	char *subject = NULL, *list = NULL, *out = NULL;
	const char *rest = s;
	int several = 0;

	trim_end(s);
	/* "Element 'x': ..." or "Element 'x', attribute 'a': ..." */
	if (!strncmp(s, "Element '", 9)) {
		const char *name = s + 9;
		const char *q = strchr(name, '\'');

		if (q) {
			const char *colon = strstr(q, ": ");
			char *elem = fk_xstrndup(name, (size_t)(q - name));

			if (!strncmp(q, "', attribute '", 14)) {
				const char *an = q + 14;
				const char *aq = strchr(an, '\'');

				if (aq)
					subject = fk_xasprintf("attribute '%.*s' of element '%s'",
							       (int)(aq - an), an, elem);
			}
			if (!subject)
				subject = fk_xasprintf("element '%s'", elem);
			if (colon)
				rest = colon + 2;
			free(elem);
		}
	}
	if (!subject) {
		/* Not about one element (e.g. a schema that does not compile). */
		out = fk_xstrdup(s);
		if (out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z'))
			out[0] = (char)(out[0] - 'A' + 'a');
		free(s);
		return out;
	}

	if (strstr(rest, "This element is not expected")) {
		list = expected_list(rest, &several);
		if (list)
			out = fk_xasprintf("unexpected %s; expected %s%s", subject,
					   several ? "one of: " : "", list);
		else
			out = fk_xasprintf("unexpected %s", subject);
	} else if (strstr(rest, "Missing child element(s)")) {
		list = expected_list(rest, &several);
		out = fk_xasprintf("%s is incomplete: missing %s%s", subject,
				   several ? "one of: " : "", list ? list : "a child element");
	} else if (strstr(rest, "[facet 'pattern']")) {
		out = rewrite_pattern(subject, rest);
	} else if (strstr(rest, "[facet 'enumeration']")) {
		const char *v = strstr(rest, "The value '");
		const char *set = strstr(rest, "' is not an element of the set {");

		if (v && set && set > v) {
			const char *items = set + strlen("' is not an element of the set {");
			size_t n = strlen(items);

			v += strlen("The value '");
			if (n > 0 && items[n - 1] == '}')
				n--;
			out = fk_xasprintf("%s: value '%.*s' is not allowed; expected one of: %.*s",
					   subject, (int)(set - v), v, (int)n, items);
		}
	} else if (strstr(rest, "No matching global declaration available for the validation root")) {
		out = fk_xasprintf("%s is not a root element the schema declares", subject);
	}
	if (!out) {
		/* Generic form: "element 'x': the rest", first letter lowered. */
		char *r = fk_xstrdup(rest);

		if (r[0] >= 'A' && r[0] <= 'Z' && !(r[1] >= 'A' && r[1] <= 'Z'))
			r[0] = (char)(r[0] - 'A' + 'a');
		out = fk_xasprintf("%s: %s", subject, r);
		free(r);
	}
	free(list);
	free(subject);
	free(s);
	return out;
}
