/*
 * commands.c - the command table: the one source of each command's usage
 * line and help text (docs/fimkit.1 repeats them; tests keep them in step).
 */
#include <config.h>

#include <string.h>

#include "cli_internal.h"


#define REPORT_OPTIONS_HELP                                                          \
	"  -o, --output=FILE         write the report to FILE (replaced atomically)\n"    \
	"      --force               replace FILE even if it is not an earlier report\n"  \
	"      --format=FORMAT       text (default), json, sarif, junit, html or\n"      \
	"                            markdown\n"                                          \
	"      --summary             only the closing summary (text, markdown)\n"        \
	"      --color=WHEN          colour text output: auto (default: on a\n"           \
	"                            terminal unless NO_COLOR is set), always, never\n"   \
	"      --fail-on=SEVERITY    exit 1 when a finding is at least this severe:\n"   \
	"                            critical (default), method, warning or info\n"      \
	"      --max-file-size=SIZE  refuse inputs larger than SIZE (default 256M)\n"    \
	"  -j, --jobs=N              check N documents at a time (default: one per\n"   \
	"                            processor); output stays in input order\n"         \
	"      --shard=K/N           only the K-th of N shares of the inputs (by path),\n"\
	"                            for splitting a catalogue over CI jobs\n"

#define HELP_OPTION_HELP "  -h, --help                show this help\n"

#define BASELINE_OPTIONS_HELP                                                        \
	"      --baseline=FILE       leave out the known findings FILE lists\n"         \
	"      --write-baseline=FILE record this run's findings in FILE\n"

#define SCHEMA_OPTIONS_HELP                                                          \
	"      --schema-dir=DIR      validate against the XSD files in DIR instead of\n" \
	"                            fimkit's own (matched by target namespace and\n"   \
	"                            root element; XML_CATALOG_FILES is honoured)\n"

#define XZUFI_NOTE                                                                     \
	"\nXZuFi: no official XZuFi schema was available to fimkit, so its XZuFi\n"     \
	"schemas are profiles reconstructed from the published models.  They check\n"   \
	"names, namespaces, codes and String.Latin text where these are certain, and\n"  \
	"are lenient about element order and cardinality, which are not published.\n"   \
	"To validate against the official schema, download it from XRepository and\n"   \
	"run: fimkit validate --schema-dir=DIR FILE.  See docs/xzufi-profile.md.\n"

