/* engine.c - the rule catalogue, its configuration and running it. */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fimkit/buf.h"
#include "fimkit/inputs.h"
#include "fimkit/package.h"
#include "fimkit/rules.h"
#include "fimkit/xmlutil.h"

/* Every rule table, in catalogue order of their first codes. */
static const struct fk_rule *const tables[] = {
	fk_rules_xdf_ident,
	fk_rules_xdf_struct,
	fk_rules_xdf_field,
	fk_rules_xzufi,
	fk_rules_xprozess,
	fk_rules_package,   /* run by the package step (package.h), not per document */
};

#define NTABLES (sizeof(tables) / sizeof(tables[0]))
#define MAX_RULES 256

static const struct fk_rule *catalogue[MAX_RULES];
static size_t ncatalogue;

static int cmp_rule(const void *a, const void *b)
{
	const struct fk_rule *ra = *(const struct fk_rule *const *)a;
	const struct fk_rule *rb = *(const struct fk_rule *const *)b;

	return strcmp(ra->code, rb->code);
}

static void build_catalogue(void)
{
	if (ncatalogue)
		return;
	for (size_t t = 0; t < NTABLES; t++)
		for (const struct fk_rule *r = tables[t]; r->code && ncatalogue < MAX_RULES; r++)
			catalogue[ncatalogue++] = r;
	qsort(catalogue, ncatalogue, sizeof(catalogue[0]), cmp_rule);
}

size_t fk_rule_count(void)
{
	build_catalogue();
	return ncatalogue;
}

const struct fk_rule *fk_rule_at(size_t i)
{
	build_catalogue();
	return i < ncatalogue ? catalogue[i] : NULL;
}

const struct fk_rule *fk_rule_find(const char *code)
{
	build_catalogue();
	for (size_t i = 0; i < ncatalogue; i++)
		if (!strcmp(catalogue[i]->code, code))
			return catalogue[i];
	return NULL;
}

/* ---- configuration --------------------------------------------------------------- */

void fk_rule_config_init(struct fk_rule_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	build_catalogue();
	cfg->nrules = ncatalogue;
	cfg->rules = fk_xcalloc(ncatalogue, sizeof(*cfg->rules));
	for (size_t i = 0; i < ncatalogue; i++) {
		cfg->rules[i].rule = catalogue[i];
		cfg->rules[i].enabled = !catalogue[i]->off;
		cfg->rules[i].severity = catalogue[i]->severity;
	}
}

void fk_rule_config_release(struct fk_rule_config *cfg)
{
	for (size_t i = 0; i < cfg->nrules; i++)
		free(cfg->rules[i].message);
	free(cfg->rules);
	for (size_t i = 0; i < cfg->ncodelists; i++)
		fk_gc_table_free(cfg->codelists[i]);
	free(cfg->codelists);
	memset(cfg, 0, sizeof(*cfg));
}

struct fk_rule_state *fk_rule_config_get(struct fk_rule_config *cfg, const char *code)
{
	for (size_t i = 0; i < cfg->nrules; i++)
		if (!strcmp(cfg->rules[i].rule->code, code))
			return &cfg->rules[i];
	return NULL;
}

int fk_rule_config_enable(struct fk_rule_config *cfg, const char *list, int enable,
			  char **error)
{
	char *copy = fk_xstrdup(list), *save = NULL, *tok;
	int ret = 0;

	*error = NULL;
	for (tok = strtok_r(copy, ",", &save); tok && !ret; tok = strtok_r(NULL, ",", &save)) {
		char *item = fk_trim(tok), *dash;
		int matched = 0;

		if (!*item)
			continue;
		if (!strcmp(item, "all")) {
			for (size_t i = 0; i < cfg->nrules; i++)
				cfg->rules[i].enabled = enable;
			continue;
		}
		dash = strchr(item, '-');
		for (size_t i = 0; i < cfg->nrules; i++) {
			const char *code = cfg->rules[i].rule->code;
			int hit;

			if (dash) {
				*dash = '\0';
				hit = strcmp(code, item) >= 0 && strcmp(code, dash + 1) <= 0 &&
				      strlen(code) == strlen(item);
				*dash = '-';
			} else {
				hit = !strcmp(code, item);
			}
			if (hit) {
				cfg->rules[i].enabled = enable;
				matched = 1;
			}
		}
		if (!matched && !dash) {
			*error = fk_xasprintf("unknown rule '%s' (see 'fimkit rules')", item);
			ret = -1;
		}
	}
	free(copy);
	return ret;
}

