/*
 * sandbox.c - the stylesheet sandbox: a document loader that reads only
 * files below allowed directories, with no DTD, no network and no entity
 * expansion in data documents; security preferences that forbid writing
 * files, creating directories and any network access; and the extension
 * function fk:line() for the stylesheets' findings.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/uri.h>
#include <libxml/xpathInternals.h>
#include <libxslt/documents.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltutils.h>

#include "fimkit/buf.h"
#include "fimkit/genericode.h"
#include "fimkit/inputs.h"
#include "fimkit/load.h"
#include "sandbox.h"

#define FK_XSLT_NS "urn:fimkit:xslt"

/* Largest stylesheet or document() file read. */
#define MAX_LOADED_FILE ((size_t)64 * 1024 * 1024)

static char **roots;
static size_t nroots;

/* Code lists for fk:codelist(), read-only once installed. */
struct codelist_entry {
	char *uri;          /* CanonicalUri */
	char *version_uri;  /* CanonicalVersionUri, may be NULL */
	char *version;      /* Version, may be NULL */
	char *path;         /* real path */
};
static struct codelist_entry *codelists;
static size_t ncodelists;
static xsltSecurityPrefsPtr prefs;
static __thread char last_error[512];

const char *fk_sandbox_last_error(void)
{
	return last_error[0] ? last_error : NULL;
}

char *fk_sandbox_parent(const char *real)
{
	const char *slash = strrchr(real, '/');

	if (!slash)
		return NULL;
	return slash == real ? fk_xstrdup("/") : fk_xstrndup(real, (size_t)(slash - real));
}

char *fk_sandbox_dir_of(const char *path)
{
	char buf[PATH_MAX];

	if (!path || !strcmp(path, "-") || !realpath(path, buf))
		return NULL;
	return fk_sandbox_parent(buf);
}

static int below(const char *real, const char *dir)
{
	size_t n = strlen(dir);

	if (n == 1 && dir[0] == '/')
		return 1;
	return !strncmp(real, dir, n) && real[n] == '/';
}

/*
 * The local file a URI names, as a real path (caller frees), or NULL when it
 * names no existing local file: other schemes, a missing file.
 */
static char *local_file(const char *uri)
{
	char buf[PATH_MAX];
	char *path = NULL, *real = NULL;

	if (!strncmp(uri, "file://", 7)) {
		const char *p = uri + 7;

		if (strncmp(p, "localhost/", 10) == 0)
			p += 9;
		if (*p != '/') {
			errno = EPROTONOSUPPORT;
			return NULL;
		}
		char *unescaped = xmlURIUnescapeString(p, 0, NULL);

		if (!unescaped)
			return NULL;
		path = fk_xstrdup(unescaped);
		xmlFree(unescaped);
	} else if (strstr(uri, "://") || !strncmp(uri, "ftp:", 4) || !strncmp(uri, "http:", 5) ||
		   !strncmp(uri, "https:", 6)) {
		errno = EPROTONOSUPPORT;
		return NULL;
	} else {
		path = fk_xstrdup(uri);
	}
	errno = EINVAL;
	if (path && realpath(path, buf))
		real = fk_xstrdup(buf);
	if (path) {
		int e = errno;

		free(path);
		errno = e;
	}
	return real;
}

/* May a stylesheet (xctxt NULL) or a transformation read the file real? */
static int may_read(const char *real, xsltTransformContextPtr xctxt)
{
	for (size_t i = 0; i < nroots; i++)
		if (below(real, roots[i]))
			return 1;
	if (xctxt && xctxt->_private) {
		const struct fk_sandbox_doc *sd = xctxt->_private;

		if (sd->input_dir && below(real, sd->input_dir))
			return 1;
	}
	return 0;
}

static int check_read_file(xsltSecurityPrefsPtr sec, xsltTransformContextPtr xctxt,
			   const char *value)
{
	char *real = local_file(value);
	int ok;

	(void)sec;
	/* A missing file passes here so that the loader, which checks again,
	   can say that it is missing rather than "refused". */
	if (!real)
		return errno == ENOENT;
	ok = may_read(real, xctxt);
	free(real);
	return ok;
}

static void collect_error(void *data, xmlErrorPtr err)
{
	(void)data;
	if (!err || err->level < XML_ERR_ERROR || last_error[0])
		return;
	snprintf(last_error, sizeof(last_error), "%s line %d: %s", err->file ? err->file : "",
		 err->line, err->message ? err->message : "XML error");
	fk_trim(last_error);
}

