/* options.c - options shared by the reporting commands, and running them. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/atomic.h"
#include "fimkit/buf.h"
#include "fimkit/schema.h"
#include "cli_internal.h"

void fk_getopt_reset(void)
{
	optind = 0; /* GNU getopt: full reinitialisation */
	opterr = 0;
}

void fk_report_opts_init(struct fk_report_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->format = FK_FORMAT_TEXT;
	o->fail_on = FK_SEV_CRITICAL;
	o->process.load.max_file_size = FK_DEFAULT_MAX_FILE_SIZE;
}

void fk_report_opts_release(struct fk_report_opts *o)
{
	if (o->rules)
		fk_rule_config_release(&o->rulecfg);
	free(o->rule_args);
	free(o->schema_dir_owned);
}

int fk_parse_size(const char *s, size_t *out)
{
	unsigned long long v, mult = 1;
	char *end;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno)
		return -1;
	if (*end) {
		switch (toupper((unsigned char)*end)) {
		case 'K': mult = 1024ULL; break;
		case 'M': mult = 1024ULL * 1024; break;
		case 'G': mult = 1024ULL * 1024 * 1024; break;
		default: return -1;
		}
		end++;
		if (toupper((unsigned char)*end) == 'I')
			end++;
		if (toupper((unsigned char)*end) == 'B')
			end++;
		if (*end)
			return -1;
	}
	if (v == 0 || v > SIZE_MAX / mult)
		return -1;
	*out = (size_t)(v * mult);
	return 0;
}

int fk_report_opts_handle(struct fk_cli *cli, const struct fk_command *cmd,
			  struct fk_report_opts *o, int opt, const char *arg)
{
	switch (opt) {
	case OPT_FORMAT:
		if (fk_format_parse(arg, &o->format) < 0) {
			fk_cli_error(cli, "unknown format '%s' (expected text or json)", arg);
			return FK_EXIT_USAGE;
		}
		return 0;
	case 'o':
		o->output = arg;
		return 0;
	case OPT_FAIL_ON:
		o->fail_on_given = 1;
		if (fk_severity_parse(arg, &o->fail_on) < 0) {
			fk_cli_error(cli, "unknown severity '%s' (expected critical, method, warning or info)",
				     arg);
			return FK_EXIT_USAGE;
		}
		return 0;
	case OPT_MAX_FILE_SIZE:
		if (fk_parse_size(arg, &o->process.load.max_file_size) < 0) {
			fk_cli_error(cli, "invalid size '%s' (expected a number of bytes, "
				     "optionally with K, M or G)", arg);
			return FK_EXIT_USAGE;
		}
		return 0;
	default:
		(void)cmd;
		return 1;
	}
}

int fk_cli_bad_option(struct fk_cli *cli, const struct fk_command *cmd,
		      int code, int argc, char **argv)
{
	const char *word = optind > 0 && optind <= argc ? argv[optind - 1] : "";
	char shortopt[3] = { '-', (char)optopt, '\0' };

	/* For an unknown short option getopt reports the letter in optopt. */
	if (optopt > 0 && optopt < 0x100)
		word = shortopt;
	if (code == ':')
		fk_cli_error(cli, "option '%s' needs a value", word);
	else
		fk_cli_error(cli, "unknown option '%s'", word);
	fk_command_usage(cmd, cli->err);
	return FK_EXIT_USAGE;
}

static int write_report(const struct fk_report *r, const struct fk_report_opts *o,
			const struct fk_text_options *text, FILE *out)
{
	if (o->format == FK_FORMAT_JSON)
		return fk_report_write_json(r, out);
	return fk_report_write_text(r, out, text);
}

int fk_cli_run_report(struct fk_cli *cli, const char *command,
		      struct fk_report_opts *o,
		      const struct fk_text_options *text,
		      char *const *paths, int npaths)
{
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	struct fk_process_options process = o->process;
	struct fk_schema_set *schemas = NULL;
	struct fk_report report;
	int status;

	if (o->rules)
		process.rules = &o->rulecfg;
	if (o->validate) {
		char *error = NULL;

		if (fk_schema_set_open(o->schema_dir, &schemas, &error) < 0) {
			fk_cli_error(cli, "%s", error);
			free(error);
			return FK_EXIT_FAILURE;
		}
		process.schemas = schemas;
	}
	fk_report_init(&report, command, o->fail_on);
	for (int i = 0; i < npaths; i++)
		fk_inputs_add(&inputs, paths[i]);
	for (size_t i = 0; i < inputs.count; i++)
		fk_process_input(&process, &inputs.items[i], &report);
	fk_report_finish(&report);
	if (o->rules && o->rulecfg.skipped_note_due)
		fk_cli_error(cli, "note: rules that look codes up in code lists (1076, 1122) were "
			     "skipped: load the lists with --codelists=DIR");

	for (size_t i = 0; i < report.count; i++) {
		struct fk_file_report *f = &report.files[i];

		if (f->error)
			fk_cli_error(cli, "'%s': %s", f->path, f->error);
	}

	status = fk_report_exit_code(&report);
	if (o->output && strcmp(o->output, "-")) {
		struct fk_atomic_file af;

		if (fk_atomic_open(&af, o->output) < 0) {
			fk_cli_error(cli, "cannot write '%s': %s", o->output, fk_strerror(errno));
			status = FK_EXIT_FAILURE;
		} else if (write_report(&report, o, text, af.fp) < 0) {
			fk_cli_error(cli, "cannot write '%s': %s", o->output, fk_strerror(errno));
			fk_atomic_abort(&af);
			status = FK_EXIT_FAILURE;
		} else if (fk_atomic_commit(&af) < 0) {
			fk_cli_error(cli, "cannot write '%s': %s", o->output, fk_strerror(errno));
			status = FK_EXIT_FAILURE;
		}
	} else if (write_report(&report, o, text, cli->out) < 0) {
		fk_cli_error(cli, "write error on standard output");
		status = FK_EXIT_FAILURE;
	}
	fk_report_release(&report);
	fk_input_list_release(&inputs);
	fk_schema_set_free(schemas);
	return status;
}

int fk_cli_report_command(struct fk_cli *cli, const char *name, int argc, char **argv,
			  const struct option *longopts, struct fk_report_opts *o,
			  const struct fk_text_options *text,
			  int (*extra_opt)(struct fk_cli *, struct fk_report_opts *, int, const char *))
{
	const struct fk_command *cmd = fk_command_find(name);
	int c, rc;

	fk_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		if (c == 'h') {
			fk_command_usage(cmd, cli->out);
			fputs(cmd->help, cli->out);
			return FK_EXIT_OK;
		}
		if (c == '?' || c == ':')
			return fk_cli_bad_option(cli, cmd, c, argc, argv);
		rc = fk_report_opts_handle(cli, cmd, o, c, optarg);
		if (rc == 1 && extra_opt)
			rc = extra_opt(cli, o, c, optarg);
		if (rc)
			return rc == 1 ? fk_cli_bad_option(cli, cmd, '?', argc, argv) : rc;
	}
	if (optind >= argc) {
		fk_cli_error(cli, "no input given (name files, directories or '-')");
		fk_command_usage(cmd, cli->err);
		return FK_EXIT_USAGE;
	}
	if (o->rules && (rc = fk_settle_rules(cli, o)) != 0)
		return rc;
	return fk_cli_run_report(cli, name, o, text, argv + optind, argc - optind);
}
