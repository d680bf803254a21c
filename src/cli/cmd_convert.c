/*
 * cmd_convert.c - `fimkit convert`: documents into HTML, JSON Schema, CSV,
 * Markdown or XDatenfelder 3.0.0 through XSLT, one output file per input.
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli_internal.h"
#include "fimkit/atomic.h"
#include "fimkit/buf.h"
#include "fimkit/convert.h"
#include "fimkit/strset.h"

enum {
	OPT_TO = 0x200,
	OPT_XSLT,
	OPT_PARAM,
	OPT_TIME_LIMIT,
};

enum output_mode {
	OUT_STDOUT,   /* one input, no -o (or -o -) */
	OUT_FILE,     /* one input, -o FILE */
	OUT_DIR,      /* -o DIR: one file per input, named by object id and version */
};

struct convert_run {
	struct fk_cli *cli;
	const struct fk_converter *conv;
	const struct fk_input_list *inputs;
	const char **input_paths;
	enum output_mode mode;
	const char *output;
	int force;
	enum fk_severity fail_on;
	int fail_on_given;
	struct fk_strset names;     /* output names used so far in this run */
	size_t converted, skipped, failed, over_threshold;
	int write_failed;           /* standard output could not be written */
};

/* Like mkdir -p; 0 on success. */
static int make_dirs(const char *path)
{
	char *p = fk_xstrdup(path);
	struct stat st;
	int rc = 0;

	for (char *s = p + 1; *s && rc == 0; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	if (rc == 0 && mkdir(p, 0777) != 0 && errno != EEXIST)
		rc = -1;
	if (rc == 0 && (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))) {
		errno = ENOTDIR;
		rc = -1;
	}
	free(p);
	return rc;
}

/* name, or name with -2, -3 ... before the extension when this run has
   already written a file of that name (two inputs with the same object). */
static char *unique_name(struct convert_run *run, const char *name)
{
	const char *ext = fk_converter_ext(run->conv);
	size_t n = strlen(name), e = strlen(ext);
	char *candidate = fk_xstrdup(name);

	if (e > n || strcmp(name + n - e, ext) != 0)
		e = 0;
	for (unsigned k = 2; fk_strset_contains(&run->names, candidate); k++) {
		free(candidate);
		candidate = fk_xasprintf("%.*s-%u%s", (int)(n - e), name, k, name + n - e);
	}
	fk_strset_add(&run->names, candidate);
	return candidate;
}

static int write_output(struct convert_run *run, const char *target, const struct fk_conversion *cv,
			const char *input)
{
	struct fk_atomic_file af;
	char *why = NULL;

	if (fk_output_allowed(target, run->input_paths, run->inputs->count,
			      run->force, &why) < 0) {
		fk_cli_error(run->cli, "%s: not converted: %s", input, why);
		free(why);
		return -1;
	}
	if (fk_atomic_open(&af, target) < 0) {
		fk_cli_error(run->cli, "%s: cannot write '%s': %s", input, target, fk_strerror(errno));
		return -1;
	}
	if (fwrite(cv->data, 1, cv->len, af.fp) != cv->len) {
		int e = errno;

		fk_atomic_abort(&af);
		fk_cli_error(run->cli, "%s: write error on '%s': %s", input, target, fk_strerror(e));
		return -1;
	}
	if (fk_atomic_commit(&af) < 0) {
		fk_cli_error(run->cli, "%s: write error on '%s': %s", input, target, fk_strerror(errno));
		return -1;
	}
	return 0;
}

