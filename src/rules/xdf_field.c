/*
 * xdf_field.c - XDatenfelder rules on fields: Feldart and Datentyp,
 * Präzisierung, default content, code and value lists, and rules (families
 * TYPE, PRAEZ, INHALT, CL, RULE).
 * Rule texts are fimkit's own; codes and default severities are those of
 * the FIM QS catalogue so that results compare with the FIM Portal.
 *
 * Values in a Präzisierung and the default content are read the way XML
 * Schema reads the field's datatype (xs:double, xs:integer, xs:date,
 * xs:dateTime, xs:time, xs:boolean) and compared in that datatype.
 */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xdf_util.h"

#define BOTH (FK_APPLIES_XDF2 | FK_APPLIES_XDF3)

/* ---- small helpers ------------------------------------------------------------------ */

static int eq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

static int is_field(const struct fk_xdf_obj *o)
{
	return o->kind == FK_XDF_FIELD;
}

static const char *nz(const char *s)
{
	return s ? s : "";
}

static int is_text_type(const char *dt)
{
	return eq(dt, "text") || eq(dt, "text_latin");
}

static int is_num_type(const char *dt)
{
	return eq(dt, "num") || eq(dt, "num_int") || eq(dt, "num_currency");
}

/* The field carries a Präzisierung (XDF2: a non-empty one, in any form). */
static int has_praez(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	if (fk_is_xdf3(ctx) || !o->field.praezisierung)
		return o->field.praezisierung != NULL;
	return !fk_blank(fk_xdf_node_text(ctx->xdf, o->field.praezisierung));
}

/* Where Präzisierung findings are located: the element, else the field. */
static const xmlNode *praez_node(const struct fk_xdf_obj *o)
{
	return o->field.praezisierung ? o->field.praezisierung : o->node;
}

static const xmlNode *inhalt_node(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	const xmlNode *n = fk_obj_child(ctx, o, "inhalt");

	return n ? n : o->node;
}

/* Copy of s without leading and trailing blanks (as a schema cast sees it). */
static void trimmed(const char *s, char *buf, size_t size)
{
	size_t n;

	while (*s && isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* ---- lexical forms of XML Schema datatypes ------------------------------------------ */

static int digits(const char **p)
{
	int n = 0;

	while (isdigit((unsigned char)**p)) {
		(*p)++;
		n++;
	}
	return n;
}

/* xs:double, also accepting INF, -INF, NaN. */
static int parse_double(const char *in, long double *out)
{
	char buf[128];
	const char *p = buf;
	int n;

	trimmed(in, buf, sizeof(buf));
	if (!strcmp(buf, "INF") || !strcmp(buf, "+INF") || !strcmp(buf, "-INF") ||
	    !strcmp(buf, "NaN")) {
		*out = buf[0] == '-' ? -1e4000L : 1e4000L;
		return !strcmp(buf, "NaN") ? 2 : 1;
	}
	if (*p == '+' || *p == '-')
		p++;
	n = digits(&p);
	if (*p == '.') {
		p++;
		n += digits(&p);
	}
	if (!n)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!digits(&p))
			return 0;
	}
	if (*p)
		return 0;
	*out = strtold(buf, NULL);
	return 1;
}

/* xs:integer. */
static int parse_integer(const char *in, long double *out)
{
	char buf[128];
	const char *p = buf;

	trimmed(in, buf, sizeof(buf));
	if (*p == '+' || *p == '-')
		p++;
	if (!digits(&p) || *p)
		return 0;
	*out = strtold(buf, NULL);
	return 1;
}

/* xs:nonNegativeInteger (positive: also greater than zero). */
static int parse_count(const char *in, int positive, long double *out)
{
	char buf[128];
	const char *p = buf;
	int neg = 0;

	trimmed(in, buf, sizeof(buf));
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (!digits(&p) || *p)
		return 0;
	*out = strtold(buf, NULL);
	if (neg && *out != 0)
		return 0;
	return positive ? *out > 0 : 1;
}

static long days_from_civil(long y, int m, int d)
{
	long era;
	long yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int two(const char **p, int *v)
{
	if (!isdigit((unsigned char)(*p)[0]) || !isdigit((unsigned char)(*p)[1]))
		return 0;
	*v = ((*p)[0] - '0') * 10 + ((*p)[1] - '0');
	*p += 2;
	return 1;
}

/* -?YYYY-MM-DD; seconds since the epoch in *secs. */
static int lex_date(const char **pp, long double *secs)
{
	const char *p = *pp;
	const char *start;
	int neg = 0, m, d, n;
	long y;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (*p == '-') {
		neg = 1;
		p++;
	}
	start = p;
	n = digits(&p);
	if (n < 4 || (n > 4 && *start == '0'))
		return 0;
	y = strtol(start, NULL, 10);
	if (neg)
		y = -y;
	if (*p++ != '-' || !two(&p, &m) || *p++ != '-' || !two(&p, &d))
		return 0;
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	*secs = (long double)days_from_civil(y, m, d) * 86400.0L;
	*pp = p;
	return 1;
}

/* hh:mm:ss(.s+)? */
static int lex_time(const char **pp, long double *secs)
{
	const char *p = *pp;
	int h, mi, s;
	long double frac = 0;

	if (!two(&p, &h) || *p++ != ':' || !two(&p, &mi) || *p++ != ':' || !two(&p, &s))
		return 0;
	if (*p == '.') {
		const char *f = p;

		p++;
		if (!digits(&p))
			return 0;
		frac = strtold(f, NULL);
	}
	if (mi > 59 || s > 59 || h > 24 || (h == 24 && (mi || s || frac != 0)))
		return 0;
	*secs = h * 3600.0L + mi * 60.0L + s + frac;
	*pp = p;
	return 1;
}

/* (Z|[+-]hh:mm)? at the end; the offset is subtracted. */
static int lex_tz(const char *p, long double *secs)
{
	int h, m, sign;

	if (!*p)
		return 1;
	if (!strcmp(p, "Z"))
		return 1;
	if (*p != '+' && *p != '-')
		return 0;
	sign = *p++ == '-' ? -1 : 1;
	if (!two(&p, &h) || *p++ != ':' || !two(&p, &m) || *p)
		return 0;
	if (h > 14 || m > 59 || (h == 14 && m))
		return 0;
	*secs -= sign * (h * 3600.0L + m * 60.0L);
	return 1;
}

static int parse_date(const char *in, long double *out)
{
	char buf[128];
	const char *p = buf;

	trimmed(in, buf, sizeof(buf));
	return lex_date(&p, out) && lex_tz(p, out);
}

static int parse_time(const char *in, long double *out)
{
	char buf[128];
	const char *p = buf;

	trimmed(in, buf, sizeof(buf));
	return lex_time(&p, out) && lex_tz(p, out);
}

static int parse_datetime(const char *in, long double *out)
{
	char buf[128];
	const char *p = buf;
	long double t;

	trimmed(in, buf, sizeof(buf));
	if (!lex_date(&p, out) || *p++ != 'T' || !lex_time(&p, &t))
		return 0;
	*out += t;
	return lex_tz(p, out);
}

static int parse_boolean(const char *in)
{
	char buf[16];

	trimmed(in, buf, sizeof(buf));
	return !strcmp(buf, "true") || !strcmp(buf, "false") || !strcmp(buf, "1") ||
	       !strcmp(buf, "0");
}

/* The value parser for a datatype with a value range, NULL for others. */
typedef int (*value_parser)(const char *in, long double *out);

static value_parser parser_for(const char *dt)
{
	if (eq(dt, "num") || eq(dt, "num_currency"))
		return parse_double;
	if (eq(dt, "num_int"))
		return parse_integer;
	if (eq(dt, "date"))
		return parse_date;
	if (eq(dt, "datetime"))
		return parse_datetime;
	if (eq(dt, "time"))
		return parse_time;
	return NULL;
}

/* Parses a value of the datatype; NaN never compares. */
static int value_of(value_parser parse, const char *s, long double *v)
{
	int r = parse(s, v);

	return r == 1;
}

/* Number of characters (code points) of UTF-8 text. */
static size_t utf8_len(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* ---- TYPE: Feldart and Datentyp ----------------------------------------------------- */

/* 1011: a select field must have datatype text. */
static void check_1011(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (is_field(o) && eq(f->feldart, "select") && !fk_blank(f->datentyp) &&
		    strcmp(f->datentyp, "text") != 0)
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "datentyp"), f->datentyp);
	}
}

