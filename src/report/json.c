/* json.c - the JSON report (contract: docs/json-report.md). */
#include <config.h>

#include <stdio.h>

#include "fimkit/inputs.h"
#include "fimkit/json.h"
#include "fimkit/links.h"
#include "fimkit/package.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

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

	fk_json_key(j, "package");
	fk_json_string(j, f->package);

	fk_json_key(j, "findings");
	fk_json_begin_array(j);
	for (size_t k = 0; k < f->diags.count; k++)
		write_diag(j, &f->diags.items[k]);
	fk_json_end_array(j);
	fk_json_end_object(j);
}

/* ---- packages (docs/json-report.md, "packages") ------------------------------------ */

static void write_obj(struct fk_json *j, const struct fk_report *r, struct fk_pkg_end e,
		      int full)
{
	const struct fk_link_obj *o = fk_pkg_obj(r, e);

	if (!o) {
		fk_json_null(j);
		return;
	}
	fk_json_begin_object(j);
	fk_json_key(j, "kind");
	fk_json_string(j, fk_link_kind_name(o->kind));
	fk_json_key(j, "id");
	fk_json_string(j, o->id);
	fk_json_key(j, "version");
	fk_json_string(j, o->version);
	if (full) {
		fk_json_key(j, "name");
		fk_json_string(j, o->name);
		fk_json_key(j, "status");
		fk_json_string(j, o->status);
		fk_json_key(j, "leistungsschluessel");
		fk_json_begin_array(j);
		for (size_t k = 0; k < o->nkeys; k++)
			fk_json_string(j, o->keys[k]);
		fk_json_end_array(j);
	}
	fk_json_key(j, "file");
	fk_json_string(j, r->files[e.file].path);
	fk_json_key(j, "line");
	if (o->line > 0)
		fk_json_int(j, o->line);
	else
		fk_json_null(j);
	fk_json_end_object(j);
}

static void write_package(struct fk_json *j, const struct fk_report *r, const struct fk_package *p)
{
	fk_json_begin_object(j);
	fk_json_key(j, "name");
	fk_json_string(j, p->name);
	fk_json_key(j, "directory");
	fk_json_string(j, p->dir);
	fk_json_key(j, "manifest");
	fk_json_string(j, p->manifest);
	fk_json_key(j, "release_claim");
	if (p->claim) {
		fk_json_begin_object(j);
		fk_json_key(j, "status");
		fk_json_string(j, p->claim);
		fk_json_key(j, "by");
		fk_json_string(j, p->claim_by);
		fk_json_end_object(j);
	} else {
		fk_json_null(j);
	}
	fk_json_key(j, "files");
	fk_json_begin_array(j);
	for (size_t i = 0; i < p->nfiles; i++)
		fk_json_string(j, r->files[p->files[i]].path);
	fk_json_end_array(j);
	fk_json_key(j, "objects");
	fk_json_begin_array(j);
	for (size_t i = 0; i < p->nfiles; i++) {
		const struct fk_links *l = r->files[p->files[i]].links;

		for (size_t k = 0; l && k < l->nobjs; k++)
			write_obj(j, r, (struct fk_pkg_end){ p->files[i], k }, 1);
	}
	fk_json_end_array(j);
	fk_json_key(j, "links");
	fk_json_begin_array(j);
	for (size_t i = 0; i < p->nlinks; i++) {
		const struct fk_pkg_link *l = &p->links[i];

		fk_json_begin_object(j);
		fk_json_key(j, "from");
		write_obj(j, r, l->from, 0);
		fk_json_key(j, "via");
		fk_json_string(j, l->via);
		fk_json_key(j, "stated_in");
		fk_json_string(j, l->at_file < r->count ? r->files[l->at_file].path : NULL);
		fk_json_key(j, "line");
		if (l->line > 0)
			fk_json_int(j, l->line);
		else
			fk_json_null(j);
		fk_json_key(j, "names");
		fk_json_begin_object(j);
		fk_json_key(j, "kind");
		fk_json_string(j, l->kind == FK_LINK_NONE ? NULL : fk_link_kind_name(l->kind));
		fk_json_key(j, "id");
		fk_json_string(j, l->id);
		fk_json_key(j, "version");
		fk_json_string(j, l->version);
		fk_json_end_object(j);
		fk_json_key(j, "state");
		fk_json_string(j, fk_pkg_link_state_name(l->state));
		fk_json_key(j, "target");
		write_obj(j, r, l->to, 0);
		fk_json_end_object(j);
	}
	fk_json_end_array(j);
	fk_json_end_object(j);
}

/*
 * What the run checked with (1.1): whether schemas were validated and the
 * quality-rule settings that differ from fimkit's defaults, so that a merge
 * of shard reports can write SARIF, JUnit and HTML as the run itself would.
 */