/* Called in input order with each input's result. */
static void deliver(void *arg, size_t index, struct fk_file_report *f, struct fk_conversion *cv)
{
	struct convert_run *run = arg;
	const struct fk_input *in = &run->inputs->items[index];

	for (size_t i = 0; i < f->diags.count; i++) {
		fk_diag_write_text(&f->diags.items[i], run->cli->err);
		fputc('\n', run->cli->err);
		if (f->diags.items[i].severity <= run->fail_on)
			run->over_threshold++;
	}
	switch (cv->status) {
	case FK_NOT_APPLICABLE:
		run->skipped++;
		/* A file found in a directory that the format does not cover
		   is expected (code lists beside schemas); one named on the
		   command line gets a word. */
		if (!in->found)
			fk_cli_error(run->cli, "%s: skipped: %s", f->path, cv->why);
		return;
	case FK_CONVERT_FAILED:
		run->failed++;
		fk_cli_error(run->cli, "%s: %s", f->path, f->error ? f->error : "not converted");
		return;
	case FK_CONVERTED:
		break;
	}
	if (run->mode == OUT_STDOUT) {
		if (fwrite(cv->data, 1, cv->len, run->cli->out) != cv->len) {
			run->write_failed = 1;
			run->failed++;
			return;
		}
		run->converted++;
		return;
	}
	if (run->mode == OUT_FILE) {
		if (write_output(run, run->output, cv, f->path) < 0)
			run->failed++;
		else
			run->converted++;
		return;
	}
	char *name = unique_name(run, cv->name);
	char *target = fk_xasprintf("%s%s%s", run->output,
				    run->output[strlen(run->output) - 1] == '/' ? "" : "/", name);

	if (write_output(run, target, cv, f->path) < 0)
		run->failed++;
	else
		run->converted++;
	free(target);
	free(name);
}

static int parse_param(struct fk_cli *cli, const char *arg, const char ***params, size_t *n)
{
	const char *eq = strchr(arg, '=');

	if (!eq || eq == arg) {
		fk_cli_error(cli, "invalid parameter '%s' (expected NAME=VALUE)", arg);
		return FK_EXIT_USAGE;
	}
	for (const char *p = arg; p < eq; p++) {
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '-' || *p == '_' || *p == '.')) {
			fk_cli_error(cli, "invalid parameter name '%.*s'", (int)(eq - arg), arg);
			return FK_EXIT_USAGE;
		}
	}
	*params = fk_xrealloc(*params, (*n + 3) * sizeof(**params));
	(*params)[(*n)++] = fk_xstrndup(arg, (size_t)(eq - arg));
	(*params)[(*n)++] = fk_xstrdup(eq + 1);
	(*params)[*n] = NULL;
	return 0;
}

static void summary_line(struct convert_run *run, const char *format)
{
	struct fk_buf b;

	fk_buf_init(&b);
	fk_buf_addf(&b, "%zu converted to %s", run->converted, format);
	if (run->mode == OUT_DIR)
		fk_buf_addf(&b, " in %s", run->output);
	if (run->skipped)
		fk_buf_addf(&b, ", %zu skipped (no %s conversion for them)", run->skipped, format);
	if (run->failed)
		fk_buf_addf(&b, ", %zu failed", run->failed);
	fk_cli_error(run->cli, "%s", b.data);
	fk_buf_release(&b);
}

