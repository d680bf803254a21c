/* options.c - options shared by the reporting commands, and running them. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fimkit/atomic.h"
#include "fimkit/baseline.h"
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
	{
		long cores = sysconf(_SC_NPROCESSORS_ONLN);

		o->process.jobs = cores > 0 ? (unsigned)cores : 1;
	}
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
			fk_cli_error(cli, "unknown format '%s' (expected %s)", arg, fk_format_names());
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
	case 'j': {
		char *end;
		unsigned long n = strtoul(arg, &end, 10);

		if (end == arg || *end || n < 1 || n > 256) {
			fk_cli_error(cli, "invalid number of jobs '%s' (expected 1 to 256)", arg);
			return FK_EXIT_USAGE;
		}
		o->process.jobs = (unsigned)n;
		return 0;
	}
	case OPT_SHARD:
		if (fk_shard_parse(arg, &o->shard_k, &o->shard_n) < 0) {
			fk_cli_error(cli, "invalid shard '%s' (expected K/N with 1 <= K <= N)", arg);
			return FK_EXIT_USAGE;
		}
		return 0;
	case OPT_FORCE:
		o->force = 1;
		return 0;
	case OPT_SUMMARY:
		o->summary_only = 1;
		return 0;
	case OPT_COLOR:
		if (!strcmp(arg, "auto"))
			o->color = FK_COLOR_AUTO;
		else if (!strcmp(arg, "always"))
			o->color = FK_COLOR_ALWAYS;
		else if (!strcmp(arg, "never"))
			o->color = FK_COLOR_NEVER;
		else {
			fk_cli_error(cli, "unknown colour mode '%s' (expected auto, always or never)", arg);
			return FK_EXIT_USAGE;
		}
		return 0;
	case OPT_BASELINE:
		o->baseline = arg;
		return 0;
	case OPT_WRITE_BASELINE:
		o->write_baseline = arg;
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

int fk_cli_use_color(const struct fk_report_opts *o, FILE *out)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (o->color == FK_COLOR_ALWAYS)
		return 1;
	if (o->color == FK_COLOR_NEVER || (no_color && *no_color))
		return 0;
	return isatty(fileno(out)) && !(term && !strcmp(term, "dumb"));
}

int fk_cli_write_report(const struct fk_report *r, const struct fk_report_opts *o,
			const struct fk_write_options *text, FILE *out)
{
	struct fk_write_options w = *text;

	w.summary_only = o->summary_only;
	w.color = o->format == FK_FORMAT_TEXT && fk_cli_use_color(o, out);
	return fk_report_write(r, o->format, out, &w);
}

int fk_cli_write_output(struct fk_cli *cli, const char *path, const char *what,
			const char *const *inputs, size_t ninputs, int force,
			int (*write)(void *arg, FILE *out), void *arg)
{
	struct fk_atomic_file af;
	char *why = NULL;

	if (!path || !strcmp(path, "-")) {
		if (write(arg, cli->out) < 0) {
			fk_cli_error(cli, "write error on standard output");
			return FK_EXIT_FAILURE;
		}
		return 0;
	}
	if (fk_output_allowed(path, inputs, ninputs, force, &why) < 0) {
		fk_cli_error(cli, "%s", why);
		free(why);
		return FK_EXIT_FAILURE;
	}
	if (fk_atomic_open(&af, path) < 0) {
		fk_cli_error(cli, "cannot write %s'%s': %s", what, path, fk_strerror(errno));
		return FK_EXIT_FAILURE;
	}
	if (write(arg, af.fp) < 0) {
		fk_cli_error(cli, "cannot write %s'%s': %s", what, path, fk_strerror(errno));
		fk_atomic_abort(&af);
		return FK_EXIT_FAILURE;
	}
	if (fk_atomic_commit(&af) < 0) {
		fk_cli_error(cli, "cannot write %s'%s': %s", what, path, fk_strerror(errno));
		return FK_EXIT_FAILURE;
	}
	return 0;
}

const char **fk_report_paths(const struct fk_report *r, size_t extra)
{
	const char **paths = fk_xcalloc(r->count + extra + 1, sizeof(*paths));

	for (size_t i = 0; i < r->count; i++)
		paths[i] = r->files[i].path;
	return paths;
}

struct report_job {
	const struct fk_report *r;
	const struct fk_report_opts *o;
	const struct fk_write_options *text;
};

static int report_writer(void *arg, FILE *out)
{
	const struct report_job *job = arg;

	return fk_cli_write_report(job->r, job->o, job->text, out);
}

static int baseline_writer(void *arg, FILE *out)
{
	return fk_baseline_write(arg, out);
}

int fk_cli_run_report(struct fk_cli *cli, const char *command,
		      struct fk_report_opts *o,
		      const struct fk_write_options *text,
		      char *const *paths, int npaths)
{
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	struct fk_process_options process = o->process;
	struct fk_schema_set *schemas = NULL;
	struct fk_baseline *baseline = NULL;
	struct fk_report report;
	int status, rules_skipped = 0;

	if (o->baseline) {
		char *error = NULL;

		baseline = fk_baseline_load(o->baseline, &error);
		if (!baseline) {
			fk_cli_error(cli, "%s", error);
			free(error);
			return FK_EXIT_FAILURE;
		}
	}

	if (o->rules)
		process.rules = &o->rulecfg;
	if (o->validate) {
		char *error = NULL;

		if (fk_schema_set_open(o->schema_dir, &schemas, &error) < 0) {
			fk_cli_error(cli, "%s", error);
			free(error);
			fk_baseline_free(baseline);
			return FK_EXIT_FAILURE;
		}
		process.schemas = schemas;
	}
	fk_report_init(&report, command, o->fail_on);
	report.rules = o->rules ? &o->rulecfg : NULL;
	report.validated = o->validate;
	report.shard_k = o->shard_k;
	report.shard_n = o->shard_n;
	report.shard_inputs = o->shard_n ? &inputs : NULL;
	for (int i = 0; i < npaths; i++)
		fk_inputs_add(&inputs, paths[i]);
	if (o->shard_n)
		fk_inputs_shard(&inputs, o->shard_k, o->shard_n);
	fk_process_all(&process, &inputs, &report);
	if (baseline)
		fk_baseline_apply(baseline, &report);
	fk_report_finish(&report);
	for (size_t i = 0; i < report.count; i++)
		rules_skipped |= report.files[i].rules_skipped;
	if (rules_skipped) {
		static const char note[] = "rules that look codes up in code lists (1076, 1122) were "
					   "skipped: load the lists with --codelists=DIR";

		fk_report_add_note(&report, note);
		fk_cli_error(cli, "note: %s", note);
	}

	for (size_t i = 0; i < report.count; i++) {
		struct fk_file_report *f = &report.files[i];

		if (f->error)
			fk_cli_error(cli, "'%s': %s", f->path, f->error);
	}

	status = fk_report_exit_code(&report);
	{
		const char **inputs_read = fk_report_paths(&report, 0);
		struct report_job job = { &report, o, text };

		if (o->write_baseline &&
		    fk_cli_write_output(cli, o->write_baseline, "baseline ", inputs_read,
					report.count, o->force, baseline_writer, &report) != 0)
			status = FK_EXIT_FAILURE;
		if (fk_cli_write_output(cli, o->output, "", inputs_read, report.count, o->force,
					report_writer, &job) != 0)
			status = FK_EXIT_FAILURE;
		free(inputs_read);
	}
	fk_report_release(&report);
	fk_input_list_release(&inputs);
	fk_schema_set_free(schemas);
	fk_baseline_free(baseline);
	return status;
}

int fk_cli_report_command(struct fk_cli *cli, const char *name, int argc, char **argv,
			  const struct option *longopts, struct fk_report_opts *o,
			  const struct fk_write_options *text,
			  int (*extra_opt)(struct fk_cli *, struct fk_report_opts *, int, const char *))
{
	const struct fk_command *cmd = fk_command_find(name);
	int c, rc;

	fk_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:j:", longopts, NULL)) != -1) {
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
