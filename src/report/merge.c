/* merge.c - reading JSON reports back and merging the reports of shards. */
#include <config.h>

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "fimkit/buf.h"
#include "fimkit/inputs.h"
#include "fimkit/links.h"
#include "fimkit/merge.h"
#include "fimkit/package.h"

/* ---- reading ----------------------------------------------------------------------- */

/* The reader's state: where in the document it is, for messages. */
struct reader {
	struct fk_report_input *in;
	char *error;               /* first problem found */
	char where[96];            /* "files[3].findings[0]" */
};

static int bad(struct reader *rd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int bad(struct reader *rd, const char *fmt, ...)
{
	struct fk_buf b = FK_BUF_INIT;
	va_list ap;

	if (rd->error)
		return -1;
	fk_buf_init(&b);
	fk_buf_addf(&b, "'%s' is not a fimkit JSON report: ", rd->in->name);
	if (rd->where[0])
		fk_buf_addf(&b, "%s: ", rd->where);
	va_start(ap, fmt);
	fk_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	rd->error = fk_buf_detach(&b);
	return -1;
}

/* The member key of obj, which must have type type (or be null when
   nullable); *out is NULL for null.  Returns 0 or -1. */
static int member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
		  enum fk_jtype type, int nullable, const struct fk_jvalue **out)
{
	static const char *const type_names[] = {
		[FK_JNULL] = "null", [FK_JBOOL] = "a boolean", [FK_JNUMBER] = "a number",
		[FK_JSTRING] = "a string", [FK_JARRAY] = "an array", [FK_JOBJECT] = "an object",
	};
	const struct fk_jvalue *v = fk_jvalue_get(obj, key);

	*out = NULL;
	if (!v)
		return bad(rd, "\"%s\" is missing", key);
	if (v->type == FK_JNULL && nullable)
		return 0;
	if (v->type != type)
		return bad(rd, "\"%s\" must be %s%s", key, type_names[type], nullable ? " or null" : "");
	*out = v;
	return 0;
}

/* A string member (NULL for null when nullable). */
static int str_member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
		      int nullable, const char **out)
{
	const struct fk_jvalue *v;

	*out = NULL;
	if (member(rd, obj, key, FK_JSTRING, nullable, &v) < 0)
		return -1;
	*out = v ? v->u.text : NULL;
	return 0;
}

/* An integer member of at least min; 0 for null when nullable. */
static int count_member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
			long long min, int nullable, long long *out)
{
	const struct fk_jvalue *v;

	*out = 0;
	if (member(rd, obj, key, FK_JNUMBER, nullable, &v) < 0)
		return -1;
	if (!v)
		return 0;
	if (fk_jvalue_int(v, out) < 0 || *out < min)
		return bad(rd, "\"%s\" must be an integer of at least %lld%s", key, min,
			   nullable ? " or null" : "");
	return 0;
}

static int severity_of(const char *name, enum fk_severity *out)
{
	for (int s = 0; s < FK_SEV_COUNT; s++) {
		if (!strcmp(name, fk_severity_name((enum fk_severity)s))) {
			*out = (enum fk_severity)s;
			return 0;
		}
	}
	return -1;
}

static int severity_member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
			   enum fk_severity *out)
{
	const char *s;

	if (str_member(rd, obj, key, 0, &s) < 0)
		return -1;
	if (severity_of(s, out) < 0)
		return bad(rd, "\"%s\" must be critical, method, warning or info, not '%s'", key, s);
	return 0;
}

static int read_finding(struct reader *rd, const struct fk_jvalue *v, struct fk_file_report *f)
{
	const char *rule, *message, *xpath, *id = NULL, *version = NULL;
	const struct fk_jvalue *element;
	enum fk_severity sev;
	long long line, column;
	struct fk_diag *d;

	if (v->type != FK_JOBJECT)
		return bad(rd, "a finding must be an object");
	if (str_member(rd, v, "rule", 0, &rule) < 0 ||
	    severity_member(rd, v, "severity", &sev) < 0 ||
	    str_member(rd, v, "message", 0, &message) < 0 ||
	    count_member(rd, v, "line", 1, 1, &line) < 0 ||
	    count_member(rd, v, "column", 1, 1, &column) < 0 ||
	    str_member(rd, v, "xpath", 1, &xpath) < 0 ||
	    member(rd, v, "element", FK_JOBJECT, 1, &element) < 0)
		return -1;
	if (line > LONG_MAX || column > LONG_MAX)
		return bad(rd, "\"line\" or \"column\" is too large");
	if (element && (str_member(rd, element, "id", 0, &id) < 0 ||
			str_member(rd, element, "version", 1, &version) < 0))
		return -1;
	d = fk_diag_add(&f->diags, f->path, (long)line, (long)column, sev, rule, message);
	if (strcmp(d->message, message))
		return bad(rd, "\"message\" must be one line");
	fk_diag_set_xpath(d, xpath);
	if (id)
		fk_diag_set_object(d, id, version);
	return 0;
}

/* Detection again from root and namespace, which is all it looks at; the
   report's other document fields must agree. */
