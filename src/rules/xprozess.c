/*
 * xprozess.c - quality rules for XProzess 2.0 (Prozessklassen and Prozesse).
 *
 * Code families: P1xx identity and versions, P2xx Steckbrief content,
 * P3xx activity groups, P4xx form references, P5xx code-list URIs,
 * P6xx embedded model files.  Findings name the enclosing Prozessklasse or
 * Prozess (id and version).
 *
 * Embedded model files (Datei/inhalt) are base64; ZIP archives are read
 * with libarchive and BPMN models parsed with libxml2 without network
 * access or entity expansion, within fixed size limits.
 */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "fimkit/rules.h"
#include "fimkit/xmlutil.h"

#define XP FK_APPLIES_XPROZESS_2

/* Limits for embedded files. */
#define MAX_DECODED ((size_t)64 * 1024 * 1024)   /* decoded file, archive entry */
#define MAX_ENTRIES 256                           /* archive entries looked at */
#define MAX_BPMN_IDS 100000                       /* subProcess ids collected */

#define BPMN_NS "http://www.omg.org/spec/BPMN/20100524/MODEL"

/* ---- helpers ------------------------------------------------------------------------ */

/* A Prozessklasse or Prozess of the document. */
struct pobj {
	xmlNode *node;
	int is_class;
	char *id;        /* NULL when absent or empty */
	char *version;
};

struct pobjs {
	struct pobj *v;
	size_t n;
};

static int is_el(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE;
}

/* Element of the document's namespace with this local name. */
static int is_xp(struct fk_rule_ctx *ctx, const xmlNode *n, const char *local)
{
	return fk_xml_is(n, ctx->doc->det.namespace_uri, local);
}

static int blank(const char *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

/* Trimmed text of a child; NULL when absent or empty. */
static char *child_text(const xmlNode *parent, const char *local)
{
	return fk_xml_path_text(parent, local);
}

/* The code value of a XÖV Code element; NULL when absent or empty. */
static char *code_value(const xmlNode *code_el)
{
	return code_el ? fk_xml_path_text(code_el, "code") : NULL;
}

static void add_obj(struct pobjs *o, xmlNode *node, int is_class)
{
	struct pobj *v = realloc(o->v, (o->n + 1) * sizeof(*v));

	if (!v)
		return;
	o->v = v;
	v[o->n].node = node;
	v[o->n].is_class = is_class;
	v[o->n].id = child_text(node, "id");
	v[o->n].version = child_text(node, "version");
	o->n++;
}

/* Every Prozessklasse (catalogue) and Prozess (library) of the message. */
static void objs_load(struct fk_rule_ctx *ctx, struct pobjs *o)
{
	xmlNode *root = xmlDocGetRootElement(ctx->doc->xml);

	o->v = NULL;
	o->n = 0;
	if (!root)
		return;
	for (xmlNode *c = root->children; c; c = c->next) {
		if (is_xp(ctx, c, "prozesskatalog")) {
			for (xmlNode *k = fk_xml_child(c, "prozessklasse"); k; k = fk_xml_next_same(k))
				add_obj(o, k, 1);
		} else if (is_xp(ctx, c, "prozessbibliothek")) {
			for (xmlNode *p = fk_xml_child(c, "prozess"); p; p = fk_xml_next_same(p))
				add_obj(o, p, 0);
		}
	}
}

static void objs_free(struct pobjs *o)
{
	for (size_t i = 0; i < o->n; i++) {
		free(o->v[i].id);
		free(o->v[i].version);
	}
	free(o->v);
	o->v = NULL;
	o->n = 0;
}

static const char *kind_name(const struct pobj *p)
{
	return p->is_class ? "Prozessklasse" : "Prozess";
}

/* Reports about object p, located at node (the object itself when NULL). */
static const xmlNode *at_or_obj(const xmlNode *at, const struct pobj *p)
{
	return at ? at : p->node;
}

#define REPORT(ctx, p, at, ...) \
	fk_rule_report_at((ctx), at_or_obj((at), (p)), (p)->id, (p)->version, __VA_ARGS__)

/* Visits every element below (and including) n. */
typedef void (*visit_fn)(struct fk_rule_ctx *ctx, const struct pobj *p, xmlNode *n, void *data);

static void walk(struct fk_rule_ctx *ctx, const struct pobj *p, xmlNode *n, visit_fn fn, void *data)
{
	for (; n; n = n->next) {
		if (!is_el(n))
			continue;
		fn(ctx, p, n, data);
		walk(ctx, p, n->children, fn, data);
	}
}

/* Walks every object's subtree. */
static void walk_objects(struct fk_rule_ctx *ctx, visit_fn fn, void *data)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		fn(ctx, &o.v[i], o.v[i].node, data);
		walk(ctx, &o.v[i], o.v[i].node->children, fn, data);
	}
	objs_free(&o);
}

static int all_digits(const char *s, size_t n)
{
	if (!s || strlen(s) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* One of letters followed by 8 (XDatenfelder 2) or 11 (XDatenfelder 3) digits. */
static int fim_id_ok(const char *s, const char *letters)
{
	if (!s || !*s || !strchr(letters, s[0]))
		return 0;
	return all_digits(s + 1, 8) || all_digits(s + 1, 11);
}

/* Code value between lo and hi (decimal, no sign, no leading blanks). */
static int code_in_range(const char *code, long lo, long hi)
{
	char *end;
	long v;

	if (!code || !*code || !isdigit((unsigned char)code[0]))
		return 0;
	v = strtol(code, &end, 10);
	return !*end && v >= lo && v <= hi;
}

/* ---- P101 - P105: identity and versions ------------------------------------------- */

static void check_p101(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *id = fk_xml_child(o.v[i].node, "id");

		if (id && !all_digits(o.v[i].id, 14))
			REPORT(ctx, &o.v[i], id, kind_name(&o.v[i]), o.v[i].id ? o.v[i].id : "");
	}
	objs_free(&o);
}

/* The klassifikation of a Prozess that names its Prozessklasse. */
static xmlNode *class_ref(const xmlNode *prozess)
{
	for (xmlNode *k = fk_xml_child(prozess, "klassifikation"); k; k = fk_xml_next_same(k)) {
		char *name = child_text(k, "ordnungsrahmenName");
		int hit = name && !strcmp(name, "FIM Prozesskatalog");

		free(name);
		if (hit)
			return fk_xml_child(k, "klasseID");
	}
	return NULL;
}

static void check_p102(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		const struct pobj *p = &o.v[i];
		xmlNode *ref;
		char *klasse;

		if (p->is_class || !p->id || !(ref = class_ref(p->node)))
			continue;
		klasse = fk_xml_text(ref);
		if (klasse && *klasse && strcmp(klasse, p->id))
			REPORT(ctx, p, ref, p->id, klasse);
		free(klasse);
	}
	objs_free(&o);
}