/* 1012: select and label fields of a text type take no field length. */
static void check_1012(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (!is_field(o) || !has_praez(ctx, o) || !is_text_type(f->datentyp))
			continue;
		if (!eq(f->feldart, "select") && !eq(f->feldart, "label"))
			continue;
		if (!fk_blank(f->min_length) || !fk_blank(f->max_length))
			fk_rule_report(ctx, o, praez_node(o), f->feldart);
	}
}

/* 1015: field lengths only for text datatypes. */
static void check_1015(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (!is_field(o) || !has_praez(ctx, o) || is_text_type(f->datentyp))
			continue;
		if (!fk_blank(f->min_length) || !fk_blank(f->max_length))
			fk_rule_report(ctx, o, praez_node(o), nz(f->datentyp));
	}
}

/* 1016: value ranges only for numeric and time datatypes. */
static void check_1016(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;
		int ranged;

		if (!is_field(o) || !has_praez(ctx, o))
			continue;
		ranged = is_num_type(f->datentyp) || eq(f->datentyp, "date");
		if (fk_is_xdf3(ctx))
			ranged = ranged || eq(f->datentyp, "datetime") || eq(f->datentyp, "time");
		if (!ranged && (!fk_blank(f->min_value) || !fk_blank(f->max_value)))
			fk_rule_report(ctx, o, praez_node(o), nz(f->datentyp));
	}
}

/* 1017: a code or value list needs Feldart select. */
static void check_1017(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;
		const xmlNode *list = f->werte ? f->werte : f->codeliste;

		if (is_field(o) && list && !fk_blank(f->feldart) && strcmp(f->feldart, "select") != 0)
			fk_rule_report(ctx, o, list, f->feldart);
	}
}

/* 1018: a select field needs exactly one of code list and value list. */
static void check_1018(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (!is_field(o) || !eq(f->feldart, "select"))
			continue;
		if (!f->codeliste && !f->werte)
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "feldart"),
				       "neither", "weder", "nor", "noch");
		else if (f->codeliste && f->werte)
			fk_rule_report(ctx, o, f->werte, "both", "sowohl", "and", "als auch");
	}
}

/* 1056 / 1057: maxSize and mediaType only for datatype file. */
static void check_file_only(struct fk_rule_ctx *ctx, const char *local)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;
		const xmlNode *n;

		if (!is_field(o) || fk_blank(f->datentyp) || eq(f->datentyp, "file"))
			continue;
		n = fk_obj_child(ctx, o, local);
		if (n && !fk_blank(fk_xdf_node_text(ctx->xdf, n)))
			fk_rule_report(ctx, o, n, f->datentyp);
	}
}

static void check_1056(struct fk_rule_ctx *ctx) { check_file_only(ctx, "maxSize"); }
static void check_1057(struct fk_rule_ctx *ctx) { check_file_only(ctx, "mediaType"); }

/* 1089: input field with datatype obj (switched off by default). */
static void check_1089(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (is_field(o) && eq(o->field.feldart, "input") && eq(o->field.datentyp, "obj"))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "datentyp"));
	}
}

/* 1090: label fields have datatype text (XDF3 also text_latin) or obj. */
static void check_1090(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (!is_field(o) || !eq(f->feldart, "label") || fk_blank(f->datentyp))
			continue;
		if (eq(f->datentyp, "text") || eq(f->datentyp, "obj") ||
		    (fk_is_xdf3(ctx) && eq(f->datentyp, "text_latin")))
			continue;
		fk_rule_report(ctx, o, fk_obj_child(ctx, o, "datentyp"), f->datentyp);
	}
}

/* 1120: no pattern for datatypes file and obj. */
static void check_1120(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (is_field(o) && has_praez(ctx, o) && !fk_blank(f->pattern) &&
		    (eq(f->datentyp, "file") || eq(f->datentyp, "obj")))
			fk_rule_report(ctx, o, praez_node(o), f->datentyp);
	}
}

/* ---- PRAEZ: field lengths and value ranges ------------------------------------------ */

/* Text fields other than select/label, the ones whose lengths are read. */
static int length_field(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	const struct fk_xdf_field *f = &o->field;

	return is_field(o) && has_praez(ctx, o) && is_text_type(f->datentyp) &&
	       !eq(f->feldart, "select") && !eq(f->feldart, "label");
}

/* 1059 / 1060 / 1061: minLength, maxLength and their order. */
static void check_lengths(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;
		long double lo = 0, hi = 0;
		int lo_ok, hi_ok;

		if (!length_field(ctx, o))
			continue;
		lo_ok = !fk_blank(f->min_length) && parse_count(f->min_length, 0, &lo);
		hi_ok = !fk_blank(f->max_length) && parse_count(f->max_length, 1, &hi);
		if (which == 1059 && !fk_blank(f->min_length) && !lo_ok)
			fk_rule_report(ctx, o, praez_node(o), f->min_length);
		else if (which == 1060 && !fk_blank(f->max_length) && !hi_ok)
			fk_rule_report(ctx, o, praez_node(o), f->max_length);
		else if (which == 1061 && lo_ok && hi_ok && lo > hi)
			fk_rule_report(ctx, o, praez_node(o), f->min_length, f->max_length);
	}
}

static void check_1059(struct fk_rule_ctx *ctx) { check_lengths(ctx, 1059); }
static void check_1060(struct fk_rule_ctx *ctx) { check_lengths(ctx, 1060); }
static void check_1061(struct fk_rule_ctx *ctx) { check_lengths(ctx, 1061); }

/*
 * 1062/1063 (num, num_currency), 1065/1066 (num_int), 1067/1068 (date),
 * 1079/1080 (datetime), 1081/1082 (time): minValue (max = 0) or maxValue
 * (max = 1) is not a value of the field's datatype.
 */
static void check_bound_form(struct fk_rule_ctx *ctx, const char *dt1, const char *dt2, int max)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;
		const char *v = max ? f->max_value : f->min_value;
		value_parser parse;
		long double x;

		if (!is_field(o) || !has_praez(ctx, o) || fk_blank(v))
			continue;
		if (!eq(f->datentyp, dt1) && !eq(f->datentyp, dt2))
			continue;
		parse = parser_for(f->datentyp);
		if (!parse(v, &x))
			fk_rule_report(ctx, o, praez_node(o), v);
	}
}

