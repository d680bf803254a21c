/*
 * gaps_html.c - the gap report as one self-contained HTML page in the look
 * of the check report (src/report/html.c): a matrix of services by building
 * block, each cell coloured by its state, then every service with its
 * documents and the reasons it is not ready.  No script, nothing loaded,
 * no timestamp: the same run gives the same bytes.
 *
 * Every string taken from the model goes through fk_html_escape(), which is safe in
 * HTML text and in quoted attribute values.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "fimkit/gaps.h"
#include "html_page.h"

/* ---- the page ---------------------------------------------------------------------- */

static const char css[] =
	FK_HTML_BASE_CSS
	".tile .l{font-weight:600}\n"
	".tile.v-ready{border-left-color:var(--ok)}.tile.v-ready .n{color:var(--ok)}\n"
	".tile.v-not_ready{border-left-color:var(--crit)}.tile.v-not_ready .n{color:var(--crit)}\n"
	".tile.v-absent{border-left-color:var(--err)}.tile.v-absent .n{color:var(--err)}\n"
	".tile.v-required{border-left-color:var(--accent)}.tile.v-required .n{color:var(--accent)}\n"
	".path{overflow-wrap:anywhere}\n"
	".scroll{overflow-x:auto}\n"
	"table.matrix th,table.matrix td{padding:6px 5px}table.matrix th{letter-spacing:0;font-size:11px}\n"
	"table.matrix td.g{text-align:center;font-weight:600;white-space:nowrap;border:2px solid #fff}\n"
	".g-ok{background:#ecfdf3;color:var(--ok)}\n"
	".g-not_needed{background:#f2f4f7;color:var(--muted)}\n"
	".g-incomplete{background:#fffaeb;color:var(--warn-fg)}\n"
	".g-critical{background:#fff4ed;color:var(--meth)}\n"
	".g-invalid{background:#fef3f2;color:var(--crit)}\n"
	".g-missing{background:var(--crit);color:#fff}\n"
	".b-ready{background:#ecfdf3;color:var(--ok);border-color:#abefc6}\n"
	".b-not_ready{background:#fef3f2;color:var(--crit);border-color:#fecdca}\n"
	".b-absent{background:#f4f3ff;color:var(--err);border-color:#d9d6fe}\n"
	".b-required{background:#eff8ff;color:var(--accent);border-color:#b2ddff}\n"
	".legend{display:flex;flex-wrap:wrap;gap:8px 16px;color:var(--muted);font-size:12px;margin:10px 0 0}\n"
	".legend span.g{display:inline-block;padding:1px 8px;border-radius:4px;font-weight:600}\n"
	".group{border-top:1px solid var(--line);padding:16px 0 6px}\n"
	".group .head{margin:0 0 8px;color:var(--muted)}\n"
	"table.blocks{margin:0 0 10px}table.blocks td.g{width:150px;font-weight:600}\n"
	"ul.reasons{margin:6px 0 0;padding-left:20px}ul.reasons li{margin:2px 0}\n"
	"@media print{nav.toc{display:none}header.top{background:none;color:#000}"
	"section.card{border:0;padding:0}}\n";

static void write_header(const struct fk_gap_report *g, FILE *out)
{
	fputs("<header class=\"top\"><div class=\"wrap\">\n<h1><span class=\"tool\">", out);
	fk_html_escape(out, PACKAGE_NAME);
	fputs("</span> <span class=\"cmd\">gap report</span></h1>\n<ul class=\"meta\">\n"
	      "<li><span class=\"k\">Tool</span><b>", out);
	fk_html_escape(out, PACKAGE_NAME " " PACKAGE_VERSION);
	fputs("</b></li>\n<li><span class=\"k\">Command</span><code>", out);
	fk_html_escape(out, PACKAGE_NAME " gaps");
	fputs("</code></li>\n", out);
	fprintf(out, "<li><span class=\"k\">Services</span><b id=\"count-services\">%zu</b></li>\n",
		g->nservices);
	fprintf(out, "<li><span class=\"k\">Files</span><b>%zu</b></li>\n", g->report->count);
	if (g->require) {
		fputs("<li><span class=\"k\">Required</span><code>", out);
		fk_html_escape(out, g->require);
		fputs("</code></li>\n", out);
	}
	fputs("</ul>\n<nav class=\"toc\"><a href=\"#summary\">Summary</a><a href=\"#matrix\">Matrix</a>"
	      "<a href=\"#services\">Services</a></nav>\n</div></header>\n", out);
}

