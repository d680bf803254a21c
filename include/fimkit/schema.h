/*
 * schema.h - schema sets and validation.
 *
 * A schema set is a directory of XSD files (fimkit's own under
 * $(pkgdatadir)/schemas, or one given with --schema-dir).  Each document is
 * validated against the file in the set whose target namespace is the
 * document's and that declares its root element.  Each schema file is
 * compiled at most once per set and reused for every document.
 *
 * Compilation may read local files (includes and imports, resolved through
 * XML catalogs when XML_CATALOG_FILES names any) but never the network.
 * Documents' xsi:schemaLocation hints are ignored.
 *
 * Ownership: fk_schema_set_open returns a set owned by the caller, freed with
 * fk_schema_set_free; error strings returned through char ** are the
 * caller's to free.
 */
#ifndef FIMKIT_SCHEMA_H
#define FIMKIT_SCHEMA_H

#include "fimkit/diag.h"
#include "fimkit/load.h"
#include "fimkit/report.h"

struct fk_schema_set;

/* Most schema findings kept per document; the rest are counted in one. */
#define FK_MAX_SCHEMA_FINDINGS 500

/*
 * The directory of fimkit's own schemas: $FIMKIT_DATADIR/schemas when that
 * is set, the source tree's schemas/ when the program runs from its build
 * tree, otherwise the installed $(pkgdatadir)/schemas.  Static string.
 */
const char *fk_schema_default_dir(void);

/*
 * Opens the schema set in dir (NULL: fk_schema_default_dir()).  Reads the
 * target namespace and global elements of every *.xsd below dir; compiles
 * nothing yet.  Returns 0, or -1 with *error set.
 */
int fk_schema_set_open(const char *dir, struct fk_schema_set **out, char **error);
void fk_schema_set_free(struct fk_schema_set *set);
const char *fk_schema_set_dir(const struct fk_schema_set *set);

/* Does the set hold a schema for documents in namespace ns? */
int fk_schema_set_covers(const struct fk_schema_set *set, const char *ns);

enum fk_schema_status {
	FK_SCHEMA_DONE = 0,      /* validated: *verdict says how */
	FK_SCHEMA_NO_SCHEMA,     /* no schema in the set for the namespace: finding added */
	FK_SCHEMA_FAILED,        /* schema did not compile or validation broke: *error set */
};

/*
 * Validates a loaded document.  Findings (rule "xsd", severity critical)
 * are appended to diags with line, XPath and enclosing FIM object.
 */
enum fk_schema_status fk_schema_validate(struct fk_schema_set *set,
					 const struct fk_doc *doc,
					 struct fk_diag_list *diags,
					 enum fk_schema_verdict *verdict,
					 char **error);

/*
 * Rewrites a libxml2 schema error message for people: namespaces in braces
 * are dropped, "expected is ( a, b )" becomes "expected one of: a, b", long
 * patterns are not repeated.  Returns a new string.  Exposed for tests.
 */
char *fk_schema_message(const char *libxml_message);

#endif
