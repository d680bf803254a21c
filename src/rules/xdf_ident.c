/*
 * xdf_ident.c - XDatenfelder rules on identity, code values, texts and
 * status (families ID, ENUM, TEXT, STATUS).
 * Rule texts are fimkit's own; codes and default severities are those of
 * the FIM QS catalogue so that results compare with the FIM Portal.
 */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/latin.h"
#include "xdf_util.h"

#define BOTH (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)
#define XDF2 FK_APPLIES_XDF2
#define XDF3 FK_APPLIES_XDF3

#define K_S FK_KIND(FK_XDF_SCHEMA)
#define K_D FK_KIND(FK_XDF_DSB)
#define K_G FK_KIND(FK_XDF_GROUP)
#define K_F FK_KIND(FK_XDF_FIELD)
#define K_R FK_KIND(FK_XDF_RULE)

/* ---- helpers ------------------------------------------------------------------------ */

static int has_kind(const struct fk_xdf_obj *o, unsigned mask)
{
	return (FK_KIND(o->kind) & mask) != 0;
}

static const xmlNode *child(struct fk_rule_ctx *ctx, const xmlNode *n, const char *local)
{
	return fk_xdf_first(ctx->xdf, n, local);
}

static const char *code_of(struct fk_rule_ctx *ctx, const xmlNode *n, const char *local)
{
	return fk_xdf_code(ctx->xdf, n, local);
}

/* The element to point at: the child if present, else the object itself. */
static const xmlNode *at_child(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const char *local)
{
	const xmlNode *c = fk_obj_child(ctx, o, local);

	return c ? c : o->node;
}

static int in_list(const char *s, const char *const *list)
{
	if (!s)
		return 0;
	for (; *list; list++)
		if (!strcmp(s, *list))
			return 1;
	return 0;
}

/* The document's main object (schema, group or Dokumentsteckbrief). */
static const struct fk_xdf_obj *root_of(struct fk_rule_ctx *ctx)
{
	return ctx->xdf->root;
}

/* Groups and fields below the main object ("contained building blocks"). */
static int is_contained_block(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	return has_kind(o, K_G | K_F) && o != root_of(ctx);
}

/* letter + ndigits digits, nothing else */
static int id_format_ok(const char *id, const char *letters, size_t ndigits)
{
	if (!id || !*id || !strchr(letters, id[0]))
		return 0;
	if (strlen(id + 1) != ndigits)
		return 0;
	for (const char *p = id + 1; *p; p++)
		if (!isdigit((unsigned char)*p))
			return 0;
	return 1;
}

static size_t id_digits(struct fk_rule_ctx *ctx)
{
	return fk_is_xdf3(ctx) ? 11 : 8;
}

/* Untrimmed text content of an element or attribute node; free with xmlFree. */
static xmlChar *raw_text(const xmlNode *n)
{
	return n ? xmlNodeGetContent(n) : NULL;
}

/* Number of characters (code points) in a UTF-8 string. */
static size_t utf8_length(const char *s)
{
	size_t n = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xC0) != 0x80)
			n++;
	return n;
}

/* ---- 1009 / 1010: labels ----------------------------------------------------------- */

static void check_label(struct fk_rule_ctx *ctx, const char *local, unsigned kinds)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (has_kind(o, kinds) && fk_blank(fk_obj_text(ctx, o, local)))
			fk_rule_report(ctx, o, at_child(ctx, o, local), fk_kind(ctx, o->kind));
	}
}

static void check_1009(struct fk_rule_ctx *ctx)
{
	check_label(ctx, "bezeichnungEingabe", fk_is_xdf3(ctx) ? K_G | K_F : K_S | K_D | K_G | K_F);
}

static void check_1010(struct fk_rule_ctx *ctx)
{
	check_label(ctx, "bezeichnungAusgabe", K_G | K_F);
}

/* ---- code values (1027-1034, 1042) ------------------------------------------------- */

static const char *const feldart3[] = { "input", "select", "label", "hidden", "locked", NULL };
static const char *const feldart2[] = { "input", "select", "label", NULL };
static const char *const datentyp3[] = { "text", "text_latin", "date", "time", "datetime", "bool",
					 "num", "num_int", "num_currency", "file", "obj", NULL };
static const char *const datentyp2[] = { "text", "date", "bool", "num", "num_int", "num_currency",
					 "file", "obj", NULL };
static const char *const praedikate[] = { "ABL", "ERS", "EQU", "VKN", NULL };
static const char *const vorbefuellung[] = { "keine", "optional", "verpflichtend", NULL };
static const char *const elementarten[] = { "ABS", "HAR", "RNG", NULL };
static const char *const status3[] = { "1", "2", "3", "4", "5", "6", "7", NULL };
static const char *const status2[] = { "aktiv", "inVorbereitung", "inaktiv", NULL };
static const char *const modstruktur[] = { "0", "1", "2", "3", NULL };
static const char *const modrepr[] = { "0", "1", NULL };