static void check_1062(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "num", "num_currency", 0); }
static void check_1063(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "num", "num_currency", 1); }
static void check_1065(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "num_int", NULL, 0); }
static void check_1066(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "num_int", NULL, 1); }
static void check_1067(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "date", NULL, 0); }
static void check_1068(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "date", NULL, 1); }
static void check_1079(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "datetime", NULL, 0); }
static void check_1080(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "datetime", NULL, 1); }
static void check_1081(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "time", NULL, 0); }
static void check_1082(struct fk_rule_ctx *ctx) { check_bound_form(ctx, "time", NULL, 1); }

/* 1064: minValue above maxValue, compared in the field's datatype. */
static void check_1064(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;
		value_parser parse = parser_for(f->datentyp);
		long double lo, hi;

		if (!is_field(o) || !has_praez(ctx, o) || !parse)
			continue;
		if (!fk_is_xdf3(ctx) && (eq(f->datentyp, "datetime") || eq(f->datentyp, "time")))
			continue;
		if (fk_blank(f->min_value) || fk_blank(f->max_value))
			continue;
		if (value_of(parse, f->min_value, &lo) && value_of(parse, f->max_value, &hi) && lo > hi)
			fk_rule_report(ctx, o, praez_node(o), f->min_value, f->max_value);
	}
}

/* 1102: text input fields should give both minLength and maxLength. */
static void check_1102(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (!is_field(o) || !is_text_type(f->datentyp) || !eq(f->feldart, "input"))
			continue;
		if (!has_praez(ctx, o))
			fk_rule_report(ctx, o, f->praezisierung ? f->praezisierung
							      : fk_obj_child(ctx, o, "datentyp"));
		else if (fk_blank(f->min_length) || fk_blank(f->max_length))
			fk_rule_report(ctx, o, praez_node(o));
	}
}

/* 1103: numeric fields should have a value range. */
static void check_1103(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (is_field(o) && is_num_type(f->datentyp) && !has_praez(ctx, o))
			fk_rule_report(ctx, o, f->praezisierung ? f->praezisierung
							      : fk_obj_child(ctx, o, "datentyp"),
				       f->datentyp);
	}
}

/* 1035: XDF2 Präzisierung still free text instead of JSON. */
static void check_1035(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const struct fk_xdf_field *f = &o->field;

		if (is_field(o) && f->praezisierung && !f->praez_json &&
		    !fk_blank(fk_xdf_node_text(ctx->xdf, f->praezisierung)))
			fk_rule_report(ctx, o, f->praezisierung);
	}
}

/* ---- INHALT: default content ----------------------------------------------------------- */

/* The field's non-empty default content, NULL for none. */
static const char *content(const struct fk_xdf_obj *o)
{
	if (!is_field(o) || fk_blank(o->field.inhalt))
		return NULL;
	return o->field.inhalt;
}

/* 1069/1070/1071/1083/1084: the content is not a value of the datatype. */
static void check_content_form(struct fk_rule_ctx *ctx, const char *dt1, const char *dt2)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);
		long double x;

		if (!v || !(eq(o->field.datentyp, dt1) || eq(o->field.datentyp, dt2)))
			continue;
		if (!parser_for(o->field.datentyp)(v, &x))
			fk_rule_report(ctx, o, inhalt_node(ctx, o), v);
	}
}

static void check_1069(struct fk_rule_ctx *ctx) { check_content_form(ctx, "num", "num_currency"); }
static void check_1070(struct fk_rule_ctx *ctx) { check_content_form(ctx, "num_int", NULL); }
static void check_1071(struct fk_rule_ctx *ctx) { check_content_form(ctx, "date", NULL); }
static void check_1083(struct fk_rule_ctx *ctx) { check_content_form(ctx, "datetime", NULL); }
static void check_1084(struct fk_rule_ctx *ctx) { check_content_form(ctx, "time", NULL); }

/* 1072 / 1073: content below minValue or above maxValue. */
static void check_content_range(struct fk_rule_ctx *ctx, int max)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);
		const char *bound = max ? o->field.max_value : o->field.min_value;
		value_parser parse;
		long double x, b;

		if (!v || fk_blank(bound) || !(parse = parser_for(o->field.datentyp)))
			continue;
		if (!fk_is_xdf3(ctx) &&
		    (eq(o->field.datentyp, "datetime") || eq(o->field.datentyp, "time")))
			continue;
		if (!value_of(parse, v, &x) || !value_of(parse, bound, &b))
			continue;
		if (max ? x > b : x < b)
			fk_rule_report(ctx, o, inhalt_node(ctx, o), v, bound);
	}
}

static void check_1072(struct fk_rule_ctx *ctx) { check_content_range(ctx, 0); }
static void check_1073(struct fk_rule_ctx *ctx) { check_content_range(ctx, 1); }

/* 1074 / 1075: text content shorter than minLength or longer than maxLength. */
static void check_content_length(struct fk_rule_ctx *ctx, int max)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);
		const char *bound = max ? o->field.max_length : o->field.min_length;
		long double b;
		size_t len;

		if (!v || !is_text_type(o->field.datentyp) || fk_blank(bound) ||
		    !parse_integer(bound, &b))
			continue;
		len = utf8_len(v);
		if (max ? (long double)len > b : (long double)len < b)
			fk_rule_report(ctx, o, inhalt_node(ctx, o), (unsigned long)len, bound);
	}
}

static void check_1074(struct fk_rule_ctx *ctx) { check_content_length(ctx, 0); }
static void check_1075(struct fk_rule_ctx *ctx) { check_content_length(ctx, 1); }

/* 1077: content of a bool field is not a boolean. */
static void check_1077(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);

		if (v && eq(o->field.datentyp, "bool") && !parse_boolean(v))
			fk_rule_report(ctx, o, inhalt_node(ctx, o), v);
	}
}

/* 1100: no content for datatypes file and obj. */
static void check_1100(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);

		if (v && (eq(o->field.datentyp, "file") || eq(o->field.datentyp, "obj")))
			fk_rule_report(ctx, o, inhalt_node(ctx, o), o->field.datentyp);
	}
}

/* 1109: label fields show their content, so they need some. */
static void check_1109(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (is_field(o) && eq(o->field.feldart, "label") && fk_blank(o->field.inhalt))
			fk_rule_report(ctx, o, inhalt_node(ctx, o));
	}
}

/* ---- CL: code lists and value lists ------------------------------------------------- */

/* A field's code list reference: identifier element and values. */
struct clref {
	const xmlNode *node;          /* codelisteReferenz */
	const xmlNode *canon_node;    /* canonicalIdentification (may be NULL) */
	const char *canon;            /* NULL when absent */
	const char *version;          /* NULL when absent */
	const char *version_uri;
	const char *id;               /* XDF2: identifikation/id of the reference */
	const xmlNode *version_node;
};

static int get_clref(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, struct clref *r)
{
	const xmlNode *g;

	memset(r, 0, sizeof(*r));
	if (!is_field(o) || !o->field.codeliste)
		return 0;
	r->node = o->field.codeliste;
	g = r->node;
	if (!fk_is_xdf3(ctx)) {
		const xmlNode *ident = fk_xdf_first(ctx->xdf, g, "identifikation");

		r->id = ident ? fk_xdf_text(ctx->xdf, ident, "id") : NULL;
		g = fk_xdf_first(ctx->xdf, g, "genericodeIdentification");
		if (!g)
			return 1;
	}
	r->canon_node = fk_xdf_first(ctx->xdf, g, "canonicalIdentification");
	r->canon = fk_xdf_text(ctx->xdf, g, "canonicalIdentification");
	r->version_node = fk_xdf_first(ctx->xdf, g, "version");
	r->version = fk_xdf_text(ctx->xdf, g, "version");
	r->version_uri = fk_xdf_text(ctx->xdf, g, "canonicalVersionUri");
	return 1;
}

