/*
 * html.c - the HTML report: one self-contained page (inline CSS, an inline
 * SVG chart and a little inline JavaScript for filtering) that loads nothing
 * and opens offline from file://.  See docs/html-report.md.
 *
 * Every string taken from the report goes through fk_html_escape(), which is safe in
 * HTML text and in double- or single-quoted attribute values.  The page
 * carries no timestamp, so the same run gives the same bytes.
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"
#include "html_page.h"

/* Severities, worst first: the order of every list and column on the page. */
static const enum fk_severity sev_order[FK_SEV_COUNT] = {
	FK_SEV_CRITICAL, FK_SEV_METHOD, FK_SEV_WARNING, FK_SEV_INFO,
};

/* The FIM Portal's names for the severities. */
static const char *sev_name_de(enum fk_severity s)
{
	switch (s) {
	case FK_SEV_CRITICAL: return "FehlerKritisch";
	case FK_SEV_METHOD: return "FehlerMethodisch";
	case FK_SEV_WARNING: return "Warnung";
	case FK_SEV_INFO: return "Hinweis";
	}
	return "";
}

#define CHART_RULES 10     /* rules shown in the chart */
#define CHART_LABEL 46     /* characters of a rule title in the chart */

/* ---- what the page needs from the model ------------------------------------------- */

static const char *rule_category(const char *code)
{
	const struct fk_rule *rule = code ? fk_rule_find(code) : NULL;

	return rule ? rule->category : NULL;
}

/* Rule titles and messages are German with --lang=de. */
static const char *text_lang(const struct fk_report *r)
{
	return r->rules && r->rules->lang == FK_LANG_DE ? " lang=\"de\"" : "";
}

/* One finding, with where it sits in the report. */
struct ref {
	const struct fk_diag *d;
	size_t file;
	size_t k;
};

/* The findings of one rule: refs[start .. start + n). */
struct group {
	const char *code;
	size_t start;
	size_t n;
	size_t files;
	size_t sev[FK_SEV_COUNT];
};

static int ref_cmp(const void *a, const void *b)
{
	const struct ref *x = a, *y = b;
	int c = strcmp(x->d->rule ? x->d->rule : "", y->d->rule ? y->d->rule : "");

	if (c)
		return c;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

static int group_cmp(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->code, y->code);
}

struct index {
	struct ref *refs;
	size_t nrefs;
	struct group *groups;
	size_t ngroups;
};

static void index_build(const struct fk_report *r, struct index *ix)
{
	size_t n = 0;

	memset(ix, 0, sizeof(*ix));
	for (size_t i = 0; i < r->count; i++)
		n += r->files[i].diags.count;
	if (!n)
		return;
	ix->refs = fk_xcalloc(n, sizeof(*ix->refs));
	for (size_t i = 0; i < r->count; i++)
		for (size_t k = 0; k < r->files[i].diags.count; k++) {
			ix->refs[ix->nrefs].d = &r->files[i].diags.items[k];
			ix->refs[ix->nrefs].file = i;
			ix->refs[ix->nrefs].k = k;
			ix->nrefs++;
		}
	qsort(ix->refs, ix->nrefs, sizeof(*ix->refs), ref_cmp);
	ix->groups = fk_xcalloc(n, sizeof(*ix->groups));
	for (size_t i = 0; i < ix->nrefs; i++) {
		const struct ref *f = &ix->refs[i];
		const char *code = f->d->rule ? f->d->rule : "";
		struct group *g = ix->ngroups ? &ix->groups[ix->ngroups - 1] : NULL;

		if (!g || strcmp(g->code, code)) {
			g = &ix->groups[ix->ngroups++];
			g->code = code;
			g->start = i;
		}
		if (!g->n || ix->refs[i - 1].file != f->file)
			g->files++;
		g->n++;
		if ((unsigned)f->d->severity < FK_SEV_COUNT)
			g->sev[f->d->severity]++;
	}
	qsort(ix->groups, ix->ngroups, sizeof(*ix->groups), group_cmp);
}

static void index_release(struct index *ix)
{
	free(ix->refs);
	free(ix->groups);
}

/* Anchor number of a rule's section. */
static size_t group_of(const struct index *ix, const char *code)
{
	for (size_t g = 0; g < ix->ngroups; g++)
		if (!strcmp(ix->groups[g].code, code ? code : ""))
			return g;
	return 0;
}

/* A file gets a section in "findings by file" when it has findings or an error. */
static int file_listed(const struct fk_file_report *f)
{
	return f->diags.count || f->error;
}

/* ---- the page ---------------------------------------------------------------------- */

