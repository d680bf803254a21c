/*
 * xzufi.c - quality rules for XZuFi (Leistungen), codes Z101 ... Z502.
 *
 *   Z1xx  identity: Leistung id, Leistungsschlüssel
 *   Z2xx  text modules: Leistungsbezeichnung 02, known module codes, the
 *         modules a citizen needs before publication
 *   Z3xx  languages, texts (HTML, String.Latin) and links
 *   Z4xx  validity periods
 *   Z5xx  XZuFi 2.3.1 only (zugangskanal on every module)
 *
 * No XZuFi XSD is public: element names follow the FIM Portal API models
 * for Leistung 2.2.0 and 2.3.1 and the code that reads real PVOG files (see
 * docs on XZuFi).  Each rule names the source it rests on.  Findings name
 * the enclosing Leistung by its id and version (versionsinformation/version).
 */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#include "fimkit/buf.h"
#include "fimkit/latin.h"
#include "fimkit/rules.h"
#include "fimkit/xmlutil.h"

#define BOTH FK_APPLIES_XZUFI
#define V23 FK_APPLIES_XZUFI_2_3

/* ---- helpers ------------------------------------------------------------------------ */

struct leistung {
	xmlNode *node;
	char *id;       /* NULL when absent or empty */
	char *version;  /* versionsinformation(en)/version, NULL when absent */
};

typedef void (*leistung_fn)(struct fk_rule_ctx *ctx, const struct leistung *l);

static int is_v23(const struct fk_rule_ctx *ctx)
{
	return ctx->doc->det.standard == FK_STD_XZUFI_2_3;
}

static int is_elem(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE;
}

static int name_is(const xmlNode *n, const char *local)
{
	return is_elem(n) && !strcmp((const char *)n->name, local);
}

static int in_list(const char *s, const char *const *list)
{
	for (; s && *list; list++)
		if (!strcmp(s, *list))
			return 1;
	return 0;
}

/* True if n has element children. */
static int has_elem_child(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (is_elem(c))
			return 1;
	return 0;
}

/* Text of a child, NULL when absent or empty (caller frees). */
static char *child_text(const xmlNode *parent, const char *path)
{
	return fk_xml_path_text(parent, path);
}

/* The value of a code element: its child "code", or its own text. */
static char *code_value(const xmlNode *n)
{
	xmlNode *c;

	if (!n)
		return NULL;
	c = fk_xml_child(n, "code");
	return fk_xml_text(c ? c : n);
}

static void walk_leistungen(struct fk_rule_ctx *ctx, xmlNode *n, leistung_fn fn)
{
	for (; n; n = n->next) {
		if (!is_elem(n))
			continue;
		if (fk_xml_is(n, ctx->doc->det.namespace_uri, "leistung")) {
			struct leistung l = { n, child_text(n, "id"), NULL };

			l.version = child_text(n, "versionsinformation/version");
			if (!l.version)
				l.version = child_text(n, "versionsinformationen/version");
			fn(ctx, &l);
			free(l.id);
			free(l.version);
			continue;
		}
		walk_leistungen(ctx, n->children, fn);
	}
}

/* Calls fn for every Leistung in the document. */
static void for_each_leistung(struct fk_rule_ctx *ctx, leistung_fn fn)
{
	xmlNode *root = xmlDocGetRootElement(ctx->doc->xml);

	if (root)
		walk_leistungen(ctx, root, fn);
}

typedef void (*elem_fn)(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n);

/* Calls fn for every element below (not including) n, document order. */
static void for_each_below(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n,
			   elem_fn fn)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (!is_elem(c))
			continue;
		fn(ctx, l, c);
		for_each_below(ctx, l, c, fn);
	}
}

/* Reports at node `at` about Leistung l; a and b fill the rule's message. */
static void report(struct fk_rule_ctx *ctx, const struct leistung *l, const xmlNode *at,
		   const char *a, const char *b)
{
	fk_rule_report_at(ctx, at, l->id, l->version, a, b);
}

/* ---- Z1xx: identity ----------------------------------------------------------------- */

static void z101(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	xmlNode *id = fk_xml_child(l->node, "id");

	if (!l->id)
		report(ctx, l, id ? id : l->node, NULL, NULL);
}

static void check_z101(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z101);
}

static void z102(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	xmlNode *id = fk_xml_child(l->node, "id");
	xmlChar *agency;

	if (!id || !l->id)
		return;
	agency = xmlGetProp(id, BAD_CAST "schemeAgencyID");
	if (!agency || !*agency)
		report(ctx, l, id, l->id, NULL);
	xmlFree(agency);
}

static void check_z102(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z102);
}

static int is_leistungsschluessel(const char *s)
{
	size_t n = 0;

	for (; s[n]; n++)
		if (!isdigit((unsigned char)s[n]))
			return 0;
	return n == 14;
}

/* The elements that hold a Leistungsschlüssel in this version. */
static const char *const *key_elements(const struct fk_rule_ctx *ctx)
{
	static const char *const v22[] = { "referenzLeiKa", NULL };
	static const char *const v23[] = { "referenzLeistungsschluessel", "referenzLeiKa", NULL };

	return is_v23(ctx) ? v23 : v22;
}