/*
 * Code list references, each distinct (identifier, version) once, at the
 * first field that uses it.
 */
struct clref_set {
	struct clref *refs;
	const struct fk_xdf_obj **objs;
	size_t n;
};

static void clref_collect(struct fk_rule_ctx *ctx, struct clref_set *s)
{
	s->refs = NULL;
	s->objs = NULL;
	s->n = 0;
	FK_FOR_EACH_DISTINCT(ctx, o) {
		struct clref r;
		size_t i;

		if (!get_clref(ctx, o, &r))
			continue;
		for (i = 0; i < s->n; i++)
			if (!strcmp(nz(s->refs[i].canon), nz(r.canon)) &&
			    !strcmp(nz(s->refs[i].version), nz(r.version)))
				break;
		if (i < s->n)
			continue;
		s->refs = realloc(s->refs, (s->n + 1) * sizeof(*s->refs));
		s->objs = realloc(s->objs, (s->n + 1) * sizeof(*s->objs));
		if (!s->refs || !s->objs)
			abort();
		s->refs[s->n] = r;
		s->objs[s->n++] = o;
	}
}

static void clref_release(struct clref_set *s)
{
	free(s->refs);
	free(s->objs);
}

static const xmlNode *clref_at(const struct clref *r)
{
	return r->canon_node ? r->canon_node : r->node;
}

/* ^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:([A-Za-z0-9()+,\-.:=@;$_!*']|%[0-9A-Fa-f]{2})+$ */
static int urn_ok(const char *s)
{
	const char *p;
	int n;

	if (strncmp(s, "urn:", 4) != 0)
		return 0;
	p = s + 4;
	if (!isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80)
		return 0;
	p++;
	for (n = 0; *p && *p != ':'; p++, n++)
		if (!(isalnum((unsigned char)*p) || *p == '-') || (unsigned char)*p >= 0x80)
			return 0;
	if (n > 31 || *p != ':')
		return 0;
	p++;
	if (!*p)
		return 0;
	for (; *p; p++) {
		if ((unsigned char)*p < 0x80 && (isalnum((unsigned char)*p) || strchr("()+,-.:=@;$_!*'", *p)))
			continue;
		if (*p == '%' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
			p += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

/* 1005 / 1040 / 1048: the code list identifier. */
static void check_canon(struct fk_rule_ctx *ctx, int which)
{
	struct clref_set s;

	clref_collect(ctx, &s);
	for (size_t i = 0; i < s.n; i++) {
		const struct clref *r = &s.refs[i];
		const char *c = r->canon;

		if (which == 1040 && fk_blank(c))
			fk_rule_report(ctx, s.objs[i], clref_at(r));
		else if (which == 1005 && !fk_blank(c) && strncmp(c, "urn:", 4) != 0)
			fk_rule_report(ctx, s.objs[i], clref_at(r), c);
		else if (which == 1048 && !fk_blank(c) && !strncmp(c, "urn:", 4) && !urn_ok(c))
			fk_rule_report(ctx, s.objs[i], clref_at(r), c);
	}
	clref_release(&s);
}

static void check_1005(struct fk_rule_ctx *ctx) { check_canon(ctx, 1005); }
static void check_1040(struct fk_rule_ctx *ctx) { check_canon(ctx, 1040); }
static void check_1048(struct fk_rule_ctx *ctx) { check_canon(ctx, 1048); }

/* 1036: XDF2 code list objects (ids) sharing identifier and version. */
static void check_1036(struct fk_rule_ctx *ctx)
{
	struct clref *refs = NULL;
	const struct fk_xdf_obj **objs = NULL;
	size_t n = 0;

	FK_FOR_EACH_DISTINCT(ctx, o) {
		struct clref r;
		size_t i;

		if (!get_clref(ctx, o, &r) || fk_blank(r.id) || fk_blank(r.canon))
			continue;
		for (i = 0; i < n; i++)
			if (!strcmp(refs[i].id, r.id))
				break;
		if (i < n)
			continue;
		refs = realloc(refs, (n + 1) * sizeof(*refs));
		objs = realloc(objs, (n + 1) * sizeof(*objs));
		if (!refs || !objs)
			abort();
		refs[n] = r;
		objs[n++] = o;
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < n; j++) {
			if (j != i && !strcmp(refs[i].canon, refs[j].canon) &&
			    !strcmp(nz(refs[i].version), nz(refs[j].version))) {
				fk_rule_report(ctx, objs[i], refs[i].node, refs[i].id, refs[i].canon,
					       nz(refs[i].version));
				break;
			}
		}
	}
	free(refs);
	free(objs);
}

/* 1037: one code list referenced in several versions. */
static void check_1037(struct fk_rule_ctx *ctx)
{
	struct clref_set s;

	clref_collect(ctx, &s);
	for (size_t i = 0; i < s.n; i++) {
		const struct clref *r = &s.refs[i];

		if (fk_blank(r->canon) || fk_blank(r->version))
			continue;
		for (size_t j = 0; j < s.n; j++) {
			if (j != i && eq(s.refs[j].canon, r->canon) && !fk_blank(s.refs[j].version) &&
			    strcmp(s.refs[j].version, r->version) != 0) {
				fk_rule_report(ctx, s.objs[i], clref_at(r), r->canon, r->version);
				break;
			}
		}
	}
	clref_release(&s);
}

/* 1105: XDF2 code list version should be a date YYYY-MM-DD. */
static void check_1105(struct fk_rule_ctx *ctx)
{
	struct clref_set s;

	clref_collect(ctx, &s);
	for (size_t i = 0; i < s.n; i++) {
		const struct clref *r = &s.refs[i];
		const char *v = nz(r->version);

		if (strlen(v) < 8 || v[4] != '-' || v[7] != '-')
			fk_rule_report(ctx, s.objs[i], r->version_node ? r->version_node : clref_at(r), v);
	}
	clref_release(&s);
}

/* The loaded table of a field's versioned code list, NULL when not loaded. */
static const struct fk_gc_table *loaded_list(struct fk_rule_ctx *ctx, const struct clref *r)
{
	if (fk_blank(r->canon) || fk_blank(r->version))
		return NULL;
	return fk_rule_config_codelist(ctx->cfg, r->canon, r->version);
}

/* 1044 / 1045 / 1093: value list with too few entries, duplicate codes or names. */
static void check_values(struct fk_rule_ctx *ctx, int which)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const xmlNode *w;
		size_t n = 0;
		int dup = 0;
		const char *dupval = NULL;

		if (!is_field(o))
			continue;
		if (!o->field.werte) {
			struct clref r;
			const struct fk_gc_table *t;
			int col;

			/* XDF2 has no value lists: look at the loaded code list. */
			if (fk_is_xdf3(ctx) || which == 1093 || !get_clref(ctx, o, &r) ||
			    !(t = loaded_list(ctx, &r)))
				continue;
			if (which == 1044 && t->nrows < 2)
				fk_rule_report(ctx, o, clref_at(&r), (unsigned long)t->nrows);
			col = t->key_column ? fk_gc_column(t, t->key_column) : -1;
			if (which == 1045 && col >= 0) {
				for (size_t i = 0; i < t->nrows && !dupval; i++)
					for (size_t j = i + 1; j < t->nrows && !dupval; j++)
						if (eq(fk_gc_cell(t, i, col), fk_gc_cell(t, j, col)))
							dupval = fk_gc_cell(t, i, col);
				if (dupval)
					fk_rule_report(ctx, o, clref_at(&r), dupval);
			}
			continue;
		}
		for (w = fk_xdf_first(ctx->xdf, o->field.werte, "wert"); w; w = fk_xdf_next(ctx->xdf, w)) {
			const char *key = which == 1093 ? "name" : "code";
			const char *v = fk_xdf_text(ctx->xdf, w, key);

			n++;
			if (!v || dup)
				continue;
			for (const xmlNode *u = fk_xdf_first(ctx->xdf, o->field.werte, "wert"); u != w;
			     u = fk_xdf_next(ctx->xdf, u)) {
				if (eq(fk_xdf_text(ctx->xdf, u, key), v)) {
					dup = 1;
					dupval = v;
					break;
				}
			}
		}
		if (which == 1044 && n < 2)
			fk_rule_report(ctx, o, o->field.werte, (unsigned long)n);
		else if (which != 1044 && dup)
			fk_rule_report(ctx, o, o->field.werte, dupval);
	}
}

