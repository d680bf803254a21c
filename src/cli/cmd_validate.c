/*
 * cmd_validate.c - `fimkit validate` (schema validation) and `fimkit check`
 * (everything fimkit checks: well-formedness, standard detection, schema
 * validation and the quality rules).
 */
#include <config.h>

#include "cli_internal.h"

static int schema_option(struct fk_cli *cli, struct fk_report_opts *o, int opt,
			 const char *arg)
{
	(void)cli;
	if (opt != OPT_SCHEMA_DIR)
		return 1;
	o->schema_dir = arg;
	return 0;
}

int fk_cmd_validate(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		FK_REPORT_LONG_OPTIONS,
		FK_BASELINE_LONG_OPTIONS,
		{ "schema-dir", required_argument, NULL, OPT_SCHEMA_DIR },
		{ NULL, 0, NULL, 0 },
	};
	struct fk_write_options text = { .show_info = 0, .show_summary = 1 };
	struct fk_report_opts o;
	int rc;

	fk_report_opts_init(&o);
	o.validate = 1;
	rc = fk_cli_report_command(cli, "validate", argc, argv, longopts, &o, &text, schema_option);
	fk_report_opts_release(&o);
	return rc;
}

static int check_option(struct fk_cli *cli, struct fk_report_opts *o, int opt, const char *arg)
{
	if (fk_rule_option(o, opt, arg, 1) == 0)
		return 0;
	return schema_option(cli, o, opt, arg);
}

int fk_cmd_check(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		FK_REPORT_LONG_OPTIONS,
		FK_BASELINE_LONG_OPTIONS,
		{ "schema-dir", required_argument, NULL, OPT_SCHEMA_DIR },
		{ "enable", required_argument, NULL, OPT_ENABLE },
		{ "disable", required_argument, NULL, OPT_DISABLE },
		{ "severity", required_argument, NULL, OPT_SEVERITY },
		{ "codelists", required_argument, NULL, OPT_CODELISTS },
		{ "catalog", required_argument, NULL, OPT_CATALOG },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ NULL, 0, NULL, 0 },
	};
	struct fk_write_options text = { .show_info = 0, .show_summary = 1 };
	struct fk_report_opts o;
	int rc;

	fk_report_opts_init(&o);
	o.validate = 1;
	o.rules = 1;
	fk_rule_config_init(&o.rulecfg);
	rc = fk_cli_report_command(cli, "check", argc, argv, longopts, &o, &text, check_option);
	fk_report_opts_release(&o);
	return rc;
}