static const char css[] =
	FK_HTML_BASE_CSS
	"[hidden]{display:none!important}\n"
	"html{-webkit-text-size-adjust:100%}\n"
	".tile .l{font-weight:600}.tile .de{color:var(--muted);font-size:12px;margin-left:6px}\n"
	".tile.sev-critical{border-left-color:var(--crit)}.tile.sev-critical .n{color:var(--crit)}\n"
	".tile.sev-method{border-left-color:var(--meth)}.tile.sev-method .n{color:var(--meth)}\n"
	".tile.sev-warning{border-left-color:var(--warn)}.tile.sev-warning .n{color:var(--warn-fg)}\n"
	".tile.sev-info{border-left-color:var(--info)}.tile.sev-info .n{color:var(--info)}\n"
	".stats{display:flex;flex-wrap:wrap;gap:8px 32px;margin:0 0 8px;color:var(--muted)}\n"
	".stats b{color:var(--fg)}\n"
	"ul.notes{margin:8px 0 0;padding-left:20px;color:var(--muted)}\n"
	"#summary h3{margin-top:20px}\n"
	".chart{max-width:860px}.chart svg{width:100%;height:auto;display:block}\n"
	".chart text{font-size:12px;fill:var(--fg)}.chart .num{fill:var(--muted)}\n"
	".b-critical{fill:var(--crit)}.b-method{fill:var(--meth)}.b-warning{fill:var(--warn)}.b-info{fill:var(--info)}\n"
	".legend{display:flex;gap:16px;color:var(--muted);font-size:12px;margin:6px 0 0}\n"
	".legend .sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}\n"
	"tbody tr:hover{background:#f5f8ff}\n"
	".path{overflow-wrap:anywhere;min-width:16em}.path .dir{color:var(--muted)}.path b{font-weight:600}\n"
	".xpath{display:block;color:var(--muted);overflow-wrap:anywhere;margin-top:2px}\n"
	".st-ok{background:#ecfdf3;color:var(--ok);border-color:#abefc6}\n"
	".st-failed{background:#fef3f2;color:var(--crit);border-color:#fecdca}\n"
	".st-error{background:#f4f3ff;color:var(--err);border-color:#d9d6fe}\n"
	".sc-valid{color:var(--ok)}.sc-invalid{color:var(--crit);font-weight:600}.sc-none{color:var(--muted)}\n"
	".sev{display:inline-block;min-width:64px;text-align:center;padding:1px 6px;border-radius:4px;"
	"font-size:12px;font-weight:600;color:#fff}\n"
	".sev-critical .sev{background:var(--crit)}.sev-method .sev{background:var(--meth)}\n"
	".sev-warning .sev{background:var(--warn);color:#2b2100}.sev-info .sev{background:var(--info)}\n"
	".rule .code{font-weight:700;white-space:nowrap}.rule .title{display:block;color:var(--muted);font-size:12.5px}\n"
	".obj{overflow-wrap:anywhere}\n"
	".filter{position:sticky;top:0;z-index:5;background:#fff;border:1px solid var(--line);"
	"border-radius:8px;padding:10px 16px;margin:18px 0;display:flex;flex-wrap:wrap;gap:8px 18px;"
	"align-items:center;box-shadow:0 2px 6px rgba(16,24,40,.06)}\n"
	".filter label{cursor:pointer;white-space:nowrap}.filter .shown{margin-left:auto;color:var(--muted)}\n"
	".filter .presets a{margin-right:10px}\n"
	".group{border-top:1px solid var(--line);padding:16px 0 6px;content-visibility:auto;"
	"contain-intrinsic-size:auto 240px}\n"
	".group .head{margin:0 0 8px;color:var(--muted)}.head .sub{display:inline;margin-left:.3em}\n"
	"table.findings{table-layout:fixed}\n"
	"table.findings tbody tr:last-child td{border-bottom:0}\n"
	".c-sev{width:96px}.c-rule{width:210px}.c-file{width:260px}.c-obj{width:190px}.c-line{width:70px}\n"
	".error{color:var(--err);font-weight:600}\n"
	"details summary{cursor:pointer;font-weight:600}\n"
	"@media print{.filter,nav.toc{display:none}header.top{background:none;color:#000}"
	"section.card{border:0;padding:0}.group{content-visibility:visible}}\n";

/*
 * Filtering: rows carry data-sev; the checkboxes (or the URL fragment
 * #severity=critical,method) decide which are shown.  Hidden rows and
 * emptied groups get the hidden attribute.  The script holds no report data.
 */
