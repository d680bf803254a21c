/* html_page.c - what the check report and the gap report pages share. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>

#include "html_page.h"

static void put_replacement(FILE *out)
{
	fputs("\xEF\xBF\xBD", out); /* U+FFFD */
}

/*
 * The one escaping function.  Writes at most max_chars characters of s
 * (then an ellipsis) with & < > " ' as character references; invalid UTF-8,
 * control characters other than tab and newline, and Unicode noncharacters
 * become U+FFFD, so that the page stays valid HTML5 whatever a document or
 * a file name contains.  NULL writes nothing.
 */
void fk_html_escape_max(FILE *out, const char *s, size_t max_chars)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t nchars = 0;

	if (!s)
		return;
	while (*p) {
		unsigned c = *p;
		unsigned long cp;
		size_t len, k;

		if (nchars++ == max_chars) {
			fputs("\xE2\x80\xA6", out); /* U+2026 */
			return;
		}
		if (c < 0x80) {
			p++;
			switch (c) {
			case '&': fputs("&amp;", out); continue;
			case '<': fputs("&lt;", out); continue;
			case '>': fputs("&gt;", out); continue;
			case '"': fputs("&quot;", out); continue;
			case '\'': fputs("&#39;", out); continue;
			case '\t': case '\n': fputc((int)c, out); continue;
			case '\r': fputc(' ', out); continue;
			}
			if (c < 0x20 || c == 0x7F)
				put_replacement(out);
			else
				fputc((int)c, out);
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			put_replacement(out);
			p++;
			continue;
		}
		for (k = 1; k < len; k++) {
			if ((p[k] & 0xC0) != 0x80)
				break;
			cp = (cp << 6) | (p[k] & 0x3F);
		}
		if (k < len
		    || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
		    || (cp >= 0xD800 && cp <= 0xDFFF)
		    || (cp >= 0x80 && cp <= 0x9F)                 /* C1 controls */
		    || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
			put_replacement(out);
			p++;
			continue;
		}
		fwrite(p, 1, len, out);
		p += len;
	}
}

void fk_html_escape(FILE *out, const char *s)
{
	fk_html_escape_max(out, s, SIZE_MAX);
}
