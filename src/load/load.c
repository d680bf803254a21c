/*
 * load.c - safe loading of one document.
 *
 * The file is read into memory by us (so that size limits hold for pipes
 * too), checked for the obvious non-XML cases, then parsed from memory with
 * a parser that cannot reach the network, loads no DTD, expands no entity
 * and stops at the first entity declaration.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "fimkit/buf.h"
#include "fimkit/load.h"

#if LIBXML_VERSION >= 21200
typedef const xmlError *fk_xml_error_ptr;
#else
typedef xmlErrorPtr fk_xml_error_ptr;
#endif

/* State of one parse, reached from libxml2's callbacks. */
struct load_ctx {
	const char *name;
	struct fk_diag_list *diags;
	int refused;       /* an entity declaration was met */
	int limit_hit;     /* libxml2 stopped at one of its limits */
	char *limit_msg;
	size_t errors;     /* XML errors recorded */
	xmlParserCtxtPtr parser;
};

/* Cap on syntax errors kept per document: the first one matters most. */
#define MAX_XML_ERRORS 20

const char *fk_load_strerror(enum fk_load_status st)
{
	switch (st) {
	case FK_LOAD_OK: return "loaded";
	case FK_LOAD_MALFORMED: return "not a well-formed XML document";
	case FK_LOAD_IO_ERROR: return "cannot be read";
	case FK_LOAD_LIMIT: return "exceeds a limit";
	}
	return "unknown load status";
}

/* ---- process-wide settings ---------------------------------------------- */

static void silent_structured(void *ctx, fk_xml_error_ptr err)
{
	(void)ctx;
	(void)err;
}

static void silent_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/*
 * Loads nothing: documents must never pull in external resources.  Schema
 * compilation installs its own loader around compilation (see schema/).
 */
static xmlParserInputPtr refusing_loader(const char *url, const char *id,
					 xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

void fk_xml_init(void)
{
	static int done;

	if (!done) {
		xmlInitParser();
		xmlSetExternalEntityLoader(refusing_loader);
		done = 1;
	}
	/* Error handlers are per thread in libxml2: set them every time. */
	xmlSetGenericErrorFunc(NULL, silent_generic);
	xmlSetStructuredErrorFunc(NULL, silent_structured);
}

/* ---- error collection ----------------------------------------------------- */

static char *clean_message(const char *msg)
{
	size_t n;

	if (!msg)
		return fk_xstrdup("XML error");
	while (*msg == ' ')
		msg++;
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' ' || msg[n - 1] == '.'))
		n--;
	return fk_xstrndup(msg, n);
}

static int is_limit_error(fk_xml_error_ptr err)
{
	const char *m = err->message ? err->message : "";

	return strstr(m, "Excessive depth") || strstr(m, "huge text node") ||
	       strstr(m, "too long") || strstr(m, "length too large") ||
	       strstr(m, "Maximum entity amplification");
}

static void collect_error(void *data, fk_xml_error_ptr err)
{
	struct load_ctx *lc = data;
	enum fk_severity sev;
	char *msg;

	if (!err || lc->refused || lc->limit_hit)
		return; /* after a refusal or a limit, the rest are consequences */
	if (is_limit_error(err)) {
		if (!lc->limit_hit) {
			lc->limit_hit = 1;
			if (strstr(err->message, "Excessive depth"))
				lc->limit_msg = fk_xasprintf("elements nested deeper than %d levels (line %d)",
							     FK_MAX_DEPTH, err->line);
			else if (strstr(err->message, "AttValue length too long"))
				lc->limit_msg = fk_xasprintf("an attribute value longer than 10 MB (line %d)",
							     err->line);
			else if (strstr(err->message, "huge text node"))
				lc->limit_msg = fk_xasprintf("a text longer than 10 MB (line %d)", err->line);
			else {
				char *m = clean_message(err->message);

				lc->limit_msg = fk_xasprintf("%s (line %d)", m, err->line);
				free(m);
			}
		}
		return;
	}
	if (lc->errors >= MAX_XML_ERRORS)
		return;
	lc->errors++;
	sev = err->level == XML_ERR_WARNING ? FK_SEV_WARNING : FK_SEV_CRITICAL;
	msg = clean_message(err->message);
	fk_diag_add(lc->diags, lc->name, err->line, err->int2, sev, FK_RULE_XML, msg);
	free(msg);
}

/*
 * SAX entityDecl replacement: FIM documents never declare entities, and any
 * declaration is the start of XXE or an expansion bomb.  Stop right there.
 */
