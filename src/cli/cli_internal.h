/*
 * cli_internal.h - pieces shared by the command implementations.
 */
#ifndef FIMKIT_CLI_INTERNAL_H
#define FIMKIT_CLI_INTERNAL_H

#include <getopt.h>

#include "fimkit/cli.h"
#include "fimkit/process.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

/* Options every reporting command (info, validate, check) understands. */
struct fk_report_opts {
	enum fk_format format;
	const char *output;          /* NULL: standard output */
	enum fk_severity fail_on;
	struct fk_process_options process;
	int validate;                /* run schema validation */
	const char *schema_dir;      /* --schema-dir; NULL: fimkit's own schemas */
	int summary_only;            /* --summary */
	int force;                   /* --force: replace an existing output */
	enum fk_color color;         /* --color */
	const char *baseline;        /* --baseline */
	const char *write_baseline;  /* --write-baseline */
	unsigned shard_k, shard_n;   /* --shard K/N; n == 0: all inputs */
	int fail_on_given;           /* --fail-on was on the command line */
	/* quality rules (check) */
	int rules;                   /* run the quality rules */
	struct fk_rule_config rulecfg;
	char *schema_dir_owned;      /* schema-dir from a configuration file */
	struct fk_rule_args {        /* rule options in command-line order */
		int opt;
		const char *value;
	} *rule_args;
	size_t nrule_args;
	const char *config;          /* --config */
	int no_config;               /* --no-config */
};

enum {
	OPT_FORMAT = 0x100,
	OPT_FAIL_ON,
	OPT_MAX_FILE_SIZE,
	OPT_HELP,
	OPT_SCHEMA_DIR,
	OPT_ENABLE,
	OPT_DISABLE,
	OPT_SEVERITY,
	OPT_CODELISTS,
	OPT_CATALOG,
	OPT_CONFIG,
	OPT_NO_CONFIG,
	OPT_LANG,
	OPT_SUMMARY,
	OPT_COLOR,
	OPT_BASELINE,
	OPT_WRITE_BASELINE,
	OPT_SHARD,
	OPT_FORCE,
};

/* getopt_long entries for the options above; end the command's table with
   FK_REPORT_LONG_OPTIONS and a zero row. */
#define FK_REPORT_LONG_OPTIONS                                         \
	{ "format", required_argument, NULL, OPT_FORMAT },             \
	{ "output", required_argument, NULL, 'o' },                    \
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },           \
	{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE }, \
	{ "summary", no_argument, NULL, OPT_SUMMARY },                 \
	{ "color", required_argument, NULL, OPT_COLOR },               \
	{ "jobs", required_argument, NULL, 'j' },                      \
	{ "force", no_argument, NULL, OPT_FORCE },                     \
	{ "shard", required_argument, NULL, OPT_SHARD },               \
	{ "help", no_argument, NULL, 'h' }

/* Options of the commands that compare with a baseline (check, validate). */
#define FK_BASELINE_LONG_OPTIONS                                       \
	{ "baseline", required_argument, NULL, OPT_BASELINE },         \
	{ "write-baseline", required_argument, NULL, OPT_WRITE_BASELINE }

void fk_report_opts_init(struct fk_report_opts *o);
void fk_report_opts_release(struct fk_report_opts *o);

/*
 * Settles the rule configuration for check: defaults, then the project
 * configuration file (--config FILE, or fimkit.conf in the working
 * directory unless --no-config), then the command line.  Prints every
 * problem found; returns 0, FK_EXIT_USAGE or FK_EXIT_FAILURE.
 */
int fk_settle_rules(struct fk_cli *cli, struct fk_report_opts *o);

/*
 * The rule options shared by check and rules (--enable, --disable,
 * --severity, --lang, --config, --no-config; with files also --codelists,
 * --catalog): records them for fk_settle_rules.  Returns 0 if handled, 1 if
 * opt is not one of them.
 */
int fk_rule_option(struct fk_report_opts *o, int opt, const char *arg, int with_files);

/* The configuration file looked for in the working directory. */
#define FK_CONFIG_FILE "fimkit.conf"

/*
 * Handles one option returned by getopt_long.  Returns 0 if handled,
 * 1 if the option is not a report option, FK_EXIT_USAGE on a bad value
 * (message already printed).
 */
int fk_report_opts_handle(struct fk_cli *cli, const struct fk_command *cmd,
			  struct fk_report_opts *o, int opt, const char *arg);

/* Reports an unknown option ('?') or missing value (':') as returned by
   getopt_long with an optstring starting with ':'; returns FK_EXIT_USAGE. */
int fk_cli_bad_option(struct fk_cli *cli, const struct fk_command *cmd,
		      int code, int argc, char **argv);

/*
 * Runs the pipeline over paths and writes the report; returns the exit
 * status.  Tool errors (unreadable inputs, write errors) go to cli->err.
 */
int fk_cli_run_report(struct fk_cli *cli, const char *command,
		      struct fk_report_opts *o,
		      const struct fk_write_options *text,
		      char *const *paths, int npaths);

/* Colour for text output: asked for, or a terminal without NO_COLOR. */
int fk_cli_use_color(const struct fk_report_opts *o, FILE *out);

/* Writes r in o's format (text with the given options, o's --summary and
   colour); returns 0, or -1 when writing failed. */
int fk_cli_write_report(const struct fk_report *r, const struct fk_report_opts *o,
			const struct fk_write_options *text, FILE *out);

/*
 * Writes an output with write(arg, fp): to standard output when path is
 * NULL or "-", else atomically to path, never over one of inputs and over
 * a foreign file only with force.  Messages name the file as "cannot write
 * WHAT'PATH'" (what: "" or "baseline ").  Returns 0 or FK_EXIT_FAILURE
 * (message printed).
 */
int fk_cli_write_output(struct fk_cli *cli, const char *path, const char *what,
			const char *const *inputs, size_t ninputs, int force,
			int (*write)(void *arg, FILE *out), void *arg);

/* The paths of r's files, with room for extra more (caller frees the
   array, not the strings). */
const char **fk_report_paths(const struct fk_report *r, size_t extra);

/* Parses "123", "64K", "10M", "2G" (binary units); 0 on success. */
int fk_parse_size(const char *s, size_t *out);

/* Resets getopt so that a command can parse its own argv in-process. */
void fk_getopt_reset(void);

/* Command implementations (rows of fk_commands). */
int fk_cmd_info(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_validate(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_check(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_gaps(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_rules(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_convert(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_merge(struct fk_cli *cli, int argc, char **argv);

/*
 * The common body of the reporting commands: parses argv with longopts
 * (report options plus any extra the command handles in extra_opt, which
 * returns like fk_report_opts_handle), then runs the report.
 */
int fk_cli_report_command(struct fk_cli *cli, const char *name, int argc, char **argv,
			  const struct option *longopts, struct fk_report_opts *o,
			  const struct fk_write_options *text,
			  int (*extra_opt)(struct fk_cli *, struct fk_report_opts *, int, const char *));
int fk_cmd_help(struct fk_cli *cli, int argc, char **argv);
int fk_cmd_version(struct fk_cli *cli, int argc, char **argv);

#endif
