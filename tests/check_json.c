/* check_json.c - the JSON writer and its escaping. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "fimkit/json.h"
#include "suites.h"

static char *escape(const char *s)
{
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);

	fk_json_write_string(f, s);
	fclose(f);
	return out;
}

#define ASSERT_ESCAPE(in, expected)               \
	do {                                      \
		char *got_ = escape(in);          \
		ck_assert_str_eq(got_, expected); \
		free(got_);                       \
	} while (0)

START_TEST(escapes_specials)
{
	ASSERT_ESCAPE("plain", "\"plain\"");
	ASSERT_ESCAPE("a\"b\\c", "\"a\\\"b\\\\c\"");
	ASSERT_ESCAPE("l1\nl2\tx\r", "\"l1\\nl2\\tx\\r\"");
	ASSERT_ESCAPE("\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"");
	ASSERT_ESCAPE("</script>", "\"</script>\"");
}
END_TEST

START_TEST(keeps_valid_utf8_and_replaces_invalid)
{
	ASSERT_ESCAPE("Gr\xc3\xb6\xc3\x9f" "e \xe2\x82\xac \xf0\x9f\x98\x80",
		      "\"Gr\xc3\xb6\xc3\x9f" "e \xe2\x82\xac \xf0\x9f\x98\x80\"");
	ASSERT_ESCAPE("a\xff" "b", "\"a\\ufffdb\"");
	ASSERT_ESCAPE("\xc3", "\"\\ufffd\"");                 /* truncated sequence */
	ASSERT_ESCAPE("\xc0\xaf", "\"\\ufffd\\ufffd\"");      /* overlong */
	ASSERT_ESCAPE("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""); /* surrogate */
	ASSERT_ESCAPE("\xe2\x80\xa8", "\"\\u2028\"");
}
END_TEST

START_TEST(compact_structure)
{
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);
	struct fk_json j;

	fk_json_init(&j, f, 0);
	fk_json_begin_object(&j);
	fk_json_key(&j, "a");
	fk_json_int(&j, 1);
	fk_json_key(&j, "b");
	fk_json_begin_array(&j);
	fk_json_string(&j, "x");
	fk_json_null(&j);
	fk_json_bool(&j, 1);
	fk_json_begin_object(&j);
	fk_json_end_object(&j);
	fk_json_begin_array(&j);
	fk_json_end_array(&j);
	fk_json_end_array(&j);
	fk_json_key(&j, "c");
	fk_json_string(&j, NULL);
	fk_json_end_object(&j);
	fk_json_finish(&j);
	fclose(f);
	ck_assert_str_eq(out, "{\"a\":1,\"b\":[\"x\",null,true,{},[]],\"c\":null}\n");
	free(out);
}
END_TEST

START_TEST(pretty_structure)
{
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);
	struct fk_json j;

	fk_json_init(&j, f, 1);
	fk_json_begin_object(&j);
	fk_json_key(&j, "a");
	fk_json_begin_array(&j);
	fk_json_int(&j, -2);
	fk_json_end_array(&j);
	fk_json_key(&j, "e");
	fk_json_begin_array(&j);
	fk_json_end_array(&j);
	fk_json_end_object(&j);
	fk_json_finish(&j);
	fclose(f);
	ck_assert_str_eq(out, "{\n  \"a\": [\n    -2\n  ],\n  \"e\": []\n}\n");
	free(out);
}
END_TEST

Suite *json_suite(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, escapes_specials);
	tcase_add_test(tc, keeps_valid_utf8_and_replaces_invalid);
	tcase_add_test(tc, compact_structure);
	tcase_add_test(tc, pretty_structure);
	suite_add_tcase(s, tc);
	return s;
}
