/* summary.c - root object and object counts of a document. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/strset.h"
#include "fimkit/summary.h"
#include "fimkit/xmlutil.h"

void fk_summary_init(struct fk_summary *s)
{
	memset(s, 0, sizeof(*s));
}

void fk_summary_release(struct fk_summary *s)
{
	free(s->object_id);
	free(s->object_version);
	free(s->object_name);
	fk_summary_init(s);
}

struct count_name {
	const char *key, *singular, *plural;
};

static const struct count_name count_names[] = {
	{ "groups", "group", "groups" },
	{ "fields", "field", "fields" },
	{ "rules", "rule", "rules" },
	{ "code_lists", "code list", "code lists" },
	{ "value_lists", "value list", "value lists" },
	{ "leistungen", "Leistung", "Leistungen" },
	{ "prozessklassen", "Prozessklasse", "Prozessklassen" },
	{ "prozesse", "Prozess", "Prozesse" },
	{ "columns", "column", "columns" },
	{ "codes", "code", "codes" },
};

static void add_count(struct fk_summary *s, const char *key, size_t value)
{
	struct fk_count *c;

	if (s->ncounts >= FK_SUMMARY_MAX_COUNTS)
		return;
	c = &s->counts[s->ncounts++];
	c->key = c->singular = c->plural = key;
	c->value = value;
	for (size_t i = 0; i < sizeof(count_names) / sizeof(count_names[0]); i++) {
		if (!strcmp(count_names[i].key, key)) {
			c->singular = count_names[i].singular;
			c->plural = count_names[i].plural;
		}
	}
}

int fk_summary_add_count(struct fk_summary *s, const char *key, size_t value)
{
	for (size_t i = 0; i < sizeof(count_names) / sizeof(count_names[0]); i++) {
		if (!strcmp(count_names[i].key, key)) {
			if (s->ncounts >= FK_SUMMARY_MAX_COUNTS)
				return -1;
			add_count(s, count_names[i].key, value);
			return 0;
		}
	}
	return -1;
}

static void set_object(struct fk_summary *s, const xmlNode *obj,
		       const char *id_path, const char *version_path,
		       const char *name_path)
{
	if (!obj)
		return;
	s->object_id = fk_xml_path_text(obj, id_path);
	s->object_version = version_path ? fk_xml_path_text(obj, version_path) : NULL;
	s->object_name = name_path ? fk_xml_path_text(obj, name_path) : NULL;
}

/* ---- XDatenfelder ------------------------------------------------------------ */

/* "id\nversion" of an object with an identifikation child, or NULL. */
static char *xdf_key(const xmlNode *obj)
{
	char *id = fk_xml_path_text(obj, "identifikation/id");
	char *version = fk_xml_path_text(obj, "identifikation/version");
	char *key;

	if (!id) {
		free(version);
		return NULL;
	}
	key = fk_xasprintf("%s\n%s", id, version ? version : "");
	free(id);
	free(version);
	return key;
}

static char *codelist_key(const xmlNode *ref)
{
	const xmlNode *gi = fk_xml_child(ref, "genericodeIdentification");
	const xmlNode *base = gi ? gi : ref; /* XDF2 nests, XDF3 does not */
	char *canon = fk_xml_path_text(base, "canonicalIdentification");
	char *version = fk_xml_path_text(base, "version");
	char *key = NULL;

	if (canon)
		key = fk_xasprintf("%s\n%s", canon, version ? version : "");
	free(canon);
	free(version);
	return key;
}

struct xdf_counts {
	struct fk_strset groups, fields, rules, code_lists, value_lists;
	size_t payloads;
};

static void add_key(struct fk_strset *set, char *key)
{
	if (key)
		fk_strset_add(set, key);
	free(key);
}

static void xdf_walk(const xmlNode *node, const char *ns, struct xdf_counts *c)
{
	for (const xmlNode *n = node; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (n->ns && n->ns->href && !strcmp((const char *)n->ns->href, ns)) {
			const char *name = (const char *)n->name;

			if (!strcmp(name, "datenfeldgruppe")) {
				add_key(&c->groups, xdf_key(n));
			} else if (!strcmp(name, "datenfeld")) {
				add_key(&c->fields, xdf_key(n));
				if (fk_xml_child(n, "werte"))
					add_key(&c->value_lists, xdf_key(n));
			} else if (!strcmp(name, "regel")) {
				add_key(&c->rules, xdf_key(n));
			} else if (!strcmp(name, "codelisteReferenz")) {
				add_key(&c->code_lists, codelist_key(n));
			} else if (!strcmp(name, "genericode")) {
				c->payloads++;
				continue; /* the payload holds no XDatenfelder objects */
			}
		}
		xdf_walk(n->children, ns, c);
	}
}

static void summarize_xdf(const xmlNode *root, const struct fk_detection *det,
			  struct fk_summary *s)
{
	static const char *const object_children[] = {
		"dokumentsteckbrief", "dokumentensteckbrief" /* 2.0 */, "stammdatenschema",
		"datenfeldgruppe", "datenfeld",
	};
	struct xdf_counts c;
	const xmlNode *obj;

	memset(&c, 0, sizeof(c));
	for (size_t i = 0; i < sizeof(object_children) / sizeof(object_children[0]); i++) {
		obj = fk_xml_child(root, object_children[i]);
		if (obj) {
			set_object(s, obj, "identifikation/id", "identifikation/version", "name");
			break;
		}
	}
	if (!s->object_id && (obj = fk_xml_child(root, "codeliste")) != NULL) {
		/* XDatenfelder 2.0 code-list message */
		set_object(s, obj, "identifikation/id", "genericodeIdentification/version", "langname");
	} else if (!s->object_id && (obj = fk_xml_path(root, "genericode/CodeList")) != NULL) {
		set_object(s, obj, "Identification/CanonicalUri", "Identification/Version",
			   "Identification/ShortName");
	} else if (!s->object_id && (obj = fk_xml_child(root, "uebersetzt")) != NULL) {
		set_object(s, obj, "id", "version", NULL);
	}