static const char script[] =
	"(function () {\n"
	"\t\"use strict\";\n"
	"\tvar sevs = [\"critical\", \"method\", \"warning\", \"info\"];\n"
	"\tvar rows = document.querySelectorAll(\"tr[data-sev]\");\n"
	"\tvar fileRows = document.querySelectorAll(\"#by-file tr[data-sev]\");\n"
	"\tvar groups = document.querySelectorAll(\"[data-group]\");\n"
	"\tvar shown = document.getElementById(\"shown\");\n"
	"\tvar bar = document.getElementById(\"filter\");\n"
	"\tfunction box(s) { return document.getElementById(\"show-\" + s); }\n"
	"\tfunction params() {\n"
	"\t\tvar h = location.hash.replace(/^#/, \"\"), o = {};\n"
	"\t\tif (h.indexOf(\"=\") < 0) return null;\n"
	"\t\th.split(\"&\").forEach(function (p) {\n"
	"\t\t\tvar i = p.indexOf(\"=\");\n"
	"\t\t\tif (i > 0) o[decodeURIComponent(p.slice(0, i))] = decodeURIComponent(p.slice(i + 1));\n"
	"\t\t});\n"
	"\t\treturn o;\n"
	"\t}\n"
	"\tfunction fromHash() {\n"
	"\t\tvar p = params(), want;\n"
	"\t\tif (!p || typeof p.severity !== \"string\") return false;\n"
	"\t\twant = p.severity.toLowerCase().split(\",\");\n"
	"\t\tif (want.indexOf(\"all\") >= 0) want = sevs;\n"
	"\t\tsevs.forEach(function (s) { box(s).checked = want.indexOf(s) >= 0; });\n"
	"\t\treturn true;\n"
	"\t}\n"
	"\tfunction apply() {\n"
	"\t\tvar on = {}, n = 0, i, j, r, any;\n"
	"\t\tsevs.forEach(function (s) {\n"
	"\t\t\tvar b = box(s);\n"
	"\t\t\ton[s] = b.defaultChecked = b.checked; /* the attribute follows, for --dump-dom */\n"
	"\t\t});\n"
	"\t\tfor (i = 0; i < rows.length; i++)\n"
	"\t\t\trows[i].hidden = !on[rows[i].getAttribute(\"data-sev\")];\n"
	"\t\tfor (i = 0; i < fileRows.length; i++)\n"
	"\t\t\tif (!fileRows[i].hidden) n++;\n"
	"\t\tfor (i = 0; i < groups.length; i++) {\n"
	"\t\t\tr = groups[i].querySelectorAll(\"tr[data-sev]\");\n"
	"\t\t\tany = r.length === 0;\n"
	"\t\t\tfor (j = 0; j < r.length && !any; j++) any = !r[j].hidden;\n"
	"\t\t\tgroups[i].hidden = !any;\n"
	"\t\t}\n"
	"\t\tshown.textContent = n + \" of \" + fileRows.length + \" findings shown\";\n"
	"\t}\n"
	"\tfunction store() {\n"
	"\t\tvar sel = sevs.filter(function (s) { return box(s).checked; });\n"
	"\t\ttry { history.replaceState(null, \"\", \"#severity=\" + sel.join(\",\")); } catch (e) { /* file: URL */ }\n"
	"\t}\n"
	"\tsevs.forEach(function (s) {\n"
	"\t\tbox(s).addEventListener(\"change\", function () { apply(); store(); });\n"
	"\t});\n"
	"\twindow.addEventListener(\"hashchange\", function () { if (fromHash()) apply(); });\n"
	"\tfromHash();\n"
	"\tapply();\n"
	"\tbar.hidden = false;\n"
	"}());\n";

static void write_sev_badge(FILE *out, enum fk_severity s)
{
	fprintf(out, "<span class=\"sev\" title=\"%s\">%s</span>", sev_name_de(s),
		fk_severity_name(s));
}

static void write_status_badge(FILE *out, enum fk_file_status st)
{
	fprintf(out, "<span class=\"badge st-%s\">%s</span>", fk_file_status_name(st),
		fk_file_status_name(st));
}

static void write_object(FILE *out, const char *id, const char *version)
{
	if (!id) {
		fputs("\xE2\x80\x94", out); /* em dash */
		return;
	}
	fputs("<code class=\"obj\">", out);
	fk_html_escape(out, id);
	if (version) {
		fputs(" V", out);
		fk_html_escape(out, version);
	}
	fputs("</code>", out);
}

static void write_line(FILE *out, const struct fk_diag *d)
{
	if (d->line <= 0)
		fputs("\xE2\x80\x94", out);
	else if (d->column > 0)
		fprintf(out, "%ld:%ld", d->line, d->column);
	else
		fprintf(out, "%ld", d->line);
}

static void write_rule_cell(FILE *out, const struct fk_report *r, const struct fk_diag *d,
			    const struct index *ix)
{
	const char *title = fk_report_rule_title(r, d->rule);

	fprintf(out, "<td class=\"rule\"><a class=\"code\" href=\"#rule-%zu\">",
		group_of(ix, d->rule));
	fk_html_escape(out, d->rule);
	fputs("</a>", out);
	if (title && *title) {
		fprintf(out, "<span class=\"title\"%s>", text_lang(r));
		fk_html_escape(out, title);
		fputs("</span>", out);
	}
	fputs("</td>", out);
}

