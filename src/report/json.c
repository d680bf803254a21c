/* json.c - the JSON report (contract: docs/json-report.md). */
#include <config.h>

#include <stdio.h>

#include "fimkit/json.h"
#include "fimkit/report.h"

static void write_diag(struct fk_json *j, const struct fk_diag *d)
{
	fk_json_begin_object(j);
	fk_json_key(j, "rule");
	fk_json_string(j, d->rule);
	fk_json_key(j, "severity");
	fk_json_string(j, fk_severity_name(d->severity));
	fk_json_key(j, "message");
	fk_json_string(j, d->message);
	fk_json_key(j, "line");
	if (d->line > 0)
		fk_json_int(j, d->line);
	else
		fk_json_null(j);
	fk_json_key(j, "column");
	if (d->column > 0)
		fk_json_int(j, d->column);
	else
		fk_json_null(j);
	fk_json_key(j, "xpath");
	fk_json_string(j, d->xpath);
	fk_json_key(j, "element");
	if (d->object_id) {
		fk_json_object_ref(j, d->object_id, d->object_version, 0, NULL);
	} else {
		fk_json_null(j);
	}
	fk_json_end_object(j);
}

static void write_file(struct fk_json *j, const struct fk_file_report *f)
{
	const struct fk_summary *s = &f->summary;

	fk_json_begin_object(j);
	fk_json_key(j, "path");
	fk_json_string(j, f->path);
	fk_json_key(j, "status");
	fk_json_string(j, fk_file_status_name(f->status));
	fk_json_key(j, "error");
	fk_json_string(j, f->error);

	fk_json_key(j, "document");
	if (f->detected) {
		fk_json_begin_object(j);
		fk_json_key(j, "standard");
		fk_json_string(j, f->det.standard_name);
		fk_json_key(j, "version");
		fk_json_string(j, f->det.version);
		fk_json_key(j, "supported");
		fk_json_bool(j, f->det.supported && f->det.known_message);
		fk_json_key(j, "message");
		fk_json_string(j, f->det.message[0] ? f->det.message : NULL);
		fk_json_key(j, "root");
		fk_json_string(j, f->det.root_name);
		fk_json_key(j, "namespace");
		fk_json_string(j, f->det.root_ns);
		fk_json_end_object(j);
	} else {
		fk_json_null(j);
	}

	fk_json_key(j, "object");
	if (s->object_id || s->object_name) {
		fk_json_object_ref(j, s->object_id, s->object_version, 1, s->object_name);
	} else {
		fk_json_null(j);
	}

	fk_json_key(j, "counts");
	if (s->ncounts) {
		fk_json_begin_object(j);
		for (size_t i = 0; i < s->ncounts; i++) {
			fk_json_key(j, s->counts[i].key);
			fk_json_int(j, (long long)s->counts[i].value);
		}
		fk_json_end_object(j);
	} else {
		fk_json_null(j);
	}

	fk_json_key(j, "schema");
	fk_json_string(j, fk_schema_verdict_name(f->schema));

	fk_json_key(j, "findings");
	fk_json_begin_array(j);
	for (size_t k = 0; k < f->diags.count; k++)
		write_diag(j, &f->diags.items[k]);
	fk_json_end_array(j);
	fk_json_end_object(j);
}

int fk_report_write_json(const struct fk_report *r, FILE *out)
{
	struct fk_json j;

	fk_json_init(&j, out, 1);
	fk_json_begin_object(&j);
	fk_json_tool(&j);
	fk_json_key(&j, "format_version");
	fk_json_string(&j, FK_JSON_REPORT_VERSION);
	fk_json_key(&j, "command");
	fk_json_string(&j, r->command);
	fk_json_key(&j, "fail_on");
	fk_json_string(&j, fk_severity_name(r->fail_on));

	fk_json_key(&j, "summary");
	fk_json_begin_object(&j);
	fk_json_key(&j, "files");
	fk_json_int(&j, (long long)r->count);
	fk_json_key(&j, "by_severity");
	fk_json_begin_object(&j);
	for (int s = FK_SEV_COUNT - 1; s >= 0; s--) {
		fk_json_key(&j, fk_severity_name((enum fk_severity)s));
		fk_json_int(&j, (long long)r->by_severity[s]);
	}
	fk_json_end_object(&j);
	fk_json_key(&j, "by_status");
	fk_json_begin_object(&j);
	for (int s = 0; s < FK_FILE_STATUS_COUNT; s++) {
		fk_json_key(&j, fk_file_status_name((enum fk_file_status)s));
		fk_json_int(&j, (long long)r->by_status[s]);
	}
	fk_json_end_object(&j);
	fk_json_key(&j, "by_schema");
	fk_json_begin_object(&j);
	fk_json_key(&j, "valid");
	fk_json_int(&j, (long long)r->by_schema[FK_SCHEMA_VALID]);
	fk_json_key(&j, "invalid");
	fk_json_int(&j, (long long)r->by_schema[FK_SCHEMA_INVALID]);
	fk_json_key(&j, "not_checked");
	fk_json_int(&j, (long long)r->by_schema[FK_SCHEMA_NOT_CHECKED]);
	fk_json_end_object(&j);
	fk_json_key(&j, "baselined");
	fk_json_int(&j, (long long)r->baselined);
	fk_json_end_object(&j);

	fk_json_key(&j, "notes");
	fk_json_begin_array(&j);
	for (size_t i = 0; i < r->nnotes; i++)
		fk_json_string(&j, r->notes[i]);
	fk_json_end_array(&j);

	fk_json_key(&j, "files");
	fk_json_begin_array(&j);
	for (size_t i = 0; i < r->count; i++)
		write_file(&j, &r->files[i]);
	fk_json_end_array(&j);
	fk_json_end_object(&j);
	fk_json_finish(&j);
	return ferror(out) ? -1 : 0;
}