const struct fk_command fk_commands[] = {
	{
		"check", fk_cmd_check,
		"check [OPTION]... PATH...",
		"check documents: schema validation and the FIM quality rules",
		"\nChecks every document as far as fimkit can: well-formed XML, a\n"
		"supported FIM standard, validity against the standard's schema, and the\n"
		"FIM quality rules (the QS catalogue for XDatenfelder; see 'fimkit rules').\n"
		"Findings carry file, line, XPath and the FIM object (id and version)\n"
		"they concern.  PATH may be a file, a directory (searched for *.xml) or -.\n"
		"Directories holding a Leistung, a Prozess or a fimkit-package.conf are\n"
		"also checked as service packages: the package rules (K codes) follow the\n"
		"references between their documents (docs/packages.md).\n\n"
		"Options:\n" REPORT_OPTIONS_HELP BASELINE_OPTIONS_HELP SCHEMA_OPTIONS_HELP
		"      --enable=CODES        switch rules on: 1117,1127-1130 or all\n"
		"      --disable=CODES       switch rules off\n"
		"      --severity=CODE=SEV   change a rule's severity, e.g. 1101=info\n"
		"      --codelists=DIR       genericode lists for rules that look codes up\n"
		"      --catalog=FILE        a genericode QS message catalogue (Code, Typ,\n"
		"                            Meldungstext): its severities and wording win\n"
		"      --config=FILE         read settings from FILE (default: fimkit.conf\n"
		"                            in the working directory, if there is one)\n"
		"      --no-config           do not read fimkit.conf\n"
		"      --lang=de|en          language of rule messages (default en)\n"
		HELP_OPTION_HELP XZUFI_NOTE,
	},
	{
		"gaps", fk_cmd_gaps,
		"gaps [OPTION]... PATH...",
		"report per service which building blocks are there and what is missing",
		"\nThe gap report: for each service (Leistungsschl\xC3\xBCssel) which building\n"
		"blocks the inputs hold (Leistung, Prozess, Datenschema, Dokumentsteckbrief,\n"
		"code lists), whether each is valid and free of critical findings, which\n"
		"required text modules and process attributes are missing, the findings by\n"
		"severity, and whether the service is ready to roll out, with the reasons.\n"
		"It runs what 'fimkit check' runs, package rules included.  A directory\n"
		"holding a Leistung, a Prozess or a fimkit-package.conf is one package,\n"
		"and so are files named on the command line when a Leistung or Prozess\n"
		"is among them (docs/packages.md).\n\n"
		"Options:\n"
		"  -o, --output=FILE         write the report to FILE (replaced atomically)\n"
		"      --force               replace FILE even if it is not an earlier report\n"
		"      --format=FORMAT       text (default), json, html (a matrix of services\n"
		"                            by building block) or markdown\n"
		"      --require=FILE        Leistungsschl\xC3\xBCssel that must be there and ready,\n"
		"                            one per line, optionally followed by a name\n"
		"      --max-file-size=SIZE  refuse inputs larger than SIZE (default 256M)\n"
		"  -j, --jobs=N              check N documents at a time (default: one per\n"
		"                            processor)\n"
		SCHEMA_OPTIONS_HELP
		"      --enable, --disable, --severity, --codelists, --catalog, --config,\n"
		"      --no-config, --lang   as for 'fimkit check'\n"
		HELP_OPTION_HELP
		"\nExit status: 0 every service (and every required one) is ready, 1 not\n"
		"(or no service found), 2 usage error, 3 an input could not be processed.\n",
	},
	{
		"validate", fk_cmd_validate,
		"validate [OPTION]... PATH...",
		"validate documents against the XSD of their standard",
		"\nValidates each document against the schema of its standard and version\n"
		"(XDatenfelder 2.0 and 3.0.0, XProzess 2.0, XZuFi 2.2.0 and 2.3.1,\n"
		"genericode 1.0), offline.  Each schema is compiled once per run.\n"
		"xsi:schemaLocation in documents is ignored; nothing is fetched.\n\n"
		"Options:\n" REPORT_OPTIONS_HELP BASELINE_OPTIONS_HELP SCHEMA_OPTIONS_HELP
		HELP_OPTION_HELP XZUFI_NOTE,
	},
	{
		"rules", fk_cmd_rules,
		"rules [OPTION]...",
		"list the quality rules with their severity and state",
		"\nLists every quality rule fimkit knows: code, severity and whether it is\n"
		"on, as configured (fimkit.conf in the working directory and the options\n"
		"given), family, the standard versions it applies to and its title.\n\n"
		"Options:\n"
		"      --format=FORMAT       text (default) or json\n"
		"      --enable, --disable, --severity, --config, --no-config, --lang\n"
		"                            as for 'fimkit check'\n"
		"  -h, --help                show this help\n",
	},
	{
		"convert", fk_cmd_convert,
		"convert (--to=FORMAT | --xslt=FILE) [OPTION]... PATH...",
		"convert to HTML, JSON Schema, CSV, Markdown or XDatenfelder 3.0.0",
		"\nConverts each document with the stylesheet for its standard and format,\n"
		"offline, each stylesheet compiled once per run:\n"
		"  html         XDatenfelder: data dictionary and form preview; XZuFi:\n"
		"               Leistung page; XProzess: process overview\n"
		"  json-schema  XDatenfelder 2.0/3.0.0 as JSON Schema 2020-12, keyed by\n"
		"               field and group id\n"
		"  csv          XDatenfelder: one row per field occurrence (Excel-safe)\n"
		"  markdown     documentation of a schema, Leistung or Prozess\n"
		"  xdf3         XDatenfelder 2.0 migrated to 3.0.0\n"
		"PATH may be a file, a directory (searched for *.xml) or -.  Documents a\n"
		"format does not cover (code lists for html, say) are skipped.  Results\n"
		"are named OBJECT-IDvVERSION plus the format's extension, e.g.\n"
		"S00000000371V1.2.0.schema.json; what a conversion could not carry over\n"
		"is reported on standard error as findings.  See docs/convert.md.\n\n"
		"Options:\n"
		"      --to=FORMAT           html, json-schema, csv, markdown or xdf3\n"
		"      --xslt=FILE           convert with the stylesheet FILE instead\n"
		"      --param=NAME=VALUE    a string parameter for the stylesheet\n"
		"                            (repeatable), e.g. unternummernkreis=123 (xdf3)\n"
		"      --codelists=DIR       genericode code lists referenced by the\n"
		"                            documents: their values go into select\n"
		"                            fields (html, json-schema, csv, xdf3)\n"
		"  -o, --output=PATH         directory for the results (created if missing);\n"
		"                            for one input file also a file name; without\n"
		"                            -o one input file goes to standard output\n"
		"      --force               replace files that are not fimkit's own output\n"
		"      --fail-on=SEVERITY    exit 1 when a finding is at least this severe\n"
		"                            (default: findings do not change the status)\n"
		"      --max-file-size=SIZE  refuse inputs larger than SIZE (default 256M)\n"
		"      --time-limit=SECONDS  stop a document's conversion after SECONDS\n"
		"                            (default 300; 0: no limit)\n"
		"  -j, --jobs=N              convert N documents at a time (default: one per\n"
		"                            processor); results are written in input order\n"
		HELP_OPTION_HELP,
	},
	{
		"info", fk_cmd_info,
		"info [OPTION]... PATH...",
		"show standard, version, message, root object and contents of documents",
		"\nShows for each document its FIM standard and version, message type,\n"
		"root object (id, version, name) and how many groups, fields, rules,\n"
		"code lists, Leistungen or Prozesse it contains.  PATH may be a file,\n"
		"a directory (searched for *.xml) or - for standard input.\n\n"
		"Options:\n" REPORT_OPTIONS_HELP HELP_OPTION_HELP,
	},
	{
		"merge", fk_cmd_merge,
		"merge [OPTION]... REPORT...",
		"merge the JSON reports of shards into one report",
		"\nReads the JSON reports of the shards of a run ('fimkit check\n"
		"--shard=K/N --format=json', also validate or info; format 1.x) and\n"
		"writes them as one report, as the run over all files would have: files\n"
		"in path order, every count recomputed, packages formed again from the\n"
		"link facts the shards recorded.  A file in several reports is kept\n"
		"once when they agree on it and left out (exit 3) when not.\n"
		"REPORT may be - for standard input.  See docs/json-report.md.\n\n"
		"Options:\n"
		"  -o, --output=FILE         write the report to FILE (replaced atomically)\n"
		"      --force               replace FILE even if it is not an earlier report\n"
		"      --format=FORMAT       text (default), json, sarif, junit, html or\n"
		"                            markdown\n"
		"      --summary             only the closing summary (text, markdown)\n"
		"      --color=WHEN          colour text output: auto (default: on a\n"
		"                            terminal unless NO_COLOR is set), always, never\n"
		"      --fail-on=SEVERITY    exit 1 when a finding is at least this severe\n"
		"                            (default: the reports' threshold when they\n"
		"                            agree, else critical)\n"
		"      --max-file-size=SIZE  refuse reports larger than SIZE (default 256M)\n"
		HELP_OPTION_HELP,
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
