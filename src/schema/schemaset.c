/*
 * schemaset.c - finding, compiling and applying XSD schema sets.
 */
#include <config.h>

#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "fimkit/buf.h"
#include "fimkit/datadir.h"
#include "fimkit/schema.h"
#include "fimkit/summary.h"
#include "fimkit/xmlutil.h"

#if LIBXML_VERSION >= 21200
typedef const xmlError *fk_xml_error_ptr;
#else
typedef xmlErrorPtr fk_xml_error_ptr;
#endif

#define XSD_NS "http://www.w3.org/2001/XMLSchema"

/* One *.xsd file of a set. */
struct schema_file {
	char *path;
	char *target_ns;       /* NULL for no-namespace schemas */
	char **elements;       /* names of global element declarations */
	size_t nelements;
	int compiled;          /* compilation attempted */
	xmlSchemaPtr schema;   /* NULL if compilation failed */
	char *compile_error;
};

struct fk_schema_set {
	pthread_mutex_t compile_lock; /* one compilation at a time, each file once */
	char *dir;
	struct schema_file *files;
	size_t nfiles;
	size_t cap;
};

/* ---- where our own schemas live ------------------------------------------------ */

const char *fk_schema_default_dir(void)
{
	return fk_data_dir("schemas");
}

/* ---- indexing a directory ---------------------------------------------------------- */

static struct schema_file *add_file(struct fk_schema_set *set, const char *path)
{
	struct schema_file *f;

	if (set->nfiles == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 16;
		set->files = fk_xrealloc(set->files, set->cap * sizeof(*set->files));
	}
	f = &set->files[set->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = fk_xstrdup(path);
	return f;
}

/* Reads a local schema file: the refusing loader is swapped out meanwhile. */
static xmlDocPtr read_local(const char *path)
{
	xmlExternalEntityLoader saved = xmlGetExternalEntityLoader();
	xmlDocPtr doc;

	xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
	doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
	xmlSetExternalEntityLoader(saved);
	return doc;
}

/* Reads the target namespace and global element names of one XSD file. */
static int index_file(struct fk_schema_set *set, const char *path, char **error)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	struct schema_file *f;
	xmlChar *tns;

