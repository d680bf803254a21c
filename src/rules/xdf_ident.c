/*
 * xdf_ident.c - XDatenfelder rules on identity, code values, texts and
 * status (families ID, ENUM, TEXT, STATUS).
 * Rule texts are fimkit's own; codes and default severities are those of
 * the FIM QS catalogue so that results compare with the FIM Portal.
 */
#include <config.h>

#include <string.h>

#include "xdf_util.h"

#define BOTH (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)

/* 1002: every object needs a name. */
static void check_1002(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (fk_blank(fk_obj_text(ctx, o, "name")))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "name"), fk_xdf_kind_name(o->kind));
	}
}

const struct fk_rule fk_rules_xdf_ident[] = {
	{ "1002", FK_SEV_CRITICAL, 0, "ID", BOTH, "DS, DFG, DF, DSB, Regel",
	  "name is empty", "Name ist leer",
	  "the %s has no name", "Das Element (%s) hat keinen Namen",
	  0, check_1002 },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL },
};
