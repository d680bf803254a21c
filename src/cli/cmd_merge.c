/*
 * cmd_merge.c - `fimkit merge`: the JSON reports of the shards of a run
 * (`fimkit check --shard=K/N --format=json`) as one report, written in any
 * format as the run over all shards would have written it.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/merge.h"
#include "cli_internal.h"

struct merged_output {
	const struct fk_report *r;
	const struct fk_report_opts *o;
};

/* The text options of the command that wrote the reports. */
static int write_merged(void *arg, FILE *out)
{
	const struct merged_output *m = arg;
	struct fk_write_options text = { 0 };

	text.show_info = !strcmp(m->r->command, "info");
	text.show_summary = !text.show_info;
	return fk_cli_write_report(m->r, m->o, &text, out);
}

/* Writes the merged report as fk_cli_run_report does, never over one of the
   reports read nor over a document they name; returns 0 or FK_EXIT_FAILURE. */
static int write_output(struct fk_cli *cli, const struct fk_report *r,
			const struct fk_report_opts *o, char *const *reports, int nreports)
{
	const char **inputs = fk_report_paths(r, (size_t)nreports);
	struct merged_output m = { r, o };
	int rc;

	for (int i = 0; i < nreports; i++)
		inputs[r->count + (size_t)i] = reports[i];
	rc = fk_cli_write_output(cli, o->output, "", inputs, r->count + (size_t)nreports, o->force,
				 write_merged, &m);
	free(inputs);
	return rc;
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