	doc = read_local(path);
	if (!doc) {
		*error = fk_xasprintf("schema '%s' is not well-formed XML", path);
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	if (!fk_xml_is(root, XSD_NS, "schema")) {
		xmlFreeDoc(doc);
		return 0; /* not a schema: ignore */
	}
	f = add_file(set, path);
	tns = xmlGetProp(root, (const xmlChar *)"targetNamespace");
	f->target_ns = tns ? fk_xstrdup((const char *)tns) : NULL;
	xmlFree(tns);
	for (xmlNodePtr c = root->children; c; c = c->next) {
		xmlChar *name;

		if (!fk_xml_is(c, XSD_NS, "element"))
			continue;
		name = xmlGetProp(c, (const xmlChar *)"name");
		if (name) {
			f->elements = fk_xrealloc(f->elements, (f->nelements + 1) * sizeof(char *));
			f->elements[f->nelements++] = fk_xstrdup((const char *)name);
			xmlFree(name);
		}
	}
	xmlFreeDoc(doc);
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int index_dir(struct fk_schema_set *set, const char *dir, int depth, char **error)
{
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	DIR *d;
	int ret = 0;

	if (depth > 16)
		return 0;
	d = opendir(dir);
	if (!d) {
		*error = fk_xasprintf("cannot open schema directory '%s': %s", dir, fk_strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = fk_xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = fk_xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_names);
	for (size_t i = 0; i < n; i++) {
		char *path = fk_xasprintf("%s/%s", dir, names[i]);
		size_t len = strlen(names[i]);
		struct stat st;

		if (ret == 0 && stat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				ret = index_dir(set, path, depth + 1, error);
			else if (len > 4 && !strcmp(names[i] + len - 4, ".xsd"))
				ret = index_file(set, path, error);
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return ret;
}

int fk_schema_set_open(const char *dir, struct fk_schema_set **out, char **error)
{
	struct fk_schema_set *set;
	struct stat st;

	fk_xml_init();
	*out = NULL;
	*error = NULL;
	if (!dir)
		dir = fk_schema_default_dir();
	if (stat(dir, &st) != 0) {
		*error = fk_xasprintf("schema directory '%s': %s", dir, fk_strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		*error = fk_xasprintf("schema directory '%s': not a directory", dir);
		return -1;
	}
	set = fk_xcalloc(1, sizeof(*set));
	pthread_mutex_init(&set->compile_lock, NULL);
	set->dir = fk_xstrdup(dir);
	if (index_dir(set, dir, 0, error) < 0) {
		fk_schema_set_free(set);
		return -1;
	}
	if (set->nfiles == 0) {
		*error = fk_xasprintf("schema directory '%s' contains no XSD files", dir);
		fk_schema_set_free(set);
		return -1;
	}
	*out = set;
	return 0;
}

void fk_schema_set_free(struct fk_schema_set *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->nfiles; i++) {
		struct schema_file *f = &set->files[i];

		free(f->path);
		free(f->target_ns);
		for (size_t k = 0; k < f->nelements; k++)
			free(f->elements[k]);
		free(f->elements);
		if (f->schema)
			xmlSchemaFree(f->schema);
		free(f->compile_error);
	}
	free(set->files);
	free(set->dir);
	pthread_mutex_destroy(&set->compile_lock);
	free(set);
}

const char *fk_schema_set_dir(const struct fk_schema_set *set)
{
	return set->dir;
}

int fk_schema_set_covers(const struct fk_schema_set *set, const char *ns)
{
	if (!ns)
		return 0;
	for (size_t i = 0; i < set->nfiles; i++)
		if (set->files[i].target_ns && !strcmp(set->files[i].target_ns, ns))
			return 1;
	return 0;
}

/*
 * The file to validate a document with: the one with the document's target
 * namespace that declares its root element; failing that, the one of that
 * namespace declaring the most elements (so that libxml2 itself reports the
 * undeclared root, as the official schema would).
 */
static struct schema_file *find_file(struct fk_schema_set *set, const char *ns,
				     const char *root)
{
	struct schema_file *best = NULL;

	for (size_t i = 0; i < set->nfiles; i++) {
		struct schema_file *f = &set->files[i];

		if (!f->target_ns || !ns || strcmp(f->target_ns, ns))
			continue;
		for (size_t k = 0; k < f->nelements; k++)
			if (!strcmp(f->elements[k], root))
				return f;
		if (!best || f->nelements > best->nelements)
			best = f;
	}
	return best;
}

/* ---- compiling ------------------------------------------------------------------------ */

struct compile_errors {
	struct fk_buf text;
	int count;
};

static void collect_compile_error(void *data, fk_xml_error_ptr err)
{
	struct compile_errors *ce = data;
	char *msg;

	if (!err || err->level < XML_ERR_ERROR)
		return;
	if (ce->count++ > 0)
		return; /* the first error says most */
	msg = fk_schema_message(err->message);
	if (err->file)
		fk_buf_addf(&ce->text, "%s:%d: %s", err->file, err->line, msg);
	else
		fk_buf_adds(&ce->text, msg);
	free(msg);
}

static void compile(struct schema_file *f)
{
	struct compile_errors ce = { FK_BUF_INIT, 0 };
	xmlSchemaParserCtxtPtr pctxt;
	xmlExternalEntityLoader saved = xmlGetExternalEntityLoader();

	f->compiled = 1;
	/* Local includes and imports, catalogs honoured, the network never. */
	xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
	xmlSetStructuredErrorFunc(&ce, collect_compile_error);
	pctxt = xmlSchemaNewParserCtxt(f->path);
	if (pctxt) {
		xmlSchemaSetParserStructuredErrors(pctxt, collect_compile_error, &ce);
		f->schema = xmlSchemaParse(pctxt);
		xmlSchemaFreeParserCtxt(pctxt);
	}
	xmlSetExternalEntityLoader(saved);
	fk_xml_init();
	if (!f->schema) {
		f->compile_error = fk_xasprintf("schema '%s' does not compile: %s", f->path,
						ce.count ? fk_buf_str(&ce.text) : "unknown error");
	}
	fk_buf_release(&ce.text);
}

/* ---- validating ----------------------------------------------------------------------- */

struct validation {
	const struct fk_doc *doc;
	struct fk_diag_list *diags;
	size_t findings;
	size_t dropped;
	const void *facet_node;  /* node of the last facet error */
};

static void collect_validity_error(void *data, fk_xml_error_ptr err)
{
	struct validation *v = data;
	const xmlNode *node;
	struct fk_diag *d;
	char *msg, *id = NULL, *version = NULL, *where = NULL;
	long line;

	if (!err)
		return;
	/* After "[facet ...] value not accepted", libxml2 adds "is not a valid
	   value of the atomic type" for the same node: it says nothing new. */
	if (err->message && strstr(err->message, "is not a valid value of the") &&
	    err->node && err->node == v->facet_node)
		return;
	v->facet_node = err->message && strstr(err->message, "[facet '") ? err->node : NULL;
	if (v->findings >= FK_MAX_SCHEMA_FINDINGS) {
		v->dropped++;
		return;
	}
	v->findings++;
	node = err->node;
	if (node && node->type != XML_ELEMENT_NODE && node->type != XML_ATTRIBUTE_NODE)
		node = NULL;
	if (node && node->type == XML_ATTRIBUTE_NODE)
		node = node->parent;
	line = node ? xmlGetLineNo(node) : err->line;
	msg = fk_schema_message(err->message);
	d = fk_diag_add(v->diags, v->doc->path, line, 0,
			err->level == XML_ERR_WARNING ? FK_SEV_WARNING : FK_SEV_CRITICAL,
			FK_RULE_XSD, msg);
	if (node) {
		fk_object_of_node(node, v->doc->det.family, &id, &version);
		fk_diag_set_object(d, id, version);
		where = fk_xml_location(node);
		fk_diag_set_xpath(d, where);
	}
	free(id);
	free(version);
	free(where);
	free(msg);
}

enum fk_schema_status fk_schema_validate(struct fk_schema_set *set,
					 const struct fk_doc *doc,
					 struct fk_diag_list *diags,
					 enum fk_schema_verdict *verdict,
					 char **error)
{
	struct validation v = { doc, diags, 0, 0, NULL };
	struct schema_file *f;
	xmlSchemaValidCtxtPtr vctxt;
	const xmlNode *root = xmlDocGetRootElement(doc->xml);
	int rc;

	*verdict = FK_SCHEMA_NOT_CHECKED;
	*error = NULL;
	f = find_file(set, doc->det.root_ns, doc->det.root_name);
	if (!f) {
		struct fk_diag *d = fk_diag_addf(diags, doc->path, root ? xmlGetLineNo(root) : 0, 0,
						 FK_SEV_CRITICAL, FK_RULE_UNSUPPORTED,
						 "no schema for namespace '%s' in '%s'",
						 doc->det.root_ns ? doc->det.root_ns : "",
						 set->dir);
		char *where = root ? fk_xml_location(root) : NULL;

		fk_diag_set_xpath(d, where);
		free(where);
		return FK_SCHEMA_NO_SCHEMA;
	}
	/* Compiled schemas are shared read-only by every thread afterwards. */
	pthread_mutex_lock(&set->compile_lock);
	if (!f->compiled)
		compile(f);
	pthread_mutex_unlock(&set->compile_lock);
	if (!f->schema) {
		*error = fk_xstrdup(f->compile_error);
		return FK_SCHEMA_FAILED;
	}
	vctxt = xmlSchemaNewValidCtxt(f->schema);
	if (!vctxt) {
		*error = fk_xstrdup("cannot create a schema validation context (out of memory?)");
		return FK_SCHEMA_FAILED;
	}
	xmlSchemaSetValidStructuredErrors(vctxt, collect_validity_error, &v);
	rc = xmlSchemaValidateDoc(vctxt, doc->xml);
	xmlSchemaFreeValidCtxt(vctxt);
	fk_xml_init();
	if (rc < 0) {
		*error = fk_xasprintf("schema validation with '%s' failed internally (libxml2 code %d)",
				      f->path, rc);
		return FK_SCHEMA_FAILED;
	}
	if (v.dropped)
		fk_diag_addf(diags, doc->path, 0, 0, FK_SEV_CRITICAL, FK_RULE_XSD,
			     "%zu more schema errors not listed", v.dropped);
	*verdict = rc == 0 ? FK_SCHEMA_VALID : FK_SCHEMA_INVALID;
	return FK_SCHEMA_DONE;
}