/* Object cell: the finding's object, and its name when it is the file's root object. */
static void write_object_cell(FILE *out, const struct fk_diag *d, const struct fk_file_report *f)
{
	const struct fk_summary *s = &f->summary;

	fputs("<td class=\"object\">", out);
	write_object(out, d->object_id, d->object_version);
	if (d->object_id && s->object_id && s->object_name && !strcmp(d->object_id, s->object_id)) {
		fputs("<span class=\"sub\">", out);
		fk_html_escape(out, s->object_name);
		fputs("</span>", out);
	}
	fputs("</td>", out);
}

static void write_message_cell(FILE *out, const struct fk_report *r, const struct fk_diag *d)
{
	fprintf(out, "<td class=\"msg\"><span%s>", text_lang(r));
	fk_html_escape(out, d->message);
	fputs("</span>", out);
	if (d->xpath) {
		fputs("<code class=\"xpath\">", out);
		fk_html_escape(out, d->xpath);
		fputs("</code>", out);
	}
	fputs("</td>", out);
}

/* A path as its directory (muted) and its file name (bold). */
static void write_path(FILE *out, const char *path)
{
	const char *slash = path ? strrchr(path, '/') : NULL;

	if (slash && slash[1]) {
		char *dir = fk_xstrndup(path, (size_t)(slash + 1 - path));

		fputs("<span class=\"dir\">", out);
		fk_html_escape(out, dir);
		fputs("</span><wbr>", out);
		free(dir);
		path = slash + 1;
	}
	fputs("<b>", out);
	fk_html_escape(out, path);
	fputs("</b>", out);
}

static void write_standard(FILE *out, const struct fk_file_report *f)
{
	if (!f->detected) {
		fputs("<span class=\"sc-none\">not XML</span>", out);
		return;
	}
	if (f->det.standard == FK_STD_UNKNOWN) {
		fputs("<span class=\"sc-none\">unknown</span>", out);
		if (f->det.root_name) {
			fputs("<span class=\"sub\">root <code>", out);
			fk_html_escape(out, f->det.root_name);
			fputs("</code></span>", out);
		}
		return;
	}
	fk_html_escape(out, fk_standard_label(f->det.standard));
	if (!f->det.supported)
		fputs("<span class=\"sub\">not supported</span>", out);
	else if (f->det.message[0]) {
		fputs("<span class=\"sub\">message ", out);
		fk_html_escape(out, f->det.message);
		fputs("</span>", out);
	}
}

static void write_header(const struct fk_report *r, FILE *out)
{
	fputs("<header class=\"top\"><div class=\"wrap\">\n<h1><span class=\"tool\">", out);
	fk_html_escape(out, PACKAGE_NAME);
	fputs("</span> <span class=\"cmd\">", out);
	fk_html_escape(out, r->command);
	fputs(" report</span></h1>\n<ul class=\"meta\">\n<li><span class=\"k\">Tool</span><b>", out);
	fk_html_escape(out, PACKAGE_NAME " " PACKAGE_VERSION);
	fputs("</b></li>\n<li><span class=\"k\">Command</span><code>", out);
	fk_html_escape(out, PACKAGE_NAME);
	fputc(' ', out);
	fk_html_escape(out, r->command);
	fputs("</code></li>\n<li><span class=\"k\">Fails on</span><b id=\"fail-on\">", out);
	fk_html_escape(out, fk_severity_name(r->fail_on));
	fprintf(out, "</b></li>\n<li><span class=\"k\">Files</span><b>%zu</b></li>\n", r->count);
	fprintf(out, "<li><span class=\"k\">Schema validation</span><b>%s</b></li>\n",
		r->validated ? "yes" : "no");
	if (r->rules) {
		size_t on = 0;

		for (size_t i = 0; i < r->rules->nrules; i++)
			on += r->rules->rules[i].enabled != 0;
		fprintf(out, "<li><span class=\"k\">Quality rules</span><b><a href=\"#rules\" "
			"style=\"color:inherit\">%zu of %zu on</a></b></li>\n",
			on, r->rules->nrules);
	}
	fputs("</ul>\n<nav class=\"toc\"><a href=\"#summary\">Summary</a>"
	      "<a href=\"#files\">Files</a><a href=\"#by-file\">Findings by file</a>"
	      "<a href=\"#by-rule\">Findings by rule</a>", out);
	if (r->rules)
		fputs("<a href=\"#rules\">Rules</a>", out);
	fputs("</nav>\n</div></header>\n", out);
}

