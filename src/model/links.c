/* links.c - the link facts of one document (see links.h). */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/links.h"
#include "fimkit/xmlutil.h"

const char *fk_link_kind_name(enum fk_link_kind kind)
{
	switch (kind) {
	case FK_LINK_LEISTUNG: return "leistung";
	case FK_LINK_PROZESSKLASSE: return "prozessklasse";
	case FK_LINK_PROZESS: return "prozess";
	case FK_LINK_SCHEMA: return "datenschema";
	case FK_LINK_DSB: return "dokumentsteckbrief";
	case FK_LINK_CODELIST: return "codeliste";
	case FK_LINK_XDF_OTHER: return "xdatenfelder";
	case FK_LINK_ELEMENT: return "element";
	case FK_LINK_NONE: break;
	}
	return "none";
}

const char *fk_link_kind_label(enum fk_link_kind kind)
{
	switch (kind) {
	case FK_LINK_LEISTUNG: return "Leistung";
	case FK_LINK_PROZESSKLASSE: return "Prozessklasse";
	case FK_LINK_PROZESS: return "Prozess";
	case FK_LINK_SCHEMA: return "Datenschema";
	case FK_LINK_DSB: return "Dokumentsteckbrief";
	case FK_LINK_CODELIST: return "code list";
	case FK_LINK_XDF_OTHER: return "XDatenfelder object";
	case FK_LINK_ELEMENT: return "element";
	case FK_LINK_NONE: break;
	}
	return "object";
}

enum fk_release fk_release_of(const char *status)
{
	if (!status)
		return FK_RELEASE_NONE;
	if (!strcmp(status, "1") || !strcmp(status, "2") || !strcmp(status, "3") ||
	    !strcmp(status, "inVorbereitung"))
		return FK_RELEASE_DRAFT;
	if (!strcmp(status, "4"))
		return FK_RELEASE_METHOD;
	if (!strcmp(status, "5") || !strcmp(status, "6"))
		return FK_RELEASE_RELEASED;
	if (!strcmp(status, "7") || !strcmp(status, "8") || !strcmp(status, "inaktiv"))
		return FK_RELEASE_INACTIVE;
	if (!strcmp(status, "aktiv"))
		return FK_RELEASE_ACTIVE;
	return FK_RELEASE_NONE;
}

const char *fk_status_name(const char *status)
{
	static const char *const names[] = {
		"in Planung", "in Bearbeitung", "Entwurf", "methodisch freigegeben",
		"fachlich freigegeben (silber)", "fachlich freigegeben (gold)", "inaktiv",
		"vorgesehen zum L\xC3\xB6schen",
	};

	if (status && status[0] >= '1' && status[0] <= '8' && !status[1])
		return names[status[0] - '1'];
	return NULL;
}

/* ---- ids and versions ------------------------------------------------------------- */

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return s[n] == '\0';
}

char *fk_link_norm_id(const char *id)
{
	if (!id)
		return NULL;
	/* XDatenfelder 2.0: letter, 2-digit Nummernkreis, 6-digit number; 3.0.0
	   inserts the 3-digit Unternummernkreis, 000 for migrated objects */
	if (isupper((unsigned char)id[0]) && strlen(id) == 9 && digits(id + 1, 8))
		return fk_xasprintf("%c%.2s000%s", id[0], id + 1, id + 3);
	return fk_xstrdup(id);
}

static int is_xdf_kind(enum fk_link_kind kind)
{
	return kind == FK_LINK_SCHEMA || kind == FK_LINK_DSB || kind == FK_LINK_ELEMENT ||
	       kind == FK_LINK_XDF_OTHER;
}

int fk_link_same_id(enum fk_link_kind kind, const char *a, const char *b)
{
	char *na, *nb;
	int same;

	if (!a || !b)
		return 0;
	if (!strcmp(a, b))
		return 1;
	if (!is_xdf_kind(kind))
		return 0;
	na = fk_link_norm_id(a);
	nb = fk_link_norm_id(b);
	same = !strcmp(na, nb);
	free(na);
	free(nb);
	return same;
}