static void check_1044(struct fk_rule_ctx *ctx) { check_values(ctx, 1044); }
static void check_1045(struct fk_rule_ctx *ctx) { check_values(ctx, 1045); }
static void check_1093(struct fk_rule_ctx *ctx) { check_values(ctx, 1093); }

/* 1058: column keys without a code list. */
static void check_1058(struct fk_rule_ctx *ctx)
{
	static const char *const keys[] = { "codeKey", "nameKey", "helpKey" };

	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (!is_field(o) || o->field.codeliste)
			continue;
		for (size_t i = 0; i < 3; i++) {
			const xmlNode *n = fk_obj_child(ctx, o, keys[i]);

			if (n && !fk_blank(fk_xdf_node_text(ctx->xdf, n))) {
				fk_rule_report(ctx, o, n, keys[i]);
				break;
			}
		}
	}
}

/* 1122: a column key names a column the (loaded, versioned) code list lacks. */
static void check_1122(struct fk_rule_ctx *ctx)
{
	static const char *const keys[] = { "codeKey", "nameKey", "helpKey" };

	FK_FOR_EACH_DISTINCT(ctx, o) {
		struct clref r;
		const struct fk_gc_table *t;

		if (!get_clref(ctx, o, &r) || !(t = loaded_list(ctx, &r)))
			continue;
		for (size_t i = 0; i < 3; i++) {
			const xmlNode *n = fk_obj_child(ctx, o, keys[i]);
			const char *col = n ? fk_xdf_node_text(ctx->xdf, n) : NULL;

			if (!fk_blank(col) && fk_gc_column(t, col) < 0)
				fk_rule_report(ctx, o, n, col, keys[i], r.canon, r.version);
		}
	}
}

/* 1076: content of a select field is no code of its (loaded) code list. */
static void check_1076(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);
		struct clref r;
		const struct fk_gc_table *t;
		int col;
		size_t i;

		if (!v || !eq(o->field.feldart, "select") || o->field.werte ||
		    !get_clref(ctx, o, &r) || !(t = loaded_list(ctx, &r)))
			continue;
		col = t->key_column ? fk_gc_column(t, t->key_column) : -1;
		if (col < 0)
			continue;
		for (i = 0; i < t->nrows; i++)
			if (eq(fk_gc_cell(t, i, col), v))
				break;
		if (i == t->nrows)
			fk_rule_report(ctx, o, inhalt_node(ctx, o), v, r.canon, r.version);
	}
}

/* 1085: content of a select field is no code of its own value list. */
static void check_1085(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *v = content(o);
		const xmlNode *w;

		if (!v || !eq(o->field.feldart, "select") || !o->field.werte)
			continue;
		for (w = fk_xdf_first(ctx->xdf, o->field.werte, "wert"); w; w = fk_xdf_next(ctx->xdf, w))
			if (eq(fk_xdf_text(ctx->xdf, w, "code"), v))
				break;
		if (!w)
			fk_rule_report(ctx, o, inhalt_node(ctx, o), v);
	}
}

/* ---- RULE: Regeln ---------------------------------------------------------------------- */

/* The rule's free text: freitextRegel (XDF3), definition (XDF2). */
static const char *rule_text_name(const struct fk_rule_ctx *ctx)
{
	return fk_is_xdf3(ctx) ? "freitextRegel" : "definition";
}

/* True when id names obj or an object below it. */
static int in_subtree(const struct fk_xdf_obj *obj, const char *id)
{
	if (eq(obj->id, id))
		return 1;
	for (size_t i = 0; i < obj->nentries; i++)
		if (obj->entries[i].child && in_subtree(obj->entries[i].child, id))
			return 1;
	return 0;
}

/* Digits of an element id in this standard: 11 in XDF3, 8 in XDF2. */
static size_t id_digits(const struct fk_rule_ctx *ctx)
{
	return fk_is_xdf3(ctx) ? 11 : 8;
}

static size_t count_digits(const char *p)
{
	size_t n = 0;

	while (isdigit((unsigned char)p[n]))
		n++;
	return n;
}

/*
 * Element ids quoted in the rule texts of an object: calls fn for every
 * F/G followed by at least `want` digits (the text starting there).
 */
typedef void (*ref_fn)(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *owner,
		       const struct fk_xdf_obj *rule, const xmlNode *at, const char *ref,
		       void *data);

static void each_rule_ref(struct fk_rule_ctx *ctx, ref_fn fn, void *data)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_RULE)
			continue;
		for (size_t i = 0; i < o->nrules; i++) {
			const struct fk_xdf_obj *r = o->rules[i];
			const xmlNode *at = fk_obj_child(ctx, r, rule_text_name(ctx));
			const char *text = fk_obj_text(ctx, r, rule_text_name(ctx));

			if (fk_blank(text))
				continue;
			for (const char *p = text; *p; p++)
				if (*p == 'F' || *p == 'G')
					fn(ctx, o, r, at, p, data);
		}
	}
}

/* Remembers what was reported per owner, to report each reference once. */
struct seen_refs {
	const struct fk_xdf_obj *owner;
	char **refs;
	size_t n;
};

static int seen_once(struct seen_refs *s, const struct fk_xdf_obj *owner, const char *ref)
{
	if (s->owner != owner) {
		for (size_t i = 0; i < s->n; i++)
			free(s->refs[i]);
		s->n = 0;
		s->owner = owner;
	}
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->refs[i], ref))
			return 1;
	s->refs = realloc(s->refs, (s->n + 1) * sizeof(*s->refs));
	if (!s->refs || !(s->refs[s->n] = strdup(ref)))
		abort();
	s->n++;
	return 0;
}

static void seen_release(struct seen_refs *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->refs[i]);
	free(s->refs);
}

/* 1001: the referenced element is not inside the object owning the rule. */
static void ref_1001(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *owner,
		     const struct fk_xdf_obj *rule, const xmlNode *at, const char *ref, void *data)
{
	size_t want = id_digits(ctx);
	char id[32];

	if (count_digits(ref + 1) < want)
		return;
	memcpy(id, ref, want + 1);
	id[want + 1] = '\0';
	if (!in_subtree(owner, id) && !seen_once(data, owner, id))
		fk_rule_report(ctx, owner, at, nz(rule->id), id);
}