/* Reports objects of the given kinds whose code `local` is missing or not in list. */
static void check_code(struct fk_rule_ctx *ctx, unsigned kinds, const char *local,
		       const char *const *list)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v;

		if (!has_kind(o, kinds))
			continue;
		v = code_of(ctx, o->node, local);
		if (!in_list(v, list))
			fk_rule_report(ctx, o, at_child(ctx, o, local), v ? v : "");
	}
}

static void check_1027(struct fk_rule_ctx *ctx)
{
	check_code(ctx, K_F, "feldart", fk_is_xdf3(ctx) ? feldart3 : feldart2);
}

static void check_1028(struct fk_rule_ctx *ctx)
{
	check_code(ctx, K_F, "datentyp", fk_is_xdf3(ctx) ? datentyp3 : datentyp2);
}

/* 1029: relation predicate. */
static void check_1029(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		for (const xmlNode *r = child(ctx, o->node, "relation"); r; r = fk_xdf_next(ctx->xdf, r)) {
			const char *v = code_of(ctx, r, "praedikat");

			if (!in_list(v, praedikate))
				fk_rule_report(ctx, o, r, v ? v : "");
		}
	}
}

static void check_1030(struct fk_rule_ctx *ctx)
{
	check_code(ctx, K_F, "vorbefuellung", vorbefuellung);
}

static void check_1031(struct fk_rule_ctx *ctx)
{
	check_code(ctx, K_G | K_F, "schemaelementart", elementarten);
}

static void check_1032(struct fk_rule_ctx *ctx)
{
	if (fk_is_xdf3(ctx))
		check_code(ctx, K_S | K_D | K_G | K_F, "freigabestatus", status3);
	else
		check_code(ctx, K_S | K_D | K_G | K_F | K_R, "status", status2);
}

static void check_1033(struct fk_rule_ctx *ctx)
{
	check_code(ctx, K_S, "ableitungsmodifikationenStruktur", modstruktur);
}

static void check_1034(struct fk_rule_ctx *ctx)
{
	check_code(ctx, K_S, "ableitungsmodifikationenRepraesentation", modrepr);
}

/* 1042: Gruppenart other than X (Auswahlgruppe). */
static void check_1042(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const xmlNode *art;
		const char *v;

		if (o->kind != FK_XDF_GROUP || !(art = fk_obj_child(ctx, o, "art")))
			continue;
		v = code_of(ctx, o->node, "art");
		if (!v || strcmp(v, "X"))
			fk_rule_report(ctx, o, art, v ? v : "");
	}
}

/* ---- 1038 / 1039: identifiers -------------------------------------------------------- */

static void check_1038(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (has_kind(o, K_D | K_G | K_F | K_R) && !o->id)
			fk_rule_report(ctx, o, at_child(ctx, o, "identifikation"),
				       fk_kind(ctx, o->kind));
		/* the children listed by a schema or group */
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_obj *c = o->entries[i].child;

			if (c && !c->id)
				fk_rule_report(ctx, o, o->entries[i].node, fk_kind(ctx, c->kind));
		}
		for (size_t i = 0; i < o->nrules; i++)
			if (!o->rules[i]->id)
				fk_rule_report(ctx, o, o->rules[i]->node,
					       fk_kind(ctx, o->rules[i]->kind));
	}
}

static void check_1039(struct fk_rule_ctx *ctx)
{
	size_t nd = id_digits(ctx);

	FK_FOR_EACH_DISTINCT(ctx, o) {
		char letter[2] = { fk_xdf_kind_letter(o->kind), '\0' };
		const xmlNode *n;

		if (o->id && !id_format_ok(o->id, letter, nd))
			fk_rule_report(ctx, o, at_child(ctx, o, "identifikation"), o->id, letter);
		if (!fk_is_xdf3(ctx)) {
			/* XDF2: the field's code-list reference has an id of its own */
			const xmlNode *cl = o->kind == FK_XDF_FIELD ? o->field.codeliste : NULL;
			const char *id = cl ? fk_xdf_text(ctx->xdf, child(ctx, cl, "identifikation"), "id")
					    : NULL;

			if (!fk_blank(id) && !id_format_ok(id, "C", nd))
				fk_rule_report(ctx, o, cl, id, "C");
			continue;
		}
		/* the schema's Dokumentsteckbrief reference */
		if (o->kind == FK_XDF_SCHEMA && (n = child(ctx, o->node, "dokumentsteckbrief")) != NULL) {
			const char *id = fk_xdf_text(ctx->xdf, n, "id");

			if (!fk_blank(id) && !id_format_ok(id, "D", nd))
				fk_rule_report(ctx, o, n, id, "D");
		}
		/* relation targets */
		for (n = child(ctx, o->node, "relation"); n; n = fk_xdf_next(ctx->xdf, n)) {
			const char *id = fk_xdf_text(ctx->xdf, child(ctx, n, "objekt"), "id");

			if (!fk_blank(id) && !id_format_ok(id, "SFGD", nd))
				fk_rule_report(ctx, o, n, id, "S, F, G, D");
		}
	}
}