/* "1.1" -> "1.1.0" for comparison; other forms unchanged. */
static void norm_version(const char *v, char *out, size_t size)
{
	int dots = 0;

	for (const char *p = v; *p; p++)
		dots += *p == '.';
	snprintf(out, size, "%s%s", v, dots == 1 ? ".0" : "");
}

int fk_link_same_version(enum fk_link_kind kind, const char *a, const char *b)
{
	char na[64], nb[64];

	if (!a || !b)
		return a == b;
	if (!strcmp(a, b))
		return 1;
	if (!is_xdf_kind(kind) || strlen(a) > 40 || strlen(b) > 40)
		return 0;
	norm_version(a, na, sizeof(na));
	norm_version(b, nb, sizeof(nb));
	return !strcmp(na, nb);
}

int fk_link_ds_pair(const char *d, const char *s)
{
	char *nd, *ns;
	int pair;

	if (!d || !s || d[0] != 'D' || s[0] != 'S')
		return 0;
	nd = fk_link_norm_id(d);
	ns = fk_link_norm_id(s);
	pair = !strcmp(nd + 1, ns + 1);
	free(nd);
	free(ns);
	return pair;
}

/* ---- building the facts ---------------------------------------------------------- */

static int is_el(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE;
}

static int named(const xmlNode *n, const char *local)
{
	return is_el(n) && !strcmp((const char *)n->name, local);
}

/* Text of a child path; NULL when absent or empty (caller frees). */
static char *text_at(const xmlNode *n, const char *path)
{
	return n ? fk_xml_path_text(n, path) : NULL;
}

/* A XÖV code value: the child "code", or the element's own text. */
static char *code_of(const xmlNode *n)
{
	xmlNode *c;
	char *t;

	if (!n)
		return NULL;
	c = fk_xml_child(n, "code");
	t = fk_xml_text(c ? c : n);
	if (t && !*t) {
		free(t);
		return NULL;
	}
	return t;
}

static char *attr(const xmlNode *n, const char *name)
{
	xmlChar *a = xmlGetProp(n, BAD_CAST name);
	char *v = NULL;

	if (a && *a)
		v = fk_xstrdup((const char *)a);
	xmlFree(a);
	return v;
}

/* FNV-1a over the element tree: names, attributes and trimmed text. */
#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= FNV_PRIME;
	}
	return h;
}