static int read_document(struct reader *rd, const struct fk_jvalue *doc, struct fk_file_report *f)
{
	const char *standard, *version, *message, *root, *ns;
	const struct fk_jvalue *supported;
	struct fk_detection *det = &f->det;
	xmlNodePtr node;

	if (str_member(rd, doc, "standard", 1, &standard) < 0 ||
	    str_member(rd, doc, "version", 1, &version) < 0 ||
	    member(rd, doc, "supported", FK_JBOOL, 0, &supported) < 0 ||
	    str_member(rd, doc, "message", 1, &message) < 0 ||
	    str_member(rd, doc, "root", 0, &root) < 0 ||
	    str_member(rd, doc, "namespace", 1, &ns) < 0)
		return -1;
	node = xmlNewNode(NULL, BAD_CAST root);
	if (!node)
		return bad(rd, "\"root\" cannot be an element name");
	if (ns)
		xmlSetNs(node, xmlNewNs(node, BAD_CAST ns, NULL));
	fk_detect_root(node, det);
	xmlFreeNode(node);
	f->detected = 1;
	if (!det->root_name || strcmp(det->root_name, root) ||
	    (ns ? !det->root_ns || strcmp(det->root_ns, ns) : det->root_ns != NULL))
		return bad(rd, "\"document\" cannot be read back");
	if ((standard ? !det->standard_name || strcmp(standard, det->standard_name)
		      : det->standard_name != NULL) ||
	    (version ? !det->version || strcmp(version, det->version) : det->version != NULL) ||
	    supported->u.boolean != (det->supported && det->known_message) ||
	    (message ? strcmp(message, det->message) : det->message[0] != '\0'))
		return bad(rd, "\"document\" does not match what this fimkit detects for root "
			   "element '%s'%s%s%s (written by another version?)", root,
			   ns ? " in namespace '" : "", ns ? ns : "", ns ? "'" : "");
	return 0;
}

static int read_entry(struct reader *rd, const struct fk_jvalue *v, struct fk_report *r)
{
	const char *path, *status, *error, *schema, *package = NULL;
	const struct fk_jvalue *doc, *object, *counts, *findings;
	struct fk_file_report *f;

	if (v->type != FK_JOBJECT)
		return bad(rd, "a file entry must be an object");
	if (str_member(rd, v, "path", 0, &path) < 0 ||
	    str_member(rd, v, "status", 0, &status) < 0 ||
	    str_member(rd, v, "error", 1, &error) < 0 ||
	    member(rd, v, "document", FK_JOBJECT, 1, &doc) < 0 ||
	    member(rd, v, "object", FK_JOBJECT, 1, &object) < 0 ||
	    member(rd, v, "counts", FK_JOBJECT, 1, &counts) < 0 ||
	    str_member(rd, v, "schema", 1, &schema) < 0 ||
	    member(rd, v, "findings", FK_JARRAY, 0, &findings) < 0)
		return -1;
	/* "package" came with format 1.1 */
	if (fk_jvalue_get(v, "package") && str_member(rd, v, "package", 1, &package) < 0)
		return -1;
	if (!*path)
		return bad(rd, "\"path\" is empty");
	if (strcmp(status, "ok") && strcmp(status, "failed") && strcmp(status, "error"))
		return bad(rd, "\"status\" must be ok, failed or error, not '%s'", status);

	f = fk_report_add_file(r, path);
	f->error = fk_xstrdup(error);
	f->package = fk_xstrdup(package);
	if (schema && !strcmp(schema, "valid"))
		f->schema = FK_SCHEMA_VALID;
	else if (schema && !strcmp(schema, "invalid"))
		f->schema = FK_SCHEMA_INVALID;
	else if (schema)
		return bad(rd, "\"schema\" must be valid, invalid or null, not '%s'", schema);
	if (doc && read_document(rd, doc, f) < 0)
		return -1;
	if (object) {
		const char *id, *version, *name;

		if (str_member(rd, object, "id", 1, &id) < 0 ||
		    str_member(rd, object, "version", 1, &version) < 0 ||
		    str_member(rd, object, "name", 1, &name) < 0)
			return -1;
		f->summary.object_id = fk_xstrdup(id);
		f->summary.object_version = fk_xstrdup(version);
		f->summary.object_name = fk_xstrdup(name);
	}
	for (size_t i = 0; counts && i < counts->n; i++) {
		const struct fk_jmember *m = &counts->u.members[i];
		long long n;

		if (fk_jvalue_int(&m->value, &n) < 0 || n < 0 || (unsigned long long)n > SIZE_MAX)
			return bad(rd, "count \"%s\" must be a non-negative integer", m->key);
		if (fk_summary_add_count(&f->summary, m->key, (size_t)n) < 0)
			return bad(rd, "unknown count \"%s\" (written by a newer fimkit?)", m->key);
	}
	{
		size_t len = strlen(rd->where);

		for (size_t k = 0; k < findings->n; k++) {
			snprintf(rd->where + len, sizeof(rd->where) - len, ".findings[%zu]", k);
			if (read_finding(rd, &findings->u.items[k], f) < 0)
				return -1;
		}
		rd->where[len] = '\0';
	}
	return 0;
}