/* 1050: Bezeichnung of schema and Dokumentsteckbrief. */
static void check_1050(struct fk_rule_ctx *ctx)
{
	check_label(ctx, "bezeichnung", K_S | K_D);
}

/* ---- 1098 / 1099: label equals help text ------------------------------------------- */

static int same_text(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const char *label,
		     const char *help)
{
	const char *l = fk_obj_text(ctx, o, label), *h = fk_obj_text(ctx, o, help);

	return !fk_blank(h) && l && !strcmp(l, h);
}

static void check_1098(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (has_kind(o, K_S | K_D)) {
			if (same_text(ctx, o, "bezeichnung", "hilfetext"))
				fk_rule_report(ctx, o, at_child(ctx, o, "hilfetext"), "hilfetext");
		} else if (has_kind(o, K_G | K_F)) {
			if (same_text(ctx, o, "bezeichnungEingabe", "hilfetextEingabe"))
				fk_rule_report(ctx, o, at_child(ctx, o, "hilfetextEingabe"),
					       "hilfetextEingabe");
			else if (same_text(ctx, o, "bezeichnungAusgabe", "hilfetextAusgabe"))
				fk_rule_report(ctx, o, at_child(ctx, o, "hilfetextAusgabe"),
					       "hilfetextAusgabe");
		}
	}
}

static void check_1099(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const xmlNode *werte = o->kind == FK_XDF_FIELD ? o->field.werte : NULL;

		for (const xmlNode *w = child(ctx, werte, "wert"); w; w = fk_xdf_next(ctx->xdf, w)) {
			const char *name = fk_xdf_text(ctx->xdf, w, "name");
			const char *hilfe = fk_xdf_text(ctx->xdf, w, "hilfe");

			if (!fk_blank(hilfe) && name && !strcmp(name, hilfe)) {
				const char *c = fk_xdf_text(ctx->xdf, w, "code");

				fk_rule_report(ctx, o, w, c ? c : "");
				break;
			}
		}
	}
}

/* ---- status ---------------------------------------------------------------------------- */

/* 1116: a schema or group lists an inactive child. */
static void check_1116(struct fk_rule_ctx *ctx)
{
	const char *inactive = fk_is_xdf3(ctx) ? "7" : "inaktiv";

	FK_FOR_EACH_DISTINCT(ctx, o) {
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_obj *c = o->entries[i].child;

			if (c && c->status && !strcmp(c->status, inactive))
				fk_rule_report(ctx, o, o->entries[i].node, c->id ? c->id : "?");
		}
	}
}

/* 1117: who set the status (XDF3 statusGesetztDurch; rules and XDF2: fachlicherErsteller). */
static void check_1117(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *local = fk_is_xdf3(ctx) && o->kind != FK_XDF_RULE ? "statusGesetztDurch"
									  : "fachlicherErsteller";

		if (fk_blank(fk_obj_text(ctx, o, local)))
			fk_rule_report(ctx, o, at_child(ctx, o, local), fk_kind(ctx, o->kind), local);
	}
}

/* 1119 (XDF2): status other than aktiv. */
static void check_1119(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (has_kind(o, K_S | K_D | K_G | K_F) && (!o->status || strcmp(o->status, "aktiv")))
			fk_rule_report(ctx, o, at_child(ctx, o, "status"), o->status ? o->status : "");
	}
}

/* The main object's publication date when it is of kind `kind`, else NULL. */
static const char *published_root(struct fk_rule_ctx *ctx, enum fk_xdf_kind kind)
{
	const struct fk_xdf_obj *r = root_of(ctx);
	const char *d;

	if (!r || r->kind != kind)
		return NULL;
	d = fk_obj_text(ctx, r, "veroeffentlichungsdatum");
	return fk_blank(d) ? NULL : d;
}

/* 1127 / 1128: contained block without publication date in a published root. */
static void check_unpublished(struct fk_rule_ctx *ctx, enum fk_xdf_kind rootkind)
{
	const char *date = published_root(ctx, rootkind);

	if (!date)
		return;
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (is_contained_block(ctx, o) && fk_blank(fk_obj_text(ctx, o, "veroeffentlichungsdatum")))
			fk_rule_report(ctx, o, NULL, fk_kind(ctx, o->kind), date);
	}
}

static void check_1127(struct fk_rule_ctx *ctx) { check_unpublished(ctx, FK_XDF_SCHEMA); }
static void check_1128(struct fk_rule_ctx *ctx) { check_unpublished(ctx, FK_XDF_GROUP); }

/* Status missing or a number below 3 (in Planung, in Bearbeitung). */
static int status_below_draft(const char *s)
{
	char *end;
	double v;

	if (fk_blank(s))
		return 1;
	v = strtod(s, &end);
	return end != s && *end == '\0' && v < 3;
}

