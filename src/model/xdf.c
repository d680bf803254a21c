/* xdf.c - the XDatenfelder model built once per document for the rules. */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/strset.h"
#include "fimkit/xdf.h"
#include "fimkit/xmlutil.h"

char fk_xdf_kind_letter(enum fk_xdf_kind kind)
{
	static const char letters[FK_XDF_KIND_COUNT] = { 'S', 'D', 'G', 'F', 'R' };

	return (unsigned)kind < FK_XDF_KIND_COUNT ? letters[kind] : '?';
}

const char *fk_xdf_kind_name(enum fk_xdf_kind kind)
{
	static const char *const names[FK_XDF_KIND_COUNT] = {
		"schema", "Dokumentsteckbrief", "group", "field", "rule",
	};

	return (unsigned)kind < FK_XDF_KIND_COUNT ? names[kind] : "object";
}

const char *fk_xdf_kind_name_de(enum fk_xdf_kind kind)
{
	static const char *const names[FK_XDF_KIND_COUNT] = {
		"Datenschema", "Dokumentsteckbrief", "Datenfeldgruppe", "Datenfeld", "Regel",
	};

	return (unsigned)kind < FK_XDF_KIND_COUNT ? names[kind] : "Objekt";
}

/* ---- arena --------------------------------------------------------------------- */

static void *keep(struct fk_xdf_model *m, void *p)
{
	if (m->narena == m->carena) {
		m->carena = m->carena ? m->carena * 2 : 256;
		m->arena = fk_xrealloc(m->arena, m->carena * sizeof(*m->arena));
	}
	m->arena[m->narena++] = p;
	return p;
}

const char *fk_xdf_strdup(struct fk_xdf_model *m, const char *s)
{
	return s ? keep(m, fk_xstrdup(s)) : NULL;
}

/* ---- tree access ------------------------------------------------------------------ */

static int in_ns(const struct fk_xdf_model *m, const xmlNode *n)
{
	return n->ns && n->ns->href && !strcmp((const char *)n->ns->href, m->ns);
}

const xmlNode *fk_xdf_first(const struct fk_xdf_model *m, const xmlNode *node, const char *local)
{
	if (!node)
		return NULL;
	for (const xmlNode *c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && in_ns(m, c) && !strcmp((const char *)c->name, local))
			return c;
	return NULL;
}

const xmlNode *fk_xdf_next(const struct fk_xdf_model *m, const xmlNode *node)
{
	for (const xmlNode *c = node->next; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && in_ns(m, c) &&
		    !strcmp((const char *)c->name, (const char *)node->name))
			return c;
	return NULL;
}

const char *fk_xdf_node_text(struct fk_xdf_model *m, const xmlNode *node)
{
	return node ? keep(m, fk_xml_text(node)) : NULL;
}

const char *fk_xdf_text(struct fk_xdf_model *m, const xmlNode *node, const char *local)
{
	return fk_xdf_node_text(m, fk_xdf_first(m, node, local));
}

const char *fk_xdf_code(struct fk_xdf_model *m, const xmlNode *node, const char *local)
{
	const xmlNode *c = fk_xdf_first(m, node, local);

	if (!c)
		return NULL;
	return fk_xdf_node_text(m, fk_xml_child(c, "code"));
}

/* ---- multiplicity ------------------------------------------------------------------ */

/* ^\d+:(\d+|\*)$ */
static void parse_anzahl(struct fk_xdf_entry *e)
{
	const char *s = e->anzahl;
	char *end;

	e->anzahl_valid = 0;
	e->min = e->max = 0;
	if (!s || !isdigit((unsigned char)*s))
		return;
	e->min = strtol(s, &end, 10);
	if (*end != ':')
		return;
	s = end + 1;
	if (*s == '*' && s[1] == '\0') {
		e->max = -1;
		e->anzahl_valid = 1;
		return;
	}
	if (!isdigit((unsigned char)*s))
		return;
	e->max = strtol(s, &end, 10);
	e->anzahl_valid = *end == '\0';
}

