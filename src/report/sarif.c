/*
 * sarif.c - the SARIF 2.1.0 report, for code-scanning views in CI systems
 * (mapping: docs/sarif.md).
 *
 * One run.  tool.driver.rules holds fimkit's own checks ("xml", "xsd",
 * "unsupported") followed by the quality-rule catalogue in force; every
 * result points into it with ruleId and ruleIndex.  Files that could not be
 * processed become tool execution notifications, not results.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/json.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SARIF_VERSION "2.1.0"

/* fimkit's checks that are not quality rules. */
static const struct {
	const char *id;
	const char *name;
	const char *title;
} builtin[] = {
	{ FK_RULE_XML, "WellFormedXml",
	  "well-formed XML: the file parses and contains no refused markup "
	  "(DTD entities, XInclude, encoding errors)" },
	{ FK_RULE_XSD, "SchemaValid",
	  "valid against the XML Schema of the document's standard" },
	{ FK_RULE_UNSUPPORTED, "SupportedDocument",
	  "a FIM document fimkit supports (XDatenfelder, XZuFi, XProzess, genericode)" },
};
#define NBUILTIN (sizeof(builtin) / sizeof(builtin[0]))

/* The rule list of the run: built-ins, the catalogue, then any other rule id
   a finding carries (so that every result has its reportingDescriptor). */
struct rule_list {
	const char **ids;
	size_t count;
	size_t cap;
};

static long rule_index(const struct rule_list *l, const char *id)
{
	for (size_t i = 0; i < l->count; i++)
		if (!strcmp(l->ids[i], id))
			return (long)i;
	return -1;
}

static void rule_add(struct rule_list *l, const char *id)
{
	if (rule_index(l, id) >= 0)
		return;
	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->ids = fk_xrealloc(l->ids, l->cap * sizeof(*l->ids));
	}
	l->ids[l->count++] = id;
}

static void rule_list_build(const struct fk_report *r, struct rule_list *l)
{
	memset(l, 0, sizeof(*l));
	for (size_t i = 0; i < NBUILTIN; i++)
		rule_add(l, builtin[i].id);
	if (r->rules)
		for (size_t i = 0; i < r->rules->nrules; i++)
			rule_add(l, r->rules->rules[i].rule->code);
	for (size_t i = 0; i < r->count; i++)
		for (size_t k = 0; k < r->files[i].diags.count; k++)
			rule_add(l, r->files[i].diags.items[k].rule);
}

static const char *sarif_level(enum fk_severity sev)
{
	switch (sev) {
	case FK_SEV_CRITICAL:
	case FK_SEV_METHOD:
		return "error";
	case FK_SEV_WARNING:
		return "warning";
	case FK_SEV_INFO:
		return "note";
	}
	return "none";
}

/* "XDatenfelder 2.0, XDatenfelder 3.0.0"; NULL when the mask names none. */
static const char *applies_label(unsigned applies)
{
	static char text[160];
	enum fk_standard std[FK_RULE_MAX_STANDARDS];
	size_t n = fk_rule_standards(applies, std), len = 0;

	text[0] = '\0';
	for (size_t i = 0; i < n && len < sizeof(text); i++)
		len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%s", i ? ", " : "",
					fk_standard_label(std[i]));
	return n ? text : NULL;
}

static void write_text_object(struct fk_json *j, const char *key, const char *text)
{
	fk_json_key(j, key);
	fk_json_begin_object(j);
	fk_json_key(j, "text");
	fk_json_string(j, text);
	fk_json_end_object(j);
}

/* A reportingDescriptor for a quality rule (state may be NULL: the rule is
   known but not part of the configuration in force). */
static void write_quality_rule(struct fk_json *j, const struct fk_rule *rule,
			       const struct fk_rule_state *st, enum fk_lang lang)
{
	enum fk_severity sev = st ? st->severity : rule->severity;
	int enabled = st ? st->enabled : !rule->off;
	const char *title = lang == FK_LANG_DE && rule->title_de ? rule->title_de : rule->title_en;
	const char *standards = applies_label(rule->applies);

	fk_json_begin_object(j);
	fk_json_key(j, "id");
	fk_json_string(j, rule->code);
	fk_json_key(j, "name");
	fk_json_string(j, rule->title_en);
	write_text_object(j, "shortDescription", title);
	fk_json_key(j, "defaultConfiguration");
	fk_json_begin_object(j);
	fk_json_key(j, "enabled");
	fk_json_bool(j, enabled);
	fk_json_key(j, "level");
	fk_json_string(j, sarif_level(sev));
	fk_json_end_object(j);
	fk_json_key(j, "properties");
	fk_json_begin_object(j);
	fk_json_key(j, "category");
	fk_json_string(j, rule->category);
	fk_json_key(j, "severity");
	fk_json_string(j, fk_severity_name(sev));
	if (rule->objects) {
		fk_json_key(j, "objects");
		fk_json_string(j, rule->objects);
	}
	if (standards) {
		fk_json_key(j, "standards");
		fk_json_string(j, standards);
	}
	fk_json_key(j, "tags");
	fk_json_begin_array(j);
	fk_json_string(j, "fim");
	fk_json_string(j, "quality");
	if (rule->category)
		fk_json_string(j, rule->category);
	fk_json_end_array(j);
	fk_json_end_object(j);
	fk_json_end_object(j);
}