/* 1129 / 1130: contained block below status Entwurf in a published root. */
static void check_draft(struct fk_rule_ctx *ctx, enum fk_xdf_kind rootkind)
{
	const char *date = published_root(ctx, rootkind);

	if (!date)
		return;
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (is_contained_block(ctx, o) && status_below_draft(o->status))
			fk_rule_report(ctx, o, at_child(ctx, o, "freigabestatus"),
				       fk_kind(ctx, o->kind), o->status ? o->status : "");
	}
}

static void check_1129(struct fk_rule_ctx *ctx) { check_draft(ctx, FK_XDF_SCHEMA); }
static void check_1130(struct fk_rule_ctx *ctx) { check_draft(ctx, FK_XDF_GROUP); }

/* ---- 1131: String.Latin+ characters ----------------------------------------------------- */


static void latin_check_node(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const xmlNode *n)
{
	xmlChar *t = raw_text(n);
	unsigned long cp = t ? fk_latin_first_bad((const char *)t) : 0;

	if (cp) {
		char hex[32];

		snprintf(hex, sizeof(hex), "U+%04lX", cp);
		fk_rule_report(ctx, o, n, (const char *)n->name, hex);
	}
	xmlFree(t);
}

static void latin_check_all(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o,
			    const xmlNode *parent, const char *local)
{
	for (const xmlNode *n = child(ctx, parent, local); n; n = fk_xdf_next(ctx->xdf, n))
		latin_check_node(ctx, o, n);
}

static void check_1131(struct fk_rule_ctx *ctx)
{
	static const char *const schema[] = { "name", "bezeichnung", "hilfetext", "beschreibung",
					      "definition", "statusGesetztDurch", NULL };
	static const char *const block[] = { "name", "definition", "beschreibung",
					     "bezeichnungEingabe", "bezeichnungAusgabe",
					     "hilfetextEingabe", "hilfetextAusgabe",
					     "statusGesetztDurch", "inhalt", NULL };
	static const char *const dsb[] = { "name", "statusGesetztDurch", NULL };
	static const char *const rule[] = { "name", "freitextRegel", "beschreibung",
					    "fachlicherErsteller", NULL };

	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *const *texts = o->kind == FK_XDF_SCHEMA ? schema
					 : o->kind == FK_XDF_DSB ? dsb
					 : o->kind == FK_XDF_RULE ? rule : block;

		for (; *texts; texts++)
			latin_check_node(ctx, o, child(ctx, o->node, *texts));
		latin_check_all(ctx, o, o->node, "bezug");
		for (size_t i = 0; i < o->nentries; i++)
			latin_check_all(ctx, o, o->entries[i].node, "bezug");
	}
}

/* ---- 1134 / 1135: versions ------------------------------------------------------------- */

/* Nummernkreis: characters 2-3 of an id. */
static int same_nummernkreis(const char *a, const char *b)
{
	return a && b && strlen(a) >= 3 && strlen(b) >= 3 && a[1] == b[1] && a[2] == b[2];
}

static void check_1134(struct fk_rule_ctx *ctx)
{
	const struct fk_xdf_obj *r = root_of(ctx);

	if (!r || r->version)
		return;
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *art;

		if (!is_contained_block(ctx, o) || !o->version || !same_nummernkreis(o->id, r->id))
			continue;
		art = fk_obj_art(ctx, o);
		if (art && !strcmp(art, "RNG"))
			fk_rule_report(ctx, o, at_child(ctx, o, "identifikation"), o->version);
	}
}

static void check_1135(struct fk_rule_ctx *ctx)
{
	const struct fk_xdf_obj *r = root_of(ctx);

	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (!is_contained_block(ctx, o))
			continue;
		/* a field without version in a versioned document */
		if (o->kind == FK_XDF_FIELD && r && r->version && !o->version)
			fk_rule_report(ctx, o, at_child(ctx, o, "identifikation"),
				       o->id ? o->id : "?", r->id ? r->id : "?");
		/* a versioned group listing a child without version */
		if (o->kind == FK_XDF_GROUP && o->version) {
			for (size_t i = 0; i < o->nentries; i++) {
				const struct fk_xdf_obj *c = o->entries[i].child;

				if (c && !c->version)
					fk_rule_report(ctx, o, o->entries[i].node,
						       c->id ? c->id : "?", o->id ? o->id : "?");
			}
		}
	}
}

/* ---- 1136-1138: recommended lengths ------------------------------------------------------ */

struct length_limit {
	const char *local;
	size_t max;
};

/* Recommended maximum lengths (characters) per text element. */
static const struct length_limit length_limits[] = {
	{ "versionshinweis", 255 }, { "name", 255 }, { "stichwort", 500 },
	{ "definition", 5000 }, { "bezug", 255 }, { "beschreibung", 5000 },
	{ "bezeichnung", 255 }, { "bezeichnungEingabe", 255 }, { "bezeichnungAusgabe", 255 },
	{ "hilfetext", 500 }, { "hilfetextEingabe", 500 }, { "hilfetextAusgabe", 500 },
	{ "pattern", 500 }, { "code", 20 }, { "hilfe", 500 }, { "inhalt", 5000 },
	{ "freitextRegel", 5000 }, { "statusGesetztDurch", 255 }, { "fachlicherErsteller", 255 },
	{ NULL, 0 },
};
#define URI_LIMIT 255   /* 1137: uri, canonicalVersionUri */
#define LINK_LIMIT 255  /* 1138: bezug/@link */