static void z103(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for (const char *const *e = key_elements(ctx); *e; e++) {
		for (xmlNode *r = fk_xml_child(l->node, *e); r; r = fk_xml_next_same(r)) {
			xmlNode *c = fk_xml_child(r, "code");
			char *v = code_value(r);

			if (v && !is_leistungsschluessel(v))
				report(ctx, l, c ? c : r, v, NULL);
			free(v);
		}
	}
}

static void check_z103(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z103);
}

static void z104(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for (const char *const *e = key_elements(ctx); *e; e++)
		if (fk_xml_child(l->node, *e))
			return;
	report(ctx, l, l->node, NULL, NULL);
}

static void check_z104(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z104);
}

/* ---- Z2xx: text modules ------------------------------------------------------------- */

/* urn:de:xzufi:codeliste:leistungstextmodulleika, version 20240216. */
static const char *const module_codes[] = {
	"02", "03", "05", "06", "07", "08", "09", "11", "14", "15", "16", "18", "22", "23",
	"24", "25", NULL,
};

/* The zugangskanal of a 2.3.1 module ("" when absent; caller frees). */
static char *channel_of(const xmlNode *mod)
{
	char *v = code_value(fk_xml_child(mod, "zugangskanal"));

	return v ? v : fk_xstrdup("");
}

static void z201(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for (xmlNode *m = fk_xml_child(l->node, "modulText"); m; m = fk_xml_next_same(m)) {
		char *code = child_text(m, "leikaTextmodul/code");
		int found = code && !strcmp(code, "02");

		free(code);
		if (found)
			return;
	}
	report(ctx, l, l->node, NULL, NULL);
}

static void check_z201(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z201);
}

/* 2.2: a second module 02; 2.3.1: a second module 02 for the same zugangskanal. */
static void z202(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for (xmlNode *m = fk_xml_child(l->node, "modulText"); m; m = fk_xml_next_same(m)) {
		char *code = child_text(m, "leikaTextmodul/code");
		char *chan;
		int dup = 0;

		if (!code || strcmp(code, "02")) {
			free(code);
			continue;
		}
		free(code);
		chan = channel_of(m);
		for (xmlNode *p = fk_xml_child(l->node, "modulText"); p != m && !dup;
		     p = fk_xml_next_same(p)) {
			char *pc = child_text(p, "leikaTextmodul/code");

			if (pc && !strcmp(pc, "02")) {
				char *pchan = channel_of(p);

				dup = !is_v23(ctx) || !strcmp(chan, pchan);
				free(pchan);
			}
			free(pc);
		}
		if (dup) {
			char *what = is_v23(ctx) ? fk_xasprintf(" (zugangskanal %s)", chan)
						 : fk_xstrdup("");

			report(ctx, l, fk_xml_child(m, "leikaTextmodul"), what, NULL);
			free(what);
		}
		free(chan);
	}
}

static void check_z202(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z202);
}

static void z203(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for (xmlNode *m = fk_xml_child(l->node, "modulText"); m; m = fk_xml_next_same(m)) {
		xmlNode *t = fk_xml_child(m, "leikaTextmodul");
		xmlNode *c = fk_xml_child(t, "code");
		char *code = code_value(t);

		if (!in_list(code ? code : "", module_codes))
			report(ctx, l, c ? c : t ? t : m, code ? code : "", NULL);
		free(code);
	}
}

static void check_z203(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z203);
}

/* True if a modulText with this code has at least one non-empty inhalt. */
static int has_text_module(const xmlNode *leistung, const char *code)
{
	for (xmlNode *m = fk_xml_child(leistung, "modulText"); m; m = fk_xml_next_same(m)) {
		char *c = child_text(m, "leikaTextmodul/code");
		int match = c && !strcmp(c, code);

		free(c);
		if (!match)
			continue;
		for (xmlNode *i = fk_xml_child(m, "inhalt"); i; i = fk_xml_next_same(i)) {
			char *t = fk_xml_text(i);
			int filled = t && *t;

			free(t);
			if (filled)
				return 1;
		}
	}
	return 0;
}

/* Z204-Z211: the rule code says which module must be there. */
static void z2_required(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	static const struct { const char *rule, *text_code, *element; } need[] = {
		{ "Z204", "06", NULL }, { "Z205", "07", NULL }, { "Z206", "08", NULL },
		{ "Z207", "09", NULL }, { "Z208", "11", NULL },
		{ "Z209", NULL, "modulKosten" }, { "Z210", NULL, "modulFrist" },
		{ "Z211", NULL, "modulBearbeitungsdauer" },
	};

	for (size_t i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		int present;

		if (strcmp(need[i].rule, ctx->rule->code))
			continue;
		present = need[i].text_code ? has_text_module(l->node, need[i].text_code)
					    : fk_xml_child(l->node, need[i].element) != NULL;
		if (!present)
			report(ctx, l, l->node, NULL, NULL);
	}
}

static void check_z2_required(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z2_required);
}

/* ---- Z3xx: languages ---------------------------------------------------------------- */

/* Localised texts (StringLocalized / HtmlStringLocalized): one per language. */
static const char *const localized[] = {
	"inhalt", "beschreibung", "bezeichnung", "begriff", "leikaTextmodulAbweichendeBezeichnung",
	"fachlichFreigegebenDurch", "verrichtungsdetail", "beschreibungKostenfreiheit",
	"beschreibungVariabilitaet", "beschreibungEingehend", "beschreibungAusgehend", "zusatz",
	NULL,
};

