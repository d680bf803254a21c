/* genericode.c - genericode code lists as tables. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/genericode.h"
#include "fimkit/load.h"
#include "fimkit/xmlutil.h"

#define GC_NS "http://docs.oasis-open.org/codelist/ns/genericode/1.0/"

/* Element children named local, unqualified or in the genericode namespace. */
static int is_gc(const xmlNode *n, const char *local)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, local) &&
	       (!n->ns || (n->ns->href && !strcmp((const char *)n->ns->href, GC_NS)));
}

static const xmlNode *gc_child(const xmlNode *parent, const char *local)
{
	for (const xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		if (is_gc(c, local))
			return c;
	return NULL;
}

static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? fk_xstrdup((const char *)v) : NULL;

	xmlFree(v);
	return s;
}

static char *child_text(const xmlNode *parent, const char *local)
{
	const xmlNode *c = gc_child(parent, local);

	return c ? fk_xml_text(c) : NULL;
}

int fk_gc_column(const struct fk_gc_table *t, const char *id)
{
	for (size_t i = 0; i < t->ncolumns; i++)
		if (!strcmp(t->columns[i], id))
			return (int)i;
	return -1;
}

const char *fk_gc_cell(const struct fk_gc_table *t, size_t row, int column)
{
	if (row >= t->nrows || column < 0 || (size_t)column >= t->ncolumns)
		return NULL;
	return t->cells[row * t->ncolumns + (size_t)column];
}

static void read_rows(struct fk_gc_table *t, const xmlNode *list)
{
	size_t cap = 0;

	for (const xmlNode *row = list ? list->children : NULL; row; row = row->next) {
		size_t pos = 0;

		if (!is_gc(row, "Row") || !t->ncolumns)
			continue;
		if (t->nrows == cap) {
			cap = cap ? cap * 2 : 64;
			t->cells = fk_xrealloc(t->cells, cap * t->ncolumns * sizeof(char *));
		}
		memset(&t->cells[t->nrows * t->ncolumns], 0, t->ncolumns * sizeof(char *));
		for (const xmlNode *v = row->children; v; v = v->next) {
			char *ref;
			int col;

			if (!is_gc(v, "Value"))
				continue;
			ref = attr(v, "ColumnRef");
			/* without ColumnRef a value belongs to the next column */
			col = ref ? fk_gc_column(t, ref) : (int)pos;
			free(ref);
			if (col >= 0 && (size_t)col < t->ncolumns) {
				char **cell = &t->cells[t->nrows * t->ncolumns + (size_t)col];

				free(*cell);
				*cell = child_text(v, "SimpleValue");
				pos = (size_t)col + 1;
			}
		}
		t->nrows++;
	}
}

struct fk_gc_table *fk_gc_load(const char *path, char **error)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc = NULL;
	struct fk_gc_table *t;
	const xmlNode *root, *ident, *cols, *key;

	*error = NULL;
	if (fk_doc_load(path, NULL, &doc, &diags) != FK_LOAD_OK) {
		*error = fk_xasprintf("'%s': %s", path,
				      doc->error ? doc->error
				      : diags.count ? diags.items[0].message : "cannot be loaded");
		fk_doc_free(doc);
		fk_diag_list_release(&diags);
		return NULL;
	}
	fk_diag_list_release(&diags);
	root = xmlDocGetRootElement(doc->xml);
	if (!fk_xml_is(root, GC_NS, "CodeList")) {
		*error = fk_xasprintf("'%s': not a genericode code list", path);
		fk_doc_free(doc);
		return NULL;
	}
	t = fk_xcalloc(1, sizeof(*t));
	ident = gc_child(root, "Identification");
	t->canonical = child_text(ident, "CanonicalUri");
	t->version = child_text(ident, "Version");
	t->canonical_version = child_text(ident, "CanonicalVersionUri");
	t->short_name = child_text(ident, "ShortName");
	cols = gc_child(root, "ColumnSet");
	for (const xmlNode *c = cols ? cols->children : NULL; c; c = c->next) {
		if (!is_gc(c, "Column"))
			continue;
		t->columns = fk_xrealloc(t->columns, (t->ncolumns + 1) * sizeof(char *));
		t->columns[t->ncolumns] = attr(c, "Id");
		if (!t->columns[t->ncolumns])
			t->columns[t->ncolumns] = fk_xstrdup("");
		t->ncolumns++;
	}
	key = gc_child(cols, "Key");
	if (key) {
		const xmlNode *ref = gc_child(key, "ColumnRef");

		t->key_column = ref ? attr(ref, "Ref") : NULL;
	}
	read_rows(t, gc_child(root, "SimpleCodeList"));
	fk_doc_free(doc);
	return t;
}

void fk_gc_table_free(struct fk_gc_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->ncolumns; i++)
		free(t->columns[i]);
	for (size_t i = 0; i < t->nrows * t->ncolumns; i++)
		free(t->cells[i]);
	free(t->columns);
	free(t->cells);
	free(t->canonical);
	free(t->version);
	free(t->canonical_version);
	free(t->short_name);
	free(t->key_column);
	free(t);
}