static size_t limit_of(const char *local)
{
	for (const struct length_limit *l = length_limits; l->local; l++)
		if (!strcmp(l->local, local))
			return l->max;
	return 0;
}

/* Reports node (element or attribute) when longer than max; which picks the rule. */
static void length_check(struct fk_rule_ctx *ctx, int which, const struct fk_xdf_obj *o,
			 const xmlNode *n, size_t max)
{
	xmlChar *t;
	size_t len;

	if (!n || !max)
		return;
	t = raw_text(n);
	len = t ? utf8_length((const char *)t) : 0;
	xmlFree(t);
	if (len <= max)
		return;
	if (which == 1136)
		fk_rule_report(ctx, o, n, (const char *)n->name, len, max);
	else
		fk_rule_report(ctx, o, n->type == XML_ATTRIBUTE_NODE ? n->parent : n,
			       (const char *)n->name, len, max);
}

static const xmlNode *attr_node(const xmlNode *n, const char *name)
{
	return n ? (const xmlNode *)xmlHasProp(n, (const xmlChar *)name) : NULL;
}

/* The text elements of an object the length rules look at. */
static const char *const *length_texts(const struct fk_xdf_obj *o)
{
	static const char *const schema[] = { "versionshinweis", "name", "definition", "beschreibung",
					      "bezeichnung", "hilfetext", "statusGesetztDurch", NULL };
	static const char *const block[] = { "versionshinweis", "name", "definition", "beschreibung",
					     "bezeichnungEingabe", "bezeichnungAusgabe",
					     "hilfetextEingabe", "hilfetextAusgabe",
					     "statusGesetztDurch", "inhalt", NULL };
	static const char *const dsb[] = { "versionshinweis", "name", "statusGesetztDurch", NULL };
	static const char *const rule[] = { "name", "freitextRegel", "beschreibung",
					    "fachlicherErsteller", NULL };

	switch (o->kind) {
	case FK_XDF_SCHEMA: return schema;
	case FK_XDF_DSB: return dsb;
	case FK_XDF_RULE: return rule;
	default: return block;
	}
}

/* which: 1136 texts, 1137 URIs, 1138 links */
static void check_lengths(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const xmlNode *n;

		if (which == 1136) {
			for (const char *const *t = length_texts(o); *t; t++)
				length_check(ctx, which, o, child(ctx, o->node, *t), limit_of(*t));
		}
		for (n = child(ctx, o->node, "stichwort"); n; n = fk_xdf_next(ctx->xdf, n)) {
			if (which == 1136)
				length_check(ctx, which, o, n, limit_of("stichwort"));
			else if (which == 1137)
				length_check(ctx, which, o, attr_node(n, "uri"), URI_LIMIT);
		}
		/* the object's own legal references and those of its structure entries */
		for (size_t i = 0; i <= o->nentries; i++) {
			const xmlNode *owner = i < o->nentries ? o->entries[i].node : o->node;

			for (n = child(ctx, owner, "bezug"); n; n = fk_xdf_next(ctx->xdf, n)) {
				if (which == 1136)
					length_check(ctx, which, o, n, limit_of("bezug"));
				else if (which == 1138)
					length_check(ctx, which, o, attr_node(n, "link"), LINK_LIMIT);
			}
		}
		if (o->kind != FK_XDF_FIELD)
			continue;
		if (which == 1136) {
			length_check(ctx, which, o, attr_node(o->field.praezisierung, "pattern"),
				     limit_of("pattern"));
			for (n = child(ctx, o->field.werte, "wert"); n; n = fk_xdf_next(ctx->xdf, n)) {
				length_check(ctx, which, o, child(ctx, n, "code"), limit_of("code"));
				length_check(ctx, which, o, child(ctx, n, "name"), limit_of("name"));
				length_check(ctx, which, o, child(ctx, n, "hilfe"), limit_of("hilfe"));
			}
		} else if (which == 1137) {
			length_check(ctx, which, o, child(ctx, o->field.codeliste, "canonicalVersionUri"),
				     URI_LIMIT);
		}
	}
}

static void check_1136(struct fk_rule_ctx *ctx) { check_lengths(ctx, 1136); }
static void check_1137(struct fk_rule_ctx *ctx) { check_lengths(ctx, 1137); }
static void check_1138(struct fk_rule_ctx *ctx) { check_lengths(ctx, 1138); }

/* ---- 1140-1144: who and when --------------------------------------------------------------- */

static int fim_baustein(const char *s)
{
	return s && (!strcmp(s, "FIM-Baustein Datenfelder") || !strcmp(s, "FIM Baustein Datenfelder"));
}