static void check_p103(struct fk_rule_ctx *ctx)
{
	struct pobjs o;
	size_t classes = 0;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++)
		classes += o.v[i].is_class;
	for (size_t i = 0; classes && i < o.n; i++) {
		const struct pobj *p = &o.v[i];
		int found = 0;

		if (p->is_class || !p->id)
			continue;
		for (size_t j = 0; j < o.n && !found; j++)
			found = o.v[j].is_class && o.v[j].id && !strcmp(o.v[j].id, p->id);
		if (!found)
			REPORT(ctx, p, fk_xml_child(p->node, "id"), p->id);
	}
	objs_free(&o);
}

/* NN.NN.NN, as the FIM exports write it (01.00.00). */
static int version_ok(const char *v)
{
	return v && strlen(v) == 8 && isdigit((unsigned char)v[0]) && isdigit((unsigned char)v[1]) &&
	       v[2] == '.' && isdigit((unsigned char)v[3]) && isdigit((unsigned char)v[4]) &&
	       v[5] == '.' && isdigit((unsigned char)v[6]) && isdigit((unsigned char)v[7]);
}

static void check_p104(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++)
		if (o.v[i].version && !version_ok(o.v[i].version))
			REPORT(ctx, &o.v[i], fk_xml_child(o.v[i].node, "version"),
			       kind_name(&o.v[i]), o.v[i].version);
	objs_free(&o);
}

static void check_p105(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++)
		if (!o.v[i].version) {
			xmlNode *v = fk_xml_child(o.v[i].node, "version");

			REPORT(ctx, &o.v[i], v ? v : fk_xml_child(o.v[i].node, "id"),
			       kind_name(&o.v[i]));
		}
	objs_free(&o);
}

/* ---- P201 - P208: Steckbrief content ---------------------------------------------- */

static void check_p201(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++)
		if (!o.v[i].is_class && !fk_xml_child(o.v[i].node, "prozesssteckbrief"))
			fk_rule_report_at(ctx, at_or_obj(fk_xml_child(o.v[i].node, "name"), &o.v[i]),
					  o.v[i].id, o.v[i].version);
	objs_free(&o);
}

/* True when an AusloeserErgebnis names a form, a process or describes itself. */
static int ausloeser_filled(const xmlNode *n)
{
	static const char *const parts[] = { "formularID", "prozessID", "textuelleBeschreibung", NULL };

	for (const char *const *p = parts; *p; p++) {
		char *t = child_text(n, *p);
		int ok = !blank(t);

		free(t);
		if (ok)
			return 1;
	}
	return 0;
}

/* P202/P203: every ausloeser / ergebnis filled, at least one present. */
static void check_ausloeser_ergebnis(struct fk_rule_ctx *ctx, const char *local)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *sb = o.v[i].is_class ? NULL : fk_xml_child(o.v[i].node, "prozesssteckbrief");
		xmlNode *first;

		if (!sb)
			continue;
		first = fk_xml_child(sb, local);
		if (!first)
			REPORT(ctx, &o.v[i], sb, local);
		for (xmlNode *a = first; a; a = fk_xml_next_same(a))
			if (!ausloeser_filled(a))
				REPORT(ctx, &o.v[i], a, local);
	}
	objs_free(&o);
}

static void check_p202(struct fk_rule_ctx *ctx)
{
	check_ausloeser_ergebnis(ctx, "ausloeser");
}

static void check_p203(struct fk_rule_ctx *ctx)
{
	check_ausloeser_ergebnis(ctx, "ergebnis");
}

static void check_p204(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++)
		if (o.v[i].is_class && !fk_xml_child(o.v[i].node, "handlungsgrundlage"))
			fk_rule_report_at(ctx, at_or_obj(fk_xml_child(o.v[i].node, "name"), &o.v[i]),
					  o.v[i].id, o.v[i].version);
	objs_free(&o);
}

static void visit_p205(struct fk_rule_ctx *ctx, const struct pobj *p, xmlNode *n, void *data)
{
	xmlNode *art;
	char *code, *name;

	(void)data;
	if (!is_xp(ctx, n, "handlungsgrundlage"))
		return;
	art = fk_xml_child(n, "art");
	code = code_value(art);
	if (blank(code)) {
		name = child_text(n, "name");
		REPORT(ctx, p, art ? art : n, name ? name : "");
		free(name);
	}
	free(code);
}

static void check_p205(struct fk_rule_ctx *ctx)
{
	walk_objects(ctx, visit_p205, NULL);
}

static void check_p206(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *sb = o.v[i].is_class ? NULL : fk_xml_child(o.v[i].node, "prozesssteckbrief");

		if (sb && !fk_xml_child(sb, "detaillierungsstufe"))
			fk_rule_report_at(ctx, sb, o.v[i].id, o.v[i].version);
	}
	objs_free(&o);
}