/* Texts that may carry (escaped) HTML. */
static const char *const html_texts[] = {
	"inhalt", "beschreibung", "beschreibungEingehend", "beschreibungAusgehend", NULL,
};

/* Parents whose text children are plain strings without a language. */
static const char *const plain_parents[] = {
	"weiterfuehrenderLink", "linkKostenbildung", "herausgeber", NULL,
};

/* A localised text element: a text-only element of the list above. */
static int is_localized(const xmlNode *n, const char *const *names)
{
	return is_elem(n) && in_list((const char *)n->name, names) && !has_elem_child(n) &&
	       !(is_elem(n->parent) && in_list((const char *)n->parent->name, plain_parents));
}

static int two_letters(const char *s)
{
	return s && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' && !s[2];
}

/* The language of n: the languageCode attribute, or the languageCode child (caller frees). */
static char *lang_of(const xmlNode *n)
{
	xmlChar *a = xmlGetProp(n, BAD_CAST "languageCode");
	char *v = NULL;

	if (a) {
		v = fk_xstrdup((const char *)a);
		xmlFree(a);
	}
	return v;
}

/* The element a language belongs to: the parent of a languageCode element. */
static const char *owner_name(const xmlNode *n)
{
	if (name_is(n, "languageCode") && is_elem(n->parent))
		return (const char *)n->parent->name;
	return (const char *)n->name;
}

static void z301_one(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	char *v = NULL;

	if (name_is(n, "languageCode") && !has_elem_child(n))
		v = fk_xml_text(n);
	else if (xmlHasProp(n, BAD_CAST "languageCode"))
		v = lang_of(n);
	if (v && !two_letters(v))
		report(ctx, l, n, v, owner_name(n));
	free(v);
}

static void z301(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z301_one);
}

static void check_z301(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z301);
}

static void z302_one(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	if (is_localized(n, localized) && !xmlHasProp(n, BAD_CAST "languageCode"))
		report(ctx, l, n, (const char *)n->name, NULL);
}

static void z302(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z302_one);
}

static void check_z302(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z302);
}

static void z303_one(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	char *v = NULL;

	if (name_is(n, "languageCode") && !has_elem_child(n))
		v = fk_xml_text(n);
	else if (xmlHasProp(n, BAD_CAST "languageCode"))
		v = lang_of(n);
	if (two_letters(v) && strcmp(v, "de") && strcmp(v, "en"))
		report(ctx, l, n, v, owner_name(n));
	free(v);
}

static void z303(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z303_one);
}

static void check_z303(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z303);
}

/* Z304: a second text of the same name and language under one parent. */
static void z304_one(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	char *lang;

	if (!is_localized(n, localized) || !(lang = lang_of(n)))
		return;
	for (xmlNode *p = n->parent->children; p && p != n; p = p->next) {
		char *pl;
		int same;

		if (!name_is(p, (const char *)n->name) || !is_localized(p, localized))
			continue;
		pl = lang_of(p);
		same = pl && !strcmp(pl, lang);
		free(pl);
		if (same) {
			report(ctx, l, n, (const char *)n->name, lang);
			break;
		}
	}
	free(lang);
}

static void z304(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z304_one);
}

static void check_z304(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z304);
}

/*
 * Z305: texts of one name under one parent have languages but none is
 * German (reported at the first); sprachversion likewise.
 */
static void z305_one(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	int any = 0, german = 0;

	if (!is_localized(n, localized))
		return;
	/* only at the first text of its name under this parent */
	for (xmlNode *p = n->prev; p; p = p->prev)
		if (name_is(p, (const char *)n->name) && is_localized(p, localized))
			return;
	for (xmlNode *p = n; p; p = p->next) {
		char *lang;

		if (!name_is(p, (const char *)n->name) || !is_localized(p, localized))
			continue;
		lang = lang_of(p);
		any |= lang != NULL;
		german |= lang && !strcmp(lang, "de");
		free(lang);
	}
	if (any && !german)
		report(ctx, l, n, (const char *)n->name, NULL);
}

static void z305(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	xmlNode *first = fk_xml_child(l->node, "sprachversion");
	int german = 0;

	for_each_below(ctx, l, l->node, z305_one);
	for (xmlNode *s = first; s; s = fk_xml_next_same(s)) {
		char *lang = child_text(s, "languageCode");

		german |= lang && !strcmp(lang, "de");
		free(lang);
	}
	if (first && !german)
		report(ctx, l, first, "sprachversion", NULL);
}

static void check_z305(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z305);
}

/* ---- Z3xx: HTML in texts ------------------------------------------------------------ */

/* What PVOG's Sammlerdienst accepts inside texts (PVOG FAQ). */
static const char *const html_tags[] = {
	"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "sup", "sub",
	"ul", "ol", "li", "a", NULL,
};

static const char *const void_tags[] = {
	"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
	"track", "wbr", NULL,
};

static int lower_in_list(const char *s, size_t n, const char *const *list)
{
	char buf[32];

	if (n >= sizeof(buf))
		return 0;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)tolower((unsigned char)s[i]);
	buf[n] = '\0';
	return in_list(buf, list);
}