static void refuse_entity_decl(void *ctx, const xmlChar *name, int type,
			       const xmlChar *publicId, const xmlChar *systemId,
			       xmlChar *content)
{
	xmlParserCtxtPtr parser = ctx;
	struct load_ctx *lc = parser->_private;

	(void)publicId;
	(void)content;
	if (lc->refused)
		return;
	lc->refused = 1;
	fk_diag_addf(lc->diags, lc->name, xmlSAX2GetLineNumber(parser),
		     xmlSAX2GetColumnNumber(parser), FK_SEV_CRITICAL, FK_RULE_XML,
		     "entity declaration '%s%s'%s refused: FIM documents must not declare entities",
		     type == XML_INTERNAL_PARAMETER_ENTITY || type == XML_EXTERNAL_PARAMETER_ENTITY ? "%" : "",
		     (const char *)name,
		     systemId ? " (external)" : "");
	xmlStopParser(parser);
}

/* ---- reading ------------------------------------------------------------------ */

static enum fk_load_status read_fd(int fd, size_t limit, struct fk_buf *b,
				   char **error)
{
	for (;;) {
		ssize_t n;

		fk_buf_grow(b, 65536);
		n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*error = fk_xasprintf("read error: %s", fk_strerror(errno));
			return FK_LOAD_IO_ERROR;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
		b->data[b->len] = '\0';
		if (b->len > limit) {
			*error = fk_xasprintf("larger than the limit of %zu bytes "
					      "(raise it with --max-file-size)", limit);
			return FK_LOAD_LIMIT;
		}
	}
	return FK_LOAD_OK;
}

static enum fk_load_status read_input(const char *path, size_t limit,
				      struct fk_buf *b, char **error)
{
	struct stat st;
	enum fk_load_status ret;
	int fd;

	if (!strcmp(path, "-"))
		return read_fd(STDIN_FILENO, limit, b, error);

	fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		*error = fk_xstrdup(fk_strerror(errno));
		return FK_LOAD_IO_ERROR;
	}
	if (fstat(fd, &st) < 0) {
		*error = fk_xstrdup(fk_strerror(errno));
		close(fd);
		return FK_LOAD_IO_ERROR;
	}
	if (S_ISDIR(st.st_mode)) {
		*error = fk_xstrdup("is a directory");
		close(fd);
		return FK_LOAD_IO_ERROR;
	}
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > limit) {
		*error = fk_xasprintf("file is %jd bytes, larger than the limit of %zu bytes "
				      "(raise it with --max-file-size)",
				      (intmax_t)st.st_size, limit);
		close(fd);
		return FK_LOAD_LIMIT;
	}
	if (S_ISREG(st.st_mode))
		fk_buf_grow(b, (size_t)st.st_size);
	ret = read_fd(fd, limit, b, error);
	close(fd);
	return ret;
}

/* ---- pre-parse checks ------------------------------------------------------- */

enum text_shape { SHAPE_TEXT, SHAPE_UTF16LE, SHAPE_UTF16BE, SHAPE_BINARY };

static enum text_shape guess_shape(const unsigned char *d, size_t len)
{
	size_t probe = len < 4096 ? len : 4096;

	if (len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
		return SHAPE_TEXT; /* BOM: libxml2 takes it from here */
	if (len >= 2 && d[0] == '<' && d[1] == 0)
		return SHAPE_UTF16LE;
	if (len >= 2 && d[0] == 0 && d[1] == '<')
		return SHAPE_UTF16BE;
	if (memchr(d, 0, probe))
		return SHAPE_BINARY;
	return SHAPE_TEXT;
}

static int only_white_space(const char *d, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (d[i] != ' ' && d[i] != '\t' && d[i] != '\n' && d[i] != '\r')
			return 0;
	return 1;
}

/* ---- parsing ---------------------------------------------------------------- */

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | \
		       XML_PARSE_COMPACT)