static char *read_file(const char *path, size_t *len)
{
	struct fk_buf b;
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f)
		return NULL;
	fk_buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b.len + n > MAX_LOADED_FILE) {
			fclose(f);
			fk_buf_release(&b);
			errno = EFBIG;
			return NULL;
		}
		fk_buf_add(&b, chunk, n);
	}
	if (ferror(f)) {
		fclose(f);
		fk_buf_release(&b);
		return NULL;
	}
	fclose(f);
	*len = b.len;
	return fk_buf_detach(&b);
}

/*
 * libxslt's document loader, replaced: stylesheets (the top one, includes,
 * imports) and document() files are read here, never through libxml2's
 * external entity loader (which fimkit shuts).  Stylesheets may expand the
 * internal entities they declare (for &nbsp; and the like); data documents
 * are parsed without entity expansion.  Neither loads a DTD or the network.
 */
static xmlDocPtr sandbox_loader(const xmlChar *uri, xmlDictPtr dict, int options, void *vctxt,
				xsltLoadType type)
{
	xsltTransformContextPtr xctxt = type == XSLT_LOAD_DOCUMENT ? vctxt : NULL;
	xmlParserCtxtPtr pctxt;
	xmlDocPtr doc = NULL;
	char *real, *data;
	size_t len = 0;
	int opts;

	(void)options;
	last_error[0] = '\0';
	real = local_file((const char *)uri);
	if (!real) {
		snprintf(last_error, sizeof(last_error), "%s: %s", (const char *)uri,
			 strstr((const char *)uri, "://") && strncmp((const char *)uri, "file:", 5)
				 ? "not a local file (stylesheets read nothing from the network)"
				 : "no such file");
		if (xctxt)
			xsltTransformError(xctxt, NULL, NULL, "document() refused: %s\n", last_error);
		return NULL;
	}
	if (type != XSLT_LOAD_START && !may_read(real, xctxt)) {
		snprintf(last_error, sizeof(last_error),
			 "%s: outside the directories stylesheets may read", real);
		free(real);
		if (xctxt)
			xsltTransformError(xctxt, NULL, NULL, "document() refused: %s\n", last_error);
		return NULL;
	}
	data = read_file(real, &len);
	if (!data) {
		snprintf(last_error, sizeof(last_error), "%s: %s", real, fk_strerror(errno));
		free(real);
		return NULL;
	}
	pctxt = xmlNewParserCtxt();
	if (!pctxt) {
		free(data);
		free(real);
		return NULL;
	}
	if (dict) {
		/* the stylesheet or transformation's dictionary, as libxslt's own
		   loader does: names are compared by pointer */
		if (pctxt->dict)
			xmlDictFree(pctxt->dict);
		pctxt->dict = dict;
		xmlDictReference(dict);
	}
	opts = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;
	if (type != XSLT_LOAD_DOCUMENT)
		opts |= XML_PARSE_NOENT;
	xmlSetStructuredErrorFunc(NULL, collect_error);
	doc = xmlCtxtReadMemory(pctxt, data, (int)len, real, NULL, opts);
	fk_xml_init(); /* back to silence */
	if (doc && (!pctxt->wellFormed || !xmlDocGetRootElement(doc))) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	/* Data documents may not declare entities, as fimkit's inputs may not:
	   their expansion (nested, "billion laughs") happens when XPath takes
	   a string value, long after parsing. */
	if (doc && type == XSLT_LOAD_DOCUMENT && doc->intSubset &&
	    (doc->intSubset->entities || doc->intSubset->pentities)) {
		snprintf(last_error, sizeof(last_error),
			 "%s: declares entities; fimkit does not read documents that do", real);
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (!doc && !last_error[0])
		snprintf(last_error, sizeof(last_error), "%s: not a well-formed XML document", real);
	xmlFreeParserCtxt(pctxt);
	free(data);
	free(real);
	if (!doc && xctxt)
		xsltTransformError(xctxt, NULL, NULL, "document() refused: %s\n", last_error);
	return doc;
}

/* fk:line(node-set?): the line of the first node (of the context node
   without an argument); 0 when unknown. */
static void fn_line(xmlXPathParserContextPtr ctxt, int nargs)
{
	xmlNodePtr node = NULL;
	long line = 0;

	if (nargs == 0) {
		node = ctxt->context->node;
	} else if (nargs == 1) {
		xmlXPathObjectPtr obj = valuePop(ctxt);

		if (!obj || obj->type != XPATH_NODESET) {
			xmlXPathFreeObject(obj);
			xmlXPathSetTypeError(ctxt);
			return;
		}
		if (obj->nodesetval && obj->nodesetval->nodeNr > 0) {
			xmlXPathNodeSetSort(obj->nodesetval);
			node = obj->nodesetval->nodeTab[0];
		}
		xmlXPathFreeObject(obj);
	} else {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if (node && node->type != XML_NAMESPACE_DECL)
		line = xmlGetLineNo(node);
	valuePush(ctxt, xmlXPathNewFloat(line > 0 ? (double)line : 0));
}

/* fk:codelist(uri, version?): the root element of the genericode code list
   with that CanonicalUri (and Version), or with that CanonicalVersionUri,
   among those of --codelists; empty when there is none.  Without a version
   (or an empty one) the highest Version of the list is taken. */
static void fn_codelist(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
	const struct codelist_entry *best = NULL;
	xmlChar *uri, *version = NULL;
	xsltDocumentPtr loaded = NULL;
	xmlNodePtr root = NULL;

	if (nargs < 1 || nargs > 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if (nargs == 2)
		version = xmlXPathPopString(ctxt);
	uri = xmlXPathPopString(ctxt);
	if (uri && *uri) {
		for (size_t i = 0; i < ncodelists; i++) {
			const struct codelist_entry *e = &codelists[i];

			if (e->version_uri && !strcmp(e->version_uri, (const char *)uri)) {
				best = e;
				break;
			}
			if (strcmp(e->uri, (const char *)uri) != 0)
				continue;
			if (version && *version) {
				if (e->version && !strcmp(e->version, (const char *)version)) {
					best = e;
					break;
				}
			} else if (!best || (e->version && (!best->version ||
							     strcmp(e->version, best->version) > 0))) {
				best = e;
			}
		}
	}
	if (best && tctxt)
		loaded = xsltLoadDocument(tctxt, (const xmlChar *)best->path);
	if (loaded && loaded->doc)
		root = xmlDocGetRootElement(loaded->doc);
	xmlFree(uri);
	xmlFree(version);
	valuePush(ctxt, xmlXPathNewNodeSet(root));
}

int fk_sandbox_codelists(const char *dir, char **error)
{
	struct fk_input_list files = FK_INPUT_LIST_INIT;
	char real[PATH_MAX];
	struct stat st;

	*error = NULL;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || !realpath(dir, real)) {
		*error = fk_xasprintf("cannot open code-list directory '%s': %s", dir,
				      errno ? fk_strerror(errno) : "not a directory");
		return -1;
	}
	roots = fk_xrealloc(roots, (nroots + 1) * sizeof(*roots));
	roots[nroots++] = fk_xstrdup(real);
	/* the same discovery as for documents and the rules' code lists: *.xml
	   below dir; other XML files there are not code lists */
	fk_inputs_add(&files, dir);
	for (size_t i = 0; i < files.count; i++) {
		char *ignored = NULL;
		struct fk_gc_table *t = files.items[i].error ? NULL
				       : fk_gc_load(files.items[i].path, &ignored);

		free(ignored);
		if (t && t->canonical && *t->canonical && realpath(files.items[i].path, real)) {
			struct codelist_entry *e;

			codelists = fk_xrealloc(codelists, (ncodelists + 1) * sizeof(*codelists));
			e = &codelists[ncodelists++];
			e->uri = fk_trim(fk_xstrdup(t->canonical));
			e->version_uri = t->canonical_version ? fk_trim(fk_xstrdup(t->canonical_version)) : NULL;
			e->version = t->version ? fk_trim(fk_xstrdup(t->version)) : NULL;
			e->path = fk_xstrdup(real);
		}
		fk_gc_table_free(t);
	}
	fk_input_list_release(&files);
	return 0;
}

void fk_sandbox_install(const char *const *style_roots, size_t n)
{
	for (size_t i = 0; i < nroots; i++)
		free(roots[i]);
	free(roots);
	for (size_t i = 0; i < ncodelists; i++) {
		free(codelists[i].uri);
		free(codelists[i].version_uri);
		free(codelists[i].version);
		free(codelists[i].path);
	}
	free(codelists);
	codelists = NULL;
	ncodelists = 0;
	roots = fk_xcalloc(n ? n : 1, sizeof(*roots));
	nroots = 0;
	for (size_t i = 0; i < n; i++)
		if (style_roots[i])
			roots[nroots++] = fk_xstrdup(style_roots[i]);
	if (!prefs) {
		prefs = xsltNewSecurityPrefs();
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, check_read_file);
		xsltSetDefaultSecurityPrefs(prefs);
		xsltSetLoaderFunc(sandbox_loader);
		xsltRegisterExtModuleFunction((const xmlChar *)"line", (const xmlChar *)FK_XSLT_NS,
					      fn_line);
		xsltRegisterExtModuleFunction((const xmlChar *)"codelist",
					      (const xmlChar *)FK_XSLT_NS, fn_codelist);
	}
}

xsltSecurityPrefsPtr fk_sandbox_prefs(void)
{
	return prefs;
}