static int nummernkreis_60(const char *id)
{
	return id && strlen(id) >= 3 && id[1] == '6' && id[2] == '0';
}

static void check_baustein(struct fk_rule_ctx *ctx, unsigned kinds)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *local = o->kind == FK_XDF_RULE ? "fachlicherErsteller" : "statusGesetztDurch";
		const char *who;

		if (!has_kind(o, kinds) || nummernkreis_60(o->id))
			continue;
		who = fk_obj_text(ctx, o, local);
		if (fim_baustein(who))
			fk_rule_report(ctx, o, at_child(ctx, o, local), who);
	}
}

static void check_1140(struct fk_rule_ctx *ctx) { check_baustein(ctx, K_G | K_F | K_R); }
static void check_1141(struct fk_rule_ctx *ctx) { check_baustein(ctx, K_S); }

static void check_status_date(struct fk_rule_ctx *ctx, unsigned kinds)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (!has_kind(o, kinds) || fk_blank(o->status) || !strcmp(o->status, "1") ||
		    !strcmp(o->status, "2"))
			continue;
		if (fk_blank(fk_obj_text(ctx, o, "statusGesetztAm")))
			fk_rule_report(ctx, o, at_child(ctx, o, "freigabestatus"), o->status);
	}
}

static void check_1142(struct fk_rule_ctx *ctx) { check_status_date(ctx, K_G | K_F); }
static void check_1143(struct fk_rule_ctx *ctx) { check_status_date(ctx, K_S); }
static void check_1144(struct fk_rule_ctx *ctx) { check_status_date(ctx, K_D); }

/* 1002: every object needs a name. */
static void check_1002(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (fk_blank(fk_obj_text(ctx, o, "name")))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "name"), fk_kind(ctx, o->kind));
	}
}