static void write_rule(struct fk_json *j, const struct fk_report *r, const char *id)
{
	const struct fk_rule *rule;

	for (size_t i = 0; i < NBUILTIN; i++) {
		if (strcmp(builtin[i].id, id))
			continue;
		fk_json_begin_object(j);
		fk_json_key(j, "id");
		fk_json_string(j, id);
		fk_json_key(j, "name");
		fk_json_string(j, builtin[i].name);
		write_text_object(j, "shortDescription", builtin[i].title);
		fk_json_key(j, "defaultConfiguration");
		fk_json_begin_object(j);
		fk_json_key(j, "level");
		fk_json_string(j, sarif_level(FK_SEV_CRITICAL));
		fk_json_end_object(j);
		fk_json_key(j, "properties");
		fk_json_begin_object(j);
		fk_json_key(j, "category");
		fk_json_string(j, "BUILTIN");
		fk_json_key(j, "severity");
		fk_json_string(j, fk_severity_name(FK_SEV_CRITICAL));
		fk_json_key(j, "tags");
		fk_json_begin_array(j);
		fk_json_string(j, "fim");
		fk_json_string(j, id);
		fk_json_end_array(j);
		fk_json_end_object(j);
		fk_json_end_object(j);
		return;
	}
	if (r->rules) {
		for (size_t i = 0; i < r->rules->nrules; i++) {
			const struct fk_rule_state *st = &r->rules->rules[i];

			if (!strcmp(st->rule->code, id)) {
				write_quality_rule(j, st->rule, st, r->rules->lang);
				return;
			}
		}
	}
	rule = fk_rule_find(id);
	if (rule) {
		write_quality_rule(j, rule, NULL, r->rules ? r->rules->lang : FK_LANG_EN);
		return;
	}
	/* a rule id fimkit has no description for */
	fk_json_begin_object(j);
	fk_json_key(j, "id");
	fk_json_string(j, id);
	fk_json_end_object(j);
}

static int is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '.' || c == '_' || c == '~';
}

/*
 * The path as a URI reference: an absolute path becomes a file: URI, a
 * relative path stays relative.  Every byte but unreserved characters and
 * '/' is percent-encoded (UTF-8 bytes included), so that spaces, '#', '?',
 * '%' and a ':' in the first segment cannot change the meaning.
 */
static char *path_to_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct fk_buf b = FK_BUF_INIT;

	fk_buf_init(&b);
	if (path[0] == '/')
		fk_buf_adds(&b, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (is_unreserved(*p) || *p == '/') {
			fk_buf_addc(&b, (char)*p);
		} else {
			fk_buf_addc(&b, '%');
			fk_buf_addc(&b, hex[*p >> 4]);
			fk_buf_addc(&b, hex[*p & 0xf]);
		}
	}
	return fk_buf_detach(&b);
}

static void write_artifact_location(struct fk_json *j, const char *path, size_t index)
{
	char *uri = path_to_uri(path);

	fk_json_key(j, "artifactLocation");
	fk_json_begin_object(j);
	fk_json_key(j, "uri");
	fk_json_string(j, uri);
	fk_json_key(j, "index");
	fk_json_int(j, (long long)index);
	fk_json_end_object(j);
	free(uri);
}

/* The last step of an XPath without its predicate: "/a/b[2]" -> "b". */
static char *xpath_leaf(const char *xpath)
{
	const char *s = strrchr(xpath, '/');
	size_t n;

	s = s ? s + 1 : xpath;
	n = strcspn(s, "[");
	return fk_xstrndup(s, n);
}

