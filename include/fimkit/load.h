/*
 * load.h - safe loading of one input document.
 *
 * Documents are parsed without network access, without loading any DTD and
 * without expanding entities; entity declarations are refused outright (FIM
 * documents never declare entities, and refusing them closes XXE and entity
 * expansion attacks).  Line numbers are kept.  libxml2 never prints: every
 * problem becomes a diagnostic in the caller's list or an error string.
 *
 * Ownership: fk_doc_load* return a struct fk_doc owned by the caller, freed
 * with fk_doc_free(); the document owns its libxml2 tree.
 */
#ifndef FIMKIT_LOAD_H
#define FIMKIT_LOAD_H

#include <stddef.h>
#include <libxml/tree.h>

#include "fimkit/detect.h"
#include "fimkit/diag.h"

/* Default largest input accepted, in bytes. */
#define FK_DEFAULT_MAX_FILE_SIZE ((size_t)256 * 1024 * 1024)
/* Deepest element nesting accepted (libxml2's own limit without XML_PARSE_HUGE). */
#define FK_MAX_DEPTH 256

struct fk_load_options {
	size_t max_file_size;  /* 0 means FK_DEFAULT_MAX_FILE_SIZE */
};

enum fk_load_status {
	FK_LOAD_OK = 0,     /* parsed: doc->xml is set */
	FK_LOAD_MALFORMED,  /* read, but not a well-formed XML document: see diags */
	FK_LOAD_IO_ERROR,   /* could not be read: see doc->error */
	FK_LOAD_LIMIT,      /* exceeds a size or depth limit: see doc->error */
};

const char *fk_load_strerror(enum fk_load_status st);

struct fk_doc {
	char *path;                 /* display name: the path as given, "<stdin>" for "-" */
	xmlDocPtr xml;              /* NULL unless loaded */
	struct fk_detection det;    /* filled when loaded */
	char *error;                /* reason for FK_LOAD_IO_ERROR / FK_LOAD_LIMIT */
	size_t size;                /* bytes read */
};

/*
 * Loads path ("-" for standard input).  Always returns a document through
 * *out (so that the caller can report on it), whatever the status.  Syntax
 * problems are appended to diags with rule FK_RULE_XML.
 */
enum fk_load_status fk_doc_load(const char *path,
				const struct fk_load_options *opts,
				struct fk_doc **out, struct fk_diag_list *diags);

/* Same for a buffer already in memory; name is used in diagnostics. */
enum fk_load_status fk_doc_load_memory(const char *name, const char *data,
				       size_t len,
				       const struct fk_load_options *opts,
				       struct fk_doc **out,
				       struct fk_diag_list *diags);

void fk_doc_free(struct fk_doc *doc);

/*
 * Installs fimkit's process-wide libxml2 settings: no output from libxml2,
 * an external entity loader that refuses everything.  Idempotent; called by
 * fimkit_main and by tests.
 */
void fk_xml_init(void);

#endif