static void write_chart(const struct fk_report *r, const struct index *ix, FILE *out)
{
	size_t n = ix->ngroups < CHART_RULES ? ix->ngroups : CHART_RULES;
	size_t max = n ? ix->groups[0].n : 0;
	const unsigned label_w = 360, bar_w = 440, row_h = 26, width = 860;

	fputs("<h3>Most frequent rules</h3>\n", out);
	if (!n) {
		fputs("<p class=\"empty\">No findings.</p>\n", out);
		return;
	}
	fprintf(out, "<div class=\"chart\"><svg "
		"viewBox=\"0 0 %u %zu\" width=\"%u\" height=\"%zu\" role=\"img\" "
		"aria-label=\"Findings per rule, the %zu most frequent rules\">\n",
		width, n * row_h + 4, width, n * row_h + 4, n);
	for (size_t g = 0; g < n; g++) {
		const struct group *gr = &ix->groups[g];
		const char *title = fk_report_rule_title(r, gr->code);
		size_t y = g * row_h + 2;
		double x = label_w;

		fputs("<g><title>", out);
		fk_html_escape(out, gr->code);
		if (title && *title) {
			fputs(": ", out);
			fk_html_escape(out, title);
		}
		fprintf(out, " \xE2\x80\x93 %zu finding%s</title>", gr->n, gr->n == 1 ? "" : "s");
		fprintf(out, "<text x=\"0\" y=\"%zu\"><tspan font-weight=\"700\">", y + 16);
		fk_html_escape(out, gr->code);
		fputs("</tspan>", out);
		if (title && *title) {
			fputs(" ", out);
			fk_html_escape_max(out, title, CHART_LABEL);
		}
		fputs("</text>", out);
		for (size_t s = 0; s < FK_SEV_COUNT; s++) {
			enum fk_severity sev = sev_order[s];
			double w;

			if (!gr->sev[sev])
				continue;
			w = (double)bar_w * (double)gr->sev[sev] / (double)max;
			fprintf(out, "<rect class=\"b-%s\" x=\"%.1f\" y=\"%zu\" width=\"%.1f\" "
				"height=\"18\" rx=\"2\"/>", fk_severity_name(sev), x, y + 3, w);
			x += w;
		}
		fprintf(out, "<text class=\"num\" x=\"%.1f\" y=\"%zu\">%zu</text></g>\n",
			x + 6, y + 16, gr->n);
	}
	fputs("</svg></div>\n<div class=\"legend\">", out);
	for (size_t s = 0; s < FK_SEV_COUNT; s++)
		fprintf(out, "<span><span class=\"sw lg-%s\" style=\"background:var(--%s)\">&#8203;</span>%s</span>",
			fk_severity_name(sev_order[s]),
			sev_order[s] == FK_SEV_CRITICAL ? "crit" :
			sev_order[s] == FK_SEV_METHOD ? "meth" :
			sev_order[s] == FK_SEV_WARNING ? "warn" : "info",
			fk_severity_name(sev_order[s]));
	fputs("</div>\n", out);
}

static void write_summary(const struct fk_report *r, const struct index *ix, FILE *out)
{
	size_t bad = r->by_status[FK_FILE_FAILED] + r->by_status[FK_FILE_ERROR];

	fputs("<section class=\"card\" id=\"summary\">\n<h2>Summary</h2>\n", out);
	if (!bad)
		fprintf(out, "<p class=\"verdict pass\">%s%zu file%s passed: no finding at or above "
			"<em>%s</em>.</p>\n", r->count == 1 ? "The " : "All ", r->count,
			r->count == 1 ? "" : "s", fk_severity_name(r->fail_on));
	else
		fprintf(out, "<p class=\"verdict fail\">%zu of %zu file%s failed (findings at or "
			"above <em>%s</em>)%s.</p>\n", r->by_status[FK_FILE_FAILED], r->count,
			r->count == 1 ? "" : "s", fk_severity_name(r->fail_on),
			r->by_status[FK_FILE_ERROR] ? "; some could not be processed" : "");
	fputs("<div class=\"tiles\">\n", out);
	for (size_t s = 0; s < FK_SEV_COUNT; s++) {
		enum fk_severity sev = sev_order[s];

		fprintf(out, "<div class=\"tile sev-%s\"><span class=\"n\" id=\"count-%s\">%zu</span>"
			"<span class=\"l\">%s</span><span class=\"de\" lang=\"de\">%s</span></div>\n",
			fk_severity_name(sev), fk_severity_name(sev), r->by_severity[sev],
			fk_severity_name(sev), sev_name_de(sev));
	}
	fputs("</div>\n<div class=\"stats\">\n", out);
	fprintf(out, "<span>Files: <b id=\"count-files\">%zu</b></span>\n", r->count);
	for (int s = 0; s < FK_FILE_STATUS_COUNT; s++)
		fprintf(out, "<span>%s: <b id=\"count-status-%s\">%zu</b></span>\n",
			s == FK_FILE_OK ? "OK" : s == FK_FILE_FAILED ? "Failed" : "Not processed",
			fk_file_status_name((enum fk_file_status)s), r->by_status[s]);
	fprintf(out, "<span>Schema valid: <b id=\"count-schema-valid\">%zu</b></span>\n"
		"<span>Schema invalid: <b id=\"count-schema-invalid\">%zu</b></span>\n"
		"<span>Not validated: <b id=\"count-schema-not_checked\">%zu</b></span>\n",
		r->by_schema[FK_SCHEMA_VALID], r->by_schema[FK_SCHEMA_INVALID],
		r->by_schema[FK_SCHEMA_NOT_CHECKED]);
	if (r->baselined)
		fprintf(out, "<span>Left out by the baseline: <b id=\"count-baselined\">%zu</b>"
			"</span>\n", r->baselined);
	fputs("</div>\n", out);
	if (r->nnotes) {
		fputs("<ul class=\"notes\">\n", out);
		for (size_t i = 0; i < r->nnotes; i++) {
			fputs("<li>", out);
			fk_html_escape(out, r->notes[i]);
			fputs("</li>\n", out);
		}
		fputs("</ul>\n", out);
	}
	write_chart(r, ix, out);
	fputs("</section>\n", out);
}