/* "configuration" (format 1.1): schema validation and the rule settings. */
static int read_configuration(struct reader *rd, const struct fk_jvalue *cfg)
{
	struct fk_report_input *in = rd->in;
	const struct fk_jvalue *validation, *rules, *codelists, *changed;
	const char *lang;

	snprintf(rd->where, sizeof(rd->where), "configuration");
	if (member(rd, cfg, "schema_validation", FK_JBOOL, 0, &validation) < 0 ||
	    member(rd, cfg, "rules", FK_JOBJECT, 1, &rules) < 0)
		return -1;
	in->has_configuration = 1;
	in->report.validated = validation->u.boolean;
	if (!rules)
		return 0;
	if (str_member(rd, rules, "lang", 0, &lang) < 0 ||
	    member(rd, rules, "codelists", FK_JBOOL, 0, &codelists) < 0 ||
	    member(rd, rules, "changed", FK_JARRAY, 0, &changed) < 0)
		return -1;
	fk_rule_config_init(&in->rulecfg);
	in->has_rules = 1;
	if (!strcmp(lang, "de"))
		in->rulecfg.lang = FK_LANG_DE;
	else if (strcmp(lang, "en"))
		return bad(rd, "\"lang\" must be de or en, not '%s'", lang);
	in->rulecfg.codelists_loaded = codelists->u.boolean;
	for (size_t i = 0; i < changed->n; i++) {
		const struct fk_jvalue *c = &changed->u.items[i], *enabled;
		struct fk_rule_state *st;
		enum fk_severity sev;
		const char *code;

		snprintf(rd->where, sizeof(rd->where), "configuration.rules.changed[%zu]", i);
		if (c->type != FK_JOBJECT)
			return bad(rd, "must be an object");
		if (str_member(rd, c, "rule", 0, &code) < 0 ||
		    member(rd, c, "enabled", FK_JBOOL, 0, &enabled) < 0 ||
		    severity_member(rd, c, "severity", &sev) < 0)
			return -1;
		st = fk_rule_config_get(&in->rulecfg, code);
		if (!st)
			return bad(rd, "unknown rule '%s' (written by another fimkit version?)", code);
		st->enabled = enabled->u.boolean;
		st->severity = sev;
	}
	rd->where[0] = '\0';
	return 0;
}

/* ---- link facts of shard reports ("shard") ------------------------------------------- */

static enum fk_link_kind kind_of(const char *name)
{
	for (int k = 0; k < FK_LINK_KIND_COUNT; k++)
		if (!strcmp(name, fk_link_kind_name((enum fk_link_kind)k)))
			return (enum fk_link_kind)k;
	return FK_LINK_NONE;
}

static int kind_member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
		       enum fk_link_kind *out)
{
	const char *name;

	if (str_member(rd, obj, key, 0, &name) < 0)
		return -1;
	*out = kind_of(name);
	if (*out == FK_LINK_NONE && strcmp(name, fk_link_kind_name(FK_LINK_NONE)))
		return bad(rd, "unknown kind '%s'", name);
	return 0;
}

/* A string member copied (NULL for null). */
static int dup_member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
		      char **out)
{
	const char *s;

	if (str_member(rd, obj, key, 1, &s) < 0)
		return -1;
	*out = fk_xstrdup(s);
	return 0;
}

static int strings_member(struct reader *rd, const struct fk_jvalue *obj, const char *key,
			  char ***out, size_t *n)
{
	const struct fk_jvalue *v;

	if (member(rd, obj, key, FK_JARRAY, 0, &v) < 0)
		return -1;
	*out = fk_xcalloc(v->n ? v->n : 1, sizeof(**out));
	for (*n = 0; *n < v->n; (*n)++) {
		if (v->u.items[*n].type != FK_JSTRING)
			return bad(rd, "\"%s\" must hold strings", key);
		(*out)[*n] = fk_xstrdup(v->u.items[*n].u.text);
	}
	return 0;
}

static int line_member(struct reader *rd, const struct fk_jvalue *obj, const char *key, long *out)
{
	long long v;

	if (count_member(rd, obj, key, 0, 0, &v) < 0)
		return -1;
	if (v > LONG_MAX)
		return bad(rd, "\"%s\" is too large", key);
	*out = (long)v;
	return 0;
}

/* "via" points to a string that lives as long as the entry: the input keeps it. */
static const char *keep_string(struct fk_report_input *in, const char *s)
{
	for (size_t i = 0; i < in->nstrings; i++)
		if (!strcmp(in->strings[i], s))
			return in->strings[i];
	in->strings = fk_xrealloc(in->strings, (in->nstrings + 1) * sizeof(*in->strings));
	in->strings[in->nstrings] = fk_xstrdup(s);
	return in->strings[in->nstrings++];
}

static int read_link_obj(struct reader *rd, const struct fk_jvalue *v, struct fk_link_obj *o)
{
	const char *hash;
	char *end;

	if (v->type != FK_JOBJECT)
		return bad(rd, "an object must be a JSON object");
	if (kind_member(rd, v, "kind", &o->kind) < 0 || dup_member(rd, v, "id", &o->id) < 0 ||
	    dup_member(rd, v, "version", &o->version) < 0 ||
	    dup_member(rd, v, "name", &o->name) < 0 ||
	    dup_member(rd, v, "status", &o->status) < 0 ||
	    strings_member(rd, v, "keys", &o->keys, &o->nkeys) < 0 ||
	    line_member(rd, v, "line", &o->line) < 0 || dup_member(rd, v, "xpath", &o->xpath) < 0 ||
	    line_member(rd, v, "key_line", &o->key_line) < 0 ||
	    str_member(rd, v, "hash", 0, &hash) < 0 ||
	    strings_member(rd, v, "missing", &o->missing, &o->nmissing) < 0 ||
	    strings_member(rd, v, "elements", &o->elements, &o->nelements) < 0)
		return -1;
	o->hash = (uint64_t)strtoull(hash, &end, 16);
	if (strlen(hash) != 16 || *end)
		return bad(rd, "\"hash\" must be 16 hex digits");
	return 0;
}

static int read_link_ref(struct reader *rd, const struct fk_jvalue *v, const struct fk_links *l,
			 struct fk_link_ref *ref)
{
	const char *via;
	long long from;