/* Length of a character or entity reference at s ("&amp;", "&#228;"), 0 if none. */
static size_t reference_len(const char *s)
{
	size_t i = 1;

	if (s[i] == '#') {
		int hex = s[i + 1] == 'x' || s[i + 1] == 'X';
		size_t start;

		i += hex ? 2 : 1;
		start = i;
		while (hex ? isxdigit((unsigned char)s[i]) : isdigit((unsigned char)s[i]))
			i++;
		return i > start && s[i] == ';' ? i + 1 : 0;
	}
	if (!isalpha((unsigned char)s[i]))
		return 0;
	while (isalnum((unsigned char)s[i]))
		i++;
	return s[i] == ';' ? i + 1 : 0;
}

/*
 * Turns an HTML fragment into XML content: a bare "&" or "<" in text (valid
 * HTML) is escaped, void elements such as <br> are closed.  Everything else
 * is left for the XML parser to judge.
 */
static void html_to_xml(const char *s, struct fk_buf *out)
{
	while (*s) {
		if (*s == '&') {
			size_t n = reference_len(s);

			if (n) {
				fk_buf_add(out, s, n);
				s += n;
			} else {
				fk_buf_adds(out, "&amp;");
				s++;
			}
		} else if (*s == '<' && isalpha((unsigned char)s[1])) {
			const char *name = s + 1, *p = name;
			char quote = 0, last = 0;
			size_t nlen;

			while (isalnum((unsigned char)*p))
				p++;
			nlen = (size_t)(p - name);
			fk_buf_add(out, s, (size_t)(p - s));
			for (; *p && (quote || *p != '>'); p++) {
				if (quote && *p == quote)
					quote = 0;
				else if (!quote && (*p == '"' || *p == '\''))
					quote = *p;
				if (!isspace((unsigned char)*p))
					last = *p;
				fk_buf_addc(out, *p);
			}
			if (*p == '>') {
				if (last != '/' && lower_in_list(name, nlen, void_tags))
					fk_buf_addc(out, '/');
				fk_buf_addc(out, '>');
				p++;
			}
			s = p;
		} else if (*s == '<' && (s[1] == '/' || s[1] == '!')) {
			/* end tag or comment: up to and including the next '>' */
			size_t n = strcspn(s, ">");

			fk_buf_add(out, s, n + (s[n] ? 1 : 0));
			s += n + (s[n] ? 1 : 0);
		} else if (*s == '<') {
			fk_buf_adds(out, "&lt;");
			s++;
		} else if (*s == '>') {
			fk_buf_adds(out, "&gt;");
			s++;
		} else {
			fk_buf_addc(out, *s++);
		}
	}
}

/* Prefix of the wrapper; the DOCTYPE makes undeclared entities (&nbsp;) warnings. */
#define WRAP_HEAD "<!DOCTYPE r SYSTEM \"urn:fimkit:html\"><r>"
#define WRAP_TAIL "</r>"

struct parse_error {
	int seen;
	int line, col;
};

static void record_error(void *data, xmlErrorPtr err)
{
	xmlParserCtxtPtr pctx = data;
	struct parse_error *pe = pctx ? pctx->_private : NULL;

	if (!pe || pe->seen || !err || err->level < XML_ERR_ERROR)
		return;
	pe->seen = 1;
	pe->line = err->line;
	pe->col = err->int2;
}

/*
 * Parses an HTML text as an XML fragment below a wrapper element <r>.
 * strict: no recovery; *pe gets the first error.  Never loads anything
 * (no DTD loading, no entity substitution, no network).  Returns the
 * document (caller frees) or NULL; *xml gets the parsed buffer.
 */
static xmlDocPtr parse_html(const char *text, int strict, struct parse_error *pe,
			    struct fk_buf *xml)
{
	xmlParserCtxtPtr pctx = xmlNewParserCtxt();
	xmlDocPtr d;
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
		   (strict ? 0 : XML_PARSE_RECOVER);

	fk_buf_adds(xml, WRAP_HEAD);
	html_to_xml(text, xml);
	fk_buf_adds(xml, WRAP_TAIL);
	if (!pctx)
		return NULL;
	pctx->_private = pe;
	pctx->sax->serror = record_error;
	d = xmlCtxtReadMemory(pctx, fk_buf_str(xml), (int)strlen(fk_buf_str(xml)), "html",
			      "UTF-8", opts);
	if (strict && d && !pctx->wellFormed) {
		xmlFreeDoc(d);
		d = NULL;
	}
	if (strict && !d && !pe->seen)
		pe->seen = 1;
	xmlFreeParserCtxt(pctx);
	return d;
}

/* The HTML-bearing texts of a Leistung: calls fn with each parsed text. */
typedef void (*html_fn)(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *text,
			xmlNode *html_root);

static void walk_html(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n,
		      html_fn fn)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (!is_elem(c))
			continue;
		if (is_localized(c, html_texts)) {
			char *t = fk_xml_text(c);

			if (t && strchr(t, '<')) {
				struct parse_error pe = { 0, 0, 0 };
				struct fk_buf xml = FK_BUF_INIT;
				xmlDocPtr d = parse_html(t, 0, &pe, &xml);

				if (d)
					fn(ctx, l, c, xmlDocGetRootElement(d));
				xmlFreeDoc(d);
				fk_buf_release(&xml);
			}
			free(t);
			continue;
		}
		walk_html(ctx, l, c, fn);
	}
}

