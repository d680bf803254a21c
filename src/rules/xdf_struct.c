/*
 * xdf_struct.c - XDatenfelder rules on structure, legal basis, Dokument-
 * steckbrief and relations (families STRUCT, LEGAL, DSB, REL).
 * Rule texts are fimkit's own; codes and default severities are those of
 * the FIM QS catalogue so that results compare with the FIM Portal.
 *
 * Findings about a structure entry (struktur) are reported under the
 * schema or group that holds the entry, as the reference QS report does.
 */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "xdf_util.h"

#define BOTH (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)
#define XDF2 FK_APPLIES_XDF2
#define XDF3 FK_APPLIES_XDF3

/* The default field every schema may use as a placeholder. */
#define DEFAULT_FIELD "F60000000001"
/* The default Dokumentsteckbrief for schemas not yet assigned to one. */
#define DEFAULT_DSB "D99000000001"

/* ---- helpers ------------------------------------------------------------------------ */

static int is_kind(const struct fk_xdf_obj *o, unsigned mask)
{
	return (FK_KIND(o->kind) & mask) != 0;
}

static int streq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Same id and the same version (both absent counts as the same). */
static int same_ident(const struct fk_xdf_obj *a, const struct fk_xdf_obj *b)
{
	if (!a || !b || !a->id || !b->id || strcmp(a->id, b->id))
		return 0;
	if (!a->version || !b->version)
		return !a->version && !b->version;
	return !strcmp(a->version, b->version);
}

static const char *id_or(const struct fk_xdf_obj *o)
{
	return o && o->id ? o->id : "?";
}

/* The group's Gruppenart code (X = Auswahlgruppe), NULL when absent. */
static const char *group_art(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	return fk_xdf_code(ctx->xdf, o->node, "art");
}

static int is_choice_group(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	return o->kind == FK_XDF_GROUP && streq(group_art(ctx, o), "X");
}

/* letter followed by exactly `digits` digits */
static int id_form(const char *id, const char *letters, size_t digits)
{
	if (!id || !*id || !strchr(letters, id[0]))
		return 0;
	for (size_t i = 1; i <= digits; i++)
		if (!isdigit((unsigned char)id[i]))
			return 0;
	return id[digits + 1] == '\0';
}

/* The Dokumentsteckbrief of a Dokumentsteckbrief message, or NULL. */
static const struct fk_xdf_obj *message_dsb(struct fk_rule_ctx *ctx)
{
	const struct fk_xdf_model *m = ctx->xdf;

	return m->root && m->root->kind == FK_XDF_DSB ? m->root : NULL;
}

/* ---- 1046 / 1047 / 1021: multiplicity of structure entries -------------------------- */

static void check_anzahl(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_entry *e = &o->entries[i];
			const xmlNode *at = fk_xdf_first(ctx->xdf, e->node, "anzahl");
			const char *child = id_or(e->child);

			if (which == 1046 && !e->anzahl_valid)
				fk_rule_report(ctx, o, at ? at : e->node, e->anzahl ? e->anzahl : "", child);
			else if (which == 1047 && e->anzahl_valid && e->max >= 0 && e->min > e->max)
				fk_rule_report(ctx, o, at, e->anzahl, child);
			else if (which == 1021 && e->anzahl_valid && e->min == 0 && e->max == 0)
				fk_rule_report(ctx, o, at, child);
		}
	}
}

static void check_1046(struct fk_rule_ctx *ctx) { check_anzahl(ctx, 1046); }
static void check_1047(struct fk_rule_ctx *ctx) { check_anzahl(ctx, 1047); }
static void check_1021(struct fk_rule_ctx *ctx) { check_anzahl(ctx, 1021); }

/* ---- 1003: one building block in several versions ---------------------------------- */

static void check_1003(struct fk_rule_ctx *ctx)
{
	struct fk_xdf_model *m = ctx->xdf;

	FK_FOR_EACH_DISTINCT(ctx, o) {
		size_t others = 0;

		if (!is_kind(o, FK_KIND(FK_XDF_GROUP) | FK_KIND(FK_XDF_FIELD)) || !o->id)
			continue;
		for (size_t j = 0; j < m->ndistinct; j++) {
			const struct fk_xdf_obj *p = m->distinct[j];

			if (p != o && p->kind == o->kind && streq(p->id, o->id) && !same_ident(p, o))
				others++;
		}
		if (others)
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "identifikation"), o->id,
				       o->version ? o->version : "-", (int)others + 1);
	}
}