	if (v->type != FK_JOBJECT)
		return bad(rd, "a reference must be a JSON object");
	if (count_member(rd, v, "from", 0, 0, &from) < 0 ||
	    kind_member(rd, v, "kind", &ref->kind) < 0 || dup_member(rd, v, "id", &ref->id) < 0 ||
	    dup_member(rd, v, "version", &ref->version) < 0 ||
	    dup_member(rd, v, "in_id", &ref->in_id) < 0 ||
	    dup_member(rd, v, "in_version", &ref->in_version) < 0 ||
	    str_member(rd, v, "via", 1, &via) < 0 || line_member(rd, v, "line", &ref->line) < 0 ||
	    dup_member(rd, v, "xpath", &ref->xpath) < 0)
		return -1;
	if ((unsigned long long)from >= l->nobjs)
		return bad(rd, "\"from\" names no object");
	ref->from = (size_t)from;
	ref->via = via ? keep_string(rd->in, via) : NULL;
	return 0;
}

static int read_links(struct reader *rd, const struct fk_jvalue *v, struct fk_file_report *f)
{
	const struct fk_jvalue *objs, *refs;
	struct fk_links *l;
	size_t len = strlen(rd->where);

	if (member(rd, v, "objects", FK_JARRAY, 0, &objs) < 0 ||
	    member(rd, v, "references", FK_JARRAY, 0, &refs) < 0)
		return -1;
	/* attached first, so that whatever was read is freed with the entry */
	l = f->links = fk_xcalloc(1, sizeof(*l));
	l->objs = fk_xcalloc(objs->n ? objs->n : 1, sizeof(*l->objs));
	for (; l->nobjs < objs->n; l->nobjs++) {
		snprintf(rd->where + len, sizeof(rd->where) - len, ".links.objects[%zu]", l->nobjs);
		if (read_link_obj(rd, &objs->u.items[l->nobjs], &l->objs[l->nobjs]) < 0) {
			l->nobjs++;
			return -1;
		}
	}
	l->refs = fk_xcalloc(refs->n ? refs->n : 1, sizeof(*l->refs));
	for (; l->nrefs < refs->n; l->nrefs++) {
		snprintf(rd->where + len, sizeof(rd->where) - len, ".links.references[%zu]", l->nrefs);
		if (read_link_ref(rd, &refs->u.items[l->nrefs], l, &l->refs[l->nrefs]) < 0) {
			l->nrefs++;
			return -1;
		}
	}
	rd->where[len] = '\0';
	return 0;
}

static int read_shard(struct reader *rd, const struct fk_jvalue *shard)
{
	struct fk_report_input *in = rd->in;
	const struct fk_jvalue *inputs;
	long long k, n;

	snprintf(rd->where, sizeof(rd->where), "shard");
	if (shard->type != FK_JOBJECT)
		return bad(rd, "must be an object");
	if (count_member(rd, shard, "k", 1, 0, &k) < 0 || count_member(rd, shard, "n", 1, 0, &n) < 0 ||
	    member(rd, shard, "inputs", FK_JARRAY, 0, &inputs) < 0)
		return -1;
	if (k > n || n > 100000)
		return bad(rd, "%lld/%lld is not a shard", k, n);
	if (inputs->n > in->report.count)
		return bad(rd, "more inputs than file entries");
	in->shard_k = (unsigned)k;
	in->shard_n = (unsigned)n;
	in->found = fk_xcalloc(inputs->n ? inputs->n : 1, sizeof(*in->found));
	in->input_error = fk_xcalloc(inputs->n ? inputs->n : 1, sizeof(*in->input_error));
	in->ninputs = inputs->n;
	for (size_t i = 0; i < inputs->n; i++) {
		const struct fk_jvalue *v = &inputs->u.items[i], *found, *links;
		struct fk_file_report *f = &in->report.files[i];
		const char *path, *error;

		snprintf(rd->where, sizeof(rd->where), "shard.inputs[%zu]", i);
		if (v->type != FK_JOBJECT)
			return bad(rd, "must be an object");
		if (str_member(rd, v, "path", 0, &path) < 0 ||
		    member(rd, v, "found", FK_JBOOL, 0, &found) < 0 ||
		    str_member(rd, v, "error", 1, &error) < 0 ||
		    member(rd, v, "links", FK_JOBJECT, 1, &links) < 0)
			return -1;
		if (strcmp(path, f->path))
			return bad(rd, "'%s' is not the path of files[%zu]", path, i);
		in->found[i] = found->u.boolean;
		in->input_error[i] = fk_xstrdup(error);
		if (links && read_links(rd, links, f) < 0)
			return -1;
	}
	rd->where[0] = '\0';
	return 0;
}

/* The command as one of the static names a report carries. */
static const char *known_command(const char *name)
{
	static const char *const commands[] = { "check", "validate", "info" };

	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(name, commands[i]))
			return commands[i];
	return NULL;
}

/* Format versions 1.x; the minor version goes to *minor. */
static int version_1x(const char *v, long *minor)
{
	char *end;

	if (strncmp(v, "1.", 2) || v[2] < '0' || v[2] > '9')
		return -1;
	*minor = strtol(v + 2, &end, 10);
	return *end ? -1 : 0;
}

