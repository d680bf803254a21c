/* check_json_parse.c - the JSON reader: values, errors and their places, limits. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/json.h"
#include "fimkit/json_parse.h"
#include "suites.h"
#include "testutil.h"

static struct fk_jvalue *parse_ok(const char *text)
{
	struct fk_json_error e;
	struct fk_jvalue *v = NULL;
	enum fk_json_status st = fk_json_parse(text, strlen(text), &v, &e);

	ck_assert_msg(st == FK_JSON_OK, "'%s': %s", text, e.message);
	ck_assert_ptr_nonnull(v);
	return v;
}

/* Parses text (len bytes), expecting status st; returns the error. */
static struct fk_json_error parse_bad_n(const char *text, size_t len, enum fk_json_status st)
{
	struct fk_json_error e;
	struct fk_jvalue *v = (struct fk_jvalue *)1;
	enum fk_json_status got = fk_json_parse(text, len, &v, &e);

	ck_assert_msg(got == st, "'%.*s': status %d (%s), expected %d", (int)len, text, got,
		      e.message, st);
	ck_assert_ptr_null(v);
	ck_assert(e.message[0] != '\0');
	return e;
}

static struct fk_json_error parse_bad(const char *text, enum fk_json_status st)
{
	return parse_bad_n(text, strlen(text), st);
}

/* The decoded string of a one-string document. */
static void assert_string(const char *json, const char *expected)
{
	struct fk_jvalue *v = parse_ok(json);

	ck_assert_int_eq(v->type, FK_JSTRING);
	ck_assert_str_eq(fk_jvalue_str(v), expected);
	ck_assert_uint_eq(v->n, strlen(expected));
	fk_jvalue_free(v);
}

START_TEST(parses_every_kind_of_value)
{
	struct fk_jvalue *v = parse_ok(" {\"s\": \"x\", \"n\": -12.5e+3, \"t\": true, \"f\": false,\n"
				       "  \"z\": null, \"a\": [1, [], {}], \"o\": {\"k\": \"v\"}} ");
	const struct fk_jvalue *a;
	long long n;

	ck_assert_int_eq(v->type, FK_JOBJECT);
	ck_assert_uint_eq(v->n, 7);
	ck_assert_str_eq(fk_jvalue_str(fk_jvalue_get(v, "s")), "x");
	ck_assert_str_eq(fk_jvalue_get(v, "n")->u.text, "-12.5e+3");
	ck_assert_int_eq(fk_jvalue_get(v, "t")->u.boolean, 1);
	ck_assert_int_eq(fk_jvalue_get(v, "f")->type, FK_JBOOL);
	ck_assert_int_eq(fk_jvalue_get(v, "f")->u.boolean, 0);
	ck_assert_int_eq(fk_jvalue_get(v, "z")->type, FK_JNULL);
	a = fk_jvalue_get(v, "a");
	ck_assert_int_eq(a->type, FK_JARRAY);
	ck_assert_uint_eq(a->n, 3);
	ck_assert_int_eq(fk_jvalue_int(&a->u.items[0], &n), 0);
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(a->u.items[1].type, FK_JARRAY);
	ck_assert_uint_eq(a->u.items[1].n, 0);
	ck_assert_int_eq(a->u.items[2].type, FK_JOBJECT);
	ck_assert_str_eq(fk_jvalue_str(fk_jvalue_get(fk_jvalue_get(v, "o"), "k")), "v");
	ck_assert_ptr_null(fk_jvalue_get(v, "missing"));
	ck_assert_ptr_null(fk_jvalue_get(a, "s")); /* not an object */
	ck_assert_ptr_null(fk_jvalue_str(a));
	fk_jvalue_free(v);
	fk_jvalue_free(NULL);

	/* any value at the top, and a byte order mark before it */
	v = parse_ok("\xEF\xBB\xBF" "42");
	ck_assert_int_eq(v->type, FK_JNUMBER);
	fk_jvalue_free(v);
	v = parse_ok("null");
	ck_assert_int_eq(v->type, FK_JNULL);
	fk_jvalue_free(v);
}
END_TEST

