/* process.c - the per-document pipeline. */
#include <config.h>

#include <stdlib.h>

#include "fimkit/buf.h"
#include "fimkit/process.h"
#include "fimkit/summary.h"
#include "fimkit/xmlutil.h"

static void report_unsupported(struct fk_file_report *f, const xmlNode *root)
{
	char *reason = fk_detection_unsupported_reason(&f->det);
	struct fk_diag *d;
	char *where;

	if (!reason)
		return;
	d = fk_diag_add(&f->diags, f->path, root ? xmlGetLineNo(root) : 0, 0,
			FK_SEV_CRITICAL, FK_RULE_UNSUPPORTED, reason);
	where = root ? fk_xml_location(root) : NULL;
	fk_diag_set_xpath(d, where);
	free(where);
	free(reason);
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
	if (doc && doc->path) {
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
	case FK_LOAD_OK: {
		const xmlNode *root = xmlDocGetRootElement(doc->xml);

		/* The report takes over the detection. */
		f->det = doc->det;
		fk_detection_init(&doc->det);
		f->detected = 1;
		report_unsupported(f, root);
		fk_summary_build(doc->xml, &f->det, &f->summary);
		break;
	}
	}
	fk_doc_free(doc);
}
