/* cmd_rules.c - `fimkit rules`: the quality-rule catalogue as configured. */
#include <config.h>

#include <string.h>

#include "fimkit/json.h"
#include "cli_internal.h"

/* Short form for the table: "XDF 2.0, 3.0.0", "XZuFi 2.2.0, 2.3.1". */
static const char *applies_text(unsigned applies)
{
	static char text[64];
	enum fk_standard std[FK_RULE_MAX_STANDARDS];
	size_t n = fk_rule_standards(applies, std);
	const char *prev_name = NULL;
	size_t len = 0;

	text[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		const char *label = fk_standard_label(std[i]);
		const char *space = strrchr(label, ' ');
		size_t name_len = space ? (size_t)(space - label) : strlen(label);
		int same = prev_name && !strncmp(prev_name, label, name_len);

		len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%.*s%s%s",
					i ? ", " : "", same ? 0 : (int)name_len,
					!strncmp(label, "XDatenfelder", 12) ? "XDF" : label,
					same ? "" : " ", space ? space + 1 : "");
		if (len >= sizeof(text))
			break;
		prev_name = label;
	}
	return n ? text : "-";
}

static void write_text(const struct fk_rule_config *cfg, FILE *out)
{
	fprintf(out, "%-5s %-9s %-4s %-7s %-15s %s\n", "code", "severity", "on", "family",
		"applies to", "title");
	for (size_t i = 0; i < cfg->nrules; i++) {
		const struct fk_rule_state *st = &cfg->rules[i];
		const struct fk_rule *r = st->rule;

		fprintf(out, "%-5s %-9s %-4s %-7s %-15s %s%s", r->code,
			fk_severity_name(st->severity), st->enabled ? "on" : "off", r->category,
			applies_text(r->applies),
			cfg->lang == FK_LANG_DE ? r->title_de : r->title_en,
			r->needs & FK_NEEDS_CODELISTS ? " (needs --codelists)" : "");
		if (r->source)
			fprintf(out, " [source: %s]", r->source);
		fputc('\n', out);
	}
}

static void write_json(const struct fk_rule_config *cfg, FILE *out)
{
	struct fk_json j;

	fk_json_init(&j, out, 1);
	fk_json_begin_object(&j);
	fk_json_tool(&j);
	fk_json_key(&j, "format_version");
	fk_json_string(&j, FK_JSON_REPORT_VERSION);
	fk_json_key(&j, "rules");
	fk_json_begin_array(&j);
	for (size_t i = 0; i < cfg->nrules; i++) {
		const struct fk_rule_state *st = &cfg->rules[i];
		const struct fk_rule *r = st->rule;

		fk_json_begin_object(&j);
		fk_json_key(&j, "code");
		fk_json_string(&j, r->code);
		fk_json_key(&j, "severity");
		fk_json_string(&j, fk_severity_name(st->severity));
		fk_json_key(&j, "default_severity");
		fk_json_string(&j, fk_severity_name(r->severity));
		fk_json_key(&j, "enabled");
		fk_json_bool(&j, st->enabled);
		fk_json_key(&j, "category");
		fk_json_string(&j, r->category);
		fk_json_key(&j, "applies_to");
		fk_json_begin_array(&j);
		{
			enum fk_standard std[FK_RULE_MAX_STANDARDS];
			size_t n = fk_rule_standards(r->applies, std);

			for (size_t k = 0; k < n; k++)
				fk_json_string(&j, fk_standard_slug(std[k]));
		}
		fk_json_end_array(&j);
		fk_json_key(&j, "objects");
		fk_json_string(&j, r->objects);
		fk_json_key(&j, "title");
		fk_json_begin_object(&j);
		fk_json_key(&j, "en");
		fk_json_string(&j, r->title_en);
		fk_json_key(&j, "de");
		fk_json_string(&j, r->title_de);
		fk_json_end_object(&j);
		fk_json_key(&j, "source");
		fk_json_string(&j, r->source ? r->source : "FIM QS catalogue for XDatenfelder");
		fk_json_key(&j, "needs_codelists");
		fk_json_bool(&j, (r->needs & FK_NEEDS_CODELISTS) != 0);
		fk_json_end_object(&j);
	}
	fk_json_end_array(&j);
	fk_json_end_object(&j);
	fk_json_finish(&j);
}

int fk_cmd_rules(struct fk_cli *cli, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "enable", required_argument, NULL, OPT_ENABLE },
		{ "disable", required_argument, NULL, OPT_DISABLE },
		{ "severity", required_argument, NULL, OPT_SEVERITY },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct fk_command *cmd = fk_command_find("rules");
	struct fk_report_opts o;
	int c, rc = 0;

	fk_report_opts_init(&o);
	o.rules = 1;
	fk_rule_config_init(&o.rulecfg);
	fk_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (c == 'h') {
			fk_command_usage(cmd, cli->out);
			fputs(cmd->help, cli->out);
			goto done;
		}
		if (c == '?' || c == ':') {
			rc = fk_cli_bad_option(cli, cmd, c, argc, argv);
			goto done;
		}
		if (c == OPT_FORMAT) {
			if (fk_format_parse(optarg, &o.format) < 0) {
				fk_cli_error(cli, "unknown format '%s' (expected text or json)", optarg);
				rc = FK_EXIT_USAGE;
				goto done;
			}
			continue;
		}
		if (fk_rule_option(&o, c, optarg, 0)) {
			rc = fk_cli_bad_option(cli, cmd, '?', argc, argv);
			goto done;
		}
	}
	if (optind < argc) {
		fk_cli_error(cli, "rules takes no paths");
		fk_command_usage(cmd, cli->err);
		rc = FK_EXIT_USAGE;
		goto done;
	}
	if ((rc = fk_settle_rules(cli, &o)) != 0)
		goto done;
	if (o.format == FK_FORMAT_JSON)
		write_json(&o.rulecfg, cli->out);
	else
		write_text(&o.rulecfg, cli->out);
	if (ferror(cli->out)) {
		fk_cli_error(cli, "write error on standard output");
		rc = FK_EXIT_FAILURE;
	}
done:
	fk_report_opts_release(&o);
	return rc;
}