const struct fk_rule fk_rules_xdf_ident[] = {
	{ "1002", FK_SEV_CRITICAL, 0, "ID", BOTH, "DS, DFG, DF, DSB, Regel",
	  "name is empty", "Name ist leer",
	  "the %s has no name", "Das Element (%s) hat keinen Namen",
	  0, check_1002, NULL },
	{ "1009", FK_SEV_CRITICAL, 0, "ID", BOTH, "DF, DFG (XDF2 also DS, DSB)",
	  "input label is empty", "Bezeichnung Eingabe ist leer",
	  "the %s has no input label (bezeichnungEingabe)",
	  "Das Element (%s) hat keine Bezeichnung Eingabe",
	  0, check_1009, NULL },
	{ "1010", FK_SEV_CRITICAL, 0, "ID", BOTH, "DF, DFG",
	  "output label is empty", "Bezeichnung Ausgabe ist leer",
	  "the %s has no output label (bezeichnungAusgabe)",
	  "Das Element (%s) hat keine Bezeichnung Ausgabe",
	  0, check_1010, NULL },
	{ "1027", FK_SEV_CRITICAL, 0, "ENUM", BOTH, "DF",
	  "unknown Feldart", "Unbekannte Feldart",
	  "Feldart '%s' is missing or not a known code",
	  "Die Feldart '%s' fehlt oder ist kein bekannter Code",
	  0, check_1027, NULL },
	{ "1028", FK_SEV_CRITICAL, 0, "ENUM", BOTH, "DF",
	  "unknown Datentyp", "Unbekannter Datentyp",
	  "Datentyp '%s' is missing or not a known code",
	  "Der Datentyp '%s' fehlt oder ist kein bekannter Code",
	  0, check_1028, NULL },
	{ "1029", FK_SEV_CRITICAL, 0, "REL", XDF3, "DS, DFG, DF, DSB",
	  "unknown relation predicate", "Unbekanntes Prädikat einer Relation",
	  "relation predicate '%s' is missing or not one of ABL, ERS, EQU, VKN",
	  "Das Prädikat '%s' der Relation fehlt oder ist nicht ABL, ERS, EQU oder VKN",
	  0, check_1029, NULL },
	{ "1030", FK_SEV_CRITICAL, 0, "ENUM", XDF3, "DF",
	  "unknown Vorbefüllung", "Unbekannte Vorbefüllung",
	  "vorbefuellung '%s' is missing or not one of keine, optional, verpflichtend",
	  "Die Vorbefüllung '%s' fehlt oder ist nicht keine, optional oder verpflichtend",
	  0, check_1030, NULL },
	{ "1031", FK_SEV_CRITICAL, 0, "ENUM", BOTH, "DF, DFG",
	  "unknown Strukturelementart", "Unbekannte Strukturelementart",
	  "schemaelementart '%s' is missing or not one of ABS, HAR, RNG",
	  "Die Strukturelementart '%s' fehlt oder ist nicht ABS, HAR oder RNG",
	  0, check_1031, NULL },
	{ "1032", FK_SEV_CRITICAL, 0, "ENUM", BOTH, "DS, DFG, DF, DSB (XDF2 also Regel)",
	  "unknown status", "Unbekannter Status",
	  "status '%s' is missing or not a known code",
	  "Der Status '%s' fehlt oder ist kein bekannter Code",
	  0, check_1032, NULL },
	{ "1033", FK_SEV_CRITICAL, 0, "ENUM", BOTH, "DS",
	  "unknown structure modification code", "Unbekannte Änderbarkeit der Struktur",
	  "ableitungsmodifikationenStruktur '%s' is missing or not one of 0, 1, 2, 3",
	  "Die Änderbarkeit der Struktur '%s' fehlt oder ist nicht 0, 1, 2 oder 3",
	  0, check_1033, NULL },
	{ "1034", FK_SEV_CRITICAL, 0, "ENUM", BOTH, "DS",
	  "unknown representation modification code", "Unbekannte Änderbarkeit der Repräsentation",
	  "ableitungsmodifikationenRepraesentation '%s' is missing or not one of 0, 1",
	  "Die Änderbarkeit der Repräsentation '%s' fehlt oder ist nicht 0 oder 1",
	  0, check_1034, NULL },
	{ "1038", FK_SEV_CRITICAL, 0, "ID", BOTH, "DFG, DF, DSB, Regel, children",
	  "id is empty", "ID ist leer",
	  "a %s has no id", "Ein Element (%s) hat keine ID",
	  0, check_1038, NULL },
	{ "1039", FK_SEV_CRITICAL, 0, "ID", BOTH, "DS, DFG, DF, DSB, Regel, relation targets",
	  "id has the wrong form", "ID hat das falsche Format",
	  "id '%s' is not a letter (%s) followed by the expected number of digits",
	  "Die ID '%s' besteht nicht aus einem Buchstaben (%s) und der vorgesehenen Zahl von Ziffern",
	  0, check_1039, NULL },
	{ "1042", FK_SEV_CRITICAL, 0, "ENUM", XDF3, "DFG",
	  "unknown Gruppenart", "Unbekannte Gruppenart",
	  "Gruppenart '%s' is not X (choice group)",
	  "Die Gruppenart '%s' ist nicht X (Auswahlgruppe)",
	  0, check_1042, NULL },
	{ "1050", FK_SEV_CRITICAL, 0, "ID", XDF3, "DS, DSB",
	  "Bezeichnung is empty", "Bezeichnung ist leer",
	  "the %s has no bezeichnung", "Das Element (%s) hat keine Bezeichnung",
	  0, check_1050, NULL },
	{ "1098", FK_SEV_METHOD, 0, "TEXT", XDF3, "DS, DFG, DF, DSB",
	  "help text repeats the label", "Hilfetext wiederholt die Bezeichnung",
	  "%s only repeats the label", "Der %s wiederholt nur die Bezeichnung",
	  0, check_1098, NULL },
	{ "1099", FK_SEV_METHOD, 0, "TEXT", XDF3, "DF Werteliste",
	  "value help repeats the value name", "Hilfe eines Werts wiederholt dessen Namen",
	  "the help of value '%s' only repeats its name",
	  "Die Hilfe zum Wert '%s' wiederholt nur dessen Namen",
	  0, check_1099, NULL },
	{ "1116", FK_SEV_WARNING, 0, "STATUS", BOTH, "DS, DFG children",
	  "inactive child element", "Inaktives Unterelement",
	  "child %s has the status inactive",
	  "Das Unterelement %s hat den Status inaktiv",
	  0, check_1116, NULL },
	{ "1117", FK_SEV_INFO, 1, "STATUS", BOTH, "DS, DFG, DF, DSB, Regel",
	  "nobody set the status", "Niemand hat den Status gesetzt",
	  "the %s has no %s", "Das Element (%s) hat kein %s",
	  0, check_1117, NULL },
	{ "1119", FK_SEV_WARNING, 1, "STATUS", XDF2, "DS, DFG, DF, DSB",
	  "status is not aktiv", "Status ist nicht aktiv",
	  "status '%s' is not aktiv", "Der Status '%s' ist nicht aktiv",
	  0, check_1119, NULL },
	{ "1127", FK_SEV_INFO, 0, "STATUS", XDF3, "children of published DS",
	  "unpublished element in a published schema",
	  "Unveröffentlichtes Element in veröffentlichtem Datenschema",
	  "the %s has no publication date although the schema was published on %s",
	  "Das Element (%s) hat kein Veröffentlichungsdatum, das Datenschema wurde am %s veröffentlicht",
	  0, check_1127, NULL },
	{ "1128", FK_SEV_INFO, 0, "STATUS", XDF3, "children of published DFG",
	  "unpublished element in a published group",
	  "Unveröffentlichtes Element in veröffentlichter Datenfeldgruppe",
	  "the %s has no publication date although the group was published on %s",
	  "Das Element (%s) hat kein Veröffentlichungsdatum, die Datenfeldgruppe wurde am %s veröffentlicht",
	  0, check_1128, NULL },
	{ "1129", FK_SEV_INFO, 0, "STATUS", XDF3, "children of published DS",
	  "element below draft status in a published schema",
	  "Element vor Entwurfsstatus in veröffentlichtem Datenschema",
	  "the %s has status '%s', below Entwurf, in a published schema",
	  "Das Element (%s) hat den Status '%s' (vor Entwurf) in einem veröffentlichten Datenschema",
	  0, check_1129, NULL },
	{ "1130", FK_SEV_INFO, 0, "STATUS", XDF3, "children of published DFG",
	  "element below draft status in a published group",
	  "Element vor Entwurfsstatus in veröffentlichter Datenfeldgruppe",
	  "the %s has status '%s', below Entwurf, in a published group",
	  "Das Element (%s) hat den Status '%s' (vor Entwurf) in einer veröffentlichten Datenfeldgruppe",
	  0, check_1130, NULL },
	{ "1131", FK_SEV_CRITICAL, 0, "TEXT", XDF3, "texts of DS, DFG, DF, DSB, Regel",
	  "character outside String.Latin", "Zeichen außerhalb von String.Latin",
	  "%s contains %s, a character outside String.Latin (DIN 91379)",
	  "%s enthält %s, ein Zeichen außerhalb von String.Latin (DIN 91379)",
	  0, check_1131, NULL },
	{ "1134", FK_SEV_INFO, 0, "STATUS", XDF3, "DF, DFG in unversioned root",
	  "versioned own legal element in a work copy",
	  "Versioniertes eigenes rechtsnormgebundenes Element in Arbeitskopie",
	  "version %s of an RNG element of the own Nummernkreis is used in a work copy",
	  "Version %s eines rechtsnormgebundenen Elements des eigenen Nummernkreises wird in einer Arbeitskopie verwendet",
	  0, check_1134, NULL },
	{ "1135", FK_SEV_CRITICAL, 0, "STATUS", XDF3, "DF, DFG in versioned root",
	  "unversioned element in a versioned one", "Unversioniertes Element in versioniertem",
	  "%s has no version but is contained in the versioned %s",
	  "%s hat keine Version, ist aber im versionierten %s enthalten",
	  0, check_1135, NULL },
	{ "1136", FK_SEV_INFO, 0, "TEXT", XDF3, "text attributes",
	  "text longer than recommended", "Text länger als empfohlen",
	  "%s has %zu characters, more than the recommended %zu",
	  "%s hat %zu Zeichen, mehr als die empfohlenen %zu",
	  0, check_1136, NULL },
	{ "1137", FK_SEV_INFO, 0, "TEXT", XDF3, "uri, canonicalVersionUri",
	  "URI longer than recommended", "URI länger als empfohlen",
	  "%s has %zu characters, more than the recommended %zu",
	  "%s hat %zu Zeichen, mehr als die empfohlenen %zu",
	  0, check_1137, NULL },
	{ "1138", FK_SEV_INFO, 0, "TEXT", XDF3, "bezug/@link",
	  "link longer than recommended", "Link länger als empfohlen",
	  "%s has %zu characters, more than the recommended %zu",
	  "%s hat %zu Zeichen, mehr als die empfohlenen %zu",
	  0, check_1138, NULL },
	{ "1140", FK_SEV_METHOD, 0, "STATUS", XDF3, "DF, DFG, Regel",
	  "FIM-Baustein as creator outside Nummernkreis 60",
	  "FIM-Baustein als Ersteller außerhalb Nummernkreis 60",
	  "'%s' is reserved for elements of Nummernkreis 60",
	  "'%s' ist Elementen des Nummernkreises 60 vorbehalten",
	  0, check_1140, NULL },
	{ "1141", FK_SEV_METHOD, 0, "STATUS", XDF3, "DS",
	  "FIM-Baustein as creator outside Nummernkreis 60",
	  "FIM-Baustein als Ersteller außerhalb Nummernkreis 60",
	  "'%s' is reserved for schemas of Nummernkreis 60",
	  "'%s' ist Datenschemata des Nummernkreises 60 vorbehalten",
	  0, check_1141, NULL },
	{ "1142", FK_SEV_CRITICAL, 0, "STATUS", XDF3, "DF, DFG",
	  "status date missing", "Datum der Statusänderung fehlt",
	  "status %s requires statusGesetztAm",
	  "Der Status %s verlangt ein Datum in statusGesetztAm",
	  0, check_1142, NULL },
	{ "1143", FK_SEV_CRITICAL, 0, "STATUS", XDF3, "DS",
	  "status date missing", "Datum der Statusänderung fehlt",
	  "status %s requires statusGesetztAm",
	  "Der Status %s verlangt ein Datum in statusGesetztAm",
	  0, check_1143, NULL },
	{ "1144", FK_SEV_CRITICAL, 0, "STATUS", XDF3, "DSB",
	  "status date missing", "Datum der Statusänderung fehlt",
	  "status %s requires statusGesetztAm",
	  "Der Status %s verlangt ein Datum in statusGesetztAm",
	  0, check_1144, NULL },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