/* ---- XDF2 Präzisierung: {"minLength":"1","maxLength":"50"} ------------------ */

static const char *json_value(struct fk_xdf_model *m, const char *json, const char *key)
{
	struct fk_buf b = FK_BUF_INIT;
	const char *p;
	char *pat = fk_xasprintf("\"%s\"", key);

	p = strstr(json, pat);
	free(pat);
	if (!p)
		return NULL;
	p += strlen(key) + 2;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != ':')
		return NULL;
	p++;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			if (*p == '\\' && p[1])
				p++;
			fk_buf_addc(&b, *p);
		}
	} else {
		while (*p && *p != ',' && *p != '}' && !isspace((unsigned char)*p))
			fk_buf_addc(&b, *p++);
	}
	return keep(m, fk_buf_detach(&b));
}

static const char *attr(struct fk_xdf_model *m, const xmlNode *node, const char *name)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)name);
	char *copy;

	if (!v)
		return NULL;
	copy = fk_xstrdup((const char *)v);
	xmlFree(v);
	return keep(m, copy);
}

static void read_field(struct fk_xdf_model *m, struct fk_xdf_obj *o)
{
	struct fk_xdf_field *f = &o->field;
	const xmlNode *p;

	f->feldart = fk_xdf_code(m, o->node, "feldart");
	f->datentyp = fk_xdf_code(m, o->node, "datentyp");
	p = fk_xdf_first(m, o->node, "praezisierung");
	f->praezisierung = p;
	if (p && m->standard == FK_STD_XDF3) {
		f->min_length = attr(m, p, "minLength");
		f->max_length = attr(m, p, "maxLength");
		f->min_value = attr(m, p, "minValue");
		f->max_value = attr(m, p, "maxValue");
		f->pattern = attr(m, p, "pattern");
	} else if (p) {
		const char *json = fk_xdf_node_text(m, p);

		f->praez_json = json[0] == '{';
		if (f->praez_json) {
			f->min_length = json_value(m, json, "minLength");
			f->max_length = json_value(m, json, "maxLength");
			f->min_value = json_value(m, json, "minValue");
			f->max_value = json_value(m, json, "maxValue");
			f->pattern = json_value(m, json, "pattern");
		}
	}
	f->inhalt = fk_xdf_text(m, o->node, "inhalt");
	f->has_inhalt = f->inhalt != NULL;
	f->codeliste = fk_xdf_first(m, o->node, "codelisteReferenz");
	f->werte = fk_xdf_first(m, o->node, "werte");
}

/* ---- building ------------------------------------------------------------------------- */

static void push(struct fk_xdf_obj ***list, size_t *n, struct fk_xdf_obj *o)
{
	*list = fk_xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = o;
}

static struct fk_xdf_obj *build_obj(struct fk_xdf_model *m, const xmlNode *node,
				    enum fk_xdf_kind kind, struct fk_xdf_obj *parent,
				    struct fk_strset *seen);