static enum fk_load_status parse_buffer(struct fk_doc *doc, const char *data,
					size_t len, struct fk_diag_list *diags)
{
	struct load_ctx lc = { 0 };
	xmlParserCtxtPtr parser;
	enum text_shape shape;
	enum fk_load_status st;
	int well_formed;

	lc.name = doc->path;
	lc.diags = diags;

	if (len == 0 || only_white_space(data, len)) {
		fk_diag_add(diags, doc->path, 1, 1, FK_SEV_CRITICAL, FK_RULE_XML,
			    len == 0 ? "file is empty" : "file contains only white space");
		return FK_LOAD_MALFORMED;
	}
	shape = guess_shape((const unsigned char *)data, len);
	if (shape == SHAPE_BINARY) {
		fk_diag_add(diags, doc->path, 1, 1, FK_SEV_CRITICAL, FK_RULE_XML,
			    "binary data (NUL bytes), not an XML document");
		return FK_LOAD_MALFORMED;
	}
	if (len > INT32_MAX) {
		doc->error = fk_xstrdup("larger than 2 GiB, which libxml2 cannot parse");
		return FK_LOAD_LIMIT;
	}

	parser = xmlCreateMemoryParserCtxt(data, (int)len);
	if (!parser) {
		doc->error = fk_xstrdup("cannot create an XML parser (out of memory?)");
		return FK_LOAD_IO_ERROR;
	}
	lc.parser = parser;
	parser->_private = &lc;
	parser->sax->entityDecl = refuse_entity_decl;
	xmlCtxtUseOptions(parser, PARSE_OPTIONS);
	if (shape == SHAPE_UTF16LE)
		xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF16LE);
	else if (shape == SHAPE_UTF16BE)
		xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF16BE);

	xmlSetStructuredErrorFunc(&lc, collect_error);
	xmlParseDocument(parser);
	fk_xml_init(); /* back to silence */

	well_formed = parser->wellFormed && parser->nsWellFormed && !lc.refused &&
		      !lc.limit_hit;
	if (well_formed && parser->myDoc && xmlDocGetRootElement(parser->myDoc)) {
		doc->xml = parser->myDoc;
		parser->myDoc = NULL;
		st = FK_LOAD_OK;
	} else if (lc.limit_hit) {
		doc->error = lc.limit_msg;
		lc.limit_msg = NULL;
		st = FK_LOAD_LIMIT;
	} else {
		if (!lc.errors && !lc.refused)
			fk_diag_add(diags, doc->path, 1, 1, FK_SEV_CRITICAL, FK_RULE_XML,
				    "not a well-formed XML document");
		st = FK_LOAD_MALFORMED;
	}
	if (parser->myDoc) {
		xmlFreeDoc(parser->myDoc);
		parser->myDoc = NULL;
	}
	free(lc.limit_msg);
	xmlFreeParserCtxt(parser);
	return st;
}

static struct fk_doc *doc_new(const char *name)
{
	struct fk_doc *doc = fk_xcalloc(1, sizeof(*doc));

	doc->path = fk_xstrdup(name);
	fk_detection_init(&doc->det);
	return doc;
}

static size_t effective_limit(const struct fk_load_options *opts)
{
	return opts && opts->max_file_size ? opts->max_file_size : FK_DEFAULT_MAX_FILE_SIZE;
}

enum fk_load_status fk_doc_load_memory(const char *name, const char *data,
				       size_t len,
				       const struct fk_load_options *opts,
				       struct fk_doc **out,
				       struct fk_diag_list *diags)
{
	struct fk_doc *doc = doc_new(name);
	enum fk_load_status st;

	fk_xml_init();
	doc->size = len;
	if (len > effective_limit(opts)) {
		doc->error = fk_xasprintf("larger than the limit of %zu bytes "
					  "(raise it with --max-file-size)", effective_limit(opts));
		st = FK_LOAD_LIMIT;
	} else {
		st = parse_buffer(doc, data, len, diags);
	}
	if (st == FK_LOAD_OK)
		fk_detect_root(xmlDocGetRootElement(doc->xml), &doc->det);
	*out = doc;
	return st;
}

enum fk_load_status fk_doc_load(const char *path,
				const struct fk_load_options *opts,
				struct fk_doc **out, struct fk_diag_list *diags)
{
	struct fk_buf b = FK_BUF_INIT;
	struct fk_doc *doc;
	enum fk_load_status st;
	char *error = NULL;

	fk_xml_init();
	st = read_input(path, effective_limit(opts), &b, &error);
	if (st != FK_LOAD_OK) {
		doc = doc_new(!strcmp(path, "-") ? "<stdin>" : path);
		doc->error = error;
		doc->size = b.len;
		fk_buf_release(&b);
		*out = doc;
		return st;
	}
	st = fk_doc_load_memory(!strcmp(path, "-") ? "<stdin>" : path,
				fk_buf_str(&b), b.len, opts, out, diags);
	fk_buf_release(&b);
	return st;
}

void fk_doc_free(struct fk_doc *doc)
{
	if (!doc)
		return;
	if (doc->xml)
		xmlFreeDoc(doc->xml);
	fk_detection_release(&doc->det);
	free(doc->path);
	free(doc->error);
	free(doc);
}
