/*
 * commands.c - the command table: the one source of each command's usage
 * line and help text (docs/fimkit.1 repeats them; tests keep them in step).
 */
#include <config.h>

#include <string.h>

#include "cli_internal.h"


#define REPORT_OPTIONS_HELP                                                          \
	"  -o, --output=FILE         write the report to FILE (replaced atomically)\n"    \
	"      --format=FORMAT       report format: text (default) or json\n"            \
	"      --fail-on=SEVERITY    exit 1 when a finding is at least this severe:\n"   \
	"                            critical (default), method, warning or info\n"      \
	"      --max-file-size=SIZE  refuse inputs larger than SIZE (default 256M)\n"    \
	"  -h, --help                show this help\n"

const struct fk_command fk_commands[] = {
	{
		"info", fk_cmd_info,
		"info [--format=FORMAT] [--output=FILE] [--fail-on=SEVERITY] [--max-file-size=SIZE] PATH...",
		"show standard, version, message, root object and contents of documents",
		"\nShows for each document its FIM standard and version, message type,\n"
		"root object (id, version, name) and how many groups, fields, rules,\n"
		"code lists, Leistungen or Prozesse it contains.  PATH may be a file,\n"
		"a directory (searched for *.xml) or - for standard input.\n\n"
		"Options:\n" REPORT_OPTIONS_HELP,
	},
	{
		"help", fk_cmd_help,
		"help [COMMAND]",
		"show help for fimkit or for one command",
		"\nWithout COMMAND, lists the commands; with COMMAND, shows its options.\n",
	},
	{
		"version", fk_cmd_version,
		"version",
		"show the versions of fimkit and its libraries",
		"\nPrints fimkit's version and the libxml2 and libxslt versions in use.\n",
	},
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct fk_command *fk_command_find(const char *name)
{
	for (const struct fk_command *c = fk_commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

void fk_command_usage(const struct fk_command *cmd, FILE *out)
{
	fprintf(out, "usage: fimkit %s\n", cmd->usage);
}
