/*
 * gaps_markdown.c - the gap report in Markdown, for a merge-request comment
 * or a wiki page: the matrix of services by building block (each state with
 * a coloured mark, since Markdown has no colours) and, for every service
 * that is not ready, its reasons.
 */
#include <config.h>

#include <stdio.h>

#include "fimkit/gaps.h"

/* Text for a table cell or list item: Markdown and HTML syntax neutralised. */
static void text(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '|': fputs("\\|", out); break;
		case '\\': fputs("\\\\", out); break;
		case '`': fputs("\\`", out); break;
		case '*': fputs("\\*", out); break;
		case '_': fputs("\\_", out); break;
		case '[': fputs("\\[", out); break;
		case ']': fputs("\\]", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '\n': case '\r': case '\t': fputc(' ', out); break;
		default: fputc(*s, out);
		}
	}
}

static const char *mark(enum fk_gap_state s)
{
	switch (s) {
	case FK_GAP_OK: return "\xE2\x9C\x85";                    /* white heavy check mark */
	case FK_GAP_NOT_NEEDED: return "\xE2\x9A\xAA";            /* white circle */
	case FK_GAP_INCOMPLETE: return "\xF0\x9F\x9F\xA1";        /* yellow circle */
	case FK_GAP_CRITICAL: return "\xF0\x9F\x9F\xA0";          /* orange circle */
	case FK_GAP_INVALID: return "\xF0\x9F\x94\xB4";           /* red circle */
	case FK_GAP_MISSING: return "\xE2\x9D\x8C";               /* cross mark */
	}
	return "";
}

int fk_gaps_write_markdown(const struct fk_gap_report *g, FILE *out)
{
	fputs("<!-- fimkit gaps -->\n## FIM gap report\n\n", out);
	fprintf(out, "**%zu service%s: %zu ready, %zu not ready, %zu absent", g->nservices,
		g->nservices == 1 ? "" : "s", g->by_verdict[FK_GAP_READY],
		g->by_verdict[FK_GAP_NOT_READY], g->by_verdict[FK_GAP_ABSENT]);
	if (g->require)
		fprintf(out, "; required: %zu of %zu ready", g->required_ready, g->required);
	fputs(".**\n\n", out);
	if (!g->nservices) {
		fputs("No service found: no directory holds a Leistung, a Prozess or a package "
		      "manifest.\n", out);
		return ferror(out) ? -1 : 0;
	}
	fputs("| Leistungsschlüssel | Name |", out);
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++)
		fprintf(out, " %s |", fk_gap_block_label(b));
	fputs(" Findings | Verdict |\n|---|---|", out);
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++)
		fputs("---|", out);
	fputs("---|---|\n", out);
	for (size_t i = 0; i < g->nservices; i++) {
		const struct fk_gap_service *s = &g->services[i];

		fputs("| ", out);
		if (s->key)
			fprintf(out, "`%s`", s->key);
		else
			fputs("(none)", out);
		fputs(" | ", out);
		text(out, s->name);
		fputs(" |", out);
		for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++)
			fprintf(out, " %s %s |", mark(s->blocks[b].state),
				fk_gap_state_label(s->blocks[b].state));
		fprintf(out, " %zu critical, %zu method, %zu warning, %zu info | %s%s%s%s |\n",
			s->by_severity[FK_SEV_CRITICAL], s->by_severity[FK_SEV_METHOD],
			s->by_severity[FK_SEV_WARNING], s->by_severity[FK_SEV_INFO],
			s->verdict == FK_GAP_READY ? "" : "**", fk_gap_verdict_label(s->verdict),
			s->verdict == FK_GAP_READY ? "" : "**", s->required ? " (required)" : "");
	}
	fputs("\nMarks: ", out);
	for (int st = 0; st < FK_GAP_STATE_COUNT; st++)
		fprintf(out, "%s%s %s", st ? ", " : "", mark((enum fk_gap_state)st),
			fk_gap_state_label((enum fk_gap_state)st));
	fputs(".\n", out);
	for (size_t i = 0; i < g->nservices; i++) {
		const struct fk_gap_service *s = &g->services[i];

		if (s->verdict == FK_GAP_READY)
			continue;
		fprintf(out, "\n### %s", s->key ? s->key : "(no Leistungsschlüssel)");
		if (s->name) {
			fputs(" ", out);
			text(out, s->name);
		}
		fprintf(out, ": %s\n\n", fk_gap_verdict_label(s->verdict));
		for (size_t k = 0; k < s->nreasons; k++) {
			fputs("- ", out);
			text(out, s->reasons[k]);
			fputc('\n', out);
		}
	}
	if (g->noutside)
		fprintf(out, "\n%zu file%s to no package (see the text or JSON report).\n",
			g->noutside, g->noutside == 1 ? " belongs" : "s belong");
	return ferror(out) ? -1 : 0;
}