static int read_report(struct reader *rd)
{
	struct fk_report_input *in = rd->in;
	const struct fk_jvalue *root = in->json, *tool, *summary, *notes, *files, *cfg, *packages;
	const struct fk_jvalue *shard;
	const char *tool_name, *tool_version, *format, *command;
	enum fk_severity fail_on;
	long long baselined;
	long minor;

	if (root->type != FK_JOBJECT)
		return bad(rd, "the document is not a JSON object");
	/* the version first: a report of another major version may differ anywhere */
	if (str_member(rd, root, "format_version", 0, &format) < 0)
		return -1;
	if (version_1x(format, &minor) < 0) {
		rd->error = fk_xasprintf("'%s': report format version '%s' is not supported "
					 "(this fimkit reads 1.x)", in->name, format);
		return -1;
	}
	in->format_version = fk_xstrdup(format);
	if (member(rd, root, "tool", FK_JOBJECT, 0, &tool) < 0 ||
	    str_member(rd, tool, "name", 0, &tool_name) < 0 ||
	    str_member(rd, tool, "version", 0, &tool_version) < 0)
		return -1;
	if (strcmp(tool_name, "fimkit"))
		return bad(rd, "written by '%s'", tool_name);
	in->tool_version = fk_xstrdup(tool_version);
	if (str_member(rd, root, "command", 0, &command) < 0 ||
	    severity_member(rd, root, "fail_on", &fail_on) < 0 ||
	    member(rd, root, "summary", FK_JOBJECT, 0, &summary) < 0 ||
	    member(rd, root, "notes", FK_JARRAY, 0, &notes) < 0 ||
	    member(rd, root, "files", FK_JARRAY, 0, &files) < 0)
		return -1;
	if (!known_command(command))
		return bad(rd, "\"command\" must be check, validate or info, not '%s'", command);
	fk_report_init(&in->report, known_command(command), fail_on);
	in->report.validated = strcmp(command, "info") != 0;
	snprintf(rd->where, sizeof(rd->where), "summary");
	if (count_member(rd, summary, "baselined", 0, 0, &baselined) < 0)
		return -1;
	rd->where[0] = '\0';
	in->report.baselined = (size_t)baselined;
	for (size_t i = 0; i < notes->n; i++) {
		if (notes->u.items[i].type != FK_JSTRING)
			return bad(rd, "\"notes\" must hold strings");
		fk_report_add_note(&in->report, notes->u.items[i].u.text);
	}
	cfg = fk_jvalue_get(root, "configuration");
	if (cfg && cfg->type != FK_JOBJECT)
		return bad(rd, "\"configuration\" must be an object");
	if (cfg && read_configuration(rd, cfg) < 0)
		return -1;
	if (!cfg && !strcmp(command, "check")) {
		/* before 1.1: the defaults are the best guess */
		fk_rule_config_init(&in->rulecfg);
		in->has_rules = 1;
	}
	/* "packages" (1.1) is made again from the shards' link facts, or not at all */
	packages = fk_jvalue_get(root, "packages");
	if (packages && packages->type != FK_JARRAY)
		return bad(rd, "\"packages\" must be an array");
	in->has_packages = packages && packages->n;
	for (size_t i = 0; i < files->n; i++) {
		snprintf(rd->where, sizeof(rd->where), "files[%zu]", i);
		if (read_entry(rd, &files->u.items[i], &in->report) < 0)
			return -1;
	}
	rd->where[0] = '\0';
	shard = fk_jvalue_get(root, "shard");
	if (shard && read_shard(rd, shard) < 0)
		return -1;
	in->format_minor = minor;
	return 0;
}

static int finish_read(struct fk_report_input *in, char **error)
{
	struct reader rd = { in, NULL, "" };

	if (read_report(&rd) == 0)
		return 0;
	*error = rd.error;
	return -1;
}

static char *parse_error(const char *name, const struct fk_json_error *e)
{
	if (e->line)
		return fk_xasprintf("'%s' is not valid JSON: line %ld, column %ld: %s", name, e->line,
				    e->column, e->message);
	return fk_xasprintf("cannot read report '%s': %s", name, e->message);
}

int fk_report_input_parse(struct fk_report_input *in, const char *name, const char *data,
			  size_t len, char **error)
{
	struct fk_json_error e;

	memset(in, 0, sizeof(*in));
	*error = NULL;
	in->name = fk_xstrdup(name);
	if (fk_json_parse(data, len, &in->json, &e) != FK_JSON_OK) {
		*error = parse_error(name, &e);
		return -1;
	}
	return finish_read(in, error);
}

int fk_report_input_load(struct fk_report_input *in, const char *path, size_t max_size,
			 char **error)
{
	struct fk_json_error e;

	memset(in, 0, sizeof(*in));
	*error = NULL;
	in->name = fk_xstrdup(path);
	if (fk_json_parse_file(path, max_size, &in->json, &e) != FK_JSON_OK) {
		*error = parse_error(strcmp(path, "-") ? path : "<stdin>", &e);
		return -1;
	}
	return finish_read(in, error);
}

void fk_report_input_release(struct fk_report_input *in)
{
	free(in->name);
	fk_jvalue_free(in->json);
	free(in->format_version);
	free(in->tool_version);
	fk_report_release(&in->report);
	if (in->has_rules)
		fk_rule_config_release(&in->rulecfg);
	for (size_t i = 0; i < in->ninputs; i++)
		free(in->input_error[i]);
	free(in->input_error);
	free(in->found);
	for (size_t i = 0; i < in->nstrings; i++)
		free(in->strings[i]);
	free(in->strings);
	memset(in, 0, sizeof(*in));
}

/* ---- merging ----------------------------------------------------------------------- */

int fk_path_cmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	while (*p && *p == *q) {
		p++;
		q++;
	}
	if (*p == *q)
		return 0;
	/* the end of a component sorts before any byte of a longer one */
	{
		unsigned x = *p == '/' ? 1 : *p ? *p + 1u : 0, y = *q == '/' ? 1 : *q ? *q + 1u : 0;

		return x < y ? -1 : 1;
	}
}