/* 1019: the reference carries a version suffix (ID V<major>.<minor>). */
static void ref_1019(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *owner,
		     const struct fk_xdf_obj *rule, const xmlNode *at, const char *ref, void *data)
{
	size_t want = id_digits(ctx);
	const char *p = ref + 1 + want;
	char id[64];
	size_t n;

	if (count_digits(ref + 1) < want || *p != 'V')
		return;
	p++;
	p += count_digits(p);
	if (*p != '.')
		return;
	p++;
	p += count_digits(p);
	n = (size_t)(p - ref);
	if (n >= sizeof(id))
		n = sizeof(id) - 1;
	memcpy(id, ref, n);
	id[n] = '\0';
	if (!seen_once(data, owner, id))
		fk_rule_report(ctx, owner, at, nz(rule->id), id);
}

/* 1041: an XDF3 rule still uses an old id (F/G + 8 digits, then no digit). */
static void ref_1041(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *owner,
		     const struct fk_xdf_obj *rule, const xmlNode *at, const char *ref, void *data)
{
	char id[16];

	if (count_digits(ref + 1) != 8 || ref[9] == '\0')
		return;
	memcpy(id, ref, 9);
	id[9] = '\0';
	if (!seen_once(data, owner, id))
		fk_rule_report(ctx, owner, at, nz(rule->id), id);
}

static void check_refs(struct fk_rule_ctx *ctx, ref_fn fn)
{
	struct seen_refs s = { NULL, NULL, 0 };

	each_rule_ref(ctx, fn, &s);
	seen_release(&s);
}

static void check_1001(struct fk_rule_ctx *ctx) { check_refs(ctx, ref_1001); }
static void check_1019(struct fk_rule_ctx *ctx) { check_refs(ctx, ref_1019); }
static void check_1041(struct fk_rule_ctx *ctx) { check_refs(ctx, ref_1041); }

/* 1024: a rule without free text. */
static void check_1024(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		if (o->kind == FK_XDF_RULE && fk_blank(fk_obj_text(ctx, o, rule_text_name(ctx))))
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, rule_text_name(ctx)));
	}
}

/* 1104: XDF2 rule without a script (shorter than 25 characters). */
static void check_1104(struct fk_rule_ctx *ctx)
{
	FK_FOR_EACH_DISTINCT(ctx, o) {
		const char *s;

		if (o->kind != FK_XDF_RULE)
			continue;
		s = fk_obj_text(ctx, o, "script");
		if (utf8_len(nz(s)) < 25)
			fk_rule_report(ctx, o, fk_obj_child(ctx, o, "script"));
	}
}

