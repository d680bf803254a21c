/*
 * markdown.c - a compact Markdown summary for merge-request comments:
 * counts, the most frequent rules, failing files and the first findings.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

#define DEFAULT_MAX_FINDINGS 20
#define TOP_RULES 10

/* Text for a table cell: pipes, backticks and line breaks would break it. */
static void cell(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '|': fputs("\\|", out); break;
		case '\\': fputs("\\\\", out); break;
		case '`': fputs("\\`", out); break;
		case '*': fputs("\\*", out); break;
		case '_': fputs("\\_", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '\n': case '\r': case '\t': fputc(' ', out); break;
		default: fputc(*s, out);
		}
	}
}

/* A path in backticks; backticks inside are replaced so the span holds. */
static void code_span(FILE *out, const char *s)
{
	fputc('`', out);
	for (; s && *s; s++)
		fputc(*s == '`' || *s == '\n' ? '\'' : *s, out);
	fputc('`', out);
}

struct rule_count {
	const char *code;
	size_t n;
};

static int by_count(const void *a, const void *b)
{
	const struct rule_count *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->code, y->code);
}

static void top_rules(const struct fk_report *r, FILE *out)
{
	struct rule_count *counts = NULL;
	size_t n = 0;

	for (size_t i = 0; i < r->count; i++) {
		for (size_t k = 0; k < r->files[i].diags.count; k++) {
			const char *code = r->files[i].diags.items[k].rule;
			size_t j;

			for (j = 0; j < n && strcmp(counts[j].code, code); j++)
				;
			if (j == n) {
				counts = fk_xrealloc(counts, (n + 1) * sizeof(*counts));
				counts[n].code = code;
				counts[n++].n = 0;
			}
			counts[j].n++;
		}
	}
	if (n) {
		qsort(counts, n, sizeof(*counts), by_count);
		fputs("\n### Most frequent rules\n\n| rule | title | findings |\n|---|---|---:|\n", out);
		for (size_t j = 0; j < n && j < TOP_RULES; j++) {
			fprintf(out, "| %s | ", counts[j].code);
			{
				const char *title = fk_report_rule_title(r, counts[j].code);

				cell(out, title ? title : "");
			}
			fprintf(out, " | %zu |\n", counts[j].n);
		}
	}
	free(counts);
}

int fk_report_write_markdown(const struct fk_report *r, FILE *out,
			     const struct fk_write_options *opts)
{
	size_t max = opts && opts->max_findings ? opts->max_findings : DEFAULT_MAX_FINDINGS;
	size_t listed = 0, total = 0;
	int summary_only = opts && opts->summary_only;

	fprintf(out, "## fimkit %s: ", r->command);
	if (r->by_status[FK_FILE_FAILED] || r->by_status[FK_FILE_ERROR])
		fprintf(out, "%zu of %zu file%s failed\n\n",
			r->by_status[FK_FILE_FAILED] + r->by_status[FK_FILE_ERROR], r->count,
			r->count == 1 ? "" : "s");
	else
		fprintf(out, "%zu file%s passed\n\n", r->count, r->count == 1 ? "" : "s");
	fputs("| | critical | method | warning | info |\n|---|---:|---:|---:|---:|\n", out);
	fprintf(out, "| findings | %zu | %zu | %zu | %zu |\n\n",
		r->by_severity[FK_SEV_CRITICAL], r->by_severity[FK_SEV_METHOD],
		r->by_severity[FK_SEV_WARNING], r->by_severity[FK_SEV_INFO]);
	fprintf(out, "Files: %zu ok, %zu failed, %zu not processed.", r->by_status[FK_FILE_OK],
		r->by_status[FK_FILE_FAILED], r->by_status[FK_FILE_ERROR]);
	if (r->validated)
		fprintf(out, " Schema: %zu valid, %zu invalid.", r->by_schema[FK_SCHEMA_VALID],
			r->by_schema[FK_SCHEMA_INVALID]);
	fprintf(out, " Failure threshold: %s.", fk_severity_name(r->fail_on));
	if (r->baselined)
		fprintf(out, " %zu known finding%s left out (baseline).", r->baselined,
			r->baselined == 1 ? "" : "s");
	fputc('\n', out);
	for (size_t i = 0; i < r->nnotes; i++) {
		fputs("\n> ", out);
		cell(out, r->notes[i]);
		fputc('\n', out);
	}
	if (summary_only)
		return ferror(out) ? -1 : 0;

	top_rules(r, out);

	if (r->by_status[FK_FILE_FAILED] || r->by_status[FK_FILE_ERROR]) {
		fputs("\n### Failing files\n\n", out);
		for (size_t i = 0; i < r->count; i++) {
			const struct fk_file_report *f = &r->files[i];
			size_t counts[FK_SEV_COUNT] = { 0 };

			if (f->status == FK_FILE_OK)
				continue;
			fputs("- ", out);
			code_span(out, f->path);
			if (f->error) {
				fputs(": not processed: ", out);
				cell(out, f->error);
				fputc('\n', out);
				continue;
			}
			fk_diag_list_count(&f->diags, counts);
			fputs(":", out);
			for (int s = FK_SEV_COUNT - 1, first = 1; s >= 0; s--) {
				if (!counts[s])
					continue;
				fprintf(out, "%s %zu %s", first ? "" : ",", counts[s],
					fk_severity_name((enum fk_severity)s));
				first = 0;
			}
			fputc('\n', out);
		}
	}

	for (size_t i = 0; i < r->count; i++)
		total += r->files[i].diags.count;
	if (total) {
		fprintf(out, "\n### %s findings\n\n", total > max ? "First" : "All");
		fputs("| file | line | severity | rule | object | message |\n"
		      "|---|---:|---|---|---|---|\n", out);
		for (size_t i = 0; i < r->count && listed < max; i++) {
			const struct fk_file_report *f = &r->files[i];

			for (size_t k = 0; k < f->diags.count && listed < max; k++, listed++) {
				const struct fk_diag *d = &f->diags.items[k];

				fputs("| ", out);
				code_span(out, f->path);
				fputs(" | ", out);
				if (d->line)
					fprintf(out, "%ld", d->line);
				fprintf(out, " | %s | %s | ", fk_severity_name(d->severity), d->rule);
				if (d->object_id) {
					cell(out, d->object_id);
					if (d->object_version) {
						fputs(" V", out);
						cell(out, d->object_version);
					}
				}
				fputs(" | ", out);
				cell(out, d->message);
				fputs(" |\n", out);
			}
		}
		if (total > listed)
			fprintf(out, "\n… and %zu more finding%s in the full report.\n", total - listed,
				total - listed == 1 ? "" : "s");
	}
	return ferror(out) ? -1 : 0;
}
