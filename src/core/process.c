/* process.c - the per-document pipeline. */
#include <config.h>

#include <stdlib.h>

#include "fimkit/buf.h"
#include "fimkit/process.h"
#include "fimkit/rules.h"
#include "fimkit/schema.h"
#include "fimkit/summary.h"
#include "fimkit/xmlutil.h"

/* Adds the "unsupported" finding for a document fimkit cannot process. */
static void report_unsupported(const struct fk_doc *doc, struct fk_file_report *f,
			       const struct fk_schema_set *schemas)
{
	const xmlNode *root = xmlDocGetRootElement(doc->xml);
	char *reason = fk_detection_unsupported_reason(&doc->det);
	struct fk_diag *d;
	char *where;

	if (!reason && schemas)
		reason = fk_xasprintf("no schema for namespace '%s' in '%s'",
				      doc->det.root_ns ? doc->det.root_ns : "",
				      fk_schema_set_dir(schemas));
	if (!reason)
		return;
	d = fk_diag_add(&f->diags, f->path, root ? xmlGetLineNo(root) : 0, 0,
			FK_SEV_CRITICAL, FK_RULE_UNSUPPORTED, reason);
	where = root ? fk_xml_location(root) : NULL;
	fk_diag_set_xpath(d, where);
	free(where);
	free(reason);
}

/* The stages that need the parsed tree. */
static void process_document(const struct fk_process_options *opts,
			     const struct fk_doc *doc, struct fk_file_report *f)
{
	char *error = NULL;

	fk_summary_build(doc->xml, &doc->det, &f->summary);
	/* Quality rules run on every parsed document of their standard, valid
	   or not: an editor wants all problems in one pass. */
	if (opts->rules && doc->det.supported)
		fk_rules_run(opts->rules, doc, &f->diags);
	if (!opts->schemas) {
		report_unsupported(doc, f, NULL);
		return;
	}
	/* With a schema set, whatever it covers is validated, even documents
	   fimkit does not otherwise know (for example with --schema-dir). */
	if (!fk_schema_set_covers(opts->schemas, doc->det.root_ns)) {
		report_unsupported(doc, f, opts->schemas);
		return;
	}
	if (fk_schema_validate(opts->schemas, doc, &f->diags, &f->schema, &error) ==
	    FK_SCHEMA_FAILED)
		f->error = error;
	else
		free(error);
}

void fk_process_input(const struct fk_process_options *opts,
		      const struct fk_input *in, struct fk_report *r)
{
	struct fk_file_report *f;
	struct fk_doc *doc = NULL;
	enum fk_load_status st;

	f = fk_report_add_file(r, in->path);
	if (in->error) {
		f->error = fk_xstrdup(in->error);
		return;
	}
	st = fk_doc_load(in->path, &opts->load, &doc, &f->diags);
	if (doc->path) {
		/* "-" is reported as "<stdin>" */
		free(f->path);
		f->path = fk_xstrdup(doc->path);
	}
	switch (st) {
	case FK_LOAD_IO_ERROR:
	case FK_LOAD_LIMIT:
		f->error = fk_xstrdup(doc->error ? doc->error : fk_load_strerror(st));
		break;
	case FK_LOAD_MALFORMED:
		break;
	case FK_LOAD_OK:
		process_document(opts, doc, f);
		/* the report keeps the detection; the tree goes */
		f->det = doc->det;
		fk_detection_init(&doc->det);
		f->detected = 1;
		break;
	}
	fk_doc_free(doc);
}
