/*
 * html_page.h - what fimkit's HTML pages (the check report, the gap report)
 * share: the one escaping function and the base style.  Internal to
 * src/report/.
 *
 * fk_html_escape_max writes s (at most max_chars characters, then an ellipsis) with & < > " '
 * as character references; invalid UTF-8, control characters other than tab
 * and newline, and Unicode noncharacters become U+FFFD, so that a page stays
 * valid HTML5 whatever a document or a file name contains.  NULL writes
 * nothing.
 */
#ifndef FIMKIT_HTML_PAGE_H
#define FIMKIT_HTML_PAGE_H

#include <stddef.h>
#include <stdio.h>

void fk_html_escape_max(FILE *out, const char *s, size_t max_chars);
void fk_html_escape(FILE *out, const char *s);

/* The style both HTML reports start from (the check report's look);
   each page appends its own rules. */
#define FK_HTML_BASE_CSS \
	":root{--fg:#1d2430;--muted:#5b6474;--line:#d9dee7;--bg:#f5f7fa;--card:#fff;" \
	"--accent:#0b4f8a;--crit:#b42318;--meth:#d9650b;--warn:#e0b000;--warn-fg:#8a6100;--info:#175cd3;" \
	"--ok:#067647;--err:#6941c6}\n" \
	"*{box-sizing:border-box}\n" \
	"body{margin:0;background:var(--bg);color:var(--fg);" \
	"font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif}\n" \
	"code,.mono{font-family:ui-monospace,\"SFMono-Regular\",Menlo,Consolas,\"DejaVu Sans Mono\",monospace;font-size:12.5px}\n" \
	"a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}\n" \
	"header.top{background:#0b3d66;color:#fff;padding:18px 0 0}\n" \
	".wrap{max-width:1240px;margin:0 auto;padding:0 24px}\n" \
	"h1{margin:0 0 10px;font-size:22px;font-weight:600}h1 .tool{font-weight:700;letter-spacing:.02em}\n" \
	"h1 .cmd{opacity:.85;font-weight:400}\n" \
	"ul.meta{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0 0 14px;padding:0;list-style:none}\n" \
	"ul.meta .k{opacity:.75;margin-right:6px}ul.meta b{font-weight:600}\n" \
	"nav.toc{display:flex;gap:2px;flex-wrap:wrap}\n" \
	"nav.toc a{color:#fff;padding:8px 14px;border-radius:6px 6px 0 0;opacity:.85}\n" \
	"nav.toc a:hover{background:rgba(255,255,255,.12);text-decoration:none;opacity:1}\n" \
	"main{padding:8px 0 40px}\n" \
	"section.card{background:var(--card);border:1px solid var(--line);border-radius:8px;" \
	"padding:18px 20px;margin:18px 0}\n" \
	"h2{font-size:18px;margin:0 0 12px}h3{font-size:15px;margin:0 0 6px}\n" \
	".verdict{padding:10px 14px;border-radius:6px;margin:0 0 16px;font-weight:600}\n" \
	".verdict.pass{background:#ecfdf3;color:var(--ok);border:1px solid #abefc6}\n" \
	".verdict.fail{background:#fef3f2;color:var(--crit);border:1px solid #fecdca}\n" \
	".tiles{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:12px;margin:0 0 14px}\n" \
	".tile{border:1px solid var(--line);border-left:5px solid;border-radius:6px;padding:10px 14px}\n" \
	".tile .n{display:block;font-size:28px;font-weight:700;line-height:1.1}\n" \
	"table{border-collapse:collapse;width:100%}\n" \
	"th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}\n" \
	"th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);" \
	"background:#f9fafb;font-weight:600}\n" \
	"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n" \
	"td.zero{color:#b0b7c3}\n" \
	".sub{display:block;color:var(--muted);font-size:12.5px}\n" \
	".badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;" \
	"white-space:nowrap;border:1px solid transparent}\n" \
	".group:first-of-type{border-top:0;padding-top:4px}\n" \
	".empty{color:var(--muted);font-style:italic}\n" \
	"footer{color:var(--muted);font-size:12px;padding:0 0 32px}\n" \
	"@media (max-width:800px){.tiles{grid-template-columns:repeat(2,minmax(0,1fr))}}\n"

#endif