static void write_configuration(struct fk_json *j, const struct fk_report *r)
{
	fk_json_key(j, "configuration");
	fk_json_begin_object(j);
	fk_json_key(j, "schema_validation");
	fk_json_bool(j, r->validated);
	fk_json_key(j, "rules");
	if (!r->rules) {
		fk_json_null(j);
		fk_json_end_object(j);
		return;
	}
	fk_json_begin_object(j);
	fk_json_key(j, "lang");
	fk_json_string(j, r->rules->lang == FK_LANG_DE ? "de" : "en");
	fk_json_key(j, "codelists");
	fk_json_bool(j, r->rules->codelists_loaded);
	fk_json_key(j, "changed");
	fk_json_begin_array(j);
	for (size_t i = 0; i < r->rules->nrules; i++) {
		const struct fk_rule_state *st = &r->rules->rules[i];

		if (!st->enabled == !!st->rule->off && st->severity == st->rule->severity)
			continue;
		fk_json_begin_object(j);
		fk_json_key(j, "rule");
		fk_json_string(j, st->rule->code);
		fk_json_key(j, "enabled");
		fk_json_bool(j, st->enabled);
		fk_json_key(j, "severity");
		fk_json_string(j, fk_severity_name(st->severity));
		fk_json_end_object(j);
	}
	fk_json_end_array(j);
	fk_json_end_object(j);
	fk_json_end_object(j);
}

/* ---- shards (docs/json-report.md, "shard") ------------------------------------------ */

static void write_strings(struct fk_json *j, const char *key, char *const *v, size_t n)
{
	fk_json_key(j, key);
	fk_json_begin_array(j);
	for (size_t i = 0; i < n; i++)
		fk_json_string(j, v[i]);
	fk_json_end_array(j);
}

/* One document's link facts, exactly as the package step reads them. */
static void write_links(struct fk_json *j, const struct fk_links *l)
{
	char hash[17];

	if (!l) {
		fk_json_null(j);
		return;
	}
	fk_json_begin_object(j);
	fk_json_key(j, "objects");
	fk_json_begin_array(j);
	for (size_t i = 0; i < l->nobjs; i++) {
		const struct fk_link_obj *o = &l->objs[i];

		fk_json_begin_object(j);
		fk_json_key(j, "kind");
		fk_json_string(j, fk_link_kind_name(o->kind));
		fk_json_key(j, "id");
		fk_json_string(j, o->id);
		fk_json_key(j, "version");
		fk_json_string(j, o->version);
		fk_json_key(j, "name");
		fk_json_string(j, o->name);
		fk_json_key(j, "status");
		fk_json_string(j, o->status);
		write_strings(j, "keys", o->keys, o->nkeys);
		fk_json_key(j, "line");
		fk_json_int(j, o->line);
		fk_json_key(j, "xpath");
		fk_json_string(j, o->xpath);
		fk_json_key(j, "key_line");
		fk_json_int(j, o->key_line);
		/* as text: JSON numbers lose 64-bit precision in many readers */
		snprintf(hash, sizeof(hash), "%016llx", (unsigned long long)o->hash);
		fk_json_key(j, "hash");
		fk_json_string(j, hash);
		write_strings(j, "missing", o->missing, o->nmissing);
		write_strings(j, "elements", o->elements, o->nelements);
		fk_json_end_object(j);
	}
	fk_json_end_array(j);
	fk_json_key(j, "references");
	fk_json_begin_array(j);
	for (size_t i = 0; i < l->nrefs; i++) {
		const struct fk_link_ref *ref = &l->refs[i];

		fk_json_begin_object(j);
		fk_json_key(j, "from");
		fk_json_int(j, (long long)ref->from);
		fk_json_key(j, "kind");
		fk_json_string(j, fk_link_kind_name(ref->kind));
		fk_json_key(j, "id");
		fk_json_string(j, ref->id);
		fk_json_key(j, "version");
		fk_json_string(j, ref->version);
		fk_json_key(j, "in_id");
		fk_json_string(j, ref->in_id);
		fk_json_key(j, "in_version");
		fk_json_string(j, ref->in_version);
		fk_json_key(j, "via");
		fk_json_string(j, ref->via);
		fk_json_key(j, "line");
		fk_json_int(j, ref->line);
		fk_json_key(j, "xpath");
		fk_json_string(j, ref->xpath);
		fk_json_end_object(j);
	}
	fk_json_end_array(j);
	fk_json_end_object(j);
}

/* What `fimkit merge` needs beyond the entries: which shard this is, and per
   input whether a directory search found it and its link facts. */
static void write_shard(struct fk_json *j, const struct fk_report *r)
{
	size_t n = r->shard_inputs ? r->shard_inputs->count : 0;

	if (n > r->count)
		n = r->count;
	fk_json_key(j, "shard");
	fk_json_begin_object(j);
	fk_json_key(j, "k");
	fk_json_int(j, r->shard_k);
	fk_json_key(j, "n");
	fk_json_int(j, r->shard_n);
	fk_json_key(j, "inputs");
	fk_json_begin_array(j);
	for (size_t i = 0; i < n; i++) {
		fk_json_begin_object(j);
		fk_json_key(j, "path");
		fk_json_string(j, r->files[i].path);
		fk_json_key(j, "found");
		fk_json_bool(j, r->shard_inputs->items[i].found);
		fk_json_key(j, "error");
		fk_json_string(j, r->shard_inputs->items[i].error);
		fk_json_key(j, "links");
		write_links(j, r->files[i].links);
		fk_json_end_object(j);
	}
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
	write_configuration(&j, r);

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

	fk_json_key(&j, "packages");
	fk_json_begin_array(&j);
	for (size_t i = 0; r->packages && i < r->packages->n; i++)
		write_package(&j, r, &r->packages->v[i]);
	fk_json_end_array(&j);
	if (r->shard_n)
		write_shard(&j, r);
	fk_json_end_object(&j);
	fk_json_finish(&j);
	return ferror(out) ? -1 : 0;
}
