/*
 * settings.c - the rule configuration of `fimkit check`: defaults, the
 * project configuration file, then the command line (docs/configuration.md).
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fimkit/buf.h"
#include "cli_internal.h"

/* Applies one rule option; returns 0 or -1 with *error set. */
static int apply(struct fk_report_opts *o, int opt, const char *value, char **error)
{
	struct fk_rule_config *cfg = &o->rulecfg;

	*error = NULL;
	switch (opt) {
	case OPT_ENABLE: return fk_rule_config_enable(cfg, value, 1, error);
	case OPT_DISABLE: return fk_rule_config_enable(cfg, value, 0, error);
	case OPT_SEVERITY: return fk_rule_config_severity(cfg, value, error);
	case OPT_CATALOG: return fk_rule_config_catalog(cfg, value, error);
	case OPT_CODELISTS: return fk_rule_config_codelists(cfg, value, error);
	case OPT_LANG:
		if (!strcmp(value, "de"))
			cfg->lang = FK_LANG_DE;
		else if (!strcmp(value, "en"))
			cfg->lang = FK_LANG_EN;
		else {
			*error = fk_xasprintf("unknown language '%s' (expected de or en)", value);
			return -1;
		}
		return 0;
	case OPT_FAIL_ON:
		if (o->fail_on_given)
			return 0; /* the command line wins */
		if (fk_severity_parse(value, &o->fail_on) < 0) {
			*error = fk_xasprintf("unknown severity '%s'", value);
			return -1;
		}
		return 0;
	case OPT_SCHEMA_DIR:
		if (!o->schema_dir) {
			free(o->schema_dir_owned);
			o->schema_dir_owned = fk_xstrdup(value);
			o->schema_dir = o->schema_dir_owned;
		}
		return 0;
	}
	*error = fk_xstrdup("internal error: unknown rule option");
	return -1;
}

static const struct {
	const char *key;
	int opt;
	int is_path;
} config_keys[] = {
	{ "enable", OPT_ENABLE, 0 },
	{ "disable", OPT_DISABLE, 0 },
	{ "severity", OPT_SEVERITY, 0 },
	{ "fail-on", OPT_FAIL_ON, 0 },
	{ "lang", OPT_LANG, 0 },
	{ "catalog", OPT_CATALOG, 1 },
	{ "codelists", OPT_CODELISTS, 1 },
	{ "schema-dir", OPT_SCHEMA_DIR, 1 },
};

/* Reads a configuration file; prints every problem; returns the count. */
static int read_config(struct fk_cli *cli, struct fk_report_opts *o, const char *path)
{
	FILE *f = fopen(path, "r");
	char *dir = fk_xstrdup(path), *slash, *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	int problems = 0, in_check = 1;

	if (!f) {
		fk_cli_error(cli, "cannot read configuration '%s': %s", path, fk_strerror(errno));
		free(dir);
		return 1;
	}
	slash = strrchr(dir, '/');
	if (slash)
		slash[1] = '\0';
	else
		dir[0] = '\0';
	while (getline(&line, &cap, f) > 0) {
		char *s = fk_trim(line), *eq, *key, *value, *error = NULL, *resolved = NULL;
		size_t k;

		lineno++;
		if (!*s || *s == '#' || *s == ';')
			continue;
		if (*s == '[') {
			/* sections: only [check] is read; others are for other commands */
			in_check = !strcmp(s, "[check]");
			continue;
		}
		if (!in_check)
			continue;
		eq = strchr(s, '=');
		if (!eq) {
			fk_cli_error(cli, "%s:%ld: expected 'key = value'", path, lineno);
			problems++;
			continue;
		}
		*eq = '\0';
		key = fk_trim(s);
		value = fk_trim(eq + 1);
		for (k = 0; k < sizeof(config_keys) / sizeof(config_keys[0]); k++)
			if (!strcmp(config_keys[k].key, key))
				break;
		if (k == sizeof(config_keys) / sizeof(config_keys[0])) {
			fk_cli_error(cli, "%s:%ld: unknown setting '%s'", path, lineno, key);
			problems++;
			continue;
		}
		/* paths in a configuration file are relative to the file */
		if (config_keys[k].is_path && value[0] != '/' && *dir)
			value = resolved = fk_xasprintf("%s%s", dir, value);
		if (apply(o, config_keys[k].opt, value, &error) < 0) {
			fk_cli_error(cli, "%s:%ld: %s", path, lineno, error);
			problems++;
		}
		free(error);
		free(resolved);
	}
	free(line);
	free(dir);
	fclose(f);
	return problems;
}

int fk_rule_option(struct fk_report_opts *o, int opt, const char *arg, int with_files)
{
	switch (opt) {
	case OPT_CODELISTS:
	case OPT_CATALOG:
		if (!with_files)
			return 1;
		/* fall through */
	case OPT_ENABLE:
	case OPT_DISABLE:
	case OPT_SEVERITY:
	case OPT_LANG:
		/* kept in order; applied after the configuration file */
		o->rule_args = fk_xrealloc(o->rule_args, (o->nrule_args + 1) * sizeof(*o->rule_args));
		o->rule_args[o->nrule_args].opt = opt;
		o->rule_args[o->nrule_args].value = arg;
		o->nrule_args++;
		return 0;
	case OPT_CONFIG:
		o->config = arg;
		return 0;
	case OPT_NO_CONFIG:
		o->no_config = 1;
		return 0;
	}
	return 1;
}

/* Options naming files whose loading can fail (exit status 3, not 2). */
static int loads_file(int opt)
{
	return opt == OPT_CATALOG || opt == OPT_CODELISTS;
}

int fk_settle_rules(struct fk_cli *cli, struct fk_report_opts *o)
{
	int problems = 0, failures = 0;
	const char *config = o->config;

	if (!config && !o->no_config && access(FK_CONFIG_FILE, F_OK) == 0)
		config = FK_CONFIG_FILE;
	if (config)
		problems += read_config(cli, o, config);
	for (size_t i = 0; i < o->nrule_args; i++) {
		char *error = NULL;

		if (apply(o, o->rule_args[i].opt, o->rule_args[i].value, &error) < 0) {
			fk_cli_error(cli, "%s", error);
			if (loads_file(o->rule_args[i].opt))
				failures++;
			else
				problems++;
		}
		free(error);
	}
	if (problems)
		return FK_EXIT_USAGE;
	return failures ? FK_EXIT_FAILURE : 0;
}
