/*
 * xdf_field.c - XDatenfelder rules on fields: Feldart and Datentyp,
 * Präzisierung, default content, code and value lists, and rules (families
 * TYPE, PRAEZ, INHALT, CL, RULE).
 * Rule texts are fimkit's own; codes and default severities are those of
 * the FIM QS catalogue so that results compare with the FIM Portal.
 */
#include <config.h>

#include <string.h>

#include "xdf_util.h"

#define BOTH (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)

const struct fk_rule fk_rules_xdf_field[] = {
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL },
};