/* ---- 1004 / 1025: the same child twice in one schema or group ------------------------ */

static void check_duplicates(struct fk_rule_ctx *ctx, enum fk_xdf_kind kind)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind != kind)
			continue;
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_obj *c = o->entries[i].child;
			size_t before = 0;

			if (!c || !c->id)
				continue;
			for (size_t j = 0; j < i; j++)
				if (same_ident(o->entries[j].child, c))
					before++;
			/* report at the second occurrence only */
			if (before == 1)
				fk_rule_report(ctx, o, o->entries[i].node, c->id,
					       c->version ? c->version : "-");
		}
	}
}

static void check_1004(struct fk_rule_ctx *ctx) { check_duplicates(ctx, FK_XDF_GROUP); }
static void check_1025(struct fk_rule_ctx *ctx) { check_duplicates(ctx, FK_XDF_SCHEMA); }

/* ---- 1006 / 1101 / 1014: Strukturelementart of groups and fields --------------------- */

static void check_art_bezug(struct fk_rule_ctx *ctx, const char *want)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (!is_kind(o, FK_KIND(FK_XDF_GROUP) | FK_KIND(FK_XDF_FIELD)))
			continue;
		if (streq(fk_obj_art(ctx, o), want) && !fk_obj_has_bezug(ctx, o->node))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "schemaelementart"),
				       fk_kind(ctx, o->kind));
	}
}

static void check_1006(struct fk_rule_ctx *ctx) { check_art_bezug(ctx, "RNG"); }
static void check_1101(struct fk_rule_ctx *ctx) { check_art_bezug(ctx, "HAR"); }

static void check_1014(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_FIELD && streq(fk_obj_art(ctx, o), "ABS"))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "schemaelementart"));
	}
}

/* ---- 1007 / 1096 / 1097 / 1124: the schema's Dokumentsteckbrief ----------------------- */

/* The schema's dokumentsteckbrief/id element and its text (NULL: none). */
static const char *schema_dsb_id(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *s,
				 const xmlNode **at)
{
	const xmlNode *d = fk_obj_child(ctx, s, "dokumentsteckbrief");
	const xmlNode *id = fk_xdf_first(ctx->xdf, d, "id");
	const char *text = fk_xdf_node_text(ctx->xdf, id);

	*at = id ? id : d;
	return fk_blank(text) ? NULL : text;
}

static void check_schema_dsb(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const xmlNode *at;
		const char *id;

		if (o->kind != FK_XDF_SCHEMA)
			continue;
		id = schema_dsb_id(ctx, o, &at);
		if (which == 1007) {
			if (!id)
				fk_rule_report(ctx, o, at);
			continue;
		}
		if (!id_form(id, "D", 11))
			continue;   /* a malformed id is a matter for 1039 */
		if (which == 1124 && strncmp(id, "D99", 3) != 0) {
			fk_rule_report(ctx, o, at, id);
		} else if ((which == 1096 || which == 1097) && !strcmp(id, DEFAULT_DSB)) {
			int released = streq(o->status, "4") || streq(o->status, "5") ||
				       streq(o->status, "6");

			if ((which == 1097) == released)
				fk_rule_report(ctx, o, at, o->status ? o->status : "-");
		}
	}
}

static void check_1007(struct fk_rule_ctx *ctx) { check_schema_dsb(ctx, 1007); }
static void check_1096(struct fk_rule_ctx *ctx) { check_schema_dsb(ctx, 1096); }
static void check_1097(struct fk_rule_ctx *ctx) { check_schema_dsb(ctx, 1097); }
static void check_1124(struct fk_rule_ctx *ctx) { check_schema_dsb(ctx, 1124); }

/* ---- Dokumentsteckbrief contents: 1008 1049 1052 1053 1054 1055 1092 1107 ------------ */

/* istAbstrakt as xs:boolean: 1 true, 0 false, -1 missing or not a boolean. */
static int dsb_abstract(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *d)
{
	const char *v = fk_obj_text(ctx, d, "istAbstrakt");

	if (streq(v, "true") || streq(v, "1"))
		return 1;
	if (streq(v, "false") || streq(v, "0"))
		return 0;
	return -1;
}