static void check_p207(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *d = fk_xml_path(o.v[i].node, "prozesssteckbrief/detaillierungsstufe");
		char *code;

		if (o.v[i].is_class || !d)
			continue;
		code = code_value(d);
		if (!code_in_range(code, 101, 105))
			REPORT(ctx, &o.v[i], d, code ? code : "");
		free(code);
	}
	objs_free(&o);
}

static void check_p208(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *s = fk_xml_path(o.v[i].node, "zustandsangaben/status");
		char *code;

		if (!s)
			continue;
		code = code_value(s);
		if (!code_in_range(code, 1, 8))
			REPORT(ctx, &o.v[i], s, code ? code : "");
		free(code);
	}
	objs_free(&o);
}

/* ---- P301 - P302: activity groups ------------------------------------------------- */

/* The activity groups of a Prozess (FIM structure description), or NULL. */
static xmlNode *first_group(const xmlNode *prozess)
{
	return fk_xml_path(prozess, "prozessstrukturbeschreibung/strukturbeschreibungFIM/aktivitaetengruppe");
}

static void check_p301(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		if (o.v[i].is_class)
			continue;
		for (xmlNode *g = first_group(o.v[i].node); g; g = fk_xml_next_same(g)) {
			char *type = code_value(fk_xml_child(g, "referenzaktivitaetengruppeTyp"));
			xmlNode *sa = fk_xml_child(g, "spezifischeAttribute");
			char want[32], found[256] = "";
			xmlNode *at = sa ? sa : g, *wrong = NULL;
			int right = 0;
			char *gid;

			/* codes outside 1-8 are a schema error */
			if (!code_in_range(type, 1, 8)) {
				free(type);
				continue;
			}
			snprintf(want, sizeof(want), "spezifischeAttribute%s", type);
			for (xmlNode *c = sa ? sa->children : NULL; c; c = c->next) {
				if (!is_el(c))
					continue;
				if (!strcmp((const char *)c->name, want) && !right) {
					right = 1;
					continue;
				}
				if (!wrong)
					wrong = c;
				if (found[0])
					strncat(found, ", ", sizeof(found) - strlen(found) - 1);
				strncat(found, (const char *)c->name, sizeof(found) - strlen(found) - 1);
			}
			if (!right || wrong) {
				if (!right && !found[0])
					snprintf(found, sizeof(found), "-");
				gid = child_text(g, "id");
				REPORT(ctx, &o.v[i], wrong ? wrong : at, gid ? gid : "", type, found, want);
				free(gid);
			}
			free(type);
		}
	}
	objs_free(&o);
}

static void check_p302(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		if (o.v[i].is_class)
			continue;
		for (xmlNode *g = first_group(o.v[i].node); g; g = fk_xml_next_same(g)) {
			xmlNode *idn = fk_xml_child(g, "id");
			char *id = fk_xml_text(idn);
			int dup = 0;

			if (id && *id) {
				for (xmlNode *h = first_group(o.v[i].node); h && h != g && !dup;
				     h = fk_xml_next_same(h)) {
					char *other = child_text(h, "id");

					dup = other && !strcmp(other, id);
					free(other);
				}
			}
			if (dup)
				REPORT(ctx, &o.v[i], idn, id);
			free(id);
		}
	}
	objs_free(&o);
}

/* ---- P401 - P403: form references ------------------------------------------------- */

struct idcheck {
	const char *local;     /* element to look at */
	const char *letters;   /* allowed first letters */
	int ausloeser_too;     /* also ausloeser/ergebnis formularID */
};

static void visit_formid(struct fk_rule_ctx *ctx, const struct pobj *p, xmlNode *n, void *data)
{
	const struct idcheck *ic = data;
	char *v;

	if (is_xp(ctx, n, ic->local)) {
		/* within a Formularverweis */
		if (!is_xp(ctx, n->parent, "formularverweis"))
			return;
	} else if (ic->ausloeser_too && is_xp(ctx, n, "formularID")) {
		if (!is_xp(ctx, n->parent, "ausloeser") && !is_xp(ctx, n->parent, "ergebnis"))
			return;
	} else {
		return;
	}
	v = fk_xml_text(n);
	if (!fim_id_ok(v, ic->letters))
		REPORT(ctx, p, n, (const char *)n->name, v ? v : "");
	free(v);
}

static void check_p401(struct fk_rule_ctx *ctx)
{
	struct idcheck ic = { "formularsteckbriefID", "D", 1 };

	walk_objects(ctx, visit_formid, &ic);
}

static void check_p402(struct fk_rule_ctx *ctx)
{
	struct idcheck ic = { "stammformularID", "S", 0 };

	walk_objects(ctx, visit_formid, &ic);
}

static void check_p403(struct fk_rule_ctx *ctx)
{
	struct idcheck ic = { "elementId", "FG", 0 };

	walk_objects(ctx, visit_formid, &ic);
}

/* ---- P501: code-list URIs --------------------------------------------------------- */

/* Known list names per Code element; the URIs are urn:de:xprozess:codeliste:NAME
   (XProzess 2.0 schema) and urn:xoev-de:xprozess:codeliste:NAME (FIM exports). */
static const struct {
	const char *element;
	const char *parent;   /* NULL: any parent */
	const char *list;
} xp_lists[] = {
	{ "nachrichtentyp", NULL, "nachricht" },
	{ "status", "zustandsangaben", "status" },
	{ "detaillierungsstufe", NULL, "detaillierungsstufe" },
	{ "zwecksetzung", NULL, "zwecksetzung" },
	{ "operativesZiel", NULL, "operativesziel" },
	{ "handlungsform", NULL, "handlungsform" },
	{ "verfahrensart", NULL, "verfahrensart" },
	{ "rolle", "prozessteilnehmer", "prozessrolle" },
	{ "referenzaktivitaetengruppeTyp", NULL, "referenzaktivitaetengruppe" },
	{ "formellePruefung", NULL, "formellepruefung" },
	{ "entscheidungsart", NULL, "entscheidungsart" },
	{ "uebermittlungsart", NULL, "uebermittlungsart" },
	{ "beteiligungsform", NULL, "beteiligungsform" },
	{ "bearbeitungsart", NULL, "bearbeitungsart" },
	{ "code", "modellierungsmethode", "modellierungsmethode" },
	{ "mimeType", NULL, "mimetype" },
};

