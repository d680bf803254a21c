/* main_cli.c - fimkit_main: global options and command dispatch. */
#include <config.h>

#include <stdarg.h>
#include <string.h>

#include <libxml/xmlversion.h>
#include <libxslt/xsltconfig.h>
#include <libxslt/xslt.h>

#include "fimkit/load.h"
#include "cli_internal.h"

void fk_cli_error(struct fk_cli *cli, const char *fmt, ...)
{
	va_list ap;

	fputs("fimkit: ", cli->err);
	va_start(ap, fmt);
	vfprintf(cli->err, fmt, ap);
	va_end(ap);
	fputc('\n', cli->err);
}

static void print_overview(FILE *out)
{
	fputs("usage: fimkit COMMAND [OPTIONS] [PATH...]\n"
	      "       fimkit --help | --version\n\n"
	      "Validate, check and convert FIM documents: Leistungen (XZuFi),\n"
	      "Datenfelder (XDatenfelder 2.0 and 3.0.0), Prozesse (XProzess 2.0)\n"
	      "and genericode code lists.  Works offline.\n\n"
	      "Commands:\n", out);
	for (const struct fk_command *c = fk_commands; c->name; c++)
		fprintf(out, "  %-10s %s\n", c->name, c->summary);
	fputs("\nRun 'fimkit help COMMAND' for the options of a command.\n"
	      "Exit status: 0 clean, 1 findings at or above the failure threshold,\n"
	      "2 usage error, 3 an input could not be processed.\n", out);
}

int fk_cmd_help(struct fk_cli *cli, int argc, char **argv)
{
	const struct fk_command *cmd;

	if (argc < 2) {
		print_overview(cli->out);
		return FK_EXIT_OK;
	}
	if (argc > 2) {
		fk_cli_error(cli, "help takes at most one command name");
		fk_command_usage(fk_command_find("help"), cli->err);
		return FK_EXIT_USAGE;
	}
	cmd = fk_command_find(argv[1]);
	if (!cmd) {
		fk_cli_error(cli, "unknown command '%s' (see 'fimkit help')", argv[1]);
		return FK_EXIT_USAGE;
	}
	fk_command_usage(cmd, cli->out);
	fputs(cmd->help, cli->out);
	return FK_EXIT_OK;
}

int fk_cmd_version(struct fk_cli *cli, int argc, char **argv)
{
	(void)argv;
	if (argc > 1) {
		fk_cli_error(cli, "version takes no arguments");
		fk_command_usage(fk_command_find("version"), cli->err);
		return FK_EXIT_USAGE;
	}
	fprintf(cli->out, "fimkit %s\n", PACKAGE_VERSION);
	fprintf(cli->out, "libxml2 %s (built with %s)\n", xmlParserVersion,
		LIBXML_DOTTED_VERSION);
	fprintf(cli->out, "libxslt %d (built with %s)\n", xsltLibxsltVersion,
		LIBXSLT_DOTTED_VERSION);
	return FK_EXIT_OK;
}

int fimkit_main(int argc, char **argv, FILE *out, FILE *err)
{
	struct fk_cli cli = { out, err };
	const struct fk_command *cmd;
	const char *name;

	fk_xml_init();
	if (argc < 2) {
		print_overview(err);
		return FK_EXIT_USAGE;
	}
	name = argv[1];
	if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
		print_overview(out);
		return FK_EXIT_OK;
	}
	if (!strcmp(name, "--version") || !strcmp(name, "-V"))
		return fk_cmd_version(&cli, 1, argv);
	cmd = fk_command_find(name);
	if (!cmd) {
		fk_cli_error(&cli, "unknown command '%s' (see 'fimkit --help')", name);
		return FK_EXIT_USAGE;
	}
	return cmd->fn(&cli, argc - 1, argv + 1);
}