int fk_rule_config_severity(struct fk_rule_config *cfg, const char *list, char **error)
{
	char *copy = fk_xstrdup(list), *save = NULL, *tok;
	int ret = 0;

	*error = NULL;
	for (tok = strtok_r(copy, ",", &save); tok && !ret; tok = strtok_r(NULL, ",", &save)) {
		char *item = fk_trim(tok), *eq = strchr(item, '=');
		struct fk_rule_state *st;
		enum fk_severity sev;

		if (!*item)
			continue;
		if (!eq) {
			*error = fk_xasprintf("'%s': expected CODE=SEVERITY", item);
			ret = -1;
			break;
		}
		*eq = '\0';
		st = fk_rule_config_get(cfg, fk_trim(item));
		if (!st) {
			*error = fk_xasprintf("unknown rule '%s' (see 'fimkit rules')", fk_trim(item));
			ret = -1;
		} else if (fk_severity_parse(fk_trim(eq + 1), &sev) < 0) {
			*error = fk_xasprintf("unknown severity '%s' for rule %s", fk_trim(eq + 1),
					      st->rule->code);
			ret = -1;
		} else {
			st->severity = sev;
		}
	}
	free(copy);
	return ret;
}

int fk_rule_config_catalog(struct fk_rule_config *cfg, const char *path, char **error)
{
	struct fk_gc_table *t = fk_gc_load(path, error);
	int code, typ, text;

	if (!t)
		return -1;
	code = fk_gc_column(t, "Code");
	typ = fk_gc_column(t, "Typ");
	text = fk_gc_column(t, "Meldungstext");
	if (code < 0 || typ < 0) {
		*error = fk_xasprintf("'%s': a message catalogue needs the columns Code and Typ", path);
		fk_gc_table_free(t);
		return -1;
	}
	for (size_t r = 0; r < t->nrows; r++) {
		const char *c = fk_gc_cell(t, r, code), *ty = fk_gc_cell(t, r, typ);
		const char *msg = fk_gc_cell(t, r, text);
		struct fk_rule_state *st = c ? fk_rule_config_get(cfg, c) : NULL;
		enum fk_severity sev;

		if (!st)
			continue; /* codes fimkit does not implement, e.g. network checks */
		if (ty && !strcmp(ty, "Deaktiviert"))
			st->enabled = 0;
		else if (ty && fk_severity_parse(ty, &sev) == 0) {
			st->severity = sev;
			st->enabled = 1;
		}
		if (msg && *msg) {
			free(st->message);
			st->message = fk_xstrdup(msg);
		}
	}
	fk_gc_table_free(t);
	return 0;
}

