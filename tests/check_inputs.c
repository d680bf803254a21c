/* check_inputs.c - expanding paths and directories into inputs. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fimkit/buf.h"
#include "fimkit/inputs.h"
#include "suites.h"
#include "testutil.h"

static char *sub(const char *dir, const char *rel)
{
	return fk_xasprintf("%s/%s", dir, rel);
}

START_TEST(directory_walk_is_sorted_recursive_and_filtered)
{
	struct fk_input_list l = FK_INPUT_LIST_INIT;
	char *dir = t_tmpdir();
	char *p;

	p = sub(dir, "b"); ck_assert_int_eq(mkdir(p, 0700), 0); free(p);
	p = sub(dir, ".git"); ck_assert_int_eq(mkdir(p, 0700), 0); free(p);
	t_write(dir, "z.xml", "<a/>", 4);
	t_write(dir, "a.XML", "<a/>", 4);
	t_write(dir, "notes.txt", "x", 1);
	t_write(dir, ".hidden.xml", "<a/>", 4);
	t_write(dir, "b/m.xml", "<a/>", 4);
	t_write(dir, ".git/config.xml", "<a/>", 4);
	t_write(dir, "with space.xml", "<a/>", 4);

	fk_inputs_add(&l, dir);
	ck_assert_uint_eq(l.count, 4);
	p = sub(dir, "a.XML"); ck_assert_str_eq(l.items[0].path, p); free(p);
	p = sub(dir, "b/m.xml"); ck_assert_str_eq(l.items[1].path, p); free(p);
	p = sub(dir, "with space.xml"); ck_assert_str_eq(l.items[2].path, p); free(p);
	p = sub(dir, "z.xml"); ck_assert_str_eq(l.items[3].path, p); free(p);
	for (size_t i = 0; i < l.count; i++)
		ck_assert_ptr_null(l.items[i].error);
	fk_input_list_release(&l);
	t_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(symlink_loop_terminates)
{
	struct fk_input_list l = FK_INPUT_LIST_INIT;
	char *dir = t_tmpdir();
	char *p, *target;

	t_write(dir, "a.xml", "<a/>", 4);
	p = sub(dir, "loop");
	ck_assert_int_eq(symlink(".", p), 0);
	free(p);
	p = sub(dir, "loop.xml");
	ck_assert_int_eq(symlink(".", p), 0); /* a link to a directory named *.xml */
	free(p);
	p = sub(dir, "link.xml");
	target = sub(dir, "a.xml");
	ck_assert_int_eq(symlink(target, p), 0); /* links to files are followed */
	free(p);
	free(target);
	fk_inputs_add(&l, dir);
	ck_assert_uint_eq(l.count, 2);
	fk_input_list_release(&l);
	t_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(problems_become_input_errors)
{
	struct fk_input_list l = FK_INPUT_LIST_INIT;
	char *dir = t_tmpdir();
	char *missing = sub(dir, "nope.xml");

	t_write(dir, "readme.txt", "x", 1);
	fk_inputs_add(&l, missing);
	fk_inputs_add(&l, dir);
	fk_inputs_add(&l, "-");
	fk_inputs_add(&l, "-");
	ck_assert_uint_eq(l.count, 4);
	ck_assert_str_eq(l.items[0].error, "no such file or directory");
	ck_assert_str_eq(l.items[1].error, "directory contains no *.xml files");
	ck_assert_ptr_null(l.items[2].error);
	ck_assert_str_eq(l.items[3].error, "standard input given more than once");
	fk_input_list_release(&l);
	t_rmtree(dir);
	free(missing);
	free(dir);
}
END_TEST

START_TEST(files_are_taken_as_given)
{
	struct fk_input_list l = FK_INPUT_LIST_INIT;
	char *dir = t_tmpdir();
	char *p = sub(dir, "export.txt");

	t_write(dir, "export.txt", "<a/>", 4);
	fk_inputs_add(&l, p);
	ck_assert_uint_eq(l.count, 1);
	ck_assert_str_eq(l.items[0].path, p);
	ck_assert_ptr_null(l.items[0].error);
	fk_input_list_release(&l);
	t_rmtree(dir);
	free(p);
	free(dir);
}
END_TEST

Suite *inputs_suite(void)
{
	Suite *s = suite_create("inputs");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, directory_walk_is_sorted_recursive_and_filtered);
	tcase_add_test(tc, symlink_loop_terminates);
	tcase_add_test(tc, problems_become_input_errors);
	tcase_add_test(tc, files_are_taken_as_given);
	suite_add_tcase(s, tc);
	return s;
}
