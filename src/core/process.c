/* process.c - the per-document pipeline. */
#include <config.h>

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/links.h"
#include "fimkit/package.h"
#include "fimkit/process.h"
#include "fimkit/rules.h"
#include "fimkit/schema.h"
#include "fimkit/strset.h"
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
		f->rules_skipped = fk_rules_run(opts->rules, doc, &f->diags);
	/* what the package step needs, taken while the tree exists */
	if (opts->rules && doc->det.supported)
		f->links = fk_links_extract(doc->xml, &doc->det);
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

enum fk_load_status fk_load_input(const struct fk_input *in, const struct fk_load_options *load,
				  struct fk_file_report *f, struct fk_doc **doc)
{
	enum fk_load_status st;

	*doc = NULL;
	if (in->error) {
		f->error = fk_xstrdup(in->error);
		return FK_LOAD_IO_ERROR;
	}
	st = fk_doc_load(in->path, load, doc, &f->diags);
	if ((*doc)->path) {
		/* "-" is reported as "<stdin>" */
		free(f->path);
		f->path = fk_xstrdup((*doc)->path);
	}
	if (st == FK_LOAD_IO_ERROR || st == FK_LOAD_LIMIT)
		f->error = fk_xstrdup((*doc)->error ? (*doc)->error : fk_load_strerror(st));
	return st;
}

void fk_process_input(const struct fk_process_options *opts,
		      const struct fk_input *in, struct fk_file_report *f)
{
	struct fk_doc *doc;

	if (fk_load_input(in, &opts->load, f, &doc) == FK_LOAD_OK) {
		process_document(opts, doc, f);
		/* the report keeps the detection; the tree goes */
		f->det = doc->det;
		fk_detection_init(&doc->det);
		f->detected = 1;
	}
	fk_doc_free(doc);
}

/* ---- workers ------------------------------------------------------------------------ */

struct work {
	const struct fk_process_options *opts;
	const struct fk_input_list *inputs;
	struct fk_report *report;
	size_t next;               /* next input to take */
	pthread_mutex_t lock;
};

static void *worker(void *arg)
{
	struct work *w = arg;

	fk_xml_init(); /* libxml2's error handlers are per thread */
	for (;;) {
		size_t i;

		pthread_mutex_lock(&w->lock);
		i = w->next++;
		pthread_mutex_unlock(&w->lock);
		if (i >= w->inputs->count)
			break;
		fk_process_input(w->opts, &w->inputs->items[i], &w->report->files[i]);
	}
	return NULL;
}

void fk_process_all(const struct fk_process_options *opts,
		    const struct fk_input_list *inputs, struct fk_report *r)
{
	struct work w = { opts, inputs, r, 0, PTHREAD_MUTEX_INITIALIZER };
	unsigned jobs = opts->jobs ? opts->jobs : 1;
	pthread_t *threads;
	unsigned started = 0;

	/* Entry i is input i: all entries exist before any thread runs, so
	   none moves while workers fill them. */
	if (r->count != 0)
		abort(); /* a programming error: the report must be empty */
	for (size_t i = 0; i < inputs->count; i++)
		fk_report_add_file(r, inputs->items[i].path);
	if (jobs > inputs->count)
		jobs = (unsigned)inputs->count;
	if (jobs <= 1) {
		worker(&w);
		goto packages;
	}
	threads = fk_xcalloc(jobs, sizeof(*threads));
	for (unsigned t = 0; t < jobs; t++)
		if (pthread_create(&threads[t], NULL, worker, &w) == 0)
			started++;
	if (!started)
		worker(&w); /* no thread could be made: do the work here */
	for (unsigned t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	free(threads);
	fk_xml_init();
packages:
	/* with quality rules, the documents are also checked as packages, once
	   all of them are processed (package.h) */
	if (opts->rules)
		r->packages = fk_packages_run(r, inputs, opts->rules);
}

int fk_shard_parse(const char *s, unsigned *k, unsigned *n)
{
	unsigned long a, b;
	char *end;

	a = strtoul(s, &end, 10);
	if (end == s || *end != '/')
		return -1;
	s = end + 1;
	b = strtoul(s, &end, 10);
	if (end == s || *end || b < 1 || b > 100000 || a < 1 || a > b)
		return -1;
	*k = (unsigned)a;
	*n = (unsigned)b;
	return 0;
}

void fk_inputs_shard(struct fk_input_list *l, unsigned k, unsigned n)
{
	size_t keep = 0;

	for (size_t i = 0; i < l->count; i++) {
		if (fk_hash_string(l->items[i].path) % n == k - 1) {
			l->items[keep++] = l->items[i];
		} else {
			free(l->items[i].path);
			free(l->items[i].error);
		}
	}
	l->count = keep;
}