/* Other lists: every spelling seen in the schema, the exports and the FIM Portal. */
static const struct {
	const char *element;
	const char *parent;
	const char *uris[4];
} other_lists[] = {
	{ "detaillierungsstufe", NULL, { "urn:xoev-de:fim:codeliste:detaillierungsstufe", NULL } },
	{ "operativesZiel", NULL, { "urn:xoev-de:fim:codeliste:operativesziel", NULL } },
	{ "handlungsform", NULL, { "urn:xoev-de:fim:codeliste:handlungsform", NULL } },
	{ "verfahrensart", NULL, { "urn:xoev-de:fim:codeliste:verfahrensart", NULL } },
	{ "art", "handlungsgrundlage",
	  { "urn:xoev-de:mv:em:codeliste:xprozess:handlungsgrundlagenart", NULL } },
	{ "merkmalDatentyp", NULL, { "urn:xoev-de:xdomea:codeliste:datentyp", NULL } },
};

/* Destatis keys: urn:de:bund:destatis:... and urn:xoev-de:bund:destatis:... */
static const struct {
	const char *element;
	const char *key;
} destatis_lists[] = {
	{ "bundesland", "bundesland" }, { "kreis", "kreis" }, { "bezirk", "bezirk" },
	{ "gemeindeschluessel", "ags" }, { "regionalschluessel", "rs" },
	{ "gemeindeverband", "gemeindeverband" }, { "nation", "staat" },
};

static int parent_is(struct fk_rule_ctx *ctx, const xmlNode *n, const char *parent)
{
	return !parent || is_xp(ctx, n->parent, parent);
}

/* Checks uri against the spellings known for element n; sets *known when n
   is a Code element fimkit knows.  Fills expect with one known spelling. */
static int uri_known(struct fk_rule_ctx *ctx, const xmlNode *n, const char *uri, int *known,
		     char *expect, size_t esize)
{
	const char *name = (const char *)n->name;
	char buf[160];
	int ok = 0;

	*known = 0;
	for (size_t i = 0; i < sizeof(xp_lists) / sizeof(xp_lists[0]); i++) {
		if (strcmp(name, xp_lists[i].element) || !parent_is(ctx, n, xp_lists[i].parent))
			continue;
		*known = 1;
		snprintf(buf, sizeof(buf), "urn:de:xprozess:codeliste:%s", xp_lists[i].list);
		ok |= !strcmp(uri, buf);
		snprintf(buf, sizeof(buf), "urn:xoev-de:xprozess:codeliste:%s", xp_lists[i].list);
		ok |= !strcmp(uri, buf);
		snprintf(expect, esize, "%s", buf);
	}
	for (size_t i = 0; i < sizeof(other_lists) / sizeof(other_lists[0]); i++) {
		if (strcmp(name, other_lists[i].element) || !parent_is(ctx, n, other_lists[i].parent))
			continue;
		if (!*known)
			snprintf(expect, esize, "%s", other_lists[i].uris[0]);
		*known = 1;
		for (size_t j = 0; other_lists[i].uris[j]; j++)
			ok |= !strcmp(uri, other_lists[i].uris[j]);
	}
	for (size_t i = 0; i < sizeof(destatis_lists) / sizeof(destatis_lists[0]); i++) {
		if (strcmp(name, destatis_lists[i].element) ||
		    !is_xp(ctx, n->parent, "verwaltungspolitischeKodierung"))
			continue;
		*known = 1;
		snprintf(buf, sizeof(buf), "urn:xoev-de:bund:destatis:bevoelkerungsstatistik:schluessel:%s",
			 destatis_lists[i].key);
		ok |= !strcmp(uri, buf);
		snprintf(buf, sizeof(buf), "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:%s",
			 destatis_lists[i].key);
		ok |= !strcmp(uri, buf);
		snprintf(expect, esize, "%s", buf);
	}
	return ok;
}

static void visit_p501(struct fk_rule_ctx *ctx, const struct pobj *p, xmlNode *n, void *data)
{
	xmlChar *uri;
	char expect[160] = "";
	int known;

	(void)data;
	if (!xmlHasProp(n, (const xmlChar *)"listURI"))
		return;
	uri = xmlGetProp(n, (const xmlChar *)"listURI");
	if (uri && !uri_known(ctx, n, (const char *)uri, &known, expect, sizeof(expect)) && known)
		REPORT(ctx, p, n, (const char *)uri, (const char *)n->name, expect);
	xmlFree(uri);
}

static void check_p501(struct fk_rule_ctx *ctx)
{
	walk_objects(ctx, visit_p501, NULL);
}

/* ---- P601 - P604: embedded model files -------------------------------------------- */

static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/*
 * Decodes base64 (white space allowed).  Returns 0 and a malloc'd buffer,
 * -1 when the text is not base64, -2 when the result would exceed the limit.
 */
