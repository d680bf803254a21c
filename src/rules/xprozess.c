/*
 * xprozess.c - quality rules for XProzess (Prozesse).
 */
#include <config.h>

#include <string.h>

#include "fimkit/rules.h"

const struct fk_rule fk_rules_xprozess[] = {
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