static size_t count_relations(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o,
			      const char *praedikat)
{
	size_t n = 0;

	for (const xmlNode *r = fk_obj_child(ctx, o, "relation"); r; r = fk_xdf_next(ctx->xdf, r))
		if (streq(fk_xdf_code(ctx->xdf, r, "praedikat"), praedikat))
			n++;
	return n;
}

static const char *const dokumentarten[] = {
	"001", "002", "003", "004", "005", "006", "007", "008", "009", "010",
	"011", "012", "013", "014", "999",
};

static void check_dsb(struct fk_rule_ctx *ctx, int which)
{
	const struct fk_xdf_obj *d = message_dsb(ctx);
	int abstract;

	if (!d)
		return;
	abstract = dsb_abstract(ctx, d);
	switch (which) {
	case 1008:
	case 1052:
		if (which == 1052 && abstract != 0)
			break;
		if (!fk_obj_has_bezug(ctx, d->node))
			fk_rule_report(ctx, d, NULL);
		break;
	case 1049:
		if (fk_blank(fk_obj_text(ctx, d, "definition")))
			fk_rule_report(ctx, d, fk_obj_child(ctx, d, "definition"));
		break;
	case 1107:
		if (fk_blank(fk_obj_text(ctx, d, "hilfetext")))
			fk_rule_report(ctx, d, fk_obj_child(ctx, d, "hilfetext"));
		break;
	case 1053: {
		size_t n = count_relations(ctx, d, "VKN");

		if (abstract == 0 && n)
			fk_rule_report(ctx, d, fk_obj_child(ctx, d, "relation"), (int)n);
		break;
	}
	case 1054: {
		size_t n = count_relations(ctx, d, "VKN");

		if (abstract == 1 && n < 2)
			fk_rule_report(ctx, d, fk_obj_child(ctx, d, "istAbstrakt"), (int)n);
		break;
	}
	case 1055: {
		const char *v = fk_xdf_code(ctx->xdf, d->node, "dokumentart");
		int known = 0;

		for (size_t i = 0; v && i < sizeof(dokumentarten) / sizeof(dokumentarten[0]); i++)
			known |= !strcmp(v, dokumentarten[i]);
		if (!known)
			fk_rule_report(ctx, d, fk_obj_child(ctx, d, "dokumentart"), v ? v : "");
		break;
	}
	case 1092:
		if (abstract < 0) {
			const char *v = fk_obj_text(ctx, d, "istAbstrakt");

			fk_rule_report(ctx, d, fk_obj_child(ctx, d, "istAbstrakt"), v ? v : "");
		}
		break;
	}
}

static void check_1008(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1008); }
static void check_1049(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1049); }
static void check_1052(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1052); }
static void check_1053(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1053); }
static void check_1054(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1054); }
static void check_1055(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1055); }
static void check_1092(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1092); }
static void check_1107(struct fk_rule_ctx *ctx) { check_dsb(ctx, 1107); }

/* ---- children of schemas and groups: 1013 1022 1118 1139 ---------------------------- */

static void check_1013(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_obj *c = o->entries[i].child;

			if (c && streq(fk_obj_art(ctx, c), "ABS"))
				fk_rule_report(ctx, o, o->entries[i].node, id_or(c));
		}
	}
}

static void check_1022(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind != FK_XDF_SCHEMA &&
		    !(o->kind == FK_XDF_GROUP && streq(fk_obj_art(ctx, o), "RNG")))
			continue;
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_entry *e = &o->entries[i];
			const char *art = e->child ? fk_obj_art(ctx, e->child) : NULL;

			if ((streq(art, "ABS") || streq(art, "HAR")) && !fk_obj_has_bezug(ctx, e->node))
				fk_rule_report(ctx, o, e->node, id_or(e->child), art);
		}
	}
}

static void check_1118(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (!is_choice_group(ctx, o))
			continue;
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_entry *e = &o->entries[i];
			const xmlNode *at = fk_xdf_first(ctx->xdf, e->node, "anzahl");

			if (!e->anzahl_valid || e->min != 0 || e->max != 1)
				fk_rule_report(ctx, o, at ? at : e->node, id_or(e->child),
					       e->anzahl ? e->anzahl : "");
		}
	}
}