static int b64_decode(const char *s, unsigned char **out, size_t *outlen)
{
	size_t len = strlen(s), n = 0, data = 0, pad = 0, bits = 0;
	unsigned long acc = 0;
	unsigned char *buf;

	*out = NULL;
	*outlen = 0;
	if (len / 4 * 3 > MAX_DECODED)
		return -2;
	buf = malloc(len / 4 * 3 + 3);
	if (!buf)
		return -2;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		int v;

		if (isspace(*p))
			continue;
		if (*p == '=') {
			pad++;
			continue;
		}
		v = b64_value(*p);
		if (v < 0 || pad) {   /* no data after padding */
			free(buf);
			return -1;
		}
		data++;
		acc = (acc << 6) | (unsigned long)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf[n++] = (unsigned char)(acc >> bits);
			acc &= (1UL << bits) - 1;
		}
	}
	/* whole groups of four; one leftover character cannot encode a byte */
	if ((data + pad) % 4 != 0 || pad > 2 || data % 4 == 1) {
		free(buf);
		return -1;
	}
	*out = buf;
	*outlen = n;
	return 0;
}

/* What embedded content looks like. */
enum content {
	C_UNKNOWN, C_ZIP, C_PDF, C_XML, C_PNG, C_JPEG, C_GIF
};

static const char *content_name(enum content c)
{
	static const char *const names[] = { "unknown", "ZIP", "PDF", "XML", "PNG", "JPEG", "GIF" };

	return names[c];
}

static enum content sniff(const unsigned char *b, size_t n)
{
	size_t i = 0;

	if (n >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6))
		return C_ZIP;
	if (n >= 5 && !memcmp(b, "%PDF-", 5))
		return C_PDF;
	if (n >= 8 && !memcmp(b, "\x89PNG\r\n\x1a\n", 8))
		return C_PNG;
	if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
		return C_JPEG;
	if (n >= 6 && (!memcmp(b, "GIF87a", 6) || !memcmp(b, "GIF89a", 6)))
		return C_GIF;
	if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		i = 3;
	while (i < n && isspace(b[i]))
		i++;
	if (i < n && b[i] == '<')
		return C_XML;
	return C_UNKNOWN;
}

/* The content a textual mime type (type/subtype) announces; C_UNKNOWN when
   the type is not one fimkit knows or the code is not a mime type. */
static enum content mime_content(const char *mime)
{
	static const struct {
		const char *mime;
		enum content c;
	} map[] = {
		{ "application/zip", C_ZIP }, { "application/x-zip-compressed", C_ZIP },
		{ "application/pdf", C_PDF }, { "application/xml", C_XML }, { "text/xml", C_XML },
		{ "image/png", C_PNG }, { "image/jpeg", C_JPEG }, { "image/gif", C_GIF },
	};
	size_t n = strlen(mime);

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(mime, map[i].mime))
			return map[i].c;
	if (n > 4 && !strcmp(mime + n - 4, "+xml"))
		return C_XML;
	return C_UNKNOWN;
}

/* The embedded files (Datei) of a Prozess, in document order. */
static int is_datei(struct fk_rule_ctx *ctx, const xmlNode *n)
{
	return is_xp(ctx, n->parent, "prozessmodell") &&
	       (is_xp(ctx, n, "prozessmodelldatei") || is_xp(ctx, n, "visualisierungsdatei") ||
		is_xp(ctx, n, "beschreibungsdatei"));
}

static void check_p601(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *pm = fk_xml_child(o.v[i].node, "prozessmodell");

		for (xmlNode *d = pm ? pm->children : NULL; d; d = d->next) {
			xmlNode *in;
			char *text, *name;
			unsigned char *buf;
			size_t len;
			int rc;

			if (!is_el(d) || !is_datei(ctx, d) || !(in = fk_xml_child(d, "inhalt")))
				continue;
			text = fk_xml_text(in);
			rc = b64_decode(text ? text : "", &buf, &len);
			if (rc == -1 || (rc == 0 && len == 0)) {
				name = child_text(d, "dateiname");
				REPORT(ctx, &o.v[i], in, name ? name : "");
				free(name);
			}
			free(buf);
			free(text);
		}
	}
	objs_free(&o);
}

static void check_p602(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		xmlNode *pm = fk_xml_child(o.v[i].node, "prozessmodell");

		for (xmlNode *d = pm ? pm->children : NULL; d; d = d->next) {
			xmlNode *mt, *in;
			char *mime, *text, *name;
			unsigned char *buf = NULL;
			size_t len = 0;
			enum content want, got;

			if (!is_el(d) || !is_datei(ctx, d) || !(mt = fk_xml_child(d, "mimeType")) ||
			    !(in = fk_xml_child(d, "inhalt")))
				continue;
			mime = code_value(mt);
			/* only textual mime types can be compared: the numeric codes of
			   the XProzess mime type list are not published */
			want = mime && strchr(mime, '/') ? mime_content(mime) : C_UNKNOWN;
			if (want == C_UNKNOWN) {
				free(mime);
				continue;
			}
			text = fk_xml_text(in);
			if (b64_decode(text ? text : "", &buf, &len) == 0 && len > 0) {
				got = sniff(buf, len);
				if (got != want && got != C_UNKNOWN) {
					name = child_text(d, "dateiname");
					REPORT(ctx, &o.v[i], mt, name ? name : "", mime, content_name(got));
					free(name);
				}
			}
			free(buf);
			free(text);
			free(mime);
		}
	}
	objs_free(&o);
}

/* ---- embedded BPMN -------------------------------------------------------------------- */

struct bpmn {
	char **ids;          /* subProcess ids */
	size_t n;
	int models;          /* BPMN definitions documents read */
};

static void bpmn_add(struct bpmn *b, const char *id)
{
	char **v;

	if (b->n >= MAX_BPMN_IDS)
		return;
	v = realloc(b->ids, (b->n + 1) * sizeof(*v));
	if (!v)
		return;
	b->ids = v;
	if ((b->ids[b->n] = strdup(id)) != NULL)
		b->n++;
}

static void bpmn_free(struct bpmn *b)
{
	for (size_t i = 0; i < b->n; i++)
		free(b->ids[i]);
	free(b->ids);
}

static int bpmn_has(const struct bpmn *b, const char *id)
{
	for (size_t i = 0; i < b->n; i++)
		if (!strcmp(b->ids[i], id))
			return 1;
	return 0;
}