static uint64_t fnv_s(uint64_t h, const char *s)
{
	return fnv(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

static uint64_t hash_node(uint64_t h, const xmlNode *n);

static uint64_t hash_children(uint64_t h, const xmlNode *n)
{
	for (; n; n = n->next)
		h = hash_node(h, n);
	return h;
}

static uint64_t hash_node(uint64_t h, const xmlNode *n)
{
	if (n->type == XML_ELEMENT_NODE) {
		h = fnv_s(h, "<");
		h = fnv_s(h, n->ns ? (const char *)n->ns->href : "");
		h = fnv_s(h, (const char *)n->name);
		for (const xmlAttr *a = n->properties; a; a = a->next) {
			xmlChar *v = xmlNodeGetContent((const xmlNode *)a);

			h = fnv_s(h, "@");
			h = fnv_s(h, (const char *)a->name);
			h = fnv_s(h, (const char *)v);
			xmlFree(v);
		}
		h = hash_children(h, n->children);
		return fnv_s(h, ">");
	}
	if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
		const char *s = (const char *)n->content, *e;

		while (*s && isspace((unsigned char)*s))
			s++;
		e = s + strlen(s);
		while (e > s && isspace((unsigned char)e[-1]))
			e--;
		if (e > s) {
			h = fnv_s(h, "#");
			h = fnv(h, s, (size_t)(e - s));
		}
	}
	return h;
}

static void push_str(char ***v, size_t *n, char *s)
{
	*v = fk_xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

static struct fk_link_obj *add_obj(struct fk_links *l, enum fk_link_kind kind, const xmlNode *n)
{
	struct fk_link_obj *o;

	l->objs = fk_xrealloc(l->objs, (l->nobjs + 1) * sizeof(*l->objs));
	o = &l->objs[l->nobjs++];
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->line = xmlGetLineNo(n);
	o->key_line = o->line;
	o->xpath = fk_xml_location(n);
	o->hash = hash_node(FNV_OFFSET, n);
	return o;
}

/* Adds a reference of the last object; takes id and version. */
static struct fk_link_ref *add_ref(struct fk_links *l, enum fk_link_kind kind, char *id,
				   char *version, const char *via, const xmlNode *at)
{
	struct fk_link_ref *r;

	l->refs = fk_xrealloc(l->refs, (l->nrefs + 1) * sizeof(*l->refs));
	r = &l->refs[l->nrefs++];
	memset(r, 0, sizeof(*r));
	r->from = l->nobjs - 1;
	r->kind = kind;
	r->id = id;
	r->version = version;
	r->via = via;
	r->line = xmlGetLineNo(at);
	r->xpath = fk_xml_location(at);
	return r;
}

/* A form id names a Dokumentsteckbrief (D) or a Datenschema (S): letter and
   8 (XDF 2.0) or 11 (3.0.0) digits.  Other text (document titles, as real
   exports write) names nothing fimkit can follow. */
static enum fk_link_kind form_kind(const char *id)
{
	size_t n = id ? strlen(id) : 0;

	if ((n == 9 || n == 12) && digits(id + 1, n - 1)) {
		if (id[0] == 'D')
			return FK_LINK_DSB;
		if (id[0] == 'S')
			return FK_LINK_SCHEMA;
	}
	return FK_LINK_NONE;
}

static int is_element_id(const char *id)
{
	size_t n = id ? strlen(id) : 0;

	return (n == 9 || n == 12) && (id[0] == 'F' || id[0] == 'G') && digits(id + 1, n - 1);
}

/* ---- XDatenfelder -------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Code-list references below n, once per (canonical URI, version). */
static void xdf_codelists(struct fk_links *l, const xmlNode *n, int xdf3)
{
	for (const xmlNode *c = n; c; c = c->next) {
		if (!is_el(c))
			continue;
		if (named(c, "codelisteReferenz")) {
			const xmlNode *gi = xdf3 ? c : fk_xml_child(c, "genericodeIdentification");
			char *uri = text_at(gi, "canonicalIdentification");
			char *ver = text_at(gi, "version");
			int seen = 0;

			for (size_t i = 0; uri && i < l->nrefs && !seen; i++) {
				const struct fk_link_ref *r = &l->refs[i];

				seen = r->kind == FK_LINK_CODELIST && r->from == l->nobjs - 1 &&
				       !strcmp(r->id, uri) &&
				       ((!r->version && !ver) || (r->version && ver && !strcmp(r->version, ver)));
			}
			if (uri && !seen) {
				add_ref(l, FK_LINK_CODELIST, uri, ver, "codelisteReferenz", c);
			} else {
				free(uri);
				free(ver);
			}
			continue;
		}
		xdf_codelists(l, c->children, xdf3);
	}
}

/* Ids of the groups and fields below n (their identifikation/id), normalised. */
static void xdf_elements(struct fk_link_obj *o, const xmlNode *n)
{
	for (const xmlNode *c = n; c; c = c->next) {
		if (!is_el(c))
			continue;
		if (named(c, "datenfeld") || named(c, "datenfeldgruppe")) {
			char *id = text_at(c, "identifikation/id");

			if (id) {
				push_str(&o->elements, &o->nelements, fk_link_norm_id(id));
				free(id);
			}
		}
		xdf_elements(o, c->children);
	}
}

static void dedupe_sorted(struct fk_link_obj *o)
{
	size_t w = 0;

	if (!o->nelements)
		return;
	qsort(o->elements, o->nelements, sizeof(*o->elements), cmp_str);
	for (size_t i = 0; i < o->nelements; i++) {
		if (w && !strcmp(o->elements[w - 1], o->elements[i])) {
			free(o->elements[i]);
			continue;
		}
		o->elements[w++] = o->elements[i];
	}
	o->nelements = w;
}

static void extract_xdf(struct fk_links *l, const xmlNode *root, const struct fk_detection *det)
{
	int xdf3 = det->standard == FK_STD_XDF3;

	for (const xmlNode *p = root->children; p; p = p->next) {
		enum fk_link_kind kind;
		struct fk_link_obj *o;
		const xmlNode *dsb;

		if (!is_el(p) || !fk_xml_child(p, "identifikation"))
			continue;
		if (named(p, "stammdatenschema"))
			kind = FK_LINK_SCHEMA;
		else if (named(p, "dokumentsteckbrief"))
			kind = FK_LINK_DSB;
		else if (named(p, "datenfeldgruppe") || named(p, "datenfeld"))
			kind = FK_LINK_XDF_OTHER;
		else
			continue;
		o = add_obj(l, kind, p);
		o->id = text_at(p, "identifikation/id");
		o->version = text_at(p, "identifikation/version");
		o->name = text_at(p, "name");
		o->status = code_of(fk_xml_child(p, xdf3 ? "freigabestatus" : "status"));
		if (kind == FK_LINK_SCHEMA && (dsb = fk_xml_child(p, "dokumentsteckbrief"))) {
			char *id = text_at(dsb, "id");

			if (id)
				add_ref(l, FK_LINK_DSB, id, text_at(dsb, "version"), "dokumentsteckbrief", dsb);
		}
		if (kind != FK_LINK_DSB)
			xdf_codelists(l, p->children, xdf3);
		if (kind == FK_LINK_SCHEMA) {
			xdf_elements(o, p->children);
			dedupe_sorted(o);
		}
		break; /* one payload object per message */
	}
}

/* ---- genericode ------------------------------------------------------------------------ */

static void extract_genericode(struct fk_links *l, const xmlNode *root)
{
	const xmlNode *ident = fk_xml_child(root, "Identification");
	struct fk_link_obj *o;

	if (!named(root, "CodeList") || !ident)
		return;
	o = add_obj(l, FK_LINK_CODELIST, root);
	o->id = text_at(ident, "CanonicalUri");
	o->version = text_at(ident, "Version");
	o->name = text_at(ident, "LongName");
	if (!o->name)
		o->name = text_at(ident, "ShortName");
	o->line = xmlGetLineNo(ident);
	o->key_line = o->line;
}

/* ---- XZuFi ------------------------------------------------------------------------------ */

/* The inhalt of a text module (German first), or NULL. */
static char *module_text(const xmlNode *leistung, const char *code)
{
	for (xmlNode *m = fk_xml_child(leistung, "modulText"); m; m = fk_xml_next_same(m)) {
		char *c = code_of(fk_xml_child(m, "leikaTextmodul"));
		int match = c && !strcmp(c, code);
		char *first = NULL;

		free(c);
		if (!match)
			continue;
		for (xmlNode *i = fk_xml_child(m, "inhalt"); i; i = fk_xml_next_same(i)) {
			char *t = fk_xml_text(i), *lang = attr(i, "languageCode");
			int de = lang && !strcmp(lang, "de");

			free(lang);
			if (!t || !*t) {
				free(t);
				continue;
			}
			if (de) {
				free(first);
				return t;
			}
			if (!first)
				first = t;
			else
				free(t);
		}
		if (first)
			return first;
	}
	return NULL;
}

/* The modules a Leistung needs before it is rolled out (rules Z201, Z204-Z209). */
static void leistung_missing(struct fk_link_obj *o, const xmlNode *n)
{
	static const struct { const char *code, *name; } modules[] = {
		{ "02", "Leistungsbezeichnung" }, { "06", "Volltext" },
		{ "07", "Handlungsgrundlagen" }, { "08", "Erforderliche Unterlagen" },
		{ "09", "Voraussetzungen" }, { "11", "Verfahrensablauf" },
	};

	for (size_t i = 0; i < sizeof(modules) / sizeof(modules[0]); i++) {
		char *t = module_text(n, modules[i].code);

		if (!t)
			push_str(&o->missing, &o->nmissing,
				 fk_xasprintf("text module %s (%s)", modules[i].code, modules[i].name));
		free(t);
	}
	if (!fk_xml_child(n, "modulKosten"))
		push_str(&o->missing, &o->nmissing, fk_xstrdup("Kosten module (modulKosten)"));
}

/* Form references below n: referenzFormularID (2.2.0), formularReferenz (2.3.1). */
static void leistung_forms(struct fk_links *l, const xmlNode *n)
{
	for (const xmlNode *c = n; c; c = c->next) {
		if (!is_el(c))
			continue;
		if (named(c, "referenzFormularID") || named(c, "formularReferenz")) {
			char *id = fk_xml_text(c);
			enum fk_link_kind kind = form_kind(id);

			if (kind != FK_LINK_NONE)
				add_ref(l, kind, id, attr(c, "schemeVersionID"),
					named(c, "formularReferenz") ? "formularReferenz" : "referenzFormularID",
					c);
			else
				free(id);
			continue;
		}
		leistung_forms(l, c->children);
	}
}

static void one_leistung(struct fk_links *l, const xmlNode *n, int v23)
{
	static const char *const key_elements[] = { "referenzLeiKa", "referenzLeistungsschluessel", NULL };
	struct fk_link_obj *o = add_obj(l, FK_LINK_LEISTUNG, n);

	o->id = text_at(n, "id");
	o->version = text_at(n, "versionsinformation/version");
	if (!o->version)
		o->version = text_at(n, "versionsinformationen/version");
	o->name = module_text(n, "02");
	if (!o->name)
		o->name = module_text(n, "03");
	if (v23) {
		o->status = code_of(fk_xml_child(n, "statusBibliothek"));
		if (!o->status)
			o->status = code_of(fk_xml_child(n, "statusKatalog"));
	}
	for (const char *const *e = key_elements; *e; e++) {
		for (xmlNode *k = fk_xml_child(n, *e); k; k = fk_xml_next_same(k)) {
			char *v = code_of(k);

			if (!v)
				continue;
			if (!o->nkeys)
				o->key_line = xmlGetLineNo(k);
			push_str(&o->keys, &o->nkeys, v);
		}
	}
	leistung_missing(o, n);
	for (const char *const *e = (const char *const[]){ "idProzess", "prozessID", NULL }; *e; e++) {
		for (xmlNode *p = fk_xml_child(n, *e); p; p = fk_xml_next_same(p)) {
			char *id = fk_xml_text(p);

			if (id && *id)
				add_ref(l, FK_LINK_PROZESS, id, attr(p, "schemeVersionID"),
					!strcmp(*e, "idProzess") ? "idProzess" : "prozessID", p);
			else
				free(id);
		}
	}
	leistung_forms(l, n->children);
}

static void extract_xzufi(struct fk_links *l, const xmlNode *n, const struct fk_detection *det)
{
	for (; n; n = n->next) {
		if (!is_el(n))
			continue;
		if (fk_xml_is(n, det->namespace_uri, "leistung")) {
			one_leistung(l, n, det->standard == FK_STD_XZUFI_2_3);
			continue;
		}
		extract_xzufi(l, n->children, det);
	}
}

/* ---- XProzess --------------------------------------------------------------------------- */

/* True when an ausloeser/ergebnis names a form or process or describes itself. */
static int filled(const xmlNode *n)
{
	static const char *const parts[] = { "formularID", "prozessID", "textuelleBeschreibung", NULL };

	for (const char *const *p = parts; *p; p++) {
		char *t = text_at(n, *p);

		if (t) {
			free(t);
			return 1;
		}
	}
	return 0;
}

static int any_filled(const xmlNode *first)
{
	for (const xmlNode *a = first; a; a = fk_xml_next_same(a))
		if (filled(a))
			return 1;
	return 0;
}

/* The attributes a Prozess needs before it is rolled out (P105, P201-P206,
   a Freigabestatus and the activity groups of its structure). */
static void prozess_missing(struct fk_link_obj *o, const xmlNode *n, int is_class)
{
	const xmlNode *sb = fk_xml_child(n, "prozesssteckbrief");

	if (!o->version)
		push_str(&o->missing, &o->nmissing, fk_xstrdup("version"));
	if (!o->status)
		push_str(&o->missing, &o->nmissing, fk_xstrdup("zustandsangaben/status (Freigabestatus)"));
	if (is_class) {
		if (!fk_xml_child(n, "handlungsgrundlage"))
			push_str(&o->missing, &o->nmissing, fk_xstrdup("handlungsgrundlage"));
		return;
	}
	if (!sb) {
		push_str(&o->missing, &o->nmissing, fk_xstrdup("prozesssteckbrief"));
	} else {
		if (!any_filled(fk_xml_child(sb, "ausloeser")))
			push_str(&o->missing, &o->nmissing, fk_xstrdup("prozesssteckbrief/ausloeser"));
		if (!any_filled(fk_xml_child(sb, "ergebnis")))
			push_str(&o->missing, &o->nmissing, fk_xstrdup("prozesssteckbrief/ergebnis"));
		if (!fk_xml_child(sb, "detaillierungsstufe"))
			push_str(&o->missing, &o->nmissing,
				 fk_xstrdup("prozesssteckbrief/detaillierungsstufe"));
	}
	if (!fk_xml_path(n, "prozessstrukturbeschreibung/strukturbeschreibungFIM/aktivitaetengruppe"))
		push_str(&o->missing, &o->nmissing,
			 fk_xstrdup("prozessstrukturbeschreibung (activity groups)"));
}

/* Form references of a Prozess: ausloeser/ergebnis formularID and every
   formularverweis below it. */
static void prozess_forms(struct fk_links *l, const xmlNode *n, const char *ns)
{
	for (const xmlNode *c = n; c; c = c->next) {
		if (!is_el(c))
			continue;
		if (fk_xml_is(c, ns, "formularID") &&
		    (fk_xml_is(c->parent, ns, "ausloeser") || fk_xml_is(c->parent, ns, "ergebnis"))) {
			char *id = fk_xml_text(c);
			enum fk_link_kind kind = form_kind(id);

			if (kind != FK_LINK_NONE)
				add_ref(l, kind, id, NULL, "formularID", c);
			else
				free(id);
			continue;
		}
		/* a Formularverweis names ids; the Daten wrapper of the same name
		   holds one (.../empfangeneDaten/formularverweis/formularverweis) */
		if (fk_xml_is(c, ns, "formularverweis") &&
		    (fk_xml_child(c, "formularsteckbriefID") || fk_xml_child(c, "stammformularID"))) {
			xmlNode *d = fk_xml_child(c, "formularsteckbriefID");
			xmlNode *s = fk_xml_child(c, "stammformularID");
			char *did = d ? fk_xml_text(d) : NULL, *sid = s ? fk_xml_text(s) : NULL;
			char *sver = text_at(c, "stammformularVersion");

			if (form_kind(did) == FK_LINK_DSB)
				add_ref(l, FK_LINK_DSB, did, NULL, "formularsteckbriefID", d);
			else
				free(did);
			if (form_kind(sid) == FK_LINK_SCHEMA) {
				add_ref(l, FK_LINK_SCHEMA, fk_xstrdup(sid), fk_xstrdup(sver),
					"stammformularID", s);
				for (xmlNode *e = fk_xml_child(c, "elementId"); e; e = fk_xml_next_same(e)) {
					char *eid = fk_xml_text(e);
					struct fk_link_ref *r;

					if (!is_element_id(eid)) {
						free(eid);
						continue;
					}
					r = add_ref(l, FK_LINK_ELEMENT, eid, NULL, "elementId", e);
					r->in_id = fk_xstrdup(sid);
					r->in_version = fk_xstrdup(sver);
				}
			}
			free(sid);
			free(sver);
			continue;
		}
		prozess_forms(l, c->children, ns);
	}
}

static void one_prozess(struct fk_links *l, const xmlNode *n, int is_class, const char *ns)
{
	struct fk_link_obj *o = add_obj(l, is_class ? FK_LINK_PROZESSKLASSE : FK_LINK_PROZESS, n);
	xmlNode *idn = fk_xml_child(n, "id");

	o->id = text_at(n, "id");
	o->version = text_at(n, "version");
	o->name = text_at(n, "name");
	o->status = code_of(fk_xml_path(n, "zustandsangaben/status"));
	if (o->id) {
		push_str(&o->keys, &o->nkeys, fk_xstrdup(o->id));
		o->key_line = xmlGetLineNo(idn);
	}
	prozess_missing(o, n, is_class);
	if (!is_class)
		prozess_forms(l, n->children, ns);
}

static void extract_xprozess(struct fk_links *l, const xmlNode *root, const char *ns)
{
	for (const xmlNode *c = root->children; c; c = c->next) {
		if (fk_xml_is(c, ns, "prozesskatalog")) {
			for (xmlNode *k = fk_xml_child(c, "prozessklasse"); k; k = fk_xml_next_same(k))
				one_prozess(l, k, 1, ns);
		} else if (fk_xml_is(c, ns, "prozessbibliothek")) {
			for (xmlNode *p = fk_xml_child(c, "prozess"); p; p = fk_xml_next_same(p))
				one_prozess(l, p, 0, ns);
		}
	}
}

/* ---- entry points --------------------------------------------------------------------- */

struct fk_links *fk_links_extract(const xmlDoc *doc, const struct fk_detection *det)
{
	const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	struct fk_links *l;

	if (!root || !det->supported)
		return NULL;
	l = fk_xcalloc(1, sizeof(*l));
	switch (det->family) {
	case FK_FAMILY_XDATENFELDER:
		extract_xdf(l, root, det);
		break;
	case FK_FAMILY_XZUFI:
		extract_xzufi(l, root, det);
		break;
	case FK_FAMILY_XPROZESS:
		extract_xprozess(l, root, det->namespace_uri);
		break;
	case FK_FAMILY_GENERICODE:
		extract_genericode(l, root);
		break;
	case FK_FAMILY_NONE:
		break;
	}
	if (!l->nobjs) {
		fk_links_free(l);
		return NULL;
	}
	return l;
}

static void free_strs(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void fk_links_free(struct fk_links *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nobjs; i++) {
		struct fk_link_obj *o = &l->objs[i];

		free(o->id);
		free(o->version);
		free(o->name);
		free(o->status);
		free(o->xpath);
		free_strs(o->keys, o->nkeys);
		free_strs(o->missing, o->nmissing);
		free_strs(o->elements, o->nelements);
	}
	for (size_t i = 0; i < l->nrefs; i++) {
		free(l->refs[i].id);
		free(l->refs[i].version);
		free(l->refs[i].in_id);
		free(l->refs[i].in_version);
		free(l->refs[i].xpath);
	}
	free(l->objs);
	free(l->refs);
	free(l);
}