static void z306_tree(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *text,
		      xmlNode *h)
{
	for (xmlNode *e = h ? h->children : NULL; e; e = e->next) {
		char what[96];

		if (!is_elem(e))
			continue;
		if (!lower_in_list((const char *)e->name, strlen((const char *)e->name), html_tags)) {
			snprintf(what, sizeof(what), "<%s>", (const char *)e->name);
			report(ctx, l, text, (const char *)text->name, what);
		} else {
			for (xmlAttr *a = e->properties; a; a = a->next) {
				if (!strcmp((const char *)a->name, "href") &&
				    lower_in_list((const char *)e->name, strlen((const char *)e->name),
						  (const char *const[]){ "a", NULL }))
					continue;
				snprintf(what, sizeof(what), "<%s %s>", (const char *)e->name,
					 (const char *)a->name);
				report(ctx, l, text, (const char *)text->name, what);
			}
		}
		z306_tree(ctx, l, text, e);
	}
}

static void z306(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	walk_html(ctx, l, l->node, z306_tree);
}

static void check_z306(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z306);
}

/* Up to 40 bytes of buf ending at line/col (1-based), inside the wrapper. */
static char *excerpt(const char *buf, int line, int col)
{
	const char *start = buf + strlen(WRAP_HEAD), *end = buf + strlen(buf) - strlen(WRAP_TAIL);
	const char *p = buf, *from;
	char *out, *o;

	for (int ln = 1; ln < line && *p; p++)
		if (*p == '\n')
			ln++;
	p += col > 1 ? col - 1 : 0;
	if (p > end || p < start)
		p = end;
	from = p - 40 > start ? p - 40 : start;
	while (from > start && ((unsigned char)*from & 0xC0) == 0x80)
		from--;
	out = o = fk_xstrndup(from, (size_t)(p - from));
	for (; *o; o++)
		if (*o == '\n' || *o == '\r' || *o == '\t')
			*o = ' ';
	return out;
}

static void z307_walk(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		if (!is_elem(c))
			continue;
		if (is_localized(c, html_texts)) {
			char *t = fk_xml_text(c);

			if (t && (strchr(t, '<') || strchr(t, '&'))) {
				struct parse_error pe = { 0, 0, 0 };
				struct fk_buf xml = FK_BUF_INIT;
				xmlDocPtr d = parse_html(t, 1, &pe, &xml);

				if (!d) {
					char *near = excerpt(fk_buf_str(&xml), pe.line, pe.col);

					report(ctx, l, c, (const char *)c->name, near);
					free(near);
				}
				xmlFreeDoc(d);
				fk_buf_release(&xml);
			}
			free(t);
			continue;
		}
		z307_walk(ctx, l, c);
	}
}

static void z307(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	z307_walk(ctx, l, l->node);
}

static void check_z307(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z307);
}

/* ---- Z308: links -------------------------------------------------------------------- */

static int absolute_http(const char *s)
{
	size_t n;

	if (!strncasecmp(s, "https://", 8))
		n = 8;
	else if (!strncasecmp(s, "http://", 7))
		n = 7;
	else
		return 0;
	if (!s[n] || s[n] == '/' || s[n] == ':' || s[n] == '?' || s[n] == '#')
		return 0;
	for (; s[n]; n++)
		if (isspace((unsigned char)s[n]))
			return 0;
	return 1;
}

static const char *const link_elements[] = {
	"uri", "linkKostenbildung", "dateiUrl", "copyrightUrl", NULL,
};

static void z308_elem(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	char *v;

	if (!in_list((const char *)n->name, link_elements) || has_elem_child(n))
		return;
	v = fk_xml_text(n);
	if (v && *v && !absolute_http(v))
		report(ctx, l, n, v, (const char *)n->name);
	free(v);
}

static void z308_html(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *text,
		      xmlNode *h)
{
	for (xmlNode *e = h ? h->children : NULL; e; e = e->next) {
		xmlChar *href;

		if (!is_elem(e))
			continue;
		href = xmlGetProp(e, BAD_CAST "href");
		if (href && !absolute_http((const char *)href) &&
		    lower_in_list((const char *)e->name, strlen((const char *)e->name),
				  (const char *const[]){ "a", NULL }))
			report(ctx, l, text, (const char *)href, (const char *)text->name);
		xmlFree(href);
		z308_html(ctx, l, text, e);
	}
}

static void z308(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z308_elem);
	walk_html(ctx, l, l->node, z308_html);
}

static void check_z308(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z308);
}

/* ---- Z309: String.Latin ------------------------------------------------------------- */


/* Checks the element's own text (not that of its children). */
static void z309_elem(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	for (xmlNode *t = n->children; t; t = t->next) {
		unsigned long cp;

		if ((t->type != XML_TEXT_NODE && t->type != XML_CDATA_SECTION_NODE) || !t->content)
			continue;
		cp = fk_latin_first_bad((const char *)t->content);
		if (cp) {
			char hex[32];

			snprintf(hex, sizeof(hex), "U+%04lX", cp);
			report(ctx, l, n, (const char *)n->name, hex);
			return;
		}
	}
}

static void z309(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z309_elem);
}

static void check_z309(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z309);
}

/* ---- Z4xx: validity ----------------------------------------------------------------- */

struct moment {
	long long seconds;  /* since 0000-03-01, local or UTC */
	int has_tz;
};

static int digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

static long long days_from_civil(int y, int m, int d)
{
	long long yy = m <= 2 ? y - 1 : y;
	long long era = (yy >= 0 ? yy : yy - 399) / 400;
	long long yoe = yy - era * 400;
	long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe;
}