static void write_result(struct fk_json *j, const struct rule_list *rules,
			 const struct fk_file_report *f, size_t findex,
			 const struct fk_diag *d)
{
	fk_json_begin_object(j);
	fk_json_key(j, "ruleId");
	fk_json_string(j, d->rule);
	fk_json_key(j, "ruleIndex");
	fk_json_int(j, rule_index(rules, d->rule));
	fk_json_key(j, "level");
	fk_json_string(j, sarif_level(d->severity));
	write_text_object(j, "message", d->message);

	fk_json_key(j, "locations");
	fk_json_begin_array(j);
	fk_json_begin_object(j);
	fk_json_key(j, "physicalLocation");
	fk_json_begin_object(j);
	write_artifact_location(j, f->path, findex);
	if (d->line > 0) {
		fk_json_key(j, "region");
		fk_json_begin_object(j);
		fk_json_key(j, "startLine");
		fk_json_int(j, d->line);
		if (d->column > 0) {
			fk_json_key(j, "startColumn");
			fk_json_int(j, d->column);
		}
		fk_json_end_object(j);
	}
	fk_json_end_object(j);
	if (d->object_id || d->xpath) {
		fk_json_key(j, "logicalLocations");
		fk_json_begin_array(j);
		if (d->object_id) {
			char *fqn = d->object_version
					    ? fk_xasprintf("%s@%s", d->object_id, d->object_version)
					    : fk_xstrdup(d->object_id);

			fk_json_begin_object(j);
			fk_json_key(j, "name");
			fk_json_string(j, d->object_id);
			fk_json_key(j, "fullyQualifiedName");
			fk_json_string(j, fqn);
			fk_json_key(j, "kind");
			fk_json_string(j, "object");
			fk_json_end_object(j);
			free(fqn);
		}
		if (d->xpath) {
			char *leaf = xpath_leaf(d->xpath);

			fk_json_begin_object(j);
			fk_json_key(j, "name");
			fk_json_string(j, leaf);
			fk_json_key(j, "fullyQualifiedName");
			fk_json_string(j, d->xpath);
			fk_json_key(j, "kind");
			fk_json_string(j, "element");
			fk_json_end_object(j);
			free(leaf);
		}
		fk_json_end_array(j);
	}
	fk_json_end_object(j);
	fk_json_end_array(j);

	fk_json_key(j, "properties");
	fk_json_begin_object(j);
	fk_json_key(j, "severity");
	fk_json_string(j, fk_severity_name(d->severity));
	if (d->xpath) {
		fk_json_key(j, "xpath");
		fk_json_string(j, d->xpath);
	}
	if (d->object_id) {
		fk_json_key(j, "object");
		fk_json_object_ref(j, d->object_id, d->object_version, 0, NULL);
	}
	fk_json_end_object(j);
	fk_json_end_object(j);
}

/* One entry of run.artifacts: the input and what fimkit made of it. */
static void write_artifact(struct fk_json *j, const struct fk_file_report *f)
{
	const struct fk_summary *s = &f->summary;
	char *uri = path_to_uri(f->path);

	fk_json_begin_object(j);
	fk_json_key(j, "location");
	fk_json_begin_object(j);
	fk_json_key(j, "uri");
	fk_json_string(j, uri);
	fk_json_end_object(j);
	fk_json_key(j, "roles");
	fk_json_begin_array(j);
	fk_json_string(j, "analysisTarget");
	fk_json_end_array(j);
	fk_json_key(j, "mimeType");
	fk_json_string(j, "application/xml");
	fk_json_key(j, "properties");
	fk_json_begin_object(j);
	fk_json_key(j, "status");
	fk_json_string(j, fk_file_status_name(f->status));
	if (f->detected && f->det.standard_name) {
		fk_json_key(j, "standard");
		fk_json_string(j, f->det.standard_name);
		fk_json_key(j, "standardVersion");
		fk_json_string(j, f->det.version);
	}
	if (f->schema != FK_SCHEMA_NOT_CHECKED) {
		fk_json_key(j, "schema");
		fk_json_string(j, fk_schema_verdict_name(f->schema));
	}
	if (s->object_id || s->object_name) {
		fk_json_key(j, "object");
		fk_json_object_ref(j, s->object_id, s->object_version, 1, s->object_name);
	}
	fk_json_end_object(j);
	fk_json_end_object(j);
	free(uri);
}