static void write_summary(const struct fk_gap_report *g, FILE *out)
{
	size_t bad = g->by_verdict[FK_GAP_NOT_READY] + g->by_verdict[FK_GAP_ABSENT];

	fputs("<section class=\"card\" id=\"summary\">\n<h2>Summary</h2>\n", out);
	if (!g->nservices)
		fputs("<p class=\"verdict fail\">No service found: no directory holds a Leistung, a "
		      "Prozess or a package manifest.</p>\n", out);
	else if (!bad)
		fprintf(out, "<p class=\"verdict pass\">%s%zu service%s ready to roll out.</p>\n",
			g->nservices == 1 ? "The " : "All ", g->nservices,
			g->nservices == 1 ? " is" : "s are");
	else
		fprintf(out, "<p class=\"verdict fail\">%zu of %zu service%s not ready.</p>\n", bad,
			g->nservices, g->nservices == 1 ? " is" : "s are");
	fputs("<div class=\"tiles\">\n", out);
	for (int v = FK_GAP_READY; v <= FK_GAP_ABSENT; v++)
		fprintf(out, "<div class=\"tile v-%s\"><span class=\"n\" id=\"count-%s\">%zu</span>"
			"<span class=\"l\">%s</span></div>\n", fk_gap_verdict_name((enum fk_gap_verdict)v),
			fk_gap_verdict_name((enum fk_gap_verdict)v), g->by_verdict[v],
			fk_gap_verdict_label((enum fk_gap_verdict)v));
	fprintf(out, "<div class=\"tile v-required\"><span class=\"n\" id=\"count-required\">%zu/%zu"
		"</span><span class=\"l\">required ready</span></div>\n</div>\n", g->required_ready,
		g->required);
	fputs("</section>\n", out);
}

static void write_cell(FILE *out, const struct fk_gap_report *g, const struct fk_gap_cell *c)
{
	fprintf(out, "<td class=\"g g-%s\" data-state=\"%s\" title=\"", fk_gap_state_name(c->state),
		fk_gap_state_name(c->state));
	for (size_t i = 0; i < c->nfiles; i++) {
		if (i)
			fputs(", ", out);
		fk_html_escape(out, g->report->files[c->files[i]].path);
	}
	for (size_t i = 0; i < c->nabsent; i++) {
		fputs(i || c->nfiles ? "; absent: " : "absent: ", out);
		fk_html_escape(out, c->absent[i]);
	}
	fputs("\">", out);
	fk_html_escape(out, fk_gap_state_label(c->state));
	fputs("</td>", out);
}

static const enum fk_severity sev_order[FK_SEV_COUNT] = {
	FK_SEV_CRITICAL, FK_SEV_METHOD, FK_SEV_WARNING, FK_SEV_INFO,
};

static void write_matrix(const struct fk_gap_report *g, FILE *out)
{
	fputs("<section class=\"card\" id=\"matrix\">\n<h2>Services by building block</h2>\n", out);
	if (!g->nservices) {
		fputs("<p class=\"empty\">No services.</p>\n</section>\n", out);
		return;
	}
	fputs("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>Leistungsschl\xC3\xBCssel</th>", out);
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++) {
		fputs("<th>", out);
		fk_html_escape(out, fk_gap_block_label(b));
		fputs("</th>", out);
	}
	for (int s = 0; s < FK_SEV_COUNT; s++)
		fprintf(out, "<th class=\"num\">%s</th>", fk_severity_name(sev_order[s]));
	fputs("<th>Verdict</th></tr></thead>\n<tbody>\n", out);
	for (size_t i = 0; i < g->nservices; i++) {
		const struct fk_gap_service *s = &g->services[i];
		const char *v = fk_gap_verdict_name(s->verdict);

		fprintf(out, "<tr data-verdict=\"%s\" data-key=\"", v);
		fk_html_escape(out, s->key);
		fprintf(out, "\"><td><a href=\"#service-%zu\"><code>", i);
		fk_html_escape(out, s->key ? s->key : "(none)");
		fputs("</code></a>", out);
		if (s->name) {
			fputs("<span class=\"sub\">", out);
			fk_html_escape(out, s->name);
			fputs("</span>", out);
		}
		fputs("</td>", out);
		for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++)
			write_cell(out, g, &s->blocks[b]);
		for (int k = 0; k < FK_SEV_COUNT; k++)
			fprintf(out, "<td class=\"num%s\">%zu</td>",
				s->by_severity[sev_order[k]] ? "" : " zero", s->by_severity[sev_order[k]]);
		fprintf(out, "<td><span class=\"badge b-%s\">%s</span>", v,
			fk_gap_verdict_label(s->verdict));
		if (s->required)
			fputs(" <span class=\"badge b-required\">required</span>", out);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table></div>\n<div class=\"legend\">", out);
	for (int st = 0; st < FK_GAP_STATE_COUNT; st++)
		fprintf(out, "<span class=\"g g-%s\">%s</span>", fk_gap_state_name((enum fk_gap_state)st),
			fk_gap_state_label((enum fk_gap_state)st));
	fputs("</div>\n</section>\n", out);
}