static void check_1139(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_entry *e = &o->entries[i];

			if (e->child && e->child->kind == FK_XDF_FIELD &&
			    streq(e->child->field.datentyp, "file") && e->anzahl_valid && e->max >= 0)
				fk_rule_report(ctx, o, fk_xdf_first(ctx->xdf, e->node, "anzahl"),
					       id_or(e->child), e->anzahl);
		}
	}
}

/* ---- number of children: 1023 1043 1078 1094 1095 1106 ------------------------------- */

static void check_1023(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_GROUP && o->nentries == 0)
			fk_rule_report(ctx, o, NULL);
	}
}

static void check_1078(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_SCHEMA && o->nentries == 0)
			fk_rule_report(ctx, o, NULL);
	}
}

static void check_1043(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (is_choice_group(ctx, o) && o->nentries == 1)
			fk_rule_report(ctx, o, o->entries[0].node, id_or(o->entries[0].child));
	}
}

static void check_1106(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_GROUP && !is_choice_group(ctx, o) && o->nentries == 1)
			fk_rule_report(ctx, o, o->entries[0].node, id_or(o->entries[0].child));
	}
}

static void check_default_field(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (!is_kind(o, FK_KIND(FK_XDF_SCHEMA) | FK_KIND(FK_XDF_GROUP)))
			continue;
		for (size_t i = 0; i < o->nentries; i++) {
			const struct fk_xdf_obj *c = o->entries[i].child;

			if (!c || c->kind != FK_XDF_FIELD || !streq(c->id, DEFAULT_FIELD))
				continue;
			if ((which == 1094) == (o->nentries > 1))
				fk_rule_report(ctx, o, o->entries[i].node, DEFAULT_FIELD);
			break;
		}
	}
}

static void check_1094(struct fk_rule_ctx *ctx) { check_default_field(ctx, 1094); }
static void check_1095(struct fk_rule_ctx *ctx) { check_default_field(ctx, 1095); }

/* ---- 1026: a group that contains itself ---------------------------------------------- */

static const struct fk_xdf_entry *find_self(const struct fk_xdf_obj *root, const struct fk_xdf_obj *o)
{
	for (size_t i = 0; i < o->nentries; i++) {
		const struct fk_xdf_obj *c = o->entries[i].child;
		const struct fk_xdf_entry *hit;

		if (!c || c->kind != FK_XDF_GROUP)
			continue;
		if (same_ident(c, root))
			return &o->entries[i];
		if ((hit = find_self(root, c)) != NULL)
			return hit;
	}
	return NULL;
}

static void check_1026(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_entry *e;

		if (o->kind == FK_XDF_GROUP && o->id && (e = find_self(o, o)) != NULL)
			fk_rule_report(ctx, o, e->node, o->id);
	}
}

/* ---- 1051: the schema's legal basis ---------------------------------------------------- */

static void check_1051(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_SCHEMA && !fk_obj_has_bezug(ctx, o->node))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "bezug"));
	}
}

/* ---- relations: 1087 1088 1091 --------------------------------------------------------- */

/* The kind letters a relation of object o may point to. */
static const char *relation_targets(const struct fk_xdf_obj *o)
{
	switch (o->kind) {
	case FK_XDF_SCHEMA: return "S";
	case FK_XDF_DSB: return "D";
	default: return "GF";
	}
}

static void check_relations(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, int which)
{
	for (const xmlNode *r = fk_obj_child(ctx, o, "relation"); r; r = fk_xdf_next(ctx->xdf, r)) {
		const char *target = fk_xdf_text(ctx->xdf, fk_xdf_first(ctx->xdf, r, "objekt"), "id");
		const char *pred = fk_xdf_code(ctx->xdf, r, "praedikat");

		if (which == 1091 && fk_blank(target))
			fk_rule_report(ctx, o, r);
		else if (which == 1087 && !fk_blank(target) &&
			 (id_form(target, "SFGD", 11) || id_form(target, "SFGD", 8)) &&
			 !strchr(relation_targets(o), target[0]))
			fk_rule_report(ctx, o, r, target, fk_kind(ctx, o->kind));
		else if (which == 1088 && o->kind != FK_XDF_DSB && streq(pred, "VKN"))
			fk_rule_report(ctx, o, r, fk_kind(ctx, o->kind));
	}
}

static void check_relation_rule(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind != FK_XDF_RULE)
			check_relations(ctx, o, which);
	}
}