static void bpmn_collect(struct bpmn *b, const xmlNode *n)
{
	for (; n; n = n->next) {
		if (!is_el(n))
			continue;
		if (fk_xml_is(n, BPMN_NS, "subProcess") || fk_xml_is(n, BPMN_NS, "adHocSubProcess") ||
		    fk_xml_is(n, BPMN_NS, "transaction")) {
			xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");

			if (id)
				bpmn_add(b, (const char *)id);
			xmlFree(id);
		}
		bpmn_collect(b, n->children);
	}
}

/* Entity declarations are dropped: no entity is ever expanded. */
static void no_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
			   const xmlChar *system_id, xmlChar *content)
{
	(void)ctx;
	(void)name;
	(void)type;
	(void)public_id;
	(void)system_id;
	(void)content;
}

/* Reads a BPMN model from memory; returns 1 when it is BPMN. */
static int bpmn_read(struct bpmn *b, const unsigned char *data, size_t len)
{
	xmlParserCtxtPtr parser;
	xmlNode *root;
	int is_bpmn = 0;

	if (len > MAX_DECODED || len > INT32_MAX)
		return 0;
	parser = xmlCreateMemoryParserCtxt((const char *)data, (int)len);
	if (!parser)
		return 0;
	parser->sax->entityDecl = no_entity_decl;
	xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	xmlParseDocument(parser);
	if (parser->wellFormed && parser->myDoc && (root = xmlDocGetRootElement(parser->myDoc)) &&
	    fk_xml_is(root, BPMN_NS, "definitions")) {
		bpmn_collect(b, root);
		b->models++;
		is_bpmn = 1;
	}
	if (parser->myDoc)
		xmlFreeDoc(parser->myDoc);
	parser->myDoc = NULL;
	xmlFreeParserCtxt(parser);
	return is_bpmn;
}

/*
 * Reads every XML entry of a ZIP archive in memory as BPMN.  Returns 0, or
 * -1 when the archive cannot be read (*error set to libarchive's message or
 * a static text; valid until the next call).
 */
static int zip_read(struct bpmn *b, const unsigned char *data, size_t len, char *error, size_t esize)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	int rc = 0, r, entries = 0;

	if (!a) {
		snprintf(error, esize, "out of memory");
		return -1;
	}
	archive_read_support_format_zip(a);
	archive_read_support_filter_none(a);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		snprintf(error, esize, "%s", archive_error_string(a) ? archive_error_string(a) : "unreadable");
		archive_read_free(a);
		return -1;
	}
	while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		la_int64_t size = archive_entry_size(e);
		unsigned char *buf = NULL;
		size_t cap = 0, n = 0;
		la_ssize_t got;
		int too_big = 0;

		if (++entries > MAX_ENTRIES)
			break;
		if (archive_entry_filetype(e) != AE_IFREG)
			continue;
		if (archive_entry_size_is_set(e) && size > (la_int64_t)MAX_DECODED) {
			continue;   /* too large to look at; not an error of the file */
		}
		for (;;) {
			if (n == cap) {
				unsigned char *nb;

				if (cap >= MAX_DECODED) {
					too_big = 1;
					break;
				}
				cap = cap ? cap * 2 : 65536;
				if (cap > MAX_DECODED)
					cap = MAX_DECODED;
				nb = realloc(buf, cap);
				if (!nb) {
					too_big = 1;
					break;
				}
				buf = nb;
			}
			got = archive_read_data(a, buf + n, cap - n);
			if (got < 0) {
				snprintf(error, esize, "%s",
					 archive_error_string(a) ? archive_error_string(a) : "unreadable entry");
				rc = -1;
				break;
			}
			if (got == 0)
				break;
			n += (size_t)got;
		}
		if (rc == 0 && !too_big && sniff(buf, n) == C_XML)
			bpmn_read(b, buf, n);
		free(buf);
		if (rc)
			break;
	}
	if (rc == 0 && r == ARCHIVE_FATAL) {
		snprintf(error, esize, "%s", archive_error_string(a) ? archive_error_string(a) : "unreadable");
		rc = -1;
	}
	archive_read_free(a);
	return rc;
}

/*
 * Reads the embedded files of a Prozess: BPMN subProcess ids into b;
 * reports P603 when report is set and a ZIP archive cannot be read.
 */
static void read_models(struct fk_rule_ctx *ctx, const struct pobj *p, struct bpmn *b, int report)
{
	xmlNode *pm = fk_xml_child(p->node, "prozessmodell");

	for (xmlNode *d = pm ? pm->children : NULL; d; d = d->next) {
		xmlNode *in;
		char *text, *name, error[256];
		unsigned char *buf;
		size_t len;
		enum content c;

		if (!is_el(d) || !is_datei(ctx, d) || !(in = fk_xml_child(d, "inhalt")))
			continue;
		text = fk_xml_text(in);
		if (b64_decode(text ? text : "", &buf, &len) == 0 && len > 0) {
			c = sniff(buf, len);
			if (c == C_ZIP) {
				if (zip_read(b, buf, len, error, sizeof(error)) < 0 && report) {
					name = child_text(d, "dateiname");
					REPORT(ctx, p, in, name ? name : "", error);
					free(name);
				}
			} else if (c == C_XML) {
				bpmn_read(b, buf, len);
			}
		}
		free(buf);
		free(text);
	}
}

static void check_p603(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		struct bpmn b = { NULL, 0, 0 };

		if (!o.v[i].is_class)
			read_models(ctx, &o.v[i], &b, 1);
		bpmn_free(&b);
	}
	objs_free(&o);
}

