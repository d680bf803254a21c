/*
 * html_escape.h - the one escaping function of fimkit's HTML pages
 * (internal to src/report/).
 *
 * Writes s (at most max_chars characters, then an ellipsis) with & < > " '
 * as character references; invalid UTF-8, control characters other than tab
 * and newline, and Unicode noncharacters become U+FFFD, so that a page stays
 * valid HTML5 whatever a document or a file name contains.  NULL writes
 * nothing.
 */
#ifndef FIMKIT_HTML_ESCAPE_H
#define FIMKIT_HTML_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

void fk_html_escape_max(FILE *out, const char *s, size_t max_chars);
void fk_html_escape(FILE *out, const char *s);

#endif