static void check_1087(struct fk_rule_ctx *ctx) { check_relation_rule(ctx, 1087); }
static void check_1088(struct fk_rule_ctx *ctx) { check_relation_rule(ctx, 1088); }
static void check_1091(struct fk_rule_ctx *ctx) { check_relation_rule(ctx, 1091); }

/* ---- 1132 / 1133: the legal references themselves --------------------------------------- */

static size_t count_paragraphs(const char *s)
{
	size_t n = 0;

	for (const char *p = s; (p = strstr(p, "\xc2\xa7")) != NULL; p += 2)
		n++;
	return n;
}

static int alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ^https?://[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}(/.*)?$ */
static int link_ok(const char *s)
{
	const char *host, *end, *dot;
	size_t letters = 0;

	if (!strncmp(s, "https://", 8))
		host = s + 8;
	else if (!strncmp(s, "http://", 7))
		host = s + 7;
	else
		return 0;
	for (end = host; alpha(*end) || isdigit((unsigned char)*end) || *end == '.' || *end == '-'; end++)
		;
	for (dot = end; dot > host && alpha(dot[-1]); dot--)
		letters++;
	if (letters < 2 || dot - host < 2 || dot[-1] != '.')
		return 0;
	if (*end && *end != '/')
		return 0;
	return strpbrk(end, "\n\r") == NULL;
}

static void check_bezug_list(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o,
			     const xmlNode *holder, int which)
{
	for (const xmlNode *b = fk_xdf_first(ctx->xdf, holder, "bezug"); b; b = fk_xdf_next(ctx->xdf, b)) {
		const char *text = fk_xdf_node_text(ctx->xdf, b);

		if (fk_blank(text))
			continue;
		if (which == 1132) {
			size_t n = count_paragraphs(text);

			if (n > 1)
				fk_rule_report(ctx, o, b, (int)n, text);
		} else {
			xmlChar *link = xmlGetProp(b, (const xmlChar *)"link");

			if (link && *link && !link_ok((const char *)link))
				fk_rule_report(ctx, o, b, (const char *)link);
			xmlFree(link);
		}
	}
}

static void check_bezug_texts(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		check_bezug_list(ctx, o, o->node, which);
		for (size_t i = 0; i < o->nentries; i++)
			check_bezug_list(ctx, o, o->entries[i].node, which);
	}
}

static void check_1132(struct fk_rule_ctx *ctx) { check_bezug_texts(ctx, 1132); }
static void check_1133(struct fk_rule_ctx *ctx) { check_bezug_texts(ctx, 1133); }

/* ---- the table, in code order ------------------------------------------------------------- */