const struct fk_rule fk_rules_xdf_field[] = {
	{ "1001", FK_SEV_METHOD, 0, "RULE", BOTH, "Regel (freitextRegel)",
	  "rule refers to an element out of reach", "Regel verweist auf nicht erreichbares Element",
	  "rule %s refers to %s, which is not part of the element owning the rule",
	  "Die Regel %s verweist auf %s, das nicht zum Element der Regel gehört",
	  0, check_1001, NULL },
	{ "1005", FK_SEV_CRITICAL, 0, "CL", BOTH, "Codeliste",
	  "code list identifier is not a URN", "Kennung der Codeliste ist keine URN",
	  "code list identifier '%s' does not start with urn:",
	  "Die Kennung der Codeliste '%s' beginnt nicht mit urn:",
	  0, check_1005, NULL },
	{ "1011", FK_SEV_CRITICAL, 0, "TYPE", BOTH, "DF",
	  "select field with datatype other than text", "Auswahlfeld mit anderem Datentyp als text",
	  "the field is a select field but has datatype '%s' instead of text",
	  "Das Feld ist ein Auswahlfeld, hat aber den Datentyp '%s' statt text",
	  0, check_1011, NULL },
	{ "1012", FK_SEV_METHOD, 0, "TYPE", BOTH, "DF",
	  "field length on a select or label field", "Feldlänge bei Auswahl- oder Label-Feld",
	  "a %s field must not give minLength or maxLength",
	  "Ein Feld der Feldart %s darf weder minLength noch maxLength angeben",
	  0, check_1012, NULL },
	{ "1015", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF",
	  "field length for a non-text datatype", "Feldlänge bei Datentyp ohne Text",
	  "minLength/maxLength given for datatype '%s'; only text and text_latin have a length",
	  "minLength/maxLength beim Datentyp '%s' angegeben; nur text und text_latin haben eine Länge",
	  0, check_1015, NULL },
	{ "1016", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF",
	  "value range for a datatype without values", "Wertebereich bei Datentyp ohne Wertebereich",
	  "minValue/maxValue given for datatype '%s', which has no value range",
	  "minValue/maxValue beim Datentyp '%s' angegeben, der keinen Wertebereich hat",
	  0, check_1016, NULL },
	{ "1017", FK_SEV_CRITICAL, 0, "TYPE", BOTH, "DF",
	  "code or value list on a field that is not select",
	  "Code- oder Werteliste bei Feld ohne Feldart select",
	  "the field has a code or value list but Feldart '%s' instead of select",
	  "Das Feld hat eine Code- oder Werteliste, aber die Feldart '%s' statt select",
	  0, check_1017, NULL },
	{ "1018", FK_SEV_WARNING, 0, "TYPE", BOTH, "DF",
	  "select field needs exactly one code or value list",
	  "Auswahlfeld braucht genau eine Code- oder Werteliste",
	  "the select field has %s a code list %.0s%s%.0s a value list; it needs exactly one of them",
	  "Das Auswahlfeld hat %.0s%s eine Codeliste %.0s%s eine Werteliste; es braucht genau eine davon",
	  0, check_1018, NULL },
	{ "1019", FK_SEV_METHOD, 0, "RULE", BOTH, "Regel",
	  "rule refers to an element with version", "Regel verweist auf Element mit Version",
	  "rule %s refers to %s with a version; refer to the element id only",
	  "Die Regel %s verweist auf %s mit Version; nur die Element-ID angeben",
	  0, check_1019, NULL },
	{ "1024", FK_SEV_METHOD, 0, "RULE", BOTH, "Regel",
	  "rule without free text", "Regel ohne Freitext",
	  "the rule has no freitextRegel",
	  "Die Regel hat keine freitextRegel",
	  0, check_1024, NULL },
	{ "1035", FK_SEV_METHOD, 0, "PRAEZ", FK_APPLIES_XDF2, "DF",
	  "Präzisierung not in JSON form", "Präzisierung nicht im JSON-Format",
	  "the praezisierung is free text, not the JSON form {...}",
	  "Die Präzisierung ist Freitext statt des JSON-Formats {...}",
	  0, check_1035, NULL },
	{ "1036", FK_SEV_METHOD, 0, "CL", FK_APPLIES_XDF2, "Codeliste",
	  "several code list objects for one code list version",
	  "Mehrere Codelisten-Objekte für eine Codelistenversion",
	  "code list object %s repeats identifier '%s' version '%s' of another code list object",
	  "Das Codelisten-Objekt %s wiederholt Kennung '%s' und Version '%s' eines anderen Codelisten-Objekts",
	  0, check_1036, NULL },
	{ "1037", FK_SEV_WARNING, 0, "CL", FK_APPLIES_XDF3, "Codeliste",
	  "code list used in several versions", "Codeliste in mehreren Versionen verwendet",
	  "code list '%s' is used in version '%s' and in other versions",
	  "Die Codeliste '%s' wird in Version '%s' und in weiteren Versionen verwendet",
	  0, check_1037, NULL },
	{ "1040", FK_SEV_CRITICAL, 0, "CL", BOTH, "Codeliste",
	  "code list identifier is empty", "Kennung der Codeliste ist leer",
	  "the code list reference has no canonicalIdentification",
	  "Die Codelisten-Referenz hat keine canonicalIdentification",
	  0, check_1040, NULL },
	{ "1041", FK_SEV_METHOD, 0, "RULE", FK_APPLIES_XDF3, "Regel",
	  "rule uses an old short element id", "Regel verwendet alte kurze Element-ID",
	  "rule %s refers to %s, an id in the old 8-digit form",
	  "Die Regel %s verweist auf %s, eine ID im alten 8-stelligen Format",
	  0, check_1041, NULL },
	{ "1044", FK_SEV_METHOD, 0, "CL", BOTH, "DF Werteliste (XDF2: Codeliste)",
	  "list with fewer than two entries", "Liste mit weniger als zwei Einträgen",
	  "the list of values has %lu entries; a choice needs at least two",
	  "Die Werteliste hat %lu Einträge; eine Auswahl braucht mindestens zwei",
	  0, check_1044, NULL },
	{ "1045", FK_SEV_CRITICAL, 0, "CL", BOTH, "DF Werteliste (XDF2: Codeliste)",
	  "duplicate code in list", "Doppelter Code in Liste",
	  "code '%s' occurs more than once in the list of values",
	  "Der Code '%s' kommt mehrfach in der Werteliste vor",
	  0, check_1045, NULL },
	{ "1048", FK_SEV_METHOD, 0, "CL", BOTH, "Codeliste",
	  "code list identifier is no valid URN", "Kennung der Codeliste ist keine gültige URN",
	  "code list identifier '%s' is not a valid URN (RFC 8141 syntax, no umlauts)",
	  "Die Kennung der Codeliste '%s' ist keine gültige URN (Syntax nach RFC 8141, keine Umlaute)",
	  0, check_1048, NULL },
	{ "1056", FK_SEV_CRITICAL, 0, "TYPE", FK_APPLIES_XDF3, "DF",
	  "maxSize on a field that is not a file", "maxSize bei Feld ohne Datentyp file",
	  "maxSize is set although the datatype is '%s', not file",
	  "maxSize ist gesetzt, obwohl der Datentyp '%s' und nicht file ist",
	  0, check_1056, NULL },
	{ "1057", FK_SEV_CRITICAL, 0, "TYPE", FK_APPLIES_XDF3, "DF",
	  "mediaType on a field that is not a file", "mediaType bei Feld ohne Datentyp file",
	  "mediaType is set although the datatype is '%s', not file",
	  "mediaType ist gesetzt, obwohl der Datentyp '%s' und nicht file ist",
	  0, check_1057, NULL },
	{ "1058", FK_SEV_METHOD, 0, "CL", FK_APPLIES_XDF3, "DF",
	  "column key without code list", "Spaltenangabe ohne Codeliste",
	  "%s is set but the field has no code list reference",
	  "%s ist gesetzt, aber das Feld hat keine Codelisten-Referenz",
	  0, check_1058, NULL },
	{ "1059", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF",
	  "minLength is not a non-negative integer", "minLength ist keine nicht-negative ganze Zahl",
	  "minLength '%s' is not a non-negative integer",
	  "minLength '%s' ist keine nicht-negative ganze Zahl",
	  0, check_1059, NULL },
	{ "1060", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF",
	  "maxLength is not a positive integer", "maxLength ist keine positive ganze Zahl",
	  "maxLength '%s' is not a positive integer",
	  "maxLength '%s' ist keine positive ganze Zahl",
	  0, check_1060, NULL },
	{ "1061", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF",
	  "minLength above maxLength", "minLength größer als maxLength",
	  "minLength %s is greater than maxLength %s",
	  "minLength %s ist größer als maxLength %s",
	  0, check_1061, NULL },
	{ "1062", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (num, num_currency)",
	  "minValue is not a number", "minValue ist keine Zahl",
	  "minValue '%s' is not a number",
	  "minValue '%s' ist keine Zahl",
	  0, check_1062, NULL },
	{ "1063", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (num, num_currency)",
	  "maxValue is not a number", "maxValue ist keine Zahl",
	  "maxValue '%s' is not a number",
	  "maxValue '%s' ist keine Zahl",
	  0, check_1063, NULL },
	{ "1064", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (num, num_int, date, datetime, time)",
	  "minValue above maxValue", "minValue größer als maxValue",
	  "minValue %s is greater than maxValue %s",
	  "minValue %s ist größer als maxValue %s",
	  0, check_1064, NULL },
	{ "1065", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (num_int)",
	  "minValue is not an integer", "minValue ist keine ganze Zahl",
	  "minValue '%s' is not an integer",
	  "minValue '%s' ist keine ganze Zahl",
	  0, check_1065, NULL },
	{ "1066", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (num_int)",
	  "maxValue is not an integer", "maxValue ist keine ganze Zahl",
	  "maxValue '%s' is not an integer",
	  "maxValue '%s' ist keine ganze Zahl",
	  0, check_1066, NULL },
	{ "1067", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (date)",
	  "minValue is not a date", "minValue ist kein Datum",
	  "minValue '%s' is not a date (YYYY-MM-DD)",
	  "minValue '%s' ist kein Datum (JJJJ-MM-TT)",
	  0, check_1067, NULL },
	{ "1068", FK_SEV_CRITICAL, 0, "PRAEZ", BOTH, "DF (date)",
	  "maxValue is not a date", "maxValue ist kein Datum",
	  "maxValue '%s' is not a date (YYYY-MM-DD)",
	  "maxValue '%s' ist kein Datum (JJJJ-MM-TT)",
	  0, check_1068, NULL },
	{ "1069", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (num, num_currency)",
	  "content is not a number", "Inhalt ist keine Zahl",
	  "the default content '%s' is not a number",
	  "Der vorbelegte Inhalt '%s' ist keine Zahl",
	  0, check_1069, NULL },
	{ "1070", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (num_int)",
	  "content is not an integer", "Inhalt ist keine ganze Zahl",
	  "the default content '%s' is not an integer",
	  "Der vorbelegte Inhalt '%s' ist keine ganze Zahl",
	  0, check_1070, NULL },
	{ "1071", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (date)",
	  "content is not a date", "Inhalt ist kein Datum",
	  "the default content '%s' is not a date (YYYY-MM-DD)",
	  "Der vorbelegte Inhalt '%s' ist kein Datum (JJJJ-MM-TT)",
	  0, check_1071, NULL },
	{ "1072", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF",
	  "content below minValue", "Inhalt kleiner als minValue",
	  "the default content %s is below minValue %s",
	  "Der vorbelegte Inhalt %s ist kleiner als minValue %s",
	  0, check_1072, NULL },
	{ "1073", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF",
	  "content above maxValue", "Inhalt größer als maxValue",
	  "the default content %s is above maxValue %s",
	  "Der vorbelegte Inhalt %s ist größer als maxValue %s",
	  0, check_1073, NULL },
	{ "1074", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (text)",
	  "content shorter than minLength", "Inhalt kürzer als minLength",
	  "the default content has %lu characters, fewer than minLength %s",
	  "Der vorbelegte Inhalt hat %lu Zeichen, weniger als minLength %s",
	  0, check_1074, NULL },
	{ "1075", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (text)",
	  "content longer than maxLength", "Inhalt länger als maxLength",
	  "the default content has %lu characters, more than maxLength %s",
	  "Der vorbelegte Inhalt hat %lu Zeichen, mehr als maxLength %s",
	  0, check_1075, NULL },
	{ "1076", FK_SEV_METHOD, 0, "INHALT", FK_APPLIES_XDF3, "DF (select, versioned code list)",
	  "content is no code of the code list", "Inhalt ist kein Code der Codeliste",
	  "the default content '%s' is not a code of code list %s version %s",
	  "Der vorbelegte Inhalt '%s' ist kein Code der Codeliste %s in Version %s",
	  FK_NEEDS_CODELISTS, check_1076, NULL },
	{ "1077", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (bool)",
	  "content is not a boolean", "Inhalt ist kein Wahrheitswert",
	  "the default content '%s' is not a boolean (true or false)",
	  "Der vorbelegte Inhalt '%s' ist kein Wahrheitswert (true oder false)",
	  0, check_1077, NULL },
	{ "1079", FK_SEV_CRITICAL, 0, "PRAEZ", FK_APPLIES_XDF3, "DF (datetime)",
	  "minValue is not a date and time", "minValue ist kein Zeitpunkt",
	  "minValue '%s' is not a date and time (YYYY-MM-DDThh:mm:ss)",
	  "minValue '%s' ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)",
	  0, check_1079, NULL },
	{ "1080", FK_SEV_CRITICAL, 0, "PRAEZ", FK_APPLIES_XDF3, "DF (datetime)",
	  "maxValue is not a date and time", "maxValue ist kein Zeitpunkt",
	  "maxValue '%s' is not a date and time (YYYY-MM-DDThh:mm:ss)",
	  "maxValue '%s' ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)",
	  0, check_1080, NULL },
	{ "1081", FK_SEV_CRITICAL, 0, "PRAEZ", FK_APPLIES_XDF3, "DF (time)",
	  "minValue is not a time", "minValue ist keine Uhrzeit",
	  "minValue '%s' is not a time (hh:mm:ss)",
	  "minValue '%s' ist keine Uhrzeit (hh:mm:ss)",
	  0, check_1081, NULL },
	{ "1082", FK_SEV_CRITICAL, 0, "PRAEZ", FK_APPLIES_XDF3, "DF (time)",
	  "maxValue is not a time", "maxValue ist keine Uhrzeit",
	  "maxValue '%s' is not a time (hh:mm:ss)",
	  "maxValue '%s' ist keine Uhrzeit (hh:mm:ss)",
	  0, check_1082, NULL },
	{ "1083", FK_SEV_CRITICAL, 0, "INHALT", FK_APPLIES_XDF3, "DF (datetime)",
	  "content is not a date and time", "Inhalt ist kein Zeitpunkt",
	  "the default content '%s' is not a date and time (YYYY-MM-DDThh:mm:ss)",
	  "Der vorbelegte Inhalt '%s' ist kein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)",
	  0, check_1083, NULL },
	{ "1084", FK_SEV_CRITICAL, 0, "INHALT", FK_APPLIES_XDF3, "DF (time)",
	  "content is not a time", "Inhalt ist keine Uhrzeit",
	  "the default content '%s' is not a time (hh:mm:ss)",
	  "Der vorbelegte Inhalt '%s' ist keine Uhrzeit (hh:mm:ss)",
	  0, check_1084, NULL },
	{ "1085", FK_SEV_METHOD, 0, "INHALT", FK_APPLIES_XDF3, "DF (select, Werteliste)",
	  "content is no code of the value list", "Inhalt ist kein Code der Werteliste",
	  "the default content '%s' is not a code of the field's value list",
	  "Der vorbelegte Inhalt '%s' ist kein Code der Werteliste des Feldes",
	  0, check_1085, NULL },
	{ "1089", FK_SEV_WARNING, 1, "TYPE", BOTH, "DF",
	  "input field with datatype obj", "Eingabefeld mit Datentyp obj",
	  "the input field has datatype obj",
	  "Das Eingabefeld hat den Datentyp obj",
	  0, check_1089, NULL },
	{ "1090", FK_SEV_CRITICAL, 0, "TYPE", BOTH, "DF",
	  "label field with unsuitable datatype", "Label-Feld mit unpassendem Datentyp",
	  "the label field has datatype '%s'; a label takes text or obj",
	  "Das Label-Feld hat den Datentyp '%s'; ein Label nimmt text oder obj",
	  0, check_1090, NULL },
	{ "1093", FK_SEV_WARNING, 0, "CL", FK_APPLIES_XDF3, "DF Werteliste",
	  "duplicate name in value list", "Doppelter Name in Werteliste",
	  "name '%s' occurs more than once in the value list",
	  "Der Name '%s' kommt mehrfach in der Werteliste vor",
	  0, check_1093, NULL },
	{ "1100", FK_SEV_CRITICAL, 0, "INHALT", BOTH, "DF (file, obj)",
	  "content on a file or obj field", "Inhalt bei Feld vom Typ file oder obj",
	  "a field of datatype %s cannot have default content",
	  "Ein Feld vom Datentyp %s kann keinen vorbelegten Inhalt haben",
	  0, check_1100, NULL },
	{ "1102", FK_SEV_WARNING, 0, "PRAEZ", BOTH, "DF (input, text)",
	  "text field without minimum and maximum length",
	  "Textfeld ohne minimale und maximale Länge",
	  "the text field does not give both minLength and maxLength",
	  "Das Textfeld gibt nicht sowohl minLength als auch maxLength an",
	  0, check_1102, NULL },
	{ "1103", FK_SEV_WARNING, 0, "PRAEZ", BOTH, "DF (num, num_int, num_currency)",
	  "numeric field without value range", "Zahlenfeld ohne Wertebereich",
	  "the field of datatype %s has no value range (praezisierung)",
	  "Das Feld vom Datentyp %s hat keinen Wertebereich (Präzisierung)",
	  0, check_1103, NULL },
	{ "1104", FK_SEV_WARNING, 1, "RULE", FK_APPLIES_XDF2, "Regel",
	  "rule without script", "Regel ohne Skript",
	  "the rule has no script (fewer than 25 characters)",
	  "Die Regel hat kein Skript (weniger als 25 Zeichen)",
	  0, check_1104, NULL },
	{ "1105", FK_SEV_WARNING, 0, "CL", FK_APPLIES_XDF2, "Codeliste",
	  "code list version is not a date", "Version der Codeliste ist kein Datum",
	  "code list version '%s' is not of the form YYYY-MM-DD",
	  "Die Version der Codeliste '%s' hat nicht die Form JJJJ-MM-TT",
	  0, check_1105, NULL },
	{ "1109", FK_SEV_WARNING, 0, "INHALT", BOTH, "DF (label)",
	  "label field without text", "Label-Feld ohne Text",
	  "the label field has no content to show",
	  "Das Label-Feld hat keinen anzuzeigenden Inhalt",
	  0, check_1109, NULL },
	{ "1120", FK_SEV_METHOD, 0, "TYPE", BOTH, "DF (file, obj)",
	  "pattern on a file or obj field", "Pattern bei Feld vom Typ file oder obj",
	  "a pattern is given for datatype %s",
	  "Für den Datentyp %s ist ein Pattern angegeben",
	  0, check_1120, NULL },
	{ "1122", FK_SEV_METHOD, 0, "CL", FK_APPLIES_XDF3, "DF, Codeliste",
	  "column missing in code list", "Spalte fehlt in Codeliste",
	  "column '%s' (%s) does not exist in code list %s version %s",
	  "Die Spalte '%s' (%s) gibt es in der Codeliste %s Version %s nicht",
	  FK_NEEDS_CODELISTS, check_1122, NULL },
	{ NULL, 0, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