	xdf_walk(root->children, det->namespace_uri, &c);
	add_count(s, "groups", c.groups.count);
	add_count(s, "fields", c.fields.count);
	add_count(s, "rules", c.rules.count);
	add_count(s, "code_lists", c.code_lists.count + c.payloads);
	if (det->standard == FK_STD_XDF3)
		add_count(s, "value_lists", c.value_lists.count);
	fk_strset_release(&c.groups);
	fk_strset_release(&c.fields);
	fk_strset_release(&c.rules);
	fk_strset_release(&c.code_lists);
	fk_strset_release(&c.value_lists);
}

/* ---- XProzess, XZuFi, genericode ------------------------------------------ */

static size_t count_elements(const xmlNode *node, const char *ns, const char *local)
{
	size_t n = 0;

	for (const xmlNode *c = node; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (fk_xml_is(c, ns, local))
			n++;
		n += count_elements(c->children, ns, local);
	}
	return n;
}

static const xmlNode *first_element(const xmlNode *node, const char *ns, const char *local)
{
	for (const xmlNode *c = node; c; c = c->next) {
		const xmlNode *hit;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (fk_xml_is(c, ns, local))
			return c;
		if ((hit = first_element(c->children, ns, local)) != NULL)
			return hit;
	}
	return NULL;
}

static void summarize_xprozess(const xmlNode *root, const struct fk_detection *det,
			       struct fk_summary *s)
{
	const xmlNode *obj = fk_xml_path(root, "prozessbibliothek/prozess");

	if (!obj)
		obj = fk_xml_path(root, "prozesskatalog/prozessklasse");
	set_object(s, obj, "id", "version", "name");
	add_count(s, "prozessklassen", count_elements(root, det->namespace_uri, "prozessklasse"));
	add_count(s, "prozesse", count_elements(root, det->namespace_uri, "prozess"));
}

/* The Leistungsbezeichnung: text module 02, German text preferred. */
static char *xzufi_name(const xmlNode *leistung)
{
	char *fallback = NULL;

	for (const xmlNode *m = fk_xml_child(leistung, "modulText"); m; m = fk_xml_next_same(m)) {
		char *code = fk_xml_path_text(m, "leikaTextmodul/code");
		int is_name = code && !strcmp(code, "02");

		free(code);
		if (!is_name)
			continue;
		for (const xmlNode *t = fk_xml_child(m, "inhalt"); t; t = fk_xml_next_same(t)) {
			xmlChar *lang = xmlGetProp(t, (const xmlChar *)"languageCode");
			int de = lang && !strcmp((const char *)lang, "de");

			xmlFree(lang);
			if (de) {
				free(fallback);
				return fk_xml_text(t);
			}
			if (!fallback)
				fallback = fk_xml_text(t);
		}
	}
	return fallback;
}

static void summarize_xzufi(const xmlNode *root, const struct fk_detection *det,
			    struct fk_summary *s)
{
	const xmlNode *leistung = first_element(root, det->namespace_uri, "leistung");

	if (leistung) {
		s->object_id = fk_xml_path_text(leistung, "id");
		s->object_version = fk_xml_path_text(leistung, "versionsinformation/version");
		s->object_name = xzufi_name(leistung);
	}
	add_count(s, "leistungen", count_elements(root, det->namespace_uri, "leistung"));
}

static void summarize_genericode(const xmlNode *root, struct fk_summary *s)
{
	set_object(s, root, "Identification/CanonicalUri", "Identification/Version",
		   "Identification/ShortName");
	add_count(s, "columns", count_elements(fk_xml_child(root, "ColumnSet"), NULL, "Column"));
	add_count(s, "codes", count_elements(fk_xml_child(root, "SimpleCodeList"), NULL, "Row"));
}

void fk_summary_build(const xmlDoc *doc, const struct fk_detection *det,
		      struct fk_summary *s)
{
	const xmlNode *root = xmlDocGetRootElement((xmlDoc *)doc);

	fk_summary_release(s);
	if (!root || !det->supported || !det->known_message)
		return;
	switch (det->family) {
	case FK_FAMILY_XDATENFELDER: summarize_xdf(root, det, s); break;
	case FK_FAMILY_XPROZESS: summarize_xprozess(root, det, s); break;
	case FK_FAMILY_XZUFI: summarize_xzufi(root, det, s); break;
	case FK_FAMILY_GENERICODE: summarize_genericode(root, s); break;
	case FK_FAMILY_NONE: break;
	}
}

void fk_object_of_node(const xmlNode *node, enum fk_family family,
		       char **id, char **version)
{
	*id = NULL;
	*version = NULL;
	for (const xmlNode *n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if (family == FK_FAMILY_XDATENFELDER) {
			const xmlNode *ident = fk_xml_child(n, "identifikation");

			if (ident && fk_xml_child(ident, "id")) {
				*id = fk_xml_path_text(ident, "id");
				*version = fk_xml_path_text(ident, "version");
				return;
			}
		} else if (family == FK_FAMILY_XPROZESS || family == FK_FAMILY_XZUFI) {
			if (fk_xml_child(n, "id") && (family == FK_FAMILY_XZUFI ||
						      fk_xml_child(n, "version"))) {
				*id = fk_xml_path_text(n, "id");
				*version = fk_xml_path_text(n, "version");
				return;
			}
		}
	}
}