int fk_rule_config_codelists(struct fk_rule_config *cfg, const char *dir, char **error)
{
	struct fk_input_list files = FK_INPUT_LIST_INIT;
	struct stat st;

	*error = NULL;
	if (stat(dir, &st) != 0) {
		*error = fk_xasprintf("cannot open code-list directory '%s': %s", dir,
				      fk_strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		*error = fk_xasprintf("cannot open code-list directory '%s': not a directory", dir);
		return -1;
	}
	/* the same discovery as for documents: *.xml below dir, in name order */
	fk_inputs_add(&files, dir);
	for (size_t i = 0; i < files.count; i++) {
		char *ignored = NULL;
		struct fk_gc_table *t = files.items[i].error ? NULL
				       : fk_gc_load(files.items[i].path, &ignored);

		/* other XML files in the directory are not code lists: skip them */
		if (t) {
			cfg->codelists = fk_xrealloc(cfg->codelists,
						     (cfg->ncodelists + 1) * sizeof(*cfg->codelists));
			cfg->codelists[cfg->ncodelists++] = t;
		}
		free(ignored);
	}
	fk_input_list_release(&files);
	cfg->codelists_loaded = 1;
	return 0;
}

const struct fk_gc_table *fk_rule_config_codelist(const struct fk_rule_config *cfg,
						  const char *canonical, const char *version)
{
	for (size_t i = 0; i < cfg->ncodelists; i++) {
		const struct fk_gc_table *t = cfg->codelists[i];

		if (t->canonical && canonical && !strcmp(t->canonical, canonical) &&
		    (!version || (t->version && !strcmp(t->version, version))))
			return t;
	}
	return NULL;
}

/* ---- running ---------------------------------------------------------------------------- */

unsigned fk_rule_applies_bit(enum fk_standard std)
{
	switch (std) {
	case FK_STD_XDF2: return FK_APPLIES_XDF2;
	case FK_STD_XDF3: return FK_APPLIES_XDF3;
	case FK_STD_XZUFI_2_2: return FK_APPLIES_XZUFI_2_2;
	case FK_STD_XZUFI_2_3: return FK_APPLIES_XZUFI_2_3;
	case FK_STD_XPROZESS_2: return FK_APPLIES_XPROZESS_2;
	default: return 0;
	}
}

size_t fk_rule_standards(unsigned applies, enum fk_standard out[FK_RULE_MAX_STANDARDS])
{
	static const enum fk_standard all[FK_RULE_MAX_STANDARDS] = {
		FK_STD_XDF2, FK_STD_XDF3, FK_STD_XZUFI_2_2, FK_STD_XZUFI_2_3, FK_STD_XPROZESS_2,
	};
	size_t n = 0;

	for (size_t i = 0; i < FK_RULE_MAX_STANDARDS; i++)
		if (applies & fk_rule_applies_bit(all[i]))
			out[n++] = all[i];
	return n;
}

static void report(struct fk_rule_ctx *ctx, const xmlNode *node, const char *id,
		   const char *version, va_list ap)
{
	const struct fk_rule *r = ctx->rule;
	const char *fmt = ctx->cfg->lang == FK_LANG_DE ? r->message_de : r->message_en;
	struct fk_buf msg = FK_BUF_INIT;
	struct fk_diag *d;
	char *where;

	if (ctx->state->message) {
		/* the user's catalogue wording, with our details after it */
		fk_buf_adds(&msg, ctx->state->message);
		fk_buf_adds(&msg, " (");
		fk_buf_vaddf(&msg, fmt, ap);
		fk_buf_adds(&msg, ")");
	} else {
		fk_buf_vaddf(&msg, fmt, ap);
	}
	d = fk_diag_add(ctx->diags, ctx->path, node ? xmlGetLineNo(node) : 0, 0,
			ctx->state->severity, r->code, fk_buf_str(&msg));
	if (id || version)
		fk_diag_set_object(d, id, version);
	if (node) {
		where = fk_xml_location(node);
		fk_diag_set_xpath(d, where);
		free(where);
	}
	fk_buf_release(&msg);
}

void fk_rule_report(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *obj,
		    const xmlNode *at, ...)
{
	const xmlNode *node = at ? at : (obj ? obj->node : NULL);
	va_list ap;

	va_start(ap, at);
	report(ctx, node, obj ? obj->id : NULL, obj ? obj->version : NULL, ap);
	va_end(ap);
}

void fk_rule_report_at(struct fk_rule_ctx *ctx, const xmlNode *at, const char *id,
		       const char *version, ...)
{
	va_list ap;

	va_start(ap, version);
	report(ctx, at, id, version, ap);
	va_end(ap);
}

int fk_rules_run(const struct fk_rule_config *cfg, const struct fk_doc *doc,
		 struct fk_diag_list *diags)
{
	struct fk_xdf_model *m = NULL;
	unsigned applies = fk_rule_applies_bit(doc->det.standard);
	int skipped = 0;

	if (!applies)
		return 0;
	if (applies & (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)) {
		m = fk_xdf_model_build(doc->xml, &doc->det);
		if (!m)
			return 0;
	}
	for (size_t i = 0; i < cfg->nrules; i++) {
		const struct fk_rule_state *st = &cfg->rules[i];
		struct fk_rule_ctx ctx = { st->rule, st, cfg, m, doc->path, diags, doc };

		if (!st->enabled || !(st->rule->applies & applies) || !st->rule->check)
			continue;
		if ((st->rule->needs & FK_NEEDS_CODELISTS) && !cfg->codelists_loaded) {
			skipped = 1;
			continue;
		}
		st->rule->check(&ctx);
	}
	fk_xdf_model_free(m);
	return skipped;
}