const struct fk_rule fk_rules_xdf_struct[] = {
	{ "1003", FK_SEV_WARNING, 0, "STRUCT", BOTH, "DF, DFG",
	  "building block in several versions", "Baukastenelement in mehreren Versionen",
	  "%s (version %s) occurs in %d versions in this document",
	  "%s (Version %s) kommt in diesem Dokument in %d Versionen vor",
	  0, check_1003, NULL },
	{ "1004", FK_SEV_WARNING, 0, "STRUCT", BOTH, "DFG children",
	  "child used twice in a group", "Unterelement mehrfach in einer Gruppe",
	  "the group contains %s (version %s) more than once",
	  "Die Gruppe enthält %s (Version %s) mehr als einmal",
	  0, check_1004, NULL },
	{ "1006", FK_SEV_CRITICAL, 0, "LEGAL", BOTH, "DF, DFG",
	  "legally bound element without legal reference",
	  "Rechtsnormgebundenes Element ohne Bezug",
	  "the %s is rechtsnormgebunden (RNG) but has no bezug",
	  "Das Element (%s) ist rechtsnormgebunden (RNG), hat aber keinen Bezug",
	  0, check_1006, NULL },
	{ "1007", FK_SEV_CRITICAL, 0, "DSB", XDF3, "DS",
	  "schema without Dokumentsteckbrief", "Datenschema ohne Dokumentsteckbrief",
	  "the schema is not assigned to a Dokumentsteckbrief",
	  "Das Datenschema ist keinem Dokumentsteckbrief zugeordnet",
	  0, check_1007, NULL },
	{ "1008", FK_SEV_CRITICAL, 0, "DSB", XDF2, "DSB",
	  "Dokumentsteckbrief without legal reference", "Dokumentsteckbrief ohne Bezug",
	  "the Dokumentsteckbrief has no bezug",
	  "Der Dokumentsteckbrief hat keinen Bezug",
	  0, check_1008, NULL },
	{ "1013", FK_SEV_METHOD, 0, "STRUCT", BOTH, "DS, DFG children",
	  "abstract element used as a child", "Abstraktes Element als Unterelement",
	  "child %s is abstract (ABS); only HAR or RNG elements may be used here",
	  "Das Unterelement %s ist abstrakt (ABS); verwendet werden dürfen nur HAR- oder RNG-Elemente",
	  0, check_1013, NULL },
	{ "1014", FK_SEV_CRITICAL, 0, "TYPE", BOTH, "DF",
	  "abstract field", "Abstraktes Datenfeld",
	  "the field has Strukturelementart ABS, which fields may not have",
	  "Das Datenfeld hat die Strukturelementart ABS, die für Datenfelder nicht zulässig ist",
	  0, check_1014, NULL },
	{ "1021", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "struktur",
	  "multiplicity 0:0", "Multiplizität 0:0",
	  "the multiplicity of %s is 0:0, which allows nothing",
	  "Die Multiplizität von %s ist 0:0 und erlaubt damit nichts",
	  0, check_1021, NULL },
	{ "1022", FK_SEV_METHOD, 0, "LEGAL", BOTH, "struktur in DS, RNG DFG",
	  "structure entry without legal reference", "Strukturelement ohne Bezug",
	  "%s (%s) is used in a schema or RNG group without a bezug for its multiplicity",
	  "%s (%s) wird in einem Datenschema oder einer RNG-Gruppe ohne Bezug für die Multiplizität verwendet",
	  0, check_1022, NULL },
	{ "1023", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "DFG",
	  "group without children", "Datenfeldgruppe ohne Unterelemente",
	  "the group contains no element",
	  "Die Datenfeldgruppe enthält kein Element",
	  0, check_1023, NULL },
	{ "1025", FK_SEV_METHOD, 0, "STRUCT", BOTH, "DS",
	  "element twice at schema top level", "Element mehrfach auf oberster Ebene des Datenschemas",
	  "the schema contains %s (version %s) more than once at its top level",
	  "Das Datenschema enthält %s (Version %s) mehr als einmal auf oberster Ebene",
	  0, check_1025, NULL },
	{ "1026", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "DFG",
	  "group contains itself", "Datenfeldgruppe enthält sich selbst",
	  "group %s contains itself (same id and version) below",
	  "Die Datenfeldgruppe %s enthält sich selbst (gleiche ID und Version)",
	  0, check_1026, NULL },
	{ "1043", FK_SEV_METHOD, 0, "STRUCT", XDF3, "DFG (Auswahlgruppe)",
	  "choice group with a single child", "Auswahlgruppe mit nur einem Unterelement",
	  "the choice group (art X) has only one child, %s",
	  "Die Auswahlgruppe (Art X) hat nur ein Unterelement, %s",
	  0, check_1043, NULL },
	{ "1046", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "struktur",
	  "multiplicity has the wrong form", "Multiplizität hat das falsche Format",
	  "multiplicity '%s' of %s is not of the form min:max (max a number or *)",
	  "Die Multiplizität '%s' von %s hat nicht die Form min:max (max eine Zahl oder *)",
	  0, check_1046, NULL },
	{ "1047", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "struktur",
	  "multiplicity minimum above maximum", "Minimum der Multiplizität größer als Maximum",
	  "multiplicity '%s' of %s has a minimum above its maximum",
	  "Die Multiplizität '%s' von %s hat ein Minimum über dem Maximum",
	  0, check_1047, NULL },
	{ "1049", FK_SEV_CRITICAL, 0, "DSB", BOTH, "DSB",
	  "Dokumentsteckbrief without definition", "Dokumentsteckbrief ohne Definition",
	  "the Dokumentsteckbrief has no definition",
	  "Der Dokumentsteckbrief hat keine Definition",
	  0, check_1049, NULL },
	{ "1051", FK_SEV_CRITICAL, 0, "LEGAL", BOTH, "DS",
	  "schema without legal reference", "Datenschema ohne Bezug",
	  "the schema has no bezug (legal basis)",
	  "Das Datenschema hat keinen Bezug (Handlungsgrundlage)",
	  0, check_1051, NULL },
	{ "1052", FK_SEV_CRITICAL, 0, "DSB", XDF3, "DSB",
	  "concrete Dokumentsteckbrief without legal reference",
	  "Konkreter Dokumentsteckbrief ohne Bezug",
	  "the concrete Dokumentsteckbrief (istAbstrakt false) has no bezug",
	  "Der konkrete Dokumentsteckbrief (istAbstrakt false) hat keinen Bezug",
	  0, check_1052, NULL },
	{ "1053", FK_SEV_CRITICAL, 0, "DSB", XDF3, "DSB",
	  "concrete Dokumentsteckbrief links others", "Konkreter Dokumentsteckbrief verknüpft andere",
	  "the concrete Dokumentsteckbrief has %d VKN relation(s); only abstract ones may group others",
	  "Der konkrete Dokumentsteckbrief hat %d VKN-Relation(en); nur abstrakte dürfen andere bündeln",
	  0, check_1053, NULL },
	{ "1054", FK_SEV_CRITICAL, 0, "DSB", XDF3, "DSB",
	  "abstract Dokumentsteckbrief with too few links",
	  "Abstrakter Dokumentsteckbrief mit zu wenigen Verknüpfungen",
	  "the abstract Dokumentsteckbrief has %d VKN relation(s); it needs at least two",
	  "Der abstrakte Dokumentsteckbrief hat %d VKN-Relation(en); nötig sind mindestens zwei",
	  0, check_1054, NULL },
	{ "1055", FK_SEV_CRITICAL, 0, "ENUM", XDF3, "DSB",
	  "unknown Dokumentart", "Unbekannte Dokumentart",
	  "dokumentart '%s' is missing or not one of 001 to 014, 999",
	  "Die Dokumentart '%s' fehlt oder ist keiner der Codes 001 bis 014, 999",
	  0, check_1055, NULL },
	{ "1078", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "DS",
	  "schema without children", "Datenschema ohne Unterelemente",
	  "the schema contains no element",
	  "Das Datenschema enthält kein Element",
	  0, check_1078, NULL },
	{ "1087", FK_SEV_CRITICAL, 0, "REL", BOTH, "DS, DFG, DF, DSB relations",
	  "relation to the wrong kind of object", "Relation auf falsche Objektart",
	  "relation target %s is not an object a %s may refer to",
	  "Das Relationsziel %s ist kein Objekt, auf das sich ein Element (%s) beziehen darf",
	  0, check_1087, NULL },
	{ "1088", FK_SEV_METHOD, 0, "REL", BOTH, "DS, DFG, DF relations",
	  "VKN relation not allowed here", "VKN-Relation hier nicht erlaubt",
	  "a %s may not use the relation VKN; only Dokumentsteckbriefe may",
	  "Ein Element (%s) darf die Relation VKN nicht verwenden; nur Dokumentsteckbriefe dürfen das",
	  0, check_1088, NULL },
	{ "1091", FK_SEV_CRITICAL, 0, "REL", XDF3, "DS, DFG, DF, DSB relations",
	  "relation without target", "Relation ohne Zielobjekt",
	  "the relation names no target object id",
	  "Die Relation nennt keine ID eines Zielobjekts",
	  0, check_1091, NULL },
	{ "1092", FK_SEV_CRITICAL, 0, "DSB", XDF3, "DSB",
	  "istAbstrakt missing or not a boolean", "istAbstrakt fehlt oder ist kein Wahrheitswert",
	  "istAbstrakt '%s' is missing or not true/false",
	  "istAbstrakt '%s' fehlt oder ist nicht true/false",
	  0, check_1092, NULL },
	{ "1094", FK_SEV_METHOD, 0, "STRUCT", XDF3, "DS, DFG",
	  "default field next to other children", "Platzhalterfeld neben anderen Unterelementen",
	  "the placeholder field %s is used next to other children",
	  "Das Platzhalterfeld %s wird neben anderen Unterelementen verwendet",
	  0, check_1094, NULL },
	{ "1095", FK_SEV_WARNING, 0, "STRUCT", XDF3, "DS, DFG",
	  "default field used", "Platzhalterfeld verwendet",
	  "the placeholder field %s is used; this should stay an exception",
	  "Das Platzhalterfeld %s wird verwendet; das sollte die Ausnahme bleiben",
	  0, check_1095, NULL },
	{ "1096", FK_SEV_WARNING, 0, "DSB", XDF3, "DS",
	  "schema on the default Dokumentsteckbrief", "Datenschema am Platzhalter-Dokumentsteckbrief",
	  "the schema (status %s) is assigned to the placeholder Dokumentsteckbrief " DEFAULT_DSB ", meant only for a transition",
	  "Das Datenschema (Status %s) ist dem Platzhalter-Dokumentsteckbrief " DEFAULT_DSB " zugeordnet, der nur übergangsweise gedacht ist",
	  0, check_1096, NULL },
	{ "1097", FK_SEV_METHOD, 0, "DSB", XDF3, "DS",
	  "released schema on the default Dokumentsteckbrief",
	  "Freigegebenes Datenschema am Platzhalter-Dokumentsteckbrief",
	  "the schema has status %s (released) but is still assigned to the placeholder Dokumentsteckbrief " DEFAULT_DSB,
	  "Das Datenschema hat den Status %s (freigegeben), ist aber noch dem Platzhalter-Dokumentsteckbrief " DEFAULT_DSB " zugeordnet",
	  0, check_1097, NULL },
	{ "1101", FK_SEV_WARNING, 0, "LEGAL", BOTH, "DF, DFG",
	  "harmonised element without legal reference", "Harmonisiertes Element ohne Bezug",
	  "the %s is harmonised (HAR) but has no bezug",
	  "Das Element (%s) ist harmonisiert (HAR), hat aber keinen Bezug",
	  0, check_1101, NULL },
	{ "1106", FK_SEV_WARNING, 0, "STRUCT", BOTH, "DFG",
	  "group with a single child", "Datenfeldgruppe mit nur einem Unterelement",
	  "the group has only one child, %s",
	  "Die Datenfeldgruppe hat nur ein Unterelement, %s",
	  0, check_1106, NULL },
	{ "1107", FK_SEV_WARNING, 0, "DSB", BOTH, "DSB",
	  "Dokumentsteckbrief without help text", "Dokumentsteckbrief ohne Hilfetext",
	  "the Dokumentsteckbrief has no hilfetext",
	  "Der Dokumentsteckbrief hat keinen Hilfetext",
	  0, check_1107, NULL },
	{ "1118", FK_SEV_CRITICAL, 0, "STRUCT", XDF3, "DFG (Auswahlgruppe) children",
	  "choice group child not optional", "Unterelement einer Auswahlgruppe nicht 0:1",
	  "child %s of the choice group has multiplicity '%s' instead of 0:1",
	  "Das Unterelement %s der Auswahlgruppe hat die Multiplizität '%s' statt 0:1",
	  0, check_1118, NULL },
	{ "1124", FK_SEV_METHOD, 0, "DSB", XDF3, "DS",
	  "Dokumentsteckbrief outside the central catalogue",
	  "Dokumentsteckbrief außerhalb des zentralen Katalogs",
	  "the assigned Dokumentsteckbrief %s does not start with D99 (central catalogue)",
	  "Der zugeordnete Dokumentsteckbrief %s beginnt nicht mit D99 (zentraler Katalog)",
	  0, check_1124, NULL },
	{ "1132", FK_SEV_WARNING, 0, "LEGAL", XDF3, "bezug",
	  "several paragraphs in one legal reference", "Mehrere Paragraphen in einem Bezug",
	  "the bezug names %d paragraphs (give one per bezug): %s",
	  "Der Bezug nennt %d Paragraphen (einer je Bezug): %s",
	  0, check_1132, NULL },
	{ "1133", FK_SEV_WARNING, 0, "LEGAL", XDF3, "bezug/@link",
	  "legal reference link is not a web address", "Link des Bezugs ist keine Webadresse",
	  "link '%s' is not an http(s) address of the form http(s)://host.tld/...",
	  "Der Link '%s' ist keine http(s)-Adresse der Form http(s)://host.tld/...",
	  0, check_1133, NULL },
	{ "1139", FK_SEV_INFO, 0, "STRUCT", XDF3, "struktur with file field",
	  "file field with limited multiplicity", "Anlagefeld mit begrenzter Multiplizität",
	  "file field %s has multiplicity '%s'; its maximum should be *",
	  "Das Anlagefeld %s hat die Multiplizität '%s'; das Maximum sollte * sein",
	  0, check_1139, NULL },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