static void write_list(FILE *out, char **v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputs(", ", out);
		fk_html_escape(out, v[i]);
	}
}

static void write_service(const struct fk_gap_report *g, size_t idx, FILE *out)
{
	const struct fk_gap_service *s = &g->services[idx];
	const char *v = fk_gap_verdict_name(s->verdict);

	fprintf(out, "<div class=\"group\" id=\"service-%zu\">\n<h3><code>", idx);
	fk_html_escape(out, s->key ? s->key : "(no Leistungsschl\xC3\xBCssel)");
	fputs("</code>", out);
	if (s->name) {
		fputs(" \xC2\xB7 ", out);
		fk_html_escape(out, s->name);
	}
	fprintf(out, " <span class=\"badge b-%s\">%s</span>", v, fk_gap_verdict_label(s->verdict));
	if (s->required)
		fputs(" <span class=\"badge b-required\">required</span>", out);
	fputs("</h3>\n<p class=\"head\">", out);
	if (s->npackages) {
		fputs("Package: ", out);
		write_list(out, s->packages, s->npackages);
	} else {
		fputs("In no package", out);
	}
	fputs("</p>\n<table class=\"blocks\">\n<thead><tr><th>Building block</th><th>State</th>"
	      "<th>Documents</th><th>Referred to, absent</th></tr></thead>\n<tbody>\n", out);
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++) {
		const struct fk_gap_cell *c = &s->blocks[b];

		fputs("<tr><td>", out);
		fk_html_escape(out, fk_gap_block_label(b));
		fprintf(out, "</td><td class=\"g g-%s\">", fk_gap_state_name(c->state));
		fk_html_escape(out, fk_gap_state_label(c->state));
		fputs("</td><td class=\"path\">", out);
		for (size_t i = 0; i < c->nfiles; i++) {
			if (i)
				fputs("<br>", out);
			fk_html_escape(out, g->report->files[c->files[i]].path);
		}
		fputs("</td><td>", out);
		write_list(out, c->absent, c->nabsent);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table>\n", out);
	if (s->nreasons) {
		fputs("<ul class=\"reasons\">\n", out);
		for (size_t i = 0; i < s->nreasons; i++) {
			fputs("<li>", out);
			fk_html_escape(out, s->reasons[i]);
			fputs("</li>\n", out);
		}
		fputs("</ul>\n", out);
	} else {
		fputs("<p class=\"empty\">Ready: every building block is there, valid and free of "
		      "critical findings.</p>\n", out);
	}
	fputs("</div>\n", out);
}

int fk_gaps_write_html(const struct fk_gap_report *g, FILE *out)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"", out);
	fk_html_escape(out, PACKAGE_NAME " " PACKAGE_VERSION);
	fputs("\">\n<title>", out);
	fk_html_escape(out, PACKAGE_NAME);
	fputs(" gap report</title>\n<style>\n", out);
	fputs(css, out);
	fputs("</style>\n</head>\n<body>\n", out);
	write_header(g, out);
	fputs("<main class=\"wrap\">\n", out);
	write_summary(g, out);
	write_matrix(g, out);
	fputs("<section class=\"card\" id=\"services\">\n<h2>Services</h2>\n", out);
	if (!g->nservices)
		fputs("<p class=\"empty\">No services.</p>\n", out);
	for (size_t i = 0; i < g->nservices; i++)
		write_service(g, i, out);
	fputs("</section>\n", out);
	if (g->noutside) {
		fputs("<section class=\"card\" id=\"outside\">\n<h2>Files in no package</h2>\n"
		      "<ul>\n", out);
		for (size_t i = 0; i < g->noutside; i++) {
			fputs("<li class=\"path\">", out);
			fk_html_escape(out, g->report->files[g->outside[i]].path);
			fputs("</li>\n", out);
		}
		fputs("</ul>\n</section>\n", out);
	}
	fputs("</main>\n<footer class=\"wrap\">", out);
	fk_html_escape(out, "Written by " PACKAGE_NAME " " PACKAGE_VERSION
	    ". This page is self-contained: it loads nothing and works offline.");
	fputs("</footer>\n</body>\n</html>\n", out);
	return ferror(out) ? -1 : 0;
}