static void write_files(const struct fk_report *r, FILE *out)
{
	fputs("<section class=\"card\" id=\"files\">\n<h2>Files</h2>\n", out);
	if (!r->count) {
		fputs("<p class=\"empty\">No files.</p>\n</section>\n", out);
		return;
	}
	fputs("<table class=\"files\">\n<thead><tr><th>File</th><th>Standard</th><th>Object</th>"
	      "<th>Schema</th><th>Status</th>", out);
	for (size_t s = 0; s < FK_SEV_COUNT; s++)
		fprintf(out, "<th class=\"num\">%s</th>", fk_severity_name(sev_order[s]));
	fputs("<th>Contains</th></tr></thead>\n<tbody>\n", out);
	for (size_t i = 0; i < r->count; i++) {
		const struct fk_file_report *f = &r->files[i];
		const struct fk_summary *s = &f->summary;
		const char *verdict = fk_schema_verdict_name(f->schema);
		size_t counts[FK_SEV_COUNT] = { 0 };

		fk_diag_list_count(&f->diags, counts);
		fputs("<tr data-path=\"", out);
		fk_html_escape(out, f->path);
		fprintf(out, "\" data-status=\"%s\"><td class=\"path\">", fk_file_status_name(f->status));
		if (file_listed(f))
			fprintf(out, "<a href=\"#file-%zu\">", i);
		write_path(out, f->path);
		if (file_listed(f))
			fputs("</a>", out);
		if (f->error) {
			fputs("<span class=\"sub error\">", out);
			fk_html_escape(out, f->error);
			fputs("</span>", out);
		}
		fputs("</td><td>", out);
		write_standard(out, f);
		fputs("</td><td>", out);
		if (s->object_id || s->object_name) {
			write_object(out, s->object_id, s->object_version);
			if (s->object_name) {
				fputs("<span class=\"sub\">", out);
				fk_html_escape(out, s->object_name);
				fputs("</span>", out);
			}
		} else {
			fputs("\xE2\x80\x94", out);
		}
		if (verdict)
			fprintf(out, "</td><td class=\"schema sc-%s\">%s</td>", verdict, verdict);
		else
			fputs("</td><td class=\"schema sc-none\">not checked</td>", out);
		fputs("<td class=\"status\">", out);
		write_status_badge(out, f->status);
		fputs("</td>", out);
		for (size_t k = 0; k < FK_SEV_COUNT; k++)
			fprintf(out, "<td class=\"num%s\" data-sev-count=\"%s\">%zu</td>",
				counts[sev_order[k]] ? "" : " zero", fk_severity_name(sev_order[k]),
				counts[sev_order[k]]);
		fputs("<td>", out);
		for (size_t k = 0; k < s->ncounts; k++) {
			fprintf(out, "%s%zu ", k ? ", " : "", s->counts[k].value);
			fk_html_escape(out, s->counts[k].value == 1 ? s->counts[k].singular : s->counts[k].plural);
		}
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table>\n</section>\n", out);
}

static void write_filter(const struct fk_report *r, FILE *out)
{
	size_t total = 0;

	for (size_t s = 0; s < FK_SEV_COUNT; s++)
		total += r->by_severity[s];
	fputs("<div class=\"filter\" id=\"filter\" hidden>\n<strong>Show</strong>\n", out);
	for (size_t s = 0; s < FK_SEV_COUNT; s++) {
		const char *name = fk_severity_name(sev_order[s]);

		fprintf(out, "<label class=\"sev-%s\"><input type=\"checkbox\" id=\"show-%s\" "
			"checked> <span class=\"sev\">%s</span> (%zu)</label>\n",
			name, name, name, r->by_severity[sev_order[s]]);
	}
	fputs("<span class=\"presets\"><a href=\"#severity=critical\">critical only</a>"
	      "<a href=\"#severity=critical,method\">errors only</a>"
	      "<a href=\"#severity=critical,method,warning,info\">all</a></span>\n", out);
	fprintf(out, "<span class=\"shown\" id=\"shown\">%zu of %zu findings shown</span>\n</div>\n",
		total, total);
}

static void write_by_file(const struct fk_report *r, const struct index *ix, FILE *out)
{
	size_t listed = 0;

	fputs("<section class=\"card\" id=\"by-file\">\n<h2>Findings by file</h2>\n", out);
	for (size_t i = 0; i < r->count; i++) {
		const struct fk_file_report *f = &r->files[i];
		const struct fk_summary *s = &f->summary;

		if (!file_listed(f))
			continue;
		listed++;
		fprintf(out, "<div class=\"group\" id=\"file-%zu\" data-group>\n<h3><span class=\"path\">", i);
		write_path(out, f->path);
		fputs("</span> ", out);
		write_status_badge(out, f->status);
		fputs("</h3>\n<p class=\"head\">", out);
		write_standard(out, f);
		if (s->object_id || s->object_name) {
			fputs(" \xC2\xB7 ", out);
			write_object(out, s->object_id, s->object_version);
			if (s->object_name) {
				fputs(" \xC2\xB7 ", out);
				fk_html_escape(out, s->object_name);
			}
		}
		fprintf(out, " \xC2\xB7 %zu finding%s</p>\n", f->diags.count,
			f->diags.count == 1 ? "" : "s");
		if (f->error) {
			fputs("<p class=\"error\">Not processed: ", out);
			fk_html_escape(out, f->error);
			fputs("</p>\n", out);
		}
		if (!f->diags.count) {
			fputs("</div>\n", out);
			continue;
		}
		fputs("<table class=\"findings\">\n<colgroup><col class=\"c-sev\"><col class=\"c-rule\">"
		      "<col><col class=\"c-obj\"><col class=\"c-line\"></colgroup>\n"
		      "<thead><tr><th>Severity</th><th>Rule</th>"
		      "<th>Message and XPath</th><th>Object</th><th class=\"num\">Line</th></tr></thead>\n"
		      "<tbody>\n", out);
		for (size_t k = 0; k < f->diags.count; k++) {
			const struct fk_diag *d = &f->diags.items[k];
			const char *sev = fk_severity_name(d->severity);

			fprintf(out, "<tr class=\"sev-%s\" data-sev=\"%s\" data-rule=\"", sev, sev);
			fk_html_escape(out, d->rule);
			fputs("\" data-object=\"", out);
			fk_html_escape(out, d->object_id);
			fprintf(out, "\" data-line=\"%ld\"><td>", d->line > 0 ? d->line : 0);
			write_sev_badge(out, d->severity);
			fputs("</td>", out);
			write_rule_cell(out, r, d, ix);
			write_message_cell(out, r, d);
			write_object_cell(out, d, f);
			fputs("<td class=\"num\">", out);
			write_line(out, d);
			fputs("</td></tr>\n", out);
		}
		fputs("</tbody>\n</table>\n</div>\n", out);
	}
	if (!listed)
		fputs("<p class=\"empty\">No findings.</p>\n", out);
	else if (listed < r->count)
		fprintf(out, "<p class=\"empty\">%zu file%s without findings not listed.</p>\n",
			r->count - listed, r->count - listed == 1 ? "" : "s");
	fputs("</section>\n", out);
}

static void write_by_rule(const struct fk_report *r, const struct index *ix, FILE *out)
{
	fputs("<section class=\"card\" id=\"by-rule\">\n<h2>Findings by rule</h2>\n", out);
	if (!ix->ngroups)
		fputs("<p class=\"empty\">No findings.</p>\n", out);
	for (size_t g = 0; g < ix->ngroups; g++) {
		const struct group *gr = &ix->groups[g];
		const char *title = fk_report_rule_title(r, gr->code);
		const char *cat = rule_category(gr->code);

		fprintf(out, "<div class=\"group\" id=\"rule-%zu\" data-group data-rule=\"", g);
		fk_html_escape(out, gr->code);
		fputs("\">\n<h3>", out);
		fk_html_escape(out, gr->code);
		if (title && *title) {
			fprintf(out, " \xC2\xB7 <span%s>", text_lang(r));
			fk_html_escape(out, title);
			fputs("</span>", out);
		}
		fputs("</h3>\n<p class=\"head\">", out);
		if (cat) {
			fputs("Category ", out);
			fk_html_escape(out, cat);
			fputs(" \xC2\xB7 ", out);
		}
		fprintf(out, "%zu finding%s in %zu file%s", gr->n, gr->n == 1 ? "" : "s",
			gr->files, gr->files == 1 ? "" : "s");
		for (size_t s = 0; s < FK_SEV_COUNT; s++)
			if (gr->sev[sev_order[s]] && gr->sev[sev_order[s]] != gr->n)
				fprintf(out, ", %zu %s", gr->sev[sev_order[s]],
					fk_severity_name(sev_order[s]));
		fputs("</p>\n<table class=\"findings\">\n<colgroup><col class=\"c-sev\"><col class=\"c-file\">"
		      "<col><col class=\"c-obj\"><col class=\"c-line\"></colgroup>\n"
		      "<thead><tr><th>Severity</th><th>File</th>"
		      "<th>Message and XPath</th><th>Object</th><th class=\"num\">Line</th></tr></thead>\n"
		      "<tbody>\n", out);
		for (size_t i = gr->start; i < gr->start + gr->n; i++) {
			const struct ref *ref = &ix->refs[i];
			const struct fk_diag *d = ref->d;
			const struct fk_file_report *f = &r->files[ref->file];
			const char *sev = fk_severity_name(d->severity);

			fprintf(out, "<tr class=\"sev-%s\" data-sev=\"%s\"><td>", sev, sev);
			write_sev_badge(out, d->severity);
			fprintf(out, "</td><td class=\"path\"><a href=\"#file-%zu\">", ref->file);
			write_path(out, f->path);
			fputs("</a></td>", out);
			write_message_cell(out, r, d);
			write_object_cell(out, d, f);
			fputs("<td class=\"num\">", out);
			write_line(out, d);
			fputs("</td></tr>\n", out);
		}
		fputs("</tbody>\n</table>\n</div>\n", out);
	}
	fputs("</section>\n", out);
}

static void write_rules(const struct fk_report *r, FILE *out)
{
	const struct fk_rule_config *cfg = r->rules;
	size_t on = 0;

	if (!cfg)
		return;
	for (size_t i = 0; i < cfg->nrules; i++)
		on += cfg->rules[i].enabled != 0;
	fputs("<section class=\"card\" id=\"rules\">\n<details>\n", out);
	fprintf(out, "<summary>Quality rules in force: %zu of %zu</summary>\n", on, cfg->nrules);
	fputs("<table class=\"rules\">\n<thead><tr><th>Rule</th><th>Severity</th><th>Category</th>"
	      "<th>Title</th></tr></thead>\n<tbody>\n", out);
	for (size_t i = 0; i < cfg->nrules; i++) {
		const struct fk_rule_state *st = &cfg->rules[i];

		if (!st->enabled)
			continue;
		fprintf(out, "<tr class=\"sev-%s\"><td><code>", fk_severity_name(st->severity));
		fk_html_escape(out, st->rule->code);
		fputs("</code></td><td>", out);
		write_sev_badge(out, st->severity);
		fputs("</td><td>", out);
		fk_html_escape(out, st->rule->category);
		fprintf(out, "</td><td%s>", text_lang(r));
		fk_html_escape(out, cfg->lang == FK_LANG_DE && st->rule->title_de ? st->rule->title_de
								       : st->rule->title_en);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody>\n</table>\n</details>\n</section>\n", out);
}

int fk_report_write_html(const struct fk_report *r, FILE *out)
{
	struct index ix;

	index_build(r, &ix);
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
	      "<meta name=\"generator\" content=\"", out);
	fk_html_escape(out, PACKAGE_NAME " " PACKAGE_VERSION);
	fputs("\">\n<title>", out);
	fk_html_escape(out, PACKAGE_NAME);
	fputc(' ', out);
	fk_html_escape(out, r->command);
	fputs(" report</title>\n<style>\n", out);
	fputs(css, out);
	fputs("</style>\n</head>\n<body>\n", out);
	write_header(r, out);
	fputs("<main class=\"wrap\">\n", out);
	write_summary(r, &ix, out);
	write_files(r, out);
	write_filter(r, out);
	write_by_file(r, &ix, out);
	write_by_rule(r, &ix, out);
	write_rules(r, out);
	fputs("</main>\n<footer class=\"wrap\">", out);
	fk_html_escape(out, "Written by " PACKAGE_NAME " " PACKAGE_VERSION
	    ". This page is self-contained: it loads nothing and works offline.");
	fputs("</footer>\n<script>\n", out);
	fputs(script, out);
	fputs("</script>\n</body>\n</html>\n", out);
	index_release(&ix);
	return ferror(out) ? -1 : 0;
}
