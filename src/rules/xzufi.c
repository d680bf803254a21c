/*
 * xzufi.c - quality rules for XZuFi (Leistungen).
 */
#include <config.h>

#include <string.h>

#include "fimkit/rules.h"

const struct fk_rule fk_rules_xzufi[] = {
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
