/* check_buf.c - the string buffer and allocation helpers. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "suites.h"

START_TEST(empty_buffer_is_empty_string)
{
	struct fk_buf b = FK_BUF_INIT;

	ck_assert_str_eq(fk_buf_str(&b), "");
	fk_buf_init(&b);
	ck_assert_str_eq(b.data, "");
	ck_assert_uint_eq(b.len, 0);
	fk_buf_release(&b);
	fk_buf_release(&b); /* releasing twice is harmless */
}
END_TEST

START_TEST(appends_and_formats)
{
	struct fk_buf b = FK_BUF_INIT;

	fk_buf_adds(&b, "abc");
	fk_buf_addc(&b, '-');
	fk_buf_addf(&b, "%d/%s", 42, "x");
	fk_buf_add(&b, "yz\0ignored", 2);
	ck_assert_str_eq(fk_buf_str(&b), "abc-42/xyz");
	ck_assert_uint_eq(b.len, 10);
	fk_buf_reset(&b);
	ck_assert_str_eq(fk_buf_str(&b), "");
	fk_buf_release(&b);
}
END_TEST

START_TEST(grows_past_initial_capacity)
{
	struct fk_buf b = FK_BUF_INIT;
	char *s;

	for (int i = 0; i < 10000; i++)
		fk_buf_addf(&b, "%04d", i % 10000);
	ck_assert_uint_eq(b.len, 40000);
	ck_assert(strncmp(b.data + 39996, "9999", 4) == 0);
	s = fk_buf_detach(&b);
	ck_assert_uint_eq(strlen(s), 40000);
	ck_assert_uint_eq(b.len, 0);
	free(s);
}
END_TEST

START_TEST(long_format_output_is_complete)
{
	struct fk_buf b = FK_BUF_INIT;
	char big[5000];

	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	fk_buf_addf(&b, "<%s>", big);
	ck_assert_uint_eq(b.len, sizeof(big) + 1);
	ck_assert_int_eq(b.data[0], '<');
	ck_assert_int_eq(b.data[b.len - 1], '>');
	fk_buf_release(&b);
}
END_TEST

START_TEST(strdup_helpers)
{
	char *s = fk_xstrndup("abcdef", 3);

	ck_assert_str_eq(s, "abc");
	free(s);
	ck_assert_ptr_null(fk_xstrdup(NULL));
	s = fk_xasprintf("%s-%03d", "id", 7);
	ck_assert_str_eq(s, "id-007");
	free(s);
}
END_TEST

Suite *buf_suite(void)
{
	Suite *s = suite_create("buf");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, empty_buffer_is_empty_string);
	tcase_add_test(tc, appends_and_formats);
	tcase_add_test(tc, grows_past_initial_capacity);
	tcase_add_test(tc, long_format_output_is_complete);
	tcase_add_test(tc, strdup_helpers);
	suite_add_tcase(s, tc);
	return s;
}
