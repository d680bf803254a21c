/*
 * xdf_struct.c - XDatenfelder rules on structure, legal basis, Dokument-
 * steckbrief and relations (families STRUCT, LEGAL, DSB, REL).
 * Rule texts are fimkit's own; codes and default severities are those of
 * the FIM QS catalogue so that results compare with the FIM Portal.
 */
#include <config.h>

#include <string.h>

#include "xdf_util.h"

#define BOTH (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)

/* 1046 / 1047 / 1021: multiplicity of structure entries. */
static void check_anzahl(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_entry *e = &o->entries[i];
			const xmlNode *at = fk_xdf_first(ctx->xdf, e->node, "anzahl");
			const char *child = e->child && e->child->id ? e->child->id : "?";

			if (which == 1046 && !e->anzahl_valid)
				fk_rule_report(ctx, o, at ? at : e->node, e->anzahl ? e->anzahl : "", child);
			else if (which == 1047 && e->anzahl_valid && e->max >= 0 && e->min > e->max)
				fk_rule_report(ctx, o, at, e->anzahl, child);
			else if (which == 1021 && e->anzahl_valid && e->min == 0 && e->max == 0)
				fk_rule_report(ctx, o, at, child);
		}
	}
}

static void check_1046(struct fk_rule_ctx *ctx) { check_anzahl(ctx, 1046); }
static void check_1047(struct fk_rule_ctx *ctx) { check_anzahl(ctx, 1047); }
static void check_1021(struct fk_rule_ctx *ctx) { check_anzahl(ctx, 1021); }

const struct fk_rule fk_rules_xdf_struct[] = {
	{ "1021", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "struktur",
	  "multiplicity 0:0", "Multiplizität 0:0",
	  "the multiplicity of %s is 0:0, which allows nothing",
	  "Die Multiplizität von %s ist 0:0 und erlaubt damit nichts",
	  0, check_1021 },
	{ "1046", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "struktur",
	  "multiplicity has the wrong form", "Multiplizität hat das falsche Format",
	  "multiplicity '%s' of %s is not of the form min:max (max a number or *)",
	  "Die Multiplizität '%s' von %s hat nicht die Form min:max (max eine Zahl oder *)",
	  0, check_1046 },
	{ "1047", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "struktur",
	  "multiplicity minimum above maximum", "Minimum der Multiplizität größer als Maximum",
	  "multiplicity '%s' of %s has a minimum above its maximum",
	  "Die Multiplizität '%s' von %s hat ein Minimum über dem Maximum",
	  0, check_1047 },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL },
};