/*
 * Parses an xs:date or xs:dateTime (YYYY-MM-DD[Thh:mm:ss[.f]][Z|(+|-)hh:mm]).
 * Returns 0 when the value has another form.
 */
static int parse_moment(const char *s, struct moment *m)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, mo, d, hh = 0, mi = 0, ss = 0, tzh, tzm;
	long long off = 0;

	if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' ||
	    !digits(s + 8, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] ||
	    (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
		return 0;
	s += 10;
	if (*s == 'T') {
		if (!digits(s + 1, 2, &hh) || s[3] != ':' || !digits(s + 4, 2, &mi) || s[6] != ':' ||
		    !digits(s + 7, 2, &ss) || hh > 24 || mi > 59 || ss > 59)
			return 0;
		s += 9;
		if (*s == '.') {
			if (!isdigit((unsigned char)s[1]))
				return 0;
			for (s++; isdigit((unsigned char)*s); s++)
				;
		}
	}
	m->has_tz = 0;
	if (*s == 'Z') {
		m->has_tz = 1;
		s++;
	} else if (*s == '+' || *s == '-') {
		if (!digits(s + 1, 2, &tzh) || s[3] != ':' || !digits(s + 4, 2, &tzm))
			return 0;
		off = (tzh * 60LL + tzm) * 60 * (*s == '-' ? -1 : 1);
		m->has_tz = 1;
		s += 6;
	}
	if (*s)
		return 0;
	m->seconds = days_from_civil(y, mo, d) * 86400 + hh * 3600LL + mi * 60LL + ss - off;
	return 1;
}

static const char *const period_elements[] = {
	"gueltigkeit", "zeitraum", "gueltigkeitszeitraum", NULL,
};

static void z401_elem(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	char *b, *e;
	struct moment mb, me;

	if (!in_list((const char *)n->name, period_elements))
		return;
	b = child_text(n, "beginn");
	e = child_text(n, "ende");
	if (b && e && parse_moment(b, &mb) && parse_moment(e, &me) && mb.seconds > me.seconds)
		report(ctx, l, fk_xml_child(n, "ende"), b, e);
	free(b);
	free(e);
}

static void z401(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z401_elem);
}

static void check_z401(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z401);
}

static void z402_elem(struct fk_rule_ctx *ctx, const struct leistung *l, xmlNode *n)
{
	static const char *const ends[] = { "beginn", "ende", NULL };
	char *v;
	struct moment m;

	if (!in_list((const char *)n->name, ends) || !is_elem(n->parent) ||
	    !in_list((const char *)n->parent->name, period_elements))
		return;
	v = fk_xml_text(n);
	if (v && !parse_moment(v, &m))
		report(ctx, l, n, v, (const char *)n->name);
	free(v);
}

static void z402(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for_each_below(ctx, l, l->node, z402_elem);
}

static void check_z402(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z402);
}

/* ---- Z5xx: XZuFi 2.3.1 -------------------------------------------------------------- */

/* The modules of a Leistung 2.3.1; each carries a zugangskanal. */
static const char *const modules_231[] = {
	"modulText", "modulTextIndividuell", "modulFrist", "modulBearbeitungsdauer",
	"modulKosten", "modulDokument", "modulBegriffImKontext", "modulFachlicheFreigabe",
	"modulAuskunftshinweis", "modulUrsprungsportal", NULL,
};

static void z501(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	for (xmlNode *m = l->node->children; m; m = m->next) {
		char *v;

		if (!is_elem(m) || !in_list((const char *)m->name, modules_231))
			continue;
		v = code_value(fk_xml_child(m, "zugangskanal"));
		if (!v || !*v)
			report(ctx, l, m, (const char *)m->name, NULL);
		free(v);
	}
}

static void check_z501(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z501);
}

static void z502(struct fk_rule_ctx *ctx, const struct leistung *l)
{
	static const char *const channels[] = { "000", "100", "200", NULL };

	for (xmlNode *m = l->node->children; m; m = m->next) {
		xmlNode *z;
		char *v;

		if (!is_elem(m) || !in_list((const char *)m->name, modules_231))
			continue;
		z = fk_xml_child(m, "zugangskanal");
		v = code_value(z);
		if (v && *v && !in_list(v, channels))
			report(ctx, l, fk_xml_child(z, "code") ? fk_xml_child(z, "code") : z, v,
			       (const char *)m->name);
		free(v);
	}
}

static void check_z502(struct fk_rule_ctx *ctx)
{
	for_each_leistung(ctx, z502);
}

/* ---- the table ---------------------------------------------------------------------- */

#define SRC_PVOG "PVOG delivery rules (FAQ)"
#define SRC_MODULES "LeiKa text-module list"
#define SRC_REC "fimkit recommendation"
#define SRC_231 "XZuFi 2.3.1 (FIM Portal API model)"