static void write_invocation(struct fk_json *j, const struct fk_report *r,
			     const size_t *artifact)
{
	size_t errors = 0;

	for (size_t i = 0; i < r->count; i++)
		if (r->files[i].error)
			errors++;
	fk_json_begin_object(j);
	fk_json_key(j, "executionSuccessful");
	fk_json_bool(j, errors == 0);
	if (errors || r->nnotes) {
		fk_json_key(j, "toolExecutionNotifications");
		fk_json_begin_array(j);
		for (size_t i = 0; i < r->count; i++) {
			const struct fk_file_report *f = &r->files[i];
			char *text;

			if (!f->error)
				continue;
			text = fk_xasprintf("'%s': %s", f->path, f->error);
			fk_json_begin_object(j);
			fk_json_key(j, "level");
			fk_json_string(j, "error");
			write_text_object(j, "message", text);
			fk_json_key(j, "locations");
			fk_json_begin_array(j);
			fk_json_begin_object(j);
			fk_json_key(j, "physicalLocation");
			fk_json_begin_object(j);
			write_artifact_location(j, f->path, artifact[i]);
			fk_json_end_object(j);
			fk_json_end_object(j);
			fk_json_end_array(j);
			fk_json_key(j, "properties");
			fk_json_begin_object(j);
			fk_json_key(j, "path");
			fk_json_string(j, f->path);
			fk_json_end_object(j);
			fk_json_end_object(j);
			free(text);
		}
		for (size_t i = 0; i < r->nnotes; i++) {
			fk_json_begin_object(j);
			fk_json_key(j, "level");
			fk_json_string(j, "note");
			write_text_object(j, "message", r->notes[i]);
			fk_json_end_object(j);
		}
		fk_json_end_array(j);
	}
	fk_json_end_object(j);
}

/* Artifact index of every file: the same path given twice is one artifact. */
static size_t *artifact_indexes(const struct fk_report *r, size_t *nartifacts)
{
	size_t *idx = fk_xcalloc(r->count ? r->count : 1, sizeof(*idx));

	*nartifacts = 0;
	for (size_t i = 0; i < r->count; i++) {
		size_t k;

		for (k = 0; k < i; k++)
			if (!strcmp(r->files[k].path, r->files[i].path))
				break;
		idx[i] = k < i ? idx[k] : (*nartifacts)++;
	}
	return idx;
}

int fk_report_write_sarif(const struct fk_report *r, FILE *out)
{
	struct rule_list rules;
	struct fk_json j;
	size_t nartifacts, *artifact;

	rule_list_build(r, &rules);
	artifact = artifact_indexes(r, &nartifacts);
	fk_json_init(&j, out, 1);
	fk_json_begin_object(&j);
	fk_json_key(&j, "$schema");
	fk_json_string(&j, SARIF_SCHEMA);
	fk_json_key(&j, "version");
	fk_json_string(&j, SARIF_VERSION);
	fk_json_key(&j, "runs");
	fk_json_begin_array(&j);
	fk_json_begin_object(&j);

	fk_json_key(&j, "tool");
	fk_json_begin_object(&j);
	fk_json_key(&j, "driver");
	fk_json_begin_object(&j);
	fk_json_key(&j, "name");
	fk_json_string(&j, PACKAGE_NAME);
	fk_json_key(&j, "version");
	fk_json_string(&j, PACKAGE_VERSION);
	fk_json_key(&j, "semanticVersion");
	fk_json_string(&j, PACKAGE_VERSION);
	fk_json_key(&j, "rules");
	fk_json_begin_array(&j);
	for (size_t i = 0; i < rules.count; i++)
		write_rule(&j, r, rules.ids[i]);
	fk_json_end_array(&j);
	fk_json_end_object(&j);
	fk_json_end_object(&j);

	fk_json_key(&j, "invocations");
	fk_json_begin_array(&j);
	write_invocation(&j, r, artifact);
	fk_json_end_array(&j);

	fk_json_key(&j, "artifacts");
	fk_json_begin_array(&j);
	for (size_t i = 0, next = 0; i < r->count; i++) {
		if (artifact[i] == next) {
			write_artifact(&j, &r->files[i]);
			next++;
		}
	}
	fk_json_end_array(&j);

	fk_json_key(&j, "results");
	fk_json_begin_array(&j);
	for (size_t i = 0; i < r->count; i++) {
		const struct fk_file_report *f = &r->files[i];

		for (size_t k = 0; k < f->diags.count; k++)
			write_result(&j, &rules, f, artifact[i], &f->diags.items[k]);
	}
	fk_json_end_array(&j);

	fk_json_key(&j, "properties");
	fk_json_begin_object(&j);
	fk_json_key(&j, "command");
	fk_json_string(&j, r->command);
	fk_json_key(&j, "failOn");
	fk_json_string(&j, fk_severity_name(r->fail_on));
	if (r->baselined) {
		fk_json_key(&j, "baselined");
		fk_json_int(&j, (long long)r->baselined);
	}
	fk_json_end_object(&j);

	fk_json_end_object(&j);
	fk_json_end_array(&j);
	fk_json_end_object(&j);
	fk_json_finish(&j);
	free(rules.ids);
	free(artifact);
	return ferror(out) ? -1 : 0;
}