START_TEST(refuses_what_is_not_json)
{
	static const char *const syntax[] = {
		"x", "{'a': 1}", "[1,]", "{\"a\": 1,}", "{,}", "[,1]", "{1: 2}", "{\"a\" 1}",
		"[1 2]", "1 2", "[1]]", "01", "+1", ".5", "1.e3", "1e+x", "-x", "NaN", "Infinity",
		"truth", "nulll", "// comment\n1", "/* c */ 1", "\"a\\x\"", "\"tab\there\"",
		"\"line\nbreak\"", "{\"a\": 1, \"a\": 2}", "\xff", "[\"a\"\x01]",
	};
	static const char *const truncated[] = {
		"", "   \n", "{", "[", "[1,", "{\"a\"", "{\"a\":", "{\"a\": 1", "\"abc",
		"\"abc\\", "tru", "nul", "fals", "-", "1.", "1e", "1e-", "\"\\u12", "\"\\ud83d",
		"\"\\ud83d\\", "\"\\ud83d\\u", "[[[[",
	};

	for (size_t i = 0; i < sizeof(syntax) / sizeof(syntax[0]); i++)
		parse_bad(syntax[i], FK_JSON_SYNTAX);
	for (size_t i = 0; i < sizeof(truncated) / sizeof(truncated[0]); i++)
		parse_bad(truncated[i], FK_JSON_TRUNCATED);
	/* a NUL byte is not white space */
	parse_bad_n("1\0", 2, FK_JSON_SYNTAX);
}
END_TEST

START_TEST(says_where_and_what)
{
	struct fk_json_error e = parse_bad("{\n  \"a\": [1, 2],\n  \"b\": x\n}", FK_JSON_SYNTAX);

	ck_assert_int_eq(e.line, 3);
	ck_assert_int_eq(e.column, 8);
	ck_assert_str_eq(e.message, "unexpected character 'x'");

	e = parse_bad("{\"a\": 1 \"b\": 2}", FK_JSON_SYNTAX);
	ck_assert_int_eq(e.line, 1);
	ck_assert_int_eq(e.column, 9);
	ck_assert(t_contains(e.message, "expected ',' or '}'"));

	e = parse_bad("[\n1,\n", FK_JSON_TRUNCATED);
	ck_assert_int_eq(e.line, 3);
	ck_assert_int_eq(e.column, 1);
	ck_assert(t_contains(e.message, "unexpected end of input"));

	e = parse_bad("{\"k\": 1, \"k\": 2}", FK_JSON_SYNTAX);
	ck_assert(t_contains(e.message, "duplicate key \"k\""));

	e = parse_bad("[1,]", FK_JSON_SYNTAX);
	ck_assert(t_contains(e.message, "trailing comma"));
	ck_assert_str_eq(fk_json_strerror(FK_JSON_TRUNCATED), "truncated");
}
END_TEST

START_TEST(limits_nesting)
{
	size_t deep = 100000;
	char *text = malloc(2 * deep + 1);
	struct fk_jvalue *v;
	struct fk_json_error e;

	/* exactly the limit: fine */
	for (size_t i = 0; i < FK_JSON_PARSE_MAX_DEPTH; i++) {
		text[i] = '[';
		text[FK_JSON_PARSE_MAX_DEPTH * 2 - 1 - i] = ']';
	}
	text[FK_JSON_PARSE_MAX_DEPTH * 2] = '\0';
	v = parse_ok(text);
	fk_jvalue_free(v);

	/* one more: refused, and so is a hostile depth (without using the stack up) */
	memmove(text + 1, text, FK_JSON_PARSE_MAX_DEPTH * 2 + 1);
	text[0] = '[';
	strcat(text, "]");
	e = parse_bad(text, FK_JSON_DEPTH);
	ck_assert_int_eq(e.column, FK_JSON_PARSE_MAX_DEPTH + 1);
	ck_assert(t_contains(e.message, "nested deeper than"));
	memset(text, '[', deep);
	memset(text + deep, ']', deep);
	text[2 * deep] = '\0';
	parse_bad(text, FK_JSON_DEPTH);
	free(text);
	text = malloc(5 * deep + 1);
	for (size_t i = 0; i < deep; i++)
		memcpy(text + 5 * i, "{\"a\":", 5);
	text[5 * deep] = '\0';
	parse_bad(text, FK_JSON_DEPTH);
	free(text);

	v = parse_ok("{\"a\": {\"b\": [[{\"c\": []}]]}}");
	fk_jvalue_free(v);
}
END_TEST