static void check_p604(struct fk_rule_ctx *ctx)
{
	struct pobjs o;

	objs_load(ctx, &o);
	for (size_t i = 0; i < o.n; i++) {
		struct bpmn b = { NULL, 0, 0 };

		if (o.v[i].is_class || !first_group(o.v[i].node) ||
		    !fk_xml_child(o.v[i].node, "prozessmodell"))
			continue;
		read_models(ctx, &o.v[i], &b, 0);
		/* only where an embedded BPMN model could be read */
		for (xmlNode *g = b.models ? first_group(o.v[i].node) : NULL; g; g = fk_xml_next_same(g)) {
			xmlNode *sp = fk_xml_child(g, "subProzessID");
			char *sid = fk_xml_text(sp);
			char *gid;

			if (sid && *sid && !bpmn_has(&b, sid)) {
				gid = child_text(g, "id");
				REPORT(ctx, &o.v[i], sp, sid, gid ? gid : "");
				free(gid);
			}
			free(sid);
		}
		bpmn_free(&b);
	}
	objs_free(&o);
}

/* ---- the table ------------------------------------------------------------------------ */

#define SRC_SCHEMA "XProzess 2.0 schema documentation"

const struct fk_rule fk_rules_xprozess[] = {
	{ "P101", FK_SEV_CRITICAL, 0, "ID", XP, "PK, P",
	  "id is not a Leistungsschlüssel", "ID ist kein Leistungsschlüssel",
	  "%s id \"%s\" is not a 14-digit Leistungsschlüssel",
	  "%s-ID \"%s\" ist kein 14-stelliger Leistungsschlüssel",
	  0, check_p101, "FIM Prozesse Fachkonzept: Prozessschlüssel = Leistungsschlüssel" },
	{ "P102", FK_SEV_METHOD, 0, "ID", XP, "P",
	  "Prozess id differs from its Prozessklasse", "Prozess-ID weicht von der Prozessklasse ab",
	  "the Prozess id %s differs from the Prozessklasse %s it is classified under",
	  "Die Prozess-ID %s weicht von der Prozessklasse %s ab, der der Prozess zugeordnet ist",
	  0, check_p102, "FIM Prozesse Fachkonzept: Prozessschlüssel = Leistungsschlüssel" },
	{ "P103", FK_SEV_WARNING, 0, "ID", XP, "P",
	  "Prozess without Prozessklasse in the catalogue",
	  "Prozess ohne Prozessklasse im Katalog",
	  "the message carries a Prozesskatalog, but no Prozessklasse %s for this Prozess",
	  "Die Nachricht enthält einen Prozesskatalog, aber keine Prozessklasse %s zu diesem Prozess",
	  0, check_p103, "fimkit recommendation" },
	{ "P104", FK_SEV_WARNING, 0, "ID", XP, "PK, P",
	  "version not in the form NN.NN.NN", "Version nicht in der Form NN.NN.NN",
	  "%s version \"%s\" is not in the form NN.NN.NN (e.g. 01.00.00)",
	  "%s-Version \"%s\" hat nicht die Form NN.NN.NN (z. B. 01.00.00)",
	  0, check_p104, "FIM process exports; fimkit recommendation" },
	{ "P105", FK_SEV_WARNING, 0, "ID", XP, "PK, P",
	  "no version", "Keine Version",
	  "the %s has no version; the FIM Portal addresses it by id and version",
	  "%s ohne Version; das FIM-Portal adressiert Prozessklassen und Prozesse über ID und Version",
	  0, check_p105, "FIM Portal API (id + version)" },
	{ "P201", FK_SEV_METHOD, 0, "INHALT", XP, "P",
	  "Prozess without Prozesssteckbrief", "Prozess ohne Prozesssteckbrief",
	  "the Prozess has no Prozesssteckbrief",
	  "Der Prozess hat keinen Prozesssteckbrief",
	  0, check_p201, "fimkit recommendation" },
	{ "P202", FK_SEV_WARNING, 0, "INHALT", XP, "P",
	  "trigger missing or empty", "Auslöser fehlt oder ist leer",
	  "%s is missing or empty: name a form (formularID), a process (prozessID) or describe it (textuelleBeschreibung)",
	  "%s fehlt oder ist leer: Formular (formularID), Prozess (prozessID) oder Beschreibung (textuelleBeschreibung) angeben",
	  0, check_p202, "fimkit recommendation (Prozesssteckbrief)" },
	{ "P203", FK_SEV_WARNING, 0, "INHALT", XP, "P",
	  "result missing or empty", "Ergebnis fehlt oder ist leer",
	  "%s is missing or empty: name a form (formularID), a process (prozessID) or describe it (textuelleBeschreibung)",
	  "%s fehlt oder ist leer: Formular (formularID), Prozess (prozessID) oder Beschreibung (textuelleBeschreibung) angeben",
	  0, check_p203, "fimkit recommendation (Prozesssteckbrief)" },
	{ "P204", FK_SEV_METHOD, 0, "LEGAL", XP, "PK",
	  "Prozessklasse without Handlungsgrundlage", "Prozessklasse ohne Handlungsgrundlage",
	  "the Prozessklasse has no Handlungsgrundlage",
	  "Die Prozessklasse hat keine Handlungsgrundlage",
	  0, check_p204, "fimkit recommendation (FIM Prozessklasse)" },
	{ "P205", FK_SEV_METHOD, 0, "LEGAL", XP, "PK, P, AG",
	  "Handlungsgrundlage without art", "Handlungsgrundlage ohne Art",
	  "Handlungsgrundlage \"%s\" has no art code",
	  "Die Handlungsgrundlage \"%s\" hat keinen Art-Code",
	  0, check_p205, SRC_SCHEMA },
	{ "P206", FK_SEV_WARNING, 0, "INHALT", XP, "P",
	  "no Detaillierungsstufe", "Keine Detaillierungsstufe",
	  "the Prozesssteckbrief has no detaillierungsstufe; the FIM Portal addresses processes by id, version and Detaillierungsstufe",
	  "Der Prozesssteckbrief hat keine Detaillierungsstufe; das FIM-Portal adressiert Prozesse über ID, Version und Detaillierungsstufe",
	  0, check_p206, "FIM Portal API (id + version + Detaillierungsstufe)" },
	{ "P207", FK_SEV_METHOD, 0, "CL", XP, "P",
	  "unknown Detaillierungsstufe", "Unbekannte Detaillierungsstufe",
	  "Detaillierungsstufe \"%s\" is not one of 101-105",
	  "Die Detaillierungsstufe \"%s\" ist keiner der Werte 101-105",
	  0, check_p207, "FIM Detaillierungsstufe code list (101-105)" },
	{ "P208", FK_SEV_METHOD, 0, "STATUS", XP, "PK, P",
	  "unknown Freigabestatus", "Unbekannter Freigabestatus",
	  "status \"%s\" is not a FIM Freigabestatus (1-8)",
	  "Der Status \"%s\" ist kein FIM-Freigabestatus (1-8)",
	  0, check_p208, "FIM Freigabestatus code list (urn:xoev-de:xprozess:codeliste:status)" },
	{ "P301", FK_SEV_METHOD, 0, "STRUCT", XP, "AG",
	  "specific attributes do not fit the activity group type",
	  "Spezifische Attribute passen nicht zum Typ der Aktivitätengruppe",
	  "activity group %s is of type %s but carries [%s] instead of exactly %s",
	  "Die Aktivitätengruppe %s hat den Typ %s, enthält aber [%s] statt genau %s",
	  0, check_p301, SRC_SCHEMA " (Referenzaktivitätengruppe N: spezifischeAttributeN)" },
	{ "P302", FK_SEV_CRITICAL, 0, "ID", XP, "AG",
	  "activity group id used twice", "Aktivitätengruppen-ID doppelt",
	  "activity group id %s occurs more than once in this Prozess",
	  "Die Aktivitätengruppen-ID %s kommt in diesem Prozess mehrfach vor",
	  0, check_p302, "fimkit recommendation (activity group ids identify the groups)" },
	{ "P401", FK_SEV_METHOD, 0, "REF", XP, "P, AG",
	  "form reference is not a Dokumentsteckbrief id",
	  "Formularverweis ist keine Dokumentsteckbrief-ID",
	  "%s \"%s\" is not a Dokumentsteckbrief id (D followed by 8 or 11 digits)",
	  "%s \"%s\" ist keine Dokumentsteckbrief-ID (D und 8 oder 11 Ziffern)",
	  0, check_p401, SRC_SCHEMA " (Formularverweis)" },
	{ "P402", FK_SEV_METHOD, 0, "REF", XP, "AG",
	  "stammformularID is not a Datenschema id", "stammformularID ist keine Datenschema-ID",
	  "%s \"%s\" is not a Datenschema id (S followed by 8 or 11 digits)",
	  "%s \"%s\" ist keine Datenschema-ID (S und 8 oder 11 Ziffern)",
	  0, check_p402, SRC_SCHEMA " (Formularverweis)" },
	{ "P403", FK_SEV_METHOD, 0, "REF", XP, "AG",
	  "elementId is not a field or group id", "elementId ist keine Feld- oder Gruppen-ID",
	  "%s \"%s\" is not a Datenfeld or Datenfeldgruppe id (F or G followed by 8 or 11 digits)",
	  "%s \"%s\" ist keine Datenfeld- oder Datenfeldgruppen-ID (F oder G und 8 oder 11 Ziffern)",
	  0, check_p403, SRC_SCHEMA " (Formularverweis)" },
	{ "P501", FK_SEV_WARNING, 0, "CL", XP, "PK, P",
	  "unknown code-list URI", "Unbekannte Codelisten-URI",
	  "list URI \"%s\" of %s is not a known spelling of its code list (e.g. %s)",
	  "Die Listen-URI \"%s\" von %s ist keine bekannte Schreibweise der Codeliste (z. B. %s)",
	  0, check_p501, SRC_SCHEMA "; FIM exports (urn:de: and urn:xoev-de:)" },
	{ "P601", FK_SEV_CRITICAL, 0, "FILE", XP, "P",
	  "embedded file cannot be decoded", "Eingebettete Datei nicht dekodierbar",
	  "embedded file \"%s\" has no decodable content (empty or not base64)",
	  "Eingebettete Datei \"%s\" hat keinen dekodierbaren Inhalt (leer oder kein base64)",
	  0, check_p601, SRC_SCHEMA " (Datei, base64)" },
	{ "P602", FK_SEV_WARNING, 0, "FILE", XP, "P",
	  "mime type does not fit the embedded file", "MIME-Typ passt nicht zur eingebetteten Datei",
	  "embedded file \"%s\": mime type \"%s\" does not fit the content (%s)",
	  "Eingebettete Datei \"%s\": MIME-Typ \"%s\" passt nicht zum Inhalt (%s)",
	  0, check_p602, "fimkit recommendation" },
	{ "P603", FK_SEV_CRITICAL, 0, "FILE", XP, "P",
	  "embedded ZIP archive cannot be read", "Eingebettetes ZIP-Archiv nicht lesbar",
	  "embedded file \"%s\": the ZIP archive cannot be read (%s)",
	  "Eingebettete Datei \"%s\": das ZIP-Archiv ist nicht lesbar (%s)",
	  0, check_p603, "FIM process exports (ZIP in Datei/inhalt)" },
	{ "P604", FK_SEV_METHOD, 0, "FILE", XP, "AG",
	  "subProzessID names no BPMN subProcess", "subProzessID benennt keinen BPMN-Teilprozess",
	  "subProzessID \"%s\" of activity group %s names no subProcess of the embedded BPMN model",
	  "Die subProzessID \"%s\" der Aktivitätengruppe %s benennt keinen subProcess des eingebetteten BPMN-Modells",
	  0, check_p604, SRC_SCHEMA " (subProzessID)" },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
