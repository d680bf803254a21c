/* gaps_json.c - the gap report as JSON (contract: docs/gaps-report.md). */
#include <config.h>

#include <stdio.h>

#include "fimkit/gaps.h"
#include "fimkit/json.h"

static void string_array(struct fk_json *j, char **v, size_t n)
{
	fk_json_begin_array(j);
	for (size_t i = 0; i < n; i++)
		fk_json_string(j, v[i]);
	fk_json_end_array(j);
}

static void path_array(struct fk_json *j, const struct fk_report *r, const size_t *v, size_t n)
{
	fk_json_begin_array(j);
	for (size_t i = 0; i < n; i++)
		fk_json_string(j, r->files[v[i]].path);
	fk_json_end_array(j);
}

static void write_service(struct fk_json *j, const struct fk_report *r,
			  const struct fk_gap_service *s)
{
	fk_json_begin_object(j);
	fk_json_key(j, "leistungsschluessel");
	fk_json_string(j, s->key);
	fk_json_key(j, "name");
	fk_json_string(j, s->name);
	fk_json_key(j, "packages");
	string_array(j, s->packages, s->npackages);
	fk_json_key(j, "required");
	fk_json_bool(j, s->required);
	fk_json_key(j, "verdict");
	fk_json_string(j, fk_gap_verdict_name(s->verdict));
	fk_json_key(j, "reasons");
	string_array(j, s->reasons, s->nreasons);
	fk_json_key(j, "blocks");
	fk_json_begin_object(j);
	for (int b = 0; b < FK_GAP_BLOCK_COUNT; b++) {
		const struct fk_gap_cell *c = &s->blocks[b];

		fk_json_key(j, fk_gap_block_name(b));
		fk_json_begin_object(j);
		fk_json_key(j, "state");
		fk_json_string(j, fk_gap_state_name(c->state));
		fk_json_key(j, "files");
		path_array(j, r, c->files, c->nfiles);
		fk_json_key(j, "absent");
		string_array(j, c->absent, c->nabsent);
		fk_json_end_object(j);
	}
	fk_json_end_object(j);
	fk_json_key(j, "missing_text_modules");
	string_array(j, s->missing_modules, s->nmissing_modules);
	fk_json_key(j, "missing_process_attributes");
	string_array(j, s->missing_attributes, s->nmissing_attributes);
	fk_json_key(j, "findings");
	fk_json_begin_object(j);
	for (int sev = FK_SEV_COUNT - 1; sev >= 0; sev--) {
		fk_json_key(j, fk_severity_name((enum fk_severity)sev));
		fk_json_int(j, (long long)s->by_severity[sev]);
	}
	fk_json_end_object(j);
	fk_json_key(j, "files");
	path_array(j, r, s->files, s->nfiles);
	fk_json_key(j, "manifests");
	path_array(j, r, s->manifests, s->nmanifests);
	fk_json_end_object(j);
}

int fk_gaps_write_json(const struct fk_gap_report *g, FILE *out)
{
	struct fk_json j;

	fk_json_init(&j, out, 1);
	fk_json_begin_object(&j);
	fk_json_tool(&j);
	fk_json_key(&j, "format_version");
	fk_json_string(&j, FK_GAPS_JSON_VERSION);
	fk_json_key(&j, "command");
	fk_json_string(&j, "gaps");
	fk_json_key(&j, "require");
	fk_json_string(&j, g->require);
	fk_json_key(&j, "summary");
	fk_json_begin_object(&j);
	fk_json_key(&j, "services");
	fk_json_int(&j, (long long)g->nservices);
	for (int v = FK_GAP_READY; v <= FK_GAP_ABSENT; v++) {
		fk_json_key(&j, fk_gap_verdict_name((enum fk_gap_verdict)v));
		fk_json_int(&j, (long long)g->by_verdict[v]);
	}
	fk_json_key(&j, "required");
	fk_json_int(&j, (long long)g->required);
	fk_json_key(&j, "required_ready");
	fk_json_int(&j, (long long)g->required_ready);
	fk_json_key(&j, "files");
	fk_json_int(&j, (long long)g->report->count);
	fk_json_end_object(&j);
	fk_json_key(&j, "services");
	fk_json_begin_array(&j);
	for (size_t i = 0; i < g->nservices; i++)
		write_service(&j, g->report, &g->services[i]);
	fk_json_end_array(&j);
	fk_json_key(&j, "outside_packages");
	path_array(&j, g->report, g->outside, g->noutside);
	fk_json_end_object(&j);
	fk_json_finish(&j);
	return ferror(out) ? -1 : 0;
}