START_TEST(keeps_huge_numbers)
{
	static const struct {
		const char *text;
		int fits;
		long long value;
	} cases[] = {
		{ "0", 1, 0 },
		{ "-0", 1, 0 },
		{ "9223372036854775807", 1, 9223372036854775807LL },
		{ "-9223372036854775808", 1, -9223372036854775807LL - 1 },
		{ "9223372036854775808", 0, 0 },
		{ "123456789012345678901234567890123456789012345678901234567890", 0, 0 },
		{ "1e400", 0, 0 },
		{ "-1E-400", 0, 0 },
		{ "1.5", 0, 0 },
		{ "2.0", 0, 0 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fk_jvalue *v = parse_ok(cases[i].text);
		long long n = 77;

		ck_assert_int_eq(v->type, FK_JNUMBER);
		ck_assert_str_eq(v->u.text, cases[i].text); /* kept as written */
		if (cases[i].fits) {
			ck_assert_int_eq(fk_jvalue_int(v, &n), 0);
			ck_assert_int_eq(n, cases[i].value);
		} else {
			ck_assert_int_eq(fk_jvalue_int(v, &n), -1);
			ck_assert_int_eq(n, 77);
		}
		fk_jvalue_free(v);
	}
}
END_TEST

START_TEST(decodes_escapes)
{
	assert_string("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t");
	assert_string("\"caf\\u00e9 \\u20AC \\u00FC\"", "caf\xC3\xA9 \xE2\x82\xAC \xC3\xBC");
	assert_string("\"\\u0001\\u001f\\u007F\"", "\x01\x1f\x7f");
	assert_string("\"\\u2028\"", "\xE2\x80\xA8");
	/* surrogate pairs become one code point, in either case of hex digits */
	assert_string("\"\\ud83d\\ude00\"", "\xF0\x9F\x98\x80");
	assert_string("\"a\\uD834\\uDD1Eb\"", "a\xF0\x9D\x84\x9E" "b");
	assert_string("\"\\udbff\\udfff\"", "\xF4\x8F\xBF\xBF");
	assert_string("\"\"", "");

	parse_bad("\"\\ud83d\"", FK_JSON_ENCODING);          /* high alone */
	parse_bad("\"\\ud83dx\"", FK_JSON_ENCODING);
	parse_bad("\"\\ude00\"", FK_JSON_ENCODING);          /* low alone */
	parse_bad("\"\\ud83d\\ud83d\"", FK_JSON_ENCODING);   /* high, high */
	parse_bad("\"\\ud83d\\u0041\"", FK_JSON_ENCODING);   /* high, not low */
	parse_bad("\"\\u0000\"", FK_JSON_ENCODING);          /* C strings */
	parse_bad("\"\\u12g4\"", FK_JSON_ENCODING);
	parse_bad("\"\\U0041\"", FK_JSON_SYNTAX);
}
END_TEST

START_TEST(checks_utf8)
{
	assert_string("\"Gr\xC3\xB6\xC3\x9F" "e \xE2\x82\xAC \xF0\x9F\x98\x80\"",
		      "Gr\xC3\xB6\xC3\x9F" "e \xE2\x82\xAC \xF0\x9F\x98\x80");
	parse_bad("\"a\xFF" "b\"", FK_JSON_ENCODING);          /* not UTF-8 at all */
	parse_bad("\"\xC3\"", FK_JSON_ENCODING);               /* sequence cut short */
	parse_bad("\"\xC0\xAF\"", FK_JSON_ENCODING);           /* overlong */
	parse_bad("\"\xE0\x80\xAF\"", FK_JSON_ENCODING);       /* overlong */
	parse_bad("\"\xED\xA0\x80\"", FK_JSON_ENCODING);       /* a surrogate, encoded */
	parse_bad("\"\xF4\x90\x80\x80\"", FK_JSON_ENCODING);   /* beyond U+10FFFF */
	parse_bad("\"\x80\"", FK_JSON_ENCODING);               /* a lone continuation byte */
	parse_bad("\xC3\xA9", FK_JSON_SYNTAX);                 /* outside a string */
}
END_TEST

static char *escaped(const char *s)
{
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);

	fk_json_write_string(f, s);
	fclose(f);
	return out;
}

/* What the writer escapes, the reader gives back byte for byte; and what
   the reader gives back, the writer writes as before (invalid UTF-8, which
   the writer replaces by U+FFFD, included). */
