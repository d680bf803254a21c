/* cmd_info.c - `fimkit info`: what each document is and what it contains. */
#include <config.h>

#include "cli_internal.h"

int fk_cmd_info(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		FK_REPORT_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const struct fk_command *cmd = fk_command_find("info");
	struct fk_text_options text = { .show_info = 1, .show_summary = 0 };
	struct fk_report_opts o;
	int c, rc;

	fk_report_opts_init(&o);
	fk_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		if (c == 'h') {
			fk_command_usage(cmd, cli->out);
			fputs(cmd->help, cli->out);
			return FK_EXIT_OK;
		}
		if (c == '?' || c == ':')
			return fk_cli_bad_option(cli, cmd, c, argc, argv);
		rc = fk_report_opts_handle(cli, cmd, &o, c, optarg);
		if (rc)
			return rc == 1 ? fk_cli_bad_option(cli, cmd, '?', argc, argv) : rc;
	}
	if (optind >= argc) {
		fk_cli_error(cli, "no input given (name files, directories or '-')");
		fk_command_usage(cmd, cli->err);
		return FK_EXIT_USAGE;
	}
	return fk_cli_run_report(cli, "info", &o, &text, argv + optind, argc - optind);
}