int fk_cmd_convert(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "to", required_argument, NULL, OPT_TO },
		{ "xslt", required_argument, NULL, OPT_XSLT },
		{ "param", required_argument, NULL, OPT_PARAM },
		{ "time-limit", required_argument, NULL, OPT_TIME_LIMIT },
		{ "codelists", required_argument, NULL, OPT_CODELISTS },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
		{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct fk_command *cmd = fk_command_find("convert");
	struct fk_converter_options copts;
	struct fk_report_opts o;
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	struct fk_report report;
	struct convert_run run;
	const char **params = NULL;
	size_t nparams = 0;
	int have_to = 0, c, rc = FK_EXIT_OK;
	char *error = NULL;
	struct fk_converter *conv = NULL;
	const char *format_label;
	struct stat st;

	memset(&copts, 0, sizeof(copts));
	copts.time_limit = FK_DEFAULT_TIME_LIMIT;
	memset(&run, 0, sizeof(run));
	fk_report_opts_init(&o);
	fk_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:j:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fk_command_usage(cmd, cli->out);
			fputs(cmd->help, cli->out);
			goto out;
		case '?':
		case ':':
			rc = fk_cli_bad_option(cli, cmd, c, argc, argv);
			goto out;
		case OPT_TO:
			if (fk_convert_format_parse(optarg, &copts.format) < 0) {
				fk_cli_error(cli, "unknown format '%s' (expected %s)", optarg,
					     fk_convert_format_names());
				rc = FK_EXIT_USAGE;
				goto out;
			}
			have_to = 1;
			break;
		case OPT_XSLT:
			copts.xslt = optarg;
			break;
		case OPT_PARAM:
			if ((rc = parse_param(cli, optarg, &params, &nparams)) != 0)
				goto out;
			break;
		case OPT_CODELISTS:
			copts.codelists = optarg;
			break;
		case OPT_TIME_LIMIT: {
			char *end;
			unsigned long n = strtoul(optarg, &end, 10);

			if (end == optarg || *end || n > 86400) {
				fk_cli_error(cli, "invalid time limit '%s' (expected 0 to 86400 seconds)",
					     optarg);
				rc = FK_EXIT_USAGE;
				goto out;
			}
			copts.time_limit = (unsigned)n;
			break;
		}
		default:
			rc = fk_report_opts_handle(cli, cmd, &o, c, optarg);
			if (rc == 1)
				rc = fk_cli_bad_option(cli, cmd, '?', argc, argv);
			if (rc)
				goto out;
		}
	}
	if (have_to == !!copts.xslt) {
		fk_cli_error(cli, have_to ? "give either --to or --xslt, not both"
					  : "no target format (use --to=FORMAT or --xslt=FILE)");
		fk_command_usage(cmd, cli->err);
		rc = FK_EXIT_USAGE;
		goto out;
	}
	if (optind >= argc) {
		fk_cli_error(cli, "no input given (name files, directories or '-')");
		fk_command_usage(cmd, cli->err);
		rc = FK_EXIT_USAGE;
		goto out;
	}
	if (copts.xslt)
		copts.format = FK_CONVERT_CUSTOM;
	copts.params = params;
	copts.load = o.process.load;

	for (int i = optind; i < argc; i++)
		fk_inputs_add(&inputs, argv[i]);

	/* Where results go. */
	run.output = o.output;
	if (!o.output || !strcmp(o.output, "-")) {
		if (inputs.count != 1 || inputs.items[0].found) {
			fk_cli_error(cli, "%zu documents to convert: name an output directory with -o DIR",
				     inputs.count);
			rc = FK_EXIT_USAGE;
			goto out;
		}
		run.mode = OUT_STDOUT;
	} else if ((stat(o.output, &st) == 0 && S_ISDIR(st.st_mode)) ||
		   o.output[strlen(o.output) - 1] == '/' || inputs.count != 1 || inputs.items[0].found) {
		run.mode = OUT_DIR;
		if (make_dirs(o.output) != 0) {
			fk_cli_error(cli, "cannot create output directory '%s': %s", o.output,
				     fk_strerror(errno));
			rc = FK_EXIT_FAILURE;
			goto out;
		}
	} else {
		run.mode = OUT_FILE;
	}

	conv = fk_converter_new(&copts, &error);
	if (!conv) {
		fk_cli_error(cli, "%s", error);
		free(error);
		rc = FK_EXIT_FAILURE;
		goto out;
	}
	run.cli = cli;
	run.conv = conv;
	run.inputs = &inputs;
	run.force = o.force;
	run.fail_on = o.fail_on;
	run.fail_on_given = o.fail_on_given;
	run.input_paths = fk_xcalloc(inputs.count + 1, sizeof(*run.input_paths));
	for (size_t i = 0; i < inputs.count; i++)
		run.input_paths[i] = inputs.items[i].path;

	fk_report_init(&report, "convert", o.fail_on);
	fk_convert_all(conv, &inputs, o.process.jobs, &report,
		       deliver, &run);
	fk_report_release(&report);

	format_label = copts.xslt ? copts.xslt : fk_convert_format_name(copts.format);
	if (run.mode == OUT_DIR || run.skipped || run.failed)
		summary_line(&run, format_label);
	if (run.write_failed)
		fk_cli_error(cli, "write error on standard output");
	if (run.failed)
		rc = FK_EXIT_FAILURE;
	else if (run.fail_on_given && run.over_threshold)
		rc = FK_EXIT_FINDINGS;
	free(run.input_paths);
	fk_strset_release(&run.names);
out:
	fk_converter_free(conv);
	for (size_t i = 0; i < nparams; i++)
		free((char *)params[i]);
	free(params);
	fk_input_list_release(&inputs);
	fk_report_opts_release(&o);
	return rc;
}
