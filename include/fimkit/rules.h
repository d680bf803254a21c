/*
 * rules.h - the quality-rule engine.
 *
 * A rule is one row of a rule table (code, default severity, category, what
 * it applies to, title and message in English and German) plus one check
 * function.  Tables live next to their check functions, one file per family
 * (src/rules/xdf_*.c); src/rules/engine.c lists the tables.  Adding a rule
 * means adding its row and its function in one file, and a fixture pair
 * (one that triggers it, one near miss) under tests/rules/.
 *
 * Check functions never print and never see libxml2's error state: they read
 * the model and call fk_rule_report().
 *
 * Ownership: a struct fk_rule_config owns its strings and loaded code lists
 * (fk_rule_config_release); rule tables are static.
 */
#ifndef FIMKIT_RULES_H
#define FIMKIT_RULES_H

#include <stdio.h>

#include "fimkit/diag.h"
#include "fimkit/genericode.h"
#include "fimkit/load.h"
#include "fimkit/strset.h"
#include "fimkit/xdf.h"

/* Which standard versions a rule applies to. */
#define FK_APPLIES_XDF2 0x1u
#define FK_APPLIES_XDF3 0x2u
#define FK_APPLIES_XZUFI_2_2 0x4u
#define FK_APPLIES_XZUFI_2_3 0x8u
#define FK_APPLIES_XPROZESS_2 0x10u
#define FK_APPLIES_XZUFI (FK_APPLIES_XZUFI_2_2 | FK_APPLIES_XZUFI_2_3)

/* The FK_APPLIES_* bit of a standard (0 for standards without rules). */
unsigned fk_rule_applies_bit(enum fk_standard std);
/* The standards an applies mask names, in order; returns how many. */
#define FK_RULE_MAX_STANDARDS 5
size_t fk_rule_standards(unsigned applies, enum fk_standard out[FK_RULE_MAX_STANDARDS]);

/* What a rule needs beyond the document. */
#define FK_NEEDS_CODELISTS 0x1u  /* loaded genericode lists (--codelists) */

struct fk_rule_ctx;
typedef void (*fk_rule_fn)(struct fk_rule_ctx *ctx);

struct fk_rule {
	const char *code;            /* "1002"; NULL ends a table */
	enum fk_severity severity;   /* default severity */
	int off;                     /* off unless enabled (Deaktiviert, or needs an option) */
	const char *category;        /* ID, ENUM, TYPE, PRAEZ, INHALT, STRUCT, LEGAL, CL, ... */
	unsigned applies;            /* FK_APPLIES_* */
	const char *objects;         /* the objects it looks at, e.g. "DS, DFG, DF" */
	const char *title_en;
	const char *title_de;
	const char *message_en;      /* printf format; both formats take the same arguments */
	const char *message_de;
	unsigned needs;              /* FK_NEEDS_* */
	fk_rule_fn check;
	/* What the rule rests on ("PVOG delivery rules", "fimkit recommendation",
	   ...); NULL for the XDatenfelder QS catalogue. */
	const char *source;
};

enum fk_lang { FK_LANG_EN = 0, FK_LANG_DE };

/* Per-rule settings in force for a run. */
struct fk_rule_state {
	const struct fk_rule *rule;
	int enabled;
	enum fk_severity severity;
	char *message;               /* from --catalog: replaces the message text */
};

struct fk_rule_config {
	struct fk_rule_state *rules; /* one per known rule, catalogue order */
	size_t nrules;
	enum fk_lang lang;
	struct fk_gc_table **codelists;  /* loaded with --codelists */
	size_t ncodelists;
	int codelists_loaded;        /* --codelists was given */
};

/* Every rule fimkit knows, in catalogue order. */
size_t fk_rule_count(void);
const struct fk_rule *fk_rule_at(size_t i);
const struct fk_rule *fk_rule_find(const char *code);

/* Defaults: every rule at its default severity and default on/off. */
void fk_rule_config_init(struct fk_rule_config *cfg);
void fk_rule_config_release(struct fk_rule_config *cfg);
struct fk_rule_state *fk_rule_config_get(struct fk_rule_config *cfg, const char *code);

/*
 * Applies a comma-separated list of rule codes (ranges like 1127-1130
 * allowed) to enable or disable; "all" names every rule.  Returns 0, or -1
 * with *error set (an unknown code).
 */
int fk_rule_config_enable(struct fk_rule_config *cfg, const char *list, int enable,
			  char **error);
/* "1101=info,1132=warning": severity overrides. */
int fk_rule_config_severity(struct fk_rule_config *cfg, const char *list, char **error);

/*
 * Loads a genericode message catalogue (columns Code, Typ, Meldungstext):
 * Typ sets the severity (Deaktiviert switches the rule off), Meldungstext
 * replaces the message.  Returns 0, or -1 with *error set.
 */
int fk_rule_config_catalog(struct fk_rule_config *cfg, const char *path, char **error);

/* Loads every genericode file below dir for rules that look codes up. */
int fk_rule_config_codelists(struct fk_rule_config *cfg, const char *dir, char **error);
const struct fk_gc_table *fk_rule_config_codelist(const struct fk_rule_config *cfg,
						  const char *canonical, const char *version);

/*
 * Runs every enabled rule that applies to the document; findings go to
 * diags.  The configuration is only read, so several threads may share it.
 * Returns 1 when rules were skipped because no code lists were loaded.
 */
int fk_rules_run(const struct fk_rule_config *cfg, const struct fk_doc *doc,
		 struct fk_diag_list *diags);

/* ---- for check functions ----------------------------------------------------------- */

struct fk_rule_ctx {
	const struct fk_rule *rule;
	const struct fk_rule_state *state;
	const struct fk_rule_config *cfg;
	struct fk_xdf_model *xdf;        /* XDatenfelder documents only, else NULL */
	const char *path;
	struct fk_diag_list *diags;
	const struct fk_doc *doc;        /* the document: tree and detection */
};

/*
 * Reports a finding of the running rule about obj, located at node `at`
 * (NULL: the object's own element).  The variable arguments fill the rule's
 * message format.
 */
void fk_rule_report(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *obj,
		    const xmlNode *at, ...);
/*
 * The same for documents without an XDatenfelder model (XZuFi, XProzess):
 * the finding is located at node and concerns the object id/version given
 * (either may be NULL).
 */
void fk_rule_report_at(struct fk_rule_ctx *ctx, const xmlNode *at, const char *id,
		       const char *version, ...);

/* The rule tables, one per family (src/rules/xdf_*.c). */
extern const struct fk_rule fk_rules_xdf_ident[];   /* ID, ENUM, TEXT, STATUS */
extern const struct fk_rule fk_rules_xdf_struct[];  /* STRUCT, LEGAL, DSB, REL */
extern const struct fk_rule fk_rules_xdf_field[];   /* TYPE, PRAEZ, INHALT, CL, RULE */
extern const struct fk_rule fk_rules_xzufi[];       /* Leistungen: Z codes */
extern const struct fk_rule fk_rules_xprozess[];    /* Prozesse: P codes */

#endif
