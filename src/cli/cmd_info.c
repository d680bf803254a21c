/* cmd_info.c - `fimkit info`: what each document is and what it contains. */
#include <config.h>

#include "cli_internal.h"

int fk_cmd_info(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		FK_REPORT_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct fk_write_options text = { .show_info = 1, .show_summary = 0 };
	struct fk_report_opts o;
	int rc;

	fk_report_opts_init(&o);
	rc = fk_cli_report_command(cli, "info", argc, argv, longopts, &o, &text, NULL);
	fk_report_opts_release(&o);
	return rc;
}
