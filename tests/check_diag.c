/* check_diag.c - the diagnostics model. */
#include <config.h>

#include "fimkit/diag.h"
#include "suites.h"

START_TEST(severity_names_round_trip)
{
	enum fk_severity sev;

	for (int i = 0; i < FK_SEV_COUNT; i++) {
		ck_assert_int_eq(fk_severity_parse(fk_severity_name((enum fk_severity)i), &sev), 0);
		ck_assert_int_eq(sev, i);
	}
	ck_assert_int_eq(fk_severity_parse("FehlerKritisch", &sev), 0);
	ck_assert_int_eq(sev, FK_SEV_CRITICAL);
	ck_assert_int_eq(fk_severity_parse("hinweis", &sev), 0);
	ck_assert_int_eq(sev, FK_SEV_INFO);
	ck_assert_int_eq(fk_severity_parse("error", &sev), -1);
	ck_assert(FK_SEV_CRITICAL > FK_SEV_METHOD && FK_SEV_METHOD > FK_SEV_WARNING &&
		  FK_SEV_WARNING > FK_SEV_INFO);
}
END_TEST

START_TEST(add_copies_strings)
{
	struct fk_diag_list l = FK_DIAG_LIST_INIT;
	char msg[] = "message";
	struct fk_diag *d;

	d = fk_diag_add(&l, "f.xml", 3, 4, FK_SEV_WARNING, "1002", msg);
	fk_diag_set_object(d, "F12000000001", "1.0.0");
	fk_diag_set_xpath(d, "/a/b[2]");
	msg[0] = 'X';
	ck_assert_str_eq(l.items[0].message, "message");
	ck_assert_str_eq(l.items[0].object_id, "F12000000001");
	ck_assert_str_eq(l.items[0].object_version, "1.0.0");
	ck_assert_str_eq(l.items[0].xpath, "/a/b[2]");
	ck_assert_int_eq(l.items[0].line, 3);
	fk_diag_addf(&l, NULL, -5, -1, FK_SEV_INFO, "x", "n=%d", 5);
	ck_assert_int_eq(l.items[1].line, 0); /* negative means unknown */
	ck_assert_str_eq(l.items[1].message, "n=5");
	fk_diag_list_release(&l);
	ck_assert_uint_eq(l.count, 0);
}
END_TEST

START_TEST(sort_is_stable_by_position)
{
	struct fk_diag_list l = FK_DIAG_LIST_INIT;
	const long lines[] = { 9, 2, 2, 7, 2, 1 };
	const char *rules[] = { "a", "z", "b", "c", "b", "d" };
	const char *msgs[] = { "m0", "m1", "m2", "m3", "m4", "m5" };

	for (int i = 0; i < 6; i++)
		fk_diag_add(&l, "f", lines[i], 1, FK_SEV_INFO, rules[i], msgs[i]);
	fk_diag_list_sort(&l);
	ck_assert_str_eq(l.items[0].message, "m5");
	ck_assert_str_eq(l.items[1].message, "m2"); /* line 2, rule b, first */
	ck_assert_str_eq(l.items[2].message, "m4"); /* line 2, rule b, second */
	ck_assert_str_eq(l.items[3].message, "m1");
	ck_assert_str_eq(l.items[4].message, "m3");
	ck_assert_str_eq(l.items[5].message, "m0");
	fk_diag_list_release(&l);
}
END_TEST

START_TEST(sort_many)
{
	struct fk_diag_list l = FK_DIAG_LIST_INIT;

	for (int i = 0; i < 5000; i++)
		fk_diag_add(&l, "f", (i * 7919) % 5000 + 1, 0, FK_SEV_INFO, "r", "m");
	fk_diag_list_sort(&l);
	for (int i = 0; i < 5000; i++)
		ck_assert_int_eq(l.items[i].line, i + 1);
	fk_diag_list_release(&l);
}
END_TEST

START_TEST(counts_and_worst)
{
	struct fk_diag_list l = FK_DIAG_LIST_INIT;
	size_t counts[FK_SEV_COUNT] = { 0 };

	ck_assert_int_eq(fk_diag_list_worst(&l), -1);
	fk_diag_add(&l, "f", 1, 1, FK_SEV_WARNING, "r", "m");
	fk_diag_add(&l, "f", 1, 1, FK_SEV_METHOD, "r", "m");
	fk_diag_add(&l, "f", 1, 1, FK_SEV_WARNING, "r", "m");
	fk_diag_list_count(&l, counts);
	ck_assert_uint_eq(counts[FK_SEV_WARNING], 2);
	ck_assert_uint_eq(counts[FK_SEV_METHOD], 1);
	ck_assert_uint_eq(counts[FK_SEV_CRITICAL], 0);
	ck_assert_int_eq(fk_diag_list_worst(&l), FK_SEV_METHOD);
	fk_diag_list_release(&l);
}
END_TEST

START_TEST(messages_are_one_line)
{
	struct fk_diag_list l = FK_DIAG_LIST_INIT;

	fk_diag_add(&l, "f", 1, 1, FK_SEV_INFO, "r", "  Input is not proper UTF-8 !\nBytes: 0xFC\t0x64\n");
	ck_assert_str_eq(l.items[0].message, "Input is not proper UTF-8 ! Bytes: 0xFC 0x64");
	fk_diag_list_release(&l);
}
END_TEST

Suite *diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, severity_names_round_trip);
	tcase_add_test(tc, add_copies_strings);
	tcase_add_test(tc, sort_is_stable_by_position);
	tcase_add_test(tc, sort_many);
	tcase_add_test(tc, counts_and_worst);
	tcase_add_test(tc, messages_are_one_line);
	suite_add_tcase(s, tc);
	return s;
}
