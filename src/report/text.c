/* text.c - the text report: one line per finding, for people and grep. */
#include <config.h>

#include <stdio.h>

#include "fimkit/report.h"

/* ANSI colours, used only when the caller asks (a terminal, --color). */
#define BOLD "\033[1m"
#define RESET "\033[0m"

static const char *severity_color(enum fk_severity sev)
{
	switch (sev) {
	case FK_SEV_CRITICAL: return "\033[1;31m"; /* bold red */
	case FK_SEV_METHOD: return "\033[1;35m";   /* bold magenta */
	case FK_SEV_WARNING: return "\033[1;33m";  /* bold yellow */
	case FK_SEV_INFO: return "\033[1;36m";     /* bold cyan */
	}
	return "";
}

static void write_diag(const struct fk_diag *d, FILE *out, int color)
{
	fprintf(out, "%s%s", color ? BOLD : "", d->file ? d->file : "-");
	if (d->line > 0) {
		fprintf(out, ":%ld", d->line);
		if (d->column > 0)
			fprintf(out, ":%ld", d->column);
	}
	fprintf(out, ":%s %s%s%s: %s [%s]", color ? RESET : "", color ? severity_color(d->severity) : "",
		fk_severity_name(d->severity), color ? RESET : "", d->message,
		d->rule ? d->rule : "-");
	if (d->object_id) {
		fprintf(out, " %s", d->object_id);
		if (d->object_version)
			fprintf(out, " V%s", d->object_version);
	}
}

void fk_diag_write_text(const struct fk_diag *d, FILE *out)
{
	write_diag(d, out, 0);
}

static void write_info(const struct fk_file_report *f, FILE *out)
{
	const struct fk_summary *s = &f->summary;

	fprintf(out, "%s\n", f->path);
	if (f->error) {
		fprintf(out, "  error:     %s\n", f->error);
		return;
	}
	if (!f->detected) {
		fputs("  standard:  none (not a well-formed XML document)\n", out);
		return;
	}
	fprintf(out, "  standard:  %s%s\n", fk_standard_label(f->det.standard),
		f->det.standard && !f->det.supported ? " (not supported)" : "");
	fprintf(out, "  root:      %s", f->det.root_name ? f->det.root_name : "-");
	if (f->det.message[0])
		fprintf(out, " (message %s)", f->det.message);
	fputc('\n', out);
	if (s->object_id || s->object_name) {
		fprintf(out, "  object:    %s", s->object_id ? s->object_id : "-");
		if (s->object_version)
			fprintf(out, " V%s", s->object_version);
		if (s->object_name)
			fprintf(out, " \"%s\"", s->object_name);
		fputc('\n', out);
	}
	if (s->ncounts) {
		fputs("  contains: ", out);
		for (size_t i = 0; i < s->ncounts; i++)
			fprintf(out, "%s %zu %s", i ? "," : "", s->counts[i].value,
				s->counts[i].value == 1 ? s->counts[i].singular
							: s->counts[i].plural);
		fputc('\n', out);
	}
}

int fk_report_write_text(const struct fk_report *r, FILE *out,
			 const struct fk_write_options *opts)
{
	for (size_t i = 0; i < r->count; i++) {
		const struct fk_file_report *f = &r->files[i];

		if (opts && opts->summary_only)
			break;
		if (opts && opts->show_info)
			write_info(f, out);
		for (size_t k = 0; k < f->diags.count; k++) {
			if (opts && opts->show_info)
				fputs("  ", out);
			write_diag(&f->diags.items[k], out, opts && opts->color);
			fputc('\n', out);
		}
	}
	if (opts && (opts->show_summary || opts->summary_only)) {
		fprintf(out, "%zu file%s: %zu ok, %zu failed, %zu not processed; ",
			r->count, r->count == 1 ? "" : "s",
			r->by_status[FK_FILE_OK], r->by_status[FK_FILE_FAILED],
			r->by_status[FK_FILE_ERROR]);
		if (r->by_schema[FK_SCHEMA_VALID] || r->by_schema[FK_SCHEMA_INVALID])
			fprintf(out, "schema: %zu valid, %zu invalid; ",
				r->by_schema[FK_SCHEMA_VALID], r->by_schema[FK_SCHEMA_INVALID]);
		fprintf(out, "findings: %zu critical, %zu method, %zu warning, %zu info",
			r->by_severity[FK_SEV_CRITICAL], r->by_severity[FK_SEV_METHOD],
			r->by_severity[FK_SEV_WARNING], r->by_severity[FK_SEV_INFO]);
		if (r->baselined)
			fprintf(out, "; %zu known (baseline)", r->baselined);
		fputc('\n', out);
	}
	return ferror(out) ? -1 : 0;
}
