/* gaps_text.c - the gap report as text: a matrix of services by building
   block, then each service with its documents and what keeps it from
   being ready, and a closing line with counts. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "fimkit/gaps.h"

/* Short state names for the matrix. */
static const char *cell(enum fk_gap_state s)
{
	return s == FK_GAP_CRITICAL ? "critical" : fk_gap_state_label(s);
}

static void write_matrix(const struct fk_gap_report *g, FILE *out)
{
	fprintf(out, "%-16s", "service");
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++)
		fprintf(out, " %-*s", b == FK_GAP_DSB ? 18 : 11, fk_gap_block_label(b));
	fprintf(out, " %8s %6s %7s %4s  %s\n", "critical", "method", "warning", "info", "verdict");
	for (size_t i = 0; i < g->nservices; i++) {
		const struct fk_gap_service *s = &g->services[i];

		fprintf(out, "%-16s", s->key ? s->key : "(none)");
		for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++)
			fprintf(out, " %-*s", b == FK_GAP_DSB ? 18 : 11, cell(s->blocks[b].state));
		fprintf(out, " %8zu %6zu %7zu %4zu  %s%s\n", s->by_severity[FK_SEV_CRITICAL],
			s->by_severity[FK_SEV_METHOD], s->by_severity[FK_SEV_WARNING],
			s->by_severity[FK_SEV_INFO], fk_gap_verdict_label(s->verdict),
			s->required ? " (required)" : "");
	}
}

static void write_service(const struct fk_gap_report *g, const struct fk_gap_service *s, FILE *out)
{
	const struct fk_report *r = g->report;

	fprintf(out, "\n%s", s->key ? s->key : "(no Leistungsschlüssel)");
	if (s->name)
		fprintf(out, " \"%s\"", s->name);
	fprintf(out, ": %s%s\n", fk_gap_verdict_label(s->verdict), s->required ? " (required)" : "");
	if (s->npackages) {
		fputs("  package:", out);
		for (size_t i = 0; i < s->npackages; i++)
			fprintf(out, "%s %s", i ? "," : "", s->packages[i]);
		fputc('\n', out);
	}
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++) {
		const struct fk_gap_cell *c = &s->blocks[b];

		fprintf(out, "  %-19s %-*s", fk_gap_block_label(b), c->nfiles ? 18 : 0,
			fk_gap_state_label(c->state));
		for (size_t i = 0; i < c->nfiles; i++)
			fprintf(out, "%s%s", i ? ", " : "", r->files[c->files[i]].path);
		fputc('\n', out);
	}
	for (size_t i = 0; i < s->nreasons; i++)
		fprintf(out, "  - %s\n", s->reasons[i]);
}

int fk_gaps_write_text(const struct fk_gap_report *g, FILE *out)
{
	fprintf(out, "fimkit gaps: %zu service%s", g->nservices, g->nservices == 1 ? "" : "s");
	if (g->require)
		fprintf(out, ", required by %s", g->require);
	fputs("\n\n", out);
	if (g->nservices)
		write_matrix(g, out);
	else
		fputs("No service found: no directory holds a Leistung, a Prozess or a "
		      "package manifest.\n", out);
	for (size_t i = 0; i < g->nservices; i++)
		write_service(g, &g->services[i], out);
	if (g->noutside) {
		fprintf(out, "\n%zu file%s in no package:", g->noutside, g->noutside == 1 ? "" : "s");
		for (size_t i = 0; i < g->noutside; i++)
			fprintf(out, "%s %s", i ? "," : "", g->report->files[g->outside[i]].path);
		fputc('\n', out);
	}
	fprintf(out, "\n%zu service%s: %zu ready, %zu not ready, %zu absent", g->nservices,
		g->nservices == 1 ? "" : "s", g->by_verdict[FK_GAP_READY],
		g->by_verdict[FK_GAP_NOT_READY], g->by_verdict[FK_GAP_ABSENT]);
	if (g->require)
		fprintf(out, "; required: %zu of %zu ready", g->required_ready, g->required);
	fputc('\n', out);
	return ferror(out) ? -1 : 0;
}
