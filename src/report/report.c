/* report.c - the report model shared by every writer. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/cli.h"
#include "fimkit/links.h"
#include "fimkit/package.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

const char *fk_file_status_name(enum fk_file_status st)
{
	switch (st) {
	case FK_FILE_OK: return "ok";
	case FK_FILE_FAILED: return "failed";
	case FK_FILE_ERROR: return "error";
	}
	return "unknown";
}

const char *fk_schema_verdict_name(enum fk_schema_verdict v)
{
	switch (v) {
	case FK_SCHEMA_VALID: return "valid";
	case FK_SCHEMA_INVALID: return "invalid";
	case FK_SCHEMA_NOT_CHECKED: return NULL;
	}
	return NULL;
}

static const char *const format_names[] = {
	[FK_FORMAT_TEXT] = "text",
	[FK_FORMAT_JSON] = "json",
	[FK_FORMAT_SARIF] = "sarif",
	[FK_FORMAT_JUNIT] = "junit",
	[FK_FORMAT_HTML] = "html",
	[FK_FORMAT_MARKDOWN] = "markdown",
};

int fk_format_parse(const char *name, enum fk_format *out)
{
	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++) {
		if (!strcmp(name, format_names[i])) {
			*out = (enum fk_format)i;
			return 0;
		}
	}
	if (!strcmp(name, "md")) {
		*out = FK_FORMAT_MARKDOWN;
		return 0;
	}
	return -1;
}

const char *fk_format_names(void)
{
	return "text, json, sarif, junit, html or markdown";
}

int fk_report_write(const struct fk_report *r, enum fk_format fmt, FILE *out,
		    const struct fk_write_options *opts)
{
	switch (fmt) {
	case FK_FORMAT_TEXT: return fk_report_write_text(r, out, opts);
	case FK_FORMAT_JSON: return fk_report_write_json(r, out);
	case FK_FORMAT_SARIF: return fk_report_write_sarif(r, out);
	case FK_FORMAT_JUNIT: return fk_report_write_junit(r, out);
	case FK_FORMAT_HTML: return fk_report_write_html(r, out);
	case FK_FORMAT_MARKDOWN: return fk_report_write_markdown(r, out, opts);
	}
	return -1;
}

void fk_report_add_note(struct fk_report *r, const char *note)
{
	r->notes = fk_xrealloc(r->notes, (r->nnotes + 1) * sizeof(*r->notes));
	r->notes[r->nnotes++] = fk_xstrdup(note);
}

void fk_report_init(struct fk_report *r, const char *command, enum fk_severity fail_on)
{
	memset(r, 0, sizeof(*r));
	r->command = command;
	r->fail_on = fail_on;
}

void fk_report_release(struct fk_report *r)
{
	for (size_t i = 0; i < r->count; i++) {
		struct fk_file_report *f = &r->files[i];

		free(f->path);
		fk_detection_release(&f->det);
		fk_summary_release(&f->summary);
		fk_diag_list_release(&f->diags);
		free(f->error);
		fk_links_free(f->links);
		free(f->package);
	}
	free(r->files);
	fk_package_set_free(r->packages);
	for (size_t i = 0; i < r->nnotes; i++)
		free(r->notes[i]);
	free(r->notes);
	memset(r, 0, sizeof(*r));
}

struct fk_file_report *fk_report_add_file(struct fk_report *r, const char *path)
{
	struct fk_file_report *f;

	if (r->count == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->files = fk_xrealloc(r->files, r->cap * sizeof(*r->files));
	}
	f = &r->files[r->count++];
	memset(f, 0, sizeof(*f));
	f->path = fk_xstrdup(path);
	fk_detection_init(&f->det);
	fk_summary_init(&f->summary);
	fk_diag_list_init(&f->diags);
	return f;
}

void fk_report_finish(struct fk_report *r)
{
	memset(r->by_severity, 0, sizeof(r->by_severity));
	memset(r->by_status, 0, sizeof(r->by_status));
	memset(r->by_schema, 0, sizeof(r->by_schema));
	for (size_t i = 0; i < r->count; i++) {
		struct fk_file_report *f = &r->files[i];

		fk_diag_list_sort(&f->diags);
		fk_diag_list_count(&f->diags, r->by_severity);
		if (f->error)
			f->status = FK_FILE_ERROR;
		else if (fk_diag_list_worst(&f->diags) >= (int)r->fail_on)
			f->status = FK_FILE_FAILED;
		else
			f->status = FK_FILE_OK;
		r->by_status[f->status]++;
		r->by_schema[f->schema]++;
	}
}

int fk_report_exit_code(const struct fk_report *r)
{
	if (r->by_status[FK_FILE_ERROR])
		return FK_EXIT_FAILURE;
	if (r->by_status[FK_FILE_FAILED])
		return FK_EXIT_FINDINGS;
	return FK_EXIT_OK;
}

const char *fk_report_rule_title(const struct fk_report *r, const char *code)
{
	const struct fk_rule *rule = NULL;
	int de = r->rules && r->rules->lang == FK_LANG_DE;

	if (!code)
		return NULL;
	if (!strcmp(code, FK_RULE_XML))
		return "XML not well-formed or refused";
	if (!strcmp(code, FK_RULE_XSD))
		return "schema validation";
	if (!strcmp(code, FK_RULE_UNSUPPORTED))
		return "not a supported FIM document";
	if (r->rules) {
		for (size_t i = 0; i < r->rules->nrules && !rule; i++)
			if (!strcmp(r->rules->rules[i].rule->code, code))
				rule = r->rules->rules[i].rule;
	}
	if (!rule)
		rule = fk_rule_find(code);
	if (!rule)
		return NULL;
	return de && rule->title_de ? rule->title_de : rule->title_en;
}