START_TEST(reads_what_the_writer_writes)
{
	static const char *const strings[] = {
		"plain", "quote \" backslash \\ slash /", "\x01\x08\x0c\x1f\x7f", "tab\tnl\nr\r",
		"\xE2\x80\xA8\xE2\x80\xA9", "Stra\xC3\x9F" "e \xF0\x9F\x98\x80", "</script>",
		"\xEF\xBF\xBD",
	};
	static const char *const lossy[] = { "latin1-\xFF.xml", "\xC3", "\xED\xA0\x80x" };

	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		char *out = escaped(strings[i]);
		struct fk_jvalue *v = parse_ok(out);

		ck_assert_str_eq(fk_jvalue_str(v), strings[i]);
		fk_jvalue_free(v);
		free(out);
	}
	for (size_t i = 0; i < sizeof(lossy) / sizeof(lossy[0]); i++) {
		char *once = escaped(lossy[i]), *twice;
		struct fk_jvalue *v = parse_ok(once);

		twice = escaped(fk_jvalue_str(v));
		ck_assert_str_eq(twice, once);
		ck_assert(t_contains(once, "\\ufffd"));
		fk_jvalue_free(v);
		free(once);
		free(twice);
	}
}
END_TEST

START_TEST(compares_values)
{
	struct fk_jvalue *a = parse_ok("{\"x\": [1, \"s\", null, true], \"y\": {\"z\": 2}}");
	struct fk_jvalue *b = parse_ok("{\"y\": {\"z\": 2}, \"x\": [1, \"s\", null, true]}");
	struct fk_jvalue *c = parse_ok("{\"y\": {\"z\": 2.0}, \"x\": [1, \"s\", null, true]}");
	struct fk_jvalue *d = parse_ok("{\"y\": {\"z\": 2}, \"x\": [1, \"s\", null, false]}");

	ck_assert(fk_jvalue_equal(a, b));
	ck_assert(!fk_jvalue_equal(a, c)); /* numbers compare as written */
	ck_assert(!fk_jvalue_equal(a, d));
	fk_jvalue_free(a);
	fk_jvalue_free(b);
	fk_jvalue_free(c);
	fk_jvalue_free(d);
}
END_TEST

START_TEST(reads_files_within_the_limit)
{
	char *dir = t_tmpdir(), *path = fk_xasprintf("%s/r.json", dir);
	struct fk_jvalue *v = NULL;
	struct fk_json_error e;

	t_write(dir, "r.json", "{\"a\": [1, 2, 3]}\n", 17);
	ck_assert_int_eq(fk_json_parse_file(path, 0, &v, &e), FK_JSON_OK);
	ck_assert_uint_eq(fk_jvalue_get(v, "a")->n, 3);
	fk_jvalue_free(v);
	ck_assert_int_eq(fk_json_parse_file(path, 17, &v, &e), FK_JSON_OK);
	fk_jvalue_free(v);
	ck_assert_int_eq(fk_json_parse_file(path, 16, &v, &e), FK_JSON_TOO_LARGE);
	ck_assert_ptr_null(v);
	ck_assert_int_eq(e.line, 0);
	ck_assert(t_contains(e.message, "--max-file-size"));
	ck_assert_int_eq(fk_json_parse_file(dir, 0, &v, &e), FK_JSON_IO);
	ck_assert_str_eq(e.message, "is a directory");
	free(path);
	path = fk_xasprintf("%s/missing.json", dir);
	ck_assert_int_eq(fk_json_parse_file(path, 0, &v, &e), FK_JSON_IO);
	ck_assert_str_eq(e.message, "no such file or directory");
	free(path);
	t_rmtree(dir);
	free(dir);
}
END_TEST

Suite *json_parse_suite(void)
{
	Suite *s = suite_create("json_parse");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, parses_every_kind_of_value);
	tcase_add_test(tc, refuses_what_is_not_json);
	tcase_add_test(tc, says_where_and_what);
	tcase_add_test(tc, limits_nesting);
	tcase_add_test(tc, keeps_huge_numbers);
	tcase_add_test(tc, decodes_escapes);
	tcase_add_test(tc, checks_utf8);
	tcase_add_test(tc, reads_what_the_writer_writes);
	tcase_add_test(tc, compares_values);
	tcase_add_test(tc, reads_files_within_the_limit);
	suite_add_tcase(s, tc);
	return s;
}