static void build_children(struct fk_xdf_model *m, struct fk_xdf_obj *o, struct fk_strset *seen)
{
	size_t n = 0;

	for (const xmlNode *s = fk_xdf_first(m, o->node, "struktur"); s; s = fk_xdf_next(m, s))
		n++;
	if (n) {
		o->entries = keep(m, fk_xcalloc(n, sizeof(*o->entries)));
		for (const xmlNode *s = fk_xdf_first(m, o->node, "struktur"); s; s = fk_xdf_next(m, s)) {
			struct fk_xdf_entry *e = &o->entries[o->nentries++];
			const xmlNode *enthaelt = fk_xdf_first(m, s, "enthaelt");
			const xmlNode *c;

			e->node = s;
			e->line = xmlGetLineNo(s);
			e->anzahl = fk_xdf_text(m, s, "anzahl");
			parse_anzahl(e);
			if ((c = fk_xdf_first(m, enthaelt, "datenfeldgruppe")) != NULL)
				e->child = build_obj(m, c, FK_XDF_GROUP, o, seen);
			else if ((c = fk_xdf_first(m, enthaelt, "datenfeld")) != NULL)
				e->child = build_obj(m, c, FK_XDF_FIELD, o, seen);
		}
	}
	for (const xmlNode *r = fk_xdf_first(m, o->node, "regel"); r; r = fk_xdf_next(m, r)) {
		struct fk_xdf_obj *rule = build_obj(m, r, FK_XDF_RULE, o, seen);

		o->rules = fk_xrealloc(o->rules, (o->nrules + 1) * sizeof(*o->rules));
		o->rules[o->nrules++] = rule;
	}
	if (o->rules)
		keep(m, o->rules);
}

static struct fk_xdf_obj *build_obj(struct fk_xdf_model *m, const xmlNode *node,
				    enum fk_xdf_kind kind, struct fk_xdf_obj *parent,
				    struct fk_strset *seen)
{
	struct fk_xdf_obj *o = keep(m, fk_xcalloc(1, sizeof(*o)));
	const xmlNode *ident = fk_xdf_first(m, node, "identifikation");
	char *key;

	o->kind = kind;
	o->node = node;
	o->line = xmlGetLineNo(node);
	o->parent = parent;
	o->id = fk_xdf_text(m, ident, "id");
	if (o->id && !*o->id)
		o->id = NULL;
	o->version = fk_xdf_text(m, ident, "version");
	if (o->version && !*o->version)
		o->version = NULL;
	o->status = m->standard == FK_STD_XDF3 ? fk_xdf_code(m, node, "freigabestatus")
					       : fk_xdf_code(m, node, "status");
	push(&m->all, &m->nall, o);
	key = fk_xasprintf("%c%s\n%s", fk_xdf_kind_letter(kind), o->id ? o->id : "",
			   o->version ? o->version : "");
	o->first = !o->id || fk_strset_add(seen, key);
	free(key);
	if (o->first)
		push(&m->distinct, &m->ndistinct, o);
	if (kind == FK_XDF_FIELD)
		read_field(m, o);
	if (kind == FK_XDF_SCHEMA || kind == FK_XDF_GROUP || kind == FK_XDF_FIELD)
		build_children(m, o, seen);
	return o;
}

struct fk_xdf_model *fk_xdf_model_build(const xmlDoc *doc, const struct fk_detection *det)
{
	static const struct { const char *name; enum fk_xdf_kind kind; } roots[] = {
		{ "stammdatenschema", FK_XDF_SCHEMA },
		{ "dokumentsteckbrief", FK_XDF_DSB },
		{ "dokumentensteckbrief", FK_XDF_DSB },   /* the 2.0 spelling */
		{ "datenfeldgruppe", FK_XDF_GROUP },
		{ "datenfeld", FK_XDF_FIELD },
	};
	struct fk_strset seen = FK_STRSET_INIT;
	struct fk_xdf_model *m;
	const xmlNode *root = xmlDocGetRootElement((xmlDoc *)doc);

	if (!root || (det->standard != FK_STD_XDF2 && det->standard != FK_STD_XDF3))
		return NULL;
	m = fk_xcalloc(1, sizeof(*m));
	m->standard = det->standard;
	m->ns = det->namespace_uri;
	m->doc = doc;
	for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]) && !m->root; i++) {
		const xmlNode *n = fk_xdf_first(m, root, roots[i].name);

		if (n)
			m->root = build_obj(m, n, roots[i].kind, NULL, &seen);
	}
	fk_strset_release(&seen);
	return m;
}

void fk_xdf_model_free(struct fk_xdf_model *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->narena; i++)
		free(m->arena[i]);
	free(m->arena);
	free(m->all);
	free(m->distinct);
	free(m);
}