const struct fk_rule fk_rules_xzufi[] = {
	{ "Z101", FK_SEV_CRITICAL, 0, "ID", BOTH, "Leistung",
	  "Leistung without id", "Leistung ohne ID",
	  "the Leistung has no id", "die Leistung hat keine ID",
	  0, check_z101, "XZuFi Leistung model (id 1..1)" },
	{ "Z102", FK_SEV_CRITICAL, 0, "ID", BOTH, "Leistung id",
	  "Leistung id without schemeAgencyID", "Leistungs-ID ohne schemeAgencyID",
	  "id %s has no schemeAgencyID; the id is only unique together with the Redaktion",
	  "ID %s hat keine schemeAgencyID; die ID ist nur zusammen mit der Redaktion eindeutig",
	  0, check_z102, "PVOG object identity (schemeAgencyID + id)" },
	{ "Z103", FK_SEV_CRITICAL, 0, "ID", BOTH, "referenzLeiKa, referenzLeistungsschluessel",
	  "Leistungsschlüssel is not 14 digits", "Leistungsschlüssel hat nicht 14 Ziffern",
	  "Leistungsschlüssel '%s' is not a 14-digit number",
	  "Leistungsschlüssel '%s' ist keine 14-stellige Zahl",
	  0, check_z103, "PVOG API (Leistungsschlüssel [0-9]{14})" },
	{ "Z104", FK_SEV_WARNING, 0, "ID", BOTH, "Leistung",
	  "Leistung without Leistungsschlüssel", "Leistung ohne Leistungsschlüssel",
	  "the Leistung refers to no Leistungsschlüssel of the LeiKa",
	  "die Leistung verweist auf keinen Leistungsschlüssel des LeiKa",
	  0, check_z104, SRC_REC },
	{ "Z201", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "modulText",
	  "Leistungsbezeichnung (text module 02) missing",
	  "Leistungsbezeichnung (Textmodul 02) fehlt",
	  "the Leistung has no text module 02 (Leistungsbezeichnung)",
	  "die Leistung hat kein Textmodul 02 (Leistungsbezeichnung)",
	  0, check_z201, SRC_MODULES },
	{ "Z202", FK_SEV_CRITICAL, 0, "STRUCT", BOTH, "modulText",
	  "more than one Leistungsbezeichnung (text module 02)",
	  "mehr als eine Leistungsbezeichnung (Textmodul 02)",
	  "another text module 02 (Leistungsbezeichnung)%s",
	  "weiteres Textmodul 02 (Leistungsbezeichnung)%s",
	  0, check_z202, SRC_MODULES },
	{ "Z203", FK_SEV_CRITICAL, 0, "CL", BOTH, "modulText/leikaTextmodul",
	  "unknown text module code", "unbekannter Textmodul-Code",
	  "text module code '%s' is not in the LeiKa text-module list (20240216)",
	  "Textmodul-Code '%s' steht nicht in der LeiKa-Textmodulliste (20240216)",
	  0, check_z203, SRC_MODULES },
	{ "Z204", FK_SEV_METHOD, 0, "STRUCT", BOTH, "modulText",
	  "Volltext (text module 06) missing", "Volltext (Textmodul 06) fehlt",
	  "the Leistung has no Volltext (text module 06) with content",
	  "die Leistung hat keinen Volltext (Textmodul 06) mit Inhalt",
	  0, check_z2_required, SRC_REC },
	{ "Z205", FK_SEV_METHOD, 0, "STRUCT", BOTH, "modulText",
	  "Handlungsgrundlagen (text module 07) missing",
	  "Handlungsgrundlagen (Textmodul 07) fehlen",
	  "the Leistung has no Handlungsgrundlagen (text module 07) with content",
	  "die Leistung hat keine Handlungsgrundlagen (Textmodul 07) mit Inhalt",
	  0, check_z2_required, SRC_REC },
	{ "Z206", FK_SEV_WARNING, 0, "STRUCT", BOTH, "modulText",
	  "Erforderliche Unterlagen (text module 08) missing",
	  "Erforderliche Unterlagen (Textmodul 08) fehlen",
	  "the Leistung has no Erforderliche Unterlagen (text module 08) with content",
	  "die Leistung hat keine Erforderlichen Unterlagen (Textmodul 08) mit Inhalt",
	  0, check_z2_required, SRC_REC },
	{ "Z207", FK_SEV_WARNING, 0, "STRUCT", BOTH, "modulText",
	  "Voraussetzungen (text module 09) missing", "Voraussetzungen (Textmodul 09) fehlen",
	  "the Leistung has no Voraussetzungen (text module 09) with content",
	  "die Leistung hat keine Voraussetzungen (Textmodul 09) mit Inhalt",
	  0, check_z2_required, SRC_REC },
	{ "Z208", FK_SEV_WARNING, 0, "STRUCT", BOTH, "modulText",
	  "Verfahrensablauf (text module 11) missing", "Verfahrensablauf (Textmodul 11) fehlt",
	  "the Leistung has no Verfahrensablauf (text module 11) with content",
	  "die Leistung hat keinen Verfahrensablauf (Textmodul 11) mit Inhalt",
	  0, check_z2_required, SRC_REC },
	{ "Z209", FK_SEV_WARNING, 0, "STRUCT", BOTH, "modulKosten",
	  "Kosten module missing", "Kostenmodul fehlt",
	  "the Leistung has no Kosten module (modulKosten), not even one saying it is free",
	  "die Leistung hat kein Kostenmodul (modulKosten), auch keines, das Kostenfreiheit angibt",
	  0, check_z2_required, SRC_REC },
	{ "Z210", FK_SEV_INFO, 0, "STRUCT", BOTH, "modulFrist",
	  "Frist module missing", "Fristmodul fehlt",
	  "the Leistung has no Frist module (modulFrist)",
	  "die Leistung hat kein Fristmodul (modulFrist)",
	  0, check_z2_required, SRC_REC },
	{ "Z211", FK_SEV_INFO, 0, "STRUCT", BOTH, "modulBearbeitungsdauer",
	  "Bearbeitungsdauer module missing", "Bearbeitungsdauermodul fehlt",
	  "the Leistung has no Bearbeitungsdauer module (modulBearbeitungsdauer)",
	  "die Leistung hat kein Bearbeitungsdauermodul (modulBearbeitungsdauer)",
	  0, check_z2_required, SRC_REC },
	{ "Z301", FK_SEV_CRITICAL, 0, "TEXT", BOTH, "languageCode",
	  "language code is not two letters", "Sprachcode hat nicht zwei Buchstaben",
	  "languageCode '%s' on %s is not a two-letter ISO 639-1 code",
	  "languageCode '%s' an %s ist kein zweibuchstabiger Code nach ISO 639-1",
	  0, check_z301, SRC_PVOG },
	{ "Z302", FK_SEV_CRITICAL, 0, "TEXT", BOTH, "localised texts",
	  "text without language code", "Text ohne Sprachcode",
	  "%s has no languageCode",
	  "%s hat keinen languageCode",
	  0, check_z302, SRC_PVOG },
	{ "Z303", FK_SEV_WARNING, 0, "TEXT", BOTH, "languageCode",
	  "language PVOG does not accept", "Sprache, die das PVOG nicht annimmt",
	  "languageCode '%s' on %s: PVOG accepts only de and en",
	  "languageCode '%s' an %s: das PVOG nimmt nur de und en an",
	  0, check_z303, SRC_PVOG },
	{ "Z304", FK_SEV_CRITICAL, 0, "TEXT", BOTH, "localised texts",
	  "more than one text per language", "mehr als ein Text je Sprache",
	  "another %s in language '%s'; which one is shown is undefined",
	  "weiteres %s in Sprache '%s'; welcher Text angezeigt wird, ist unbestimmt",
	  0, check_z304, "XZuFi (one text per language)" },
	{ "Z305", FK_SEV_METHOD, 0, "TEXT", BOTH, "localised texts, sprachversion",
	  "no German text", "kein deutscher Text",
	  "%s exists only in other languages than German (de)",
	  "%s gibt es nur in anderen Sprachen als Deutsch (de)",
	  0, check_z305, SRC_REC },
	{ "Z306", FK_SEV_CRITICAL, 0, "TEXT", BOTH, "inhalt, beschreibung",
	  "HTML that PVOG does not accept", "HTML, das das PVOG nicht annimmt",
	  "%s contains %s; PVOG accepts only p, br, h1-h6, b, strong, i, em, sup, sub, ul, ol, li and a href",
	  "%s enthält %s; das PVOG nimmt nur p, br, h1-h6, b, strong, i, em, sup, sub, ul, ol, li und a href an",
	  0, check_z306, SRC_PVOG },
	{ "Z307", FK_SEV_WARNING, 0, "TEXT", BOTH, "inhalt, beschreibung",
	  "HTML not well-formed", "HTML nicht wohlgeformt",
	  "%s contains HTML that is not well-formed near \"%s\"",
	  "%s enthält nicht wohlgeformtes HTML bei \"%s\"",
	  0, check_z307, SRC_REC },
	{ "Z308", FK_SEV_WARNING, 0, "TEXT", BOTH, "uri, a href, linkKostenbildung",
	  "link is not an absolute http(s) URL", "Link ist keine absolute http(s)-URL",
	  "link '%s' in %s is not an absolute http or https URL",
	  "Link '%s' in %s ist keine absolute http- oder https-URL",
	  0, check_z308, SRC_REC },
	{ "Z309", FK_SEV_CRITICAL, 0, "TEXT", BOTH, "all texts",
	  "character outside String.Latin", "Zeichen außerhalb von String.Latin",
	  "%s contains %s, a character outside String.Latin (DIN 91379)",
	  "%s enthält %s, ein Zeichen außerhalb von String.Latin (DIN 91379)",
	  0, check_z309, SRC_PVOG },
	{ "Z401", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "gueltigkeit",
	  "validity ends before it begins", "Gültigkeit endet vor ihrem Beginn",
	  "the period begins %s, after its end %s",
	  "der Zeitraum beginnt %s, nach seinem Ende %s",
	  0, check_z401, SRC_REC },
	{ "Z402", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "gueltigkeit/beginn, ende",
	  "date is not an XML date", "Datum ist kein XML-Datum",
	  "'%s' in %s is not a date (YYYY-MM-DD) or date-time",
	  "'%s' in %s ist kein Datum (JJJJ-MM-TT) und keine Datum-Uhrzeit",
	  0, check_z402, "XÖV conventions (xs:date, xs:dateTime)" },
	{ "Z501", FK_SEV_CRITICAL, 0, "STRUCT", V23, "modul*",
	  "module without zugangskanal", "Modul ohne Zugangskanal",
	  "%s has no zugangskanal",
	  "%s hat keinen Zugangskanal",
	  0, check_z501, SRC_231 },
	{ "Z502", FK_SEV_CRITICAL, 0, "CL", V23, "modul*/zugangskanal",
	  "unknown zugangskanal", "unbekannter Zugangskanal",
	  "zugangskanal '%s' of %s is not 000, 100 or 200",
	  "Zugangskanal '%s' von %s ist nicht 000, 100 oder 200",
	  0, check_z502, SRC_231 },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
