/*
 * cmd_validate.c - `fimkit validate` (schema validation) and `fimkit check`
 * (everything fimkit checks; today: well-formedness, standard detection and
 * schema validation).
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

static int run(struct fk_cli *cli, const char *name, int argc, char **argv)
{
	static const struct option longopts[] = {
		FK_REPORT_LONG_OPTIONS,
		{ "schema-dir", required_argument, NULL, OPT_SCHEMA_DIR },
		{ NULL, 0, NULL, 0 },
	};
	struct fk_text_options text = { .show_info = 0, .show_summary = 1 };
	struct fk_report_opts o;

	fk_report_opts_init(&o);
	o.validate = 1;
	return fk_cli_report_command(cli, name, argc, argv, longopts, &o, &text, schema_option);
}

int fk_cmd_validate(struct fk_cli *cli, int argc, char **argv)
{
	return run(cli, "validate", argc, argv);
}

int fk_cmd_check(struct fk_cli *cli, int argc, char **argv)
{
	return run(cli, "check", argc, argv);
}
