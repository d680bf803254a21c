/*
 * cmd_merge.c - `fimkit merge`: the JSON reports of the shards of a run
 * (`fimkit check --shard=K/N --format=json`) as one report, written in any
 * format as the run over all shards would have written it.
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fimkit/atomic.h"
#include "fimkit/buf.h"
#include "fimkit/merge.h"
#include "cli_internal.h"

/* Colour for text output: asked for, or a terminal without NO_COLOR. */
static int use_color(const struct fk_report_opts *o, FILE *out)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (o->color == FK_COLOR_ALWAYS)
		return 1;
	if (o->color == FK_COLOR_NEVER || (no_color && *no_color))
		return 0;
	return isatty(fileno(out)) && !(term && !strcmp(term, "dumb"));
}

/* The text options of the command that wrote the reports. */
static int write_report(const struct fk_report *r, const struct fk_report_opts *o, FILE *out)
{
	struct fk_write_options w = { 0 };

	w.show_info = !strcmp(r->command, "info");
	w.show_summary = !w.show_info;
	w.summary_only = o->summary_only;
	w.color = o->format == FK_FORMAT_TEXT && use_color(o, out);
	return fk_report_write(r, o->format, out, &w);
}

/* May the merge write path?  Never over one of the reports read, nor over
   a document they name. */
static int output_allowed(struct fk_cli *cli, const struct fk_report *r, char *const *reports,
			  int nreports, const char *path, int force)
{
	size_t n = 0;
	const char **inputs = fk_xcalloc(r->count + (size_t)nreports + 1, sizeof(*inputs));
	char *why = NULL;
	int allowed;

	for (int i = 0; i < nreports; i++)
		inputs[n++] = reports[i];
	for (size_t i = 0; i < r->count; i++)
		inputs[n++] = r->files[i].path;
	allowed = fk_output_allowed(path, inputs, n, force, &why) == 0;
	if (!allowed)
		fk_cli_error(cli, "%s", why);
	free(why);
	free(inputs);
	return allowed;
}

/* Writes the merged report as fk_cli_run_report does; returns 0 or FK_EXIT_FAILURE. */
static int write_output(struct fk_cli *cli, const struct fk_report *r,
			const struct fk_report_opts *o, char *const *reports, int nreports)
{
	struct fk_atomic_file af;

	if (!o->output || !strcmp(o->output, "-")) {
		if (write_report(r, o, cli->out) < 0) {
			fk_cli_error(cli, "write error on standard output");
			return FK_EXIT_FAILURE;
		}
		return 0;
	}
	if (!output_allowed(cli, r, reports, nreports, o->output, o->force))
		return FK_EXIT_FAILURE;
	if (fk_atomic_open(&af, o->output) < 0) {
		fk_cli_error(cli, "cannot write '%s': %s", o->output, fk_strerror(errno));
		return FK_EXIT_FAILURE;
	}
	if (write_report(r, o, af.fp) < 0) {
		fk_cli_error(cli, "cannot write '%s': %s", o->output, fk_strerror(errno));
		fk_atomic_abort(&af);
		return FK_EXIT_FAILURE;
	}
	if (fk_atomic_commit(&af) < 0) {
		fk_cli_error(cli, "cannot write '%s': %s", o->output, fk_strerror(errno));
		return FK_EXIT_FAILURE;
	}
	return 0;
}

static int merge(struct fk_cli *cli, struct fk_report_opts *o, char *const *paths, int npaths)
{
	struct fk_report_input *in = fk_xcalloc((size_t)npaths, sizeof(*in));
	size_t nin = 0;
	int status = FK_EXIT_OK, seen_stdin = 0, rc;
	struct fk_merge m;

	for (int i = 0; i < npaths; i++) {
		char *error = NULL;

		if (!strcmp(paths[i], "-") && seen_stdin++) {
			fk_cli_error(cli, "standard input given more than once");
			status = FK_EXIT_FAILURE;
			continue;
		}
		if (fk_report_input_load(&in[nin], paths[i], o->process.load.max_file_size,
					 &error) < 0) {
			fk_cli_error(cli, "%s", error);
			free(error);
			fk_report_input_release(&in[nin]);
			status = FK_EXIT_FAILURE;
			continue;
		}
		nin++;
	}
	if (nin == 0) {
		fk_cli_error(cli, "no report could be read; nothing written");
		free(in);
		return FK_EXIT_FAILURE;
	}

	fk_merge_reports(&m, in, nin, o->fail_on_given ? &o->fail_on : NULL);
	for (size_t i = 0; i < m.nmsgs; i++)
		fk_cli_error(cli, "%s%s", m.msgs[i].error ? "" : "note: ", m.msgs[i].text);
	if (m.errors)
		status = FK_EXIT_FAILURE;
	for (size_t i = 0; i < m.report.count; i++)
		if (m.report.files[i].error)
			fk_cli_error(cli, "'%s': %s", m.report.files[i].path, m.report.files[i].error);
	rc = fk_report_exit_code(&m.report);
	if (rc > status)
		status = rc;
	rc = write_output(cli, &m.report, o, paths, npaths);
	if (rc > status)
		status = rc;

	fk_merge_release(&m);
	for (size_t i = 0; i < nin; i++)
		fk_report_input_release(&in[i]);
	free(in);
	return status;
}

int fk_cmd_merge(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "summary", no_argument, NULL, OPT_SUMMARY },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
		{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct fk_command *cmd = fk_command_find("merge");
	struct fk_report_opts o;
	int c, rc = 0;

	fk_report_opts_init(&o);
	fk_getopt_reset();
	while (!rc && (c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		if (c == 'h') {
			fk_command_usage(cmd, cli->out);
			fputs(cmd->help, cli->out);
			fk_report_opts_release(&o);
			return FK_EXIT_OK;
		}
		if (c == '?' || c == ':')
			rc = fk_cli_bad_option(cli, cmd, c, argc, argv);
		else if ((rc = fk_report_opts_handle(cli, cmd, &o, c, optarg)) == 1)
			rc = fk_cli_bad_option(cli, cmd, '?', argc, argv);
	}
	if (!rc && optind >= argc) {
		fk_cli_error(cli, "no report given (name JSON reports of 'fimkit check "
			     "--format=json', or '-')");
		fk_command_usage(cmd, cli->err);
		rc = FK_EXIT_USAGE;
	}
	if (!rc)
		rc = merge(cli, &o, argv + optind, argc - optind);
	fk_report_opts_release(&o);
	return rc;
}
