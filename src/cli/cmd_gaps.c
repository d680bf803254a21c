/*
 * cmd_gaps.c - `fimkit gaps`: the check pipeline (schema validation, quality
 * rules, package rules), then the gap report per service (gaps.h).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/gaps.h"
#include "fimkit/schema.h"
#include "cli_internal.h"

enum { OPT_REQUIRE = 0x200 };

static int format_ok(enum fk_format f)
{
	return f == FK_FORMAT_TEXT || f == FK_FORMAT_JSON || f == FK_FORMAT_HTML ||
	       f == FK_FORMAT_MARKDOWN;
}

struct gaps_output {
	const struct fk_gap_report *g;
	enum fk_format fmt;
};

static int gaps_writer(void *arg, FILE *out)
{
	const struct gaps_output *go = arg;

	return fk_gaps_write(go->g, go->fmt, out);
}

/* Writes g to path (atomically) or to cli->out; returns 0 or FK_EXIT_FAILURE. */
static int write_gaps(struct fk_cli *cli, const struct fk_gap_report *g, enum fk_format fmt,
		      const char *path, int force)
{
	const char **inputs = fk_report_paths(g->report, 0);
	struct gaps_output go = { g, fmt };
	int rc;

	rc = fk_cli_write_output(cli, path, "", inputs, g->report->count, force, gaps_writer, &go);
	free(inputs);
	return rc;
}

static int run(struct fk_cli *cli, struct fk_report_opts *o, const char *require,
	       char *const *paths, int npaths)
{
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	struct fk_process_options process = o->process;
	struct fk_require_list req;
	struct fk_schema_set *schemas = NULL;
	struct fk_gap_report *g;
	struct fk_report report;
	char *error = NULL;
	int status, wrc;

	memset(&req, 0, sizeof(req));
	if (require && (status = fk_require_read(require, &req, &error)) < 0) {
		fk_cli_error(cli, "%s", error);
		free(error);
		/* a list that cannot be read is a failure, a wrong line a usage error */
		return status == -1 ? FK_EXIT_FAILURE : FK_EXIT_USAGE;
	}
	if (fk_schema_set_open(o->schema_dir, &schemas, &error) < 0) {
		fk_cli_error(cli, "%s", error);
		free(error);
		fk_require_release(&req);
		return FK_EXIT_FAILURE;
	}
	process.schemas = schemas;
	process.rules = &o->rulecfg;
	fk_report_init(&report, "gaps", FK_SEV_CRITICAL);
	report.rules = &o->rulecfg;
	report.validated = 1;
	for (int i = 0; i < npaths; i++)
		fk_inputs_add(&inputs, paths[i]);
	fk_process_all(&process, &inputs, &report);
	fk_report_finish(&report);
	for (size_t i = 0; i < report.count; i++)
		if (report.files[i].error)
			fk_cli_error(cli, "'%s': %s", report.files[i].path, report.files[i].error);
	g = fk_gaps_build(&report, require ? &req : NULL);
	status = fk_gaps_exit_code(g);
	wrc = write_gaps(cli, g, o->format, o->output, o->force);
	if (wrc)
		status = wrc;
	fk_gap_report_free(g);
	fk_report_release(&report);
	fk_input_list_release(&inputs);
	fk_schema_set_free(schemas);
	fk_require_release(&req);
	return status;
}

int fk_cmd_gaps(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE },
		{ "jobs", required_argument, NULL, 'j' },
		{ "require", required_argument, NULL, OPT_REQUIRE },
		{ "schema-dir", required_argument, NULL, OPT_SCHEMA_DIR },
		{ "enable", required_argument, NULL, OPT_ENABLE },
		{ "disable", required_argument, NULL, OPT_DISABLE },
		{ "severity", required_argument, NULL, OPT_SEVERITY },
		{ "codelists", required_argument, NULL, OPT_CODELISTS },
		{ "catalog", required_argument, NULL, OPT_CATALOG },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct fk_command *cmd = fk_command_find("gaps");
	const char *require = NULL;
	struct fk_report_opts o;
	int c, rc = 0;

	fk_report_opts_init(&o);
	o.rules = 1;
	o.validate = 1;
	fk_rule_config_init(&o.rulecfg);
	fk_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:j:", longopts, NULL)) != -1) {
		if (c == 'h') {
			fk_command_usage(cmd, cli->out);
			fputs(cmd->help, cli->out);
			goto done;
		}
		if (c == '?' || c == ':') {
			rc = fk_cli_bad_option(cli, cmd, c, argc, argv);
			goto done;
		}
		if (c == OPT_REQUIRE) {
			require = optarg;
			continue;
		}
		if (c == OPT_SCHEMA_DIR) {
			o.schema_dir = optarg;
			continue;
		}
		if (fk_rule_option(&o, c, optarg, 1) == 0)
			continue;
		rc = fk_report_opts_handle(cli, cmd, &o, c, optarg);
		if (rc) {
			if (rc == 1)
				rc = fk_cli_bad_option(cli, cmd, '?', argc, argv);
			goto done;
		}
		if (c == OPT_FORMAT && !format_ok(o.format)) {
			fk_cli_error(cli, "unknown format '%s' for gaps (expected text, json, html or "
				     "markdown)", optarg);
			rc = FK_EXIT_USAGE;
			goto done;
		}
	}
	if (optind >= argc) {
		fk_cli_error(cli, "no input given (name files, directories or '-')");
		fk_command_usage(cmd, cli->err);
		rc = FK_EXIT_USAGE;
		goto done;
	}
	if ((rc = fk_settle_rules(cli, &o)) != 0)
		goto done;
	rc = run(cli, &o, require, argv + optind, argc - optind);
done:
	fk_report_opts_release(&o);
	return rc;
}