static void msg(struct fk_merge *m, int error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void msg(struct fk_merge *m, int error, const char *fmt, ...)
{
	struct fk_buf b = FK_BUF_INIT;
	va_list ap;

	fk_buf_init(&b);
	va_start(ap, fmt);
	fk_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	m->msgs = fk_xrealloc(m->msgs, (m->nmsgs + 1) * sizeof(*m->msgs));
	m->msgs[m->nmsgs].error = error;
	m->msgs[m->nmsgs].text = fk_buf_detach(&b);
	m->nmsgs++;
	if (error)
		m->errors++;
}

/* Same rule settings (what the writers use: state, severity, language, code lists). */
static int same_rules(const struct fk_report_input *a, const struct fk_report_input *b)
{
	if (a->has_rules != b->has_rules)
		return 0;
	if (!a->has_rules)
		return 1;
	if (a->rulecfg.lang != b->rulecfg.lang ||
	    a->rulecfg.codelists_loaded != b->rulecfg.codelists_loaded ||
	    a->rulecfg.nrules != b->rulecfg.nrules)
		return 0;
	for (size_t i = 0; i < a->rulecfg.nrules; i++)
		if (a->rulecfg.rules[i].enabled != b->rulecfg.rules[i].enabled ||
		    a->rulecfg.rules[i].severity != b->rulecfg.rules[i].severity)
			return 0;
	return 1;
}

/* One entry of one input, for sorting. */
struct ref {
	size_t input, entry;
	const char *path;
};

static int cmp_refs(const void *pa, const void *pb)
{
	const struct ref *a = pa, *b = pb;
	int c = fk_path_cmp(a->path, b->path);

	if (c)
		return c;
	if (a->input != b->input)
		return a->input < b->input ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* The entry's JSON without "status", which depends on the threshold. */
static int same_entry(const struct fk_jvalue *a, const struct fk_jvalue *b)
{
	size_t na = 0, nb = 0;

	for (size_t i = 0; i < a->n; i++) {
		const struct fk_jmember *m = &a->u.members[i];
		const struct fk_jvalue *o;

		if (!strcmp(m->key, "status"))
			continue;
		na++;
		o = fk_jvalue_get(b, m->key);
		if (!o || !fk_jvalue_equal(&m->value, o))
			return 0;
	}
	for (size_t i = 0; i < b->n; i++)
		nb += strcmp(b->u.members[i].key, "status") != 0;
	return na == nb;
}

static const struct fk_jvalue *entry_json(const struct fk_report_input *in, size_t k)
{
	return &fk_jvalue_get(in->json, "files")->u.items[k];
}

/* Moves entry k of in to the end of r. */
static void move_entry(struct fk_report *r, struct fk_report_input *in, size_t k)
{
	struct fk_file_report *dst = fk_report_add_file(r, "");
	struct fk_file_report *src = &in->report.files[k];

	free(dst->path);
	*dst = *src;
	/* what stays behind is an empty entry that releases nothing */
	memset(src, 0, sizeof(*src));
	fk_detection_init(&src->det);
	fk_summary_init(&src->summary);
	fk_diag_list_init(&src->diags);
}

static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The union of the inputs' notes, sorted, each once. */
static void merge_notes(struct fk_merge *m, struct fk_report_input *in, size_t n, const int *use)
{
	char **all = NULL;
	size_t count = 0;

	for (size_t i = 0; i < n; i++) {
		if (!use[i])
			continue;
		all = fk_xrealloc(all, (count + in[i].report.nnotes + 1) * sizeof(*all));
		for (size_t k = 0; k < in[i].report.nnotes; k++)
			all[count++] = in[i].report.notes[k];
	}
	if (count)
		qsort(all, count, sizeof(*all), cmp_strings);
	for (size_t i = 0; i < count; i++)
		if (i == 0 || strcmp(all[i - 1], all[i]))
			fk_report_add_note(&m->report, all[i]);
	free(all);
}

/* Which inputs can be merged with the first: the same command and configuration. */
static void choose_inputs(struct fk_merge *m, struct fk_report_input *in, size_t n, int *use)
{
	long our_minor = strtol(&FK_JSON_REPORT_VERSION[2], NULL, 10);
	size_t c = SIZE_MAX; /* the first input that records its configuration */

	for (size_t i = 0; i < n; i++) {
		use[i] = 1;
		if (strcmp(in[i].report.command, in[0].report.command)) {
			msg(m, 1, "'%s' is a report of '%s', '%s' one of '%s'; '%s' is left out",
			    in[i].name, in[i].report.command, in[0].name, in[0].report.command,
			    in[i].name);
			use[i] = 0;
			continue;
		}
		if (in[i].format_minor > our_minor)
			msg(m, 0, "'%s' is format %s, newer than this fimkit's %s: what that adds "
			    "is left out", in[i].name, in[i].format_version, FK_JSON_REPORT_VERSION);
		if (!in[i].has_configuration)
			continue;
		if (c == SIZE_MAX) {
			c = i;
		} else if (in[c].report.validated != in[i].report.validated ||
			   !same_rules(&in[c], &in[i])) {
			msg(m, 1, "'%s' was written with another configuration than '%s' (schema "
			    "validation, rules, their severities or language); '%s' is left out",
			    in[i].name, in[c].name, in[i].name);
			use[i] = 0;
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (use[i] && !in[i].has_configuration && !strcmp(in[i].report.command, "check"))
			msg(m, 0, "'%s' (format %s) does not record its rule configuration; SARIF, "
			    "JUnit and HTML describe %s", in[i].name, in[i].format_version,
			    c != SIZE_MAX ? "that of the other reports" : "the default rules");
	}
	if (c == SIZE_MAX)
		c = 0;
	m->report.validated = in[c].report.validated;
	if (in[c].has_rules) {
		/* the configuration moves to the merge */
		m->has_rules = 1;
		m->rulecfg = in[c].rulecfg;
		in[c].has_rules = 0;
		memset(&in[c].rulecfg, 0, sizeof(in[c].rulecfg));
	}
}

static enum fk_severity choose_fail_on(struct fk_merge *m, struct fk_report_input *in, size_t n,
				       const int *use)
{
	const struct fk_report_input *first = NULL;

	for (size_t i = 0; i < n; i++) {
		if (!use[i])
			continue;
		if (!first) {
			first = &in[i];
		} else if (in[i].report.fail_on != first->report.fail_on) {
			msg(m, 0, "the reports' thresholds differ (%s in '%s', %s in '%s'); using "
			    "critical (choose one with --fail-on)", fk_severity_name(first->report.fail_on),
			    first->name, fk_severity_name(in[i].report.fail_on), in[i].name);
			return FK_SEV_CRITICAL;
		}
	}
	return first ? first->report.fail_on : FK_SEV_CRITICAL;
}

/* The entries moved into the merge so far, in order: where each came from;
   and the files two inputs both hold with the same results. */
struct moved {
	struct ref *v;
	size_t n, cap;
	struct twice {
		size_t a, b, count;
		const char *first;
	} *twice;
	size_t ntwice;
};

static void count_twice(struct moved *mv, size_t a, size_t b, const char *path)
{
	for (size_t i = 0; i < mv->ntwice; i++) {
		if (mv->twice[i].a == a && mv->twice[i].b == b) {
			mv->twice[i].count++;
			return;
		}
	}
	mv->twice = fk_xrealloc(mv->twice, (mv->ntwice + 1) * sizeof(*mv->twice));
	mv->twice[mv->ntwice++] = (struct twice){ a, b, 1, path };
}

/* One path's entries, refs[lo..hi), sorted by input: kept from the first
   input when every input that has the path has the same entries. */
static void merge_path(struct fk_merge *m, struct fk_report_input *in, const struct ref *refs,
		       size_t lo, size_t hi, struct moved *mv)
{
	size_t first_end = lo;

	while (first_end < hi && refs[first_end].input == refs[lo].input)
		first_end++;
	for (size_t i = first_end; i < hi;) {
		size_t j = i, len = first_end - lo;
		int same;

		while (j < hi && refs[j].input == refs[i].input)
			j++;
		same = j - i == len;
		for (size_t k = 0; same && k < len; k++)
			same = same_entry(entry_json(&in[refs[lo].input], refs[lo + k].entry),
					  entry_json(&in[refs[i].input], refs[i + k].entry));
		if (!same) {
			msg(m, 1, "'%s' is in both '%s' and '%s' with different results; it is left out",
			    refs[lo].path, in[refs[lo].input].name, in[refs[i].input].name);
			return;
		}
		count_twice(mv, refs[lo].input, refs[i].input, refs[lo].path);
		i = j;
	}
	for (size_t k = lo; k < first_end; k++) {
		if (mv->n == mv->cap) {
			mv->cap = mv->cap ? mv->cap * 2 : 64;
			mv->v = fk_xrealloc(mv->v, mv->cap * sizeof(*mv->v));
		}
		mv->v[mv->n++] = refs[k];
		move_entry(&m->report, &in[refs[k].input], refs[k].entry);
	}
}

/*
 * Shards: all of one run's, each once.  Inputs of another number of shards
 * are left out; a missing shard is an error.  Returns 1 when every input is
 * a shard's report.
 */
static int check_shards(struct fk_merge *m, struct fk_report_input *in, size_t n, int *use)
{
	size_t first = SIZE_MAX, *seen = NULL;
	int all = 1;

	for (size_t i = 0; i < n; i++) {
		if (!use[i])
			continue;
		if (!in[i].shard_n) {
			all = 0;
			continue;
		}
		if (first == SIZE_MAX) {
			first = i;
			seen = fk_xcalloc(in[i].shard_n + 1, sizeof(*seen));
		} else if (in[i].shard_n != in[first].shard_n) {
			msg(m, 1, "'%s' is shard %u/%u, '%s' one of %u shards; '%s' is left out",
			    in[i].name, in[i].shard_k, in[i].shard_n, in[first].name, in[first].shard_n,
			    in[i].name);
			use[i] = 0;
			continue;
		}
		if (seen[in[i].shard_k]) {
			/* its entries are kept once when they agree; its counts are not added */
			msg(m, 0, "'%s' and '%s' are both shard %u/%u", in[seen[in[i].shard_k] - 1].name,
			    in[i].name, in[i].shard_k, in[i].shard_n);
			use[i] = 2;
		} else
			seen[in[i].shard_k] = i + 1;
	}
	if (first != SIZE_MAX) {
		struct fk_buf missing = FK_BUF_INIT;
		size_t nmissing = 0;

		fk_buf_init(&missing);
		for (unsigned k = 1; k <= in[first].shard_n; k++) {
			if (seen[k])
				continue;
			if (nmissing++ < 10)
				fk_buf_addf(&missing, "%s%u/%u", nmissing > 1 ? ", " : "", k,
					    in[first].shard_n);
		}
		if (nmissing)
			msg(m, 1, "%zu shard%s missing (%s%s): the merged report lacks %s files",
			    nmissing, nmissing == 1 ? " is" : "s are", fk_buf_str(&missing),
			    nmissing > 10 ? ", ..." : "", nmissing == 1 ? "its" : "their");
		fk_buf_release(&missing);
	}
	free(seen);
	return all && first != SIZE_MAX;
}

static int is_package_rule(const char *code)
{
	for (const struct fk_rule *r = fk_rules_package; r->code; r++)
		if (!strcmp(r->code, code))
			return 1;
	return 0;
}

/*
 * The package step again, over all shards' entries: what each shard found
 * with only its part of the run is dropped (package findings, package
 * names; the manifests' entries were not taken), and fk_packages_run sees
 * the inputs as the unsharded run did.
 */
static void redo_packages(struct fk_merge *m, struct fk_report_input *in, const struct moved *mv)
{
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;

	inputs.items = fk_xcalloc(mv->n ? mv->n : 1, sizeof(*inputs.items));
	inputs.count = inputs.cap = mv->n;
	for (size_t i = 0; i < mv->n; i++) {
		struct fk_file_report *f = &m->report.files[i];
		const struct fk_report_input *from = &in[mv->v[i].input];
		size_t keep = 0;

		for (size_t k = 0; k < f->diags.count; k++) {
			if (is_package_rule(f->diags.items[k].rule))
				fk_diag_release(&f->diags.items[k]);
			else
				f->diags.items[keep++] = f->diags.items[k];
		}
		f->diags.count = keep;
		free(f->package);
		f->package = NULL;
		inputs.items[i].path = fk_xstrdup(f->path);
		inputs.items[i].found = from->found[mv->v[i].entry];
		inputs.items[i].error = fk_xstrdup(from->input_error[mv->v[i].entry]);
	}
	m->report.packages = fk_packages_run(&m->report, &inputs, &m->rulecfg);
	fk_input_list_release(&inputs);
}

size_t fk_merge_reports(struct fk_merge *m, struct fk_report_input *in, size_t n,
			const enum fk_severity *fail_on)
{
	int *use = fk_xcalloc(n ? n : 1, sizeof(*use)), shards, redo;
	struct moved mv = { NULL, 0, 0, NULL, 0 };
	struct ref *refs;
	size_t nrefs = 0, total = 0;

	memset(m, 0, sizeof(*m));
	if (n == 0) {
		free(use);
		return 0;
	}
	fk_report_init(&m->report, in[0].report.command, FK_SEV_CRITICAL);
	choose_inputs(m, in, n, use);
	shards = check_shards(m, in, n, use);
	m->report.rules = m->has_rules ? &m->rulecfg : NULL;
	m->report.fail_on = fail_on ? *fail_on : choose_fail_on(m, in, n, use);
	/* the unsharded run forms packages when it runs the quality rules */
	redo = shards && m->has_rules;
	for (size_t i = 0; i < n; i++) {
		if (use[i] && in[i].has_packages && !redo)
			msg(m, 1, "'%s' lists packages, which only the reports of all shards of one "
			    "run ('fimkit check --shard=K/N') can be merged with; the merged report "
			    "lists none", in[i].name);
	}

	for (size_t i = 0; i < n; i++)
		if (use[i])
			total += in[i].report.count;
	refs = fk_xcalloc(total ? total : 1, sizeof(*refs));
	for (size_t i = 0; i < n; i++) {
		/* a shard's entries after its inputs came from its package step */
		size_t count = redo ? in[i].ninputs : in[i].report.count;

		if (!use[i])
			continue;
		for (size_t k = 0; k < count; k++)
			refs[nrefs++] = (struct ref){ i, k, in[i].report.files[k].path };
		if (use[i] == 1)
			m->report.baselined += in[i].report.baselined;
		/* link facts point to the input's strings: they move with the entries */
		for (size_t k = 0; k < in[i].nstrings; k++) {
			m->strings = fk_xrealloc(m->strings, (m->nstrings + 1) * sizeof(*m->strings));
			m->strings[m->nstrings++] = in[i].strings[k];
		}
		free(in[i].strings);
		in[i].strings = NULL;
		in[i].nstrings = 0;
	}
	if (nrefs)
		qsort(refs, nrefs, sizeof(*refs), cmp_refs);
	for (size_t lo = 0; lo < nrefs;) {
		size_t hi = lo + 1;

		while (hi < nrefs && !strcmp(refs[hi].path, refs[lo].path))
			hi++;
		merge_path(m, in, refs, lo, hi, &mv);
		lo = hi;
	}
	for (size_t i = 0; i < mv.ntwice; i++) {
		const struct twice *t = &mv.twice[i];

		if (t->count == 1)
			msg(m, 0, "'%s' is in both '%s' and '%s' with the same results; kept once",
			    t->first, in[t->a].name, in[t->b].name);
		else
			msg(m, 0, "%zu files are in both '%s' and '%s' with the same results (the "
			    "first: '%s'); kept once", t->count, in[t->a].name, in[t->b].name, t->first);
	}
	if (redo)
		redo_packages(m, in, &mv);
	merge_notes(m, in, n, use);
	fk_report_finish(&m->report);
	free(mv.v);
	free(mv.twice);
	free(refs);
	free(use);
	return m->errors;
}

void fk_merge_release(struct fk_merge *m)
{
	fk_report_release(&m->report);
	if (m->has_rules)
		fk_rule_config_release(&m->rulecfg);
	for (size_t i = 0; i < m->nmsgs; i++)
		free(m->msgs[i].text);
	free(m->msgs);
	for (size_t i = 0; i < m->nstrings; i++)
		free(m->strings[i]);
	free(m->strings);
	memset(m, 0, sizeof(*m));
}
