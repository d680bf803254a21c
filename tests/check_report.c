/* check_report.c - the report model, statuses, exit codes and writers. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "fimkit/baseline.h"
#include "fimkit/buf.h"
#include "fimkit/cli.h"
#include "fimkit/report.h"
#include "suites.h"
#include "testutil.h"

static void build(struct fk_report *r, enum fk_severity fail_on)
{
	struct fk_file_report *f;
	struct fk_diag *d;

	fk_report_init(r, "info", fail_on);
	f = fk_report_add_file(r, "clean.xml");
	f = fk_report_add_file(r, "warn.xml");
	d = fk_diag_add(&f->diags, "warn.xml", 12, 5, FK_SEV_WARNING, "1003",
			"same id in two versions");
	fk_diag_set_object(d, "F60000000231", "1.1.0");
	fk_diag_set_xpath(d, "/a/b");
	f = fk_report_add_file(r, "bad.xml");
	fk_diag_add(&f->diags, "bad.xml", 3, 0, FK_SEV_CRITICAL, "xml", "Premature end of data");
	f = fk_report_add_file(r, "gone.xml");
	f->error = fk_xasprintf("No such file or directory");
	fk_report_finish(r);
}

START_TEST(statuses_follow_threshold)
{
	struct fk_report r;

	build(&r, FK_SEV_CRITICAL);
	ck_assert_int_eq(r.files[0].status, FK_FILE_OK);
	ck_assert_int_eq(r.files[1].status, FK_FILE_OK);
	ck_assert_int_eq(r.files[2].status, FK_FILE_FAILED);
	ck_assert_int_eq(r.files[3].status, FK_FILE_ERROR);
	ck_assert_uint_eq(r.by_status[FK_FILE_OK], 2);
	ck_assert_uint_eq(r.by_severity[FK_SEV_CRITICAL], 1);
	ck_assert_uint_eq(r.by_severity[FK_SEV_WARNING], 1);
	ck_assert_int_eq(fk_report_exit_code(&r), FK_EXIT_FAILURE);
	fk_report_release(&r);

	build(&r, FK_SEV_WARNING);
	ck_assert_int_eq(r.files[1].status, FK_FILE_FAILED);
	fk_report_release(&r);
}
END_TEST

START_TEST(exit_codes)
{
	struct fk_report r;

	fk_report_init(&r, "info", FK_SEV_CRITICAL);
	fk_report_add_file(&r, "a.xml");
	fk_report_finish(&r);
	ck_assert_int_eq(fk_report_exit_code(&r), FK_EXIT_OK);
	fk_report_release(&r);

	fk_report_init(&r, "info", FK_SEV_METHOD);
	fk_diag_add(&fk_report_add_file(&r, "a.xml")->diags, "a.xml", 1, 1, FK_SEV_METHOD, "r", "m");
	fk_report_finish(&r);
	ck_assert_int_eq(fk_report_exit_code(&r), FK_EXIT_FINDINGS);
	fk_report_release(&r);
}
END_TEST

START_TEST(text_lines)
{
	struct fk_write_options opts = { .show_info = 0, .show_summary = 1 };
	struct fk_report r;
	char *out = NULL;
	size_t len;
	FILE *f;

	build(&r, FK_SEV_CRITICAL);
	f = open_memstream(&out, &len);
	ck_assert_int_eq(fk_report_write_text(&r, f, &opts), 0);
	fclose(f);
	ck_assert_str_eq(out,
		"warn.xml:12:5: warning: same id in two versions [1003] F60000000231 V1.1.0\n"
		"bad.xml:3: critical: Premature end of data [xml]\n"
		"4 files: 2 ok, 1 failed, 1 not processed; findings: 1 critical, 0 method, 1 warning, 0 info\n");
	free(out);
	fk_report_release(&r);
}
END_TEST

START_TEST(json_contract_fields)
{
	struct fk_report r;
	char *out = NULL;
	size_t len;
	FILE *f;

	build(&r, FK_SEV_CRITICAL);
	f = open_memstream(&out, &len);
	ck_assert_int_eq(fk_report_write_json(&r, f), 0);
	fclose(f);
	ck_assert(t_contains(out, "\"format_version\": \"" FK_JSON_REPORT_VERSION "\""));
	ck_assert(t_contains(out, "\"name\": \"fimkit\""));
	ck_assert(t_contains(out, "\"by_severity\": {\n      \"critical\": 1,\n      \"method\": 0,\n"
				  "      \"warning\": 1,\n      \"info\": 0\n    }"));
	ck_assert(t_contains(out, "\"by_status\": {\n      \"ok\": 2,\n      \"failed\": 1,\n"
				  "      \"error\": 1\n    }"));
	ck_assert(t_contains(out, "\"element\": {\n            \"id\": \"F60000000231\",\n"
				  "            \"version\": \"1.1.0\"\n          }"));
	ck_assert(t_contains(out, "\"element\": null"));
	ck_assert(t_contains(out, "\"column\": null"));
	ck_assert(t_contains(out, "\"error\": \"No such file or directory\""));
	ck_assert(t_contains(out, "\"status\": \"failed\""));
	free(out);
	fk_report_release(&r);
}
END_TEST

START_TEST(format_names)
{
	enum fk_format fmt;

	ck_assert_int_eq(fk_format_parse("json", &fmt), 0);
	ck_assert_int_eq(fmt, FK_FORMAT_JSON);
	ck_assert_int_eq(fk_format_parse("text", &fmt), 0);
	ck_assert_int_eq(fmt, FK_FORMAT_TEXT);
	ck_assert_int_eq(fk_format_parse("yaml", &fmt), -1);
	ck_assert_int_eq(fk_format_parse("sarif", &fmt), 0);
	ck_assert_int_eq(fmt, FK_FORMAT_SARIF);
	ck_assert_int_eq(fk_format_parse("md", &fmt), 0);
	ck_assert_int_eq(fmt, FK_FORMAT_MARKDOWN);
	ck_assert_str_eq(fk_file_status_name(FK_FILE_ERROR), "error");
	ck_assert_ptr_null(fk_schema_verdict_name(FK_SCHEMA_NOT_CHECKED));
	ck_assert_str_eq(fk_schema_verdict_name(FK_SCHEMA_INVALID), "invalid");
}
END_TEST

START_TEST(markdown_summary_and_escaping)
{
	struct fk_write_options opts = { .max_findings = 1 };
	struct fk_report r;
	struct fk_file_report *f;
	char *out = NULL;
	size_t len;
	FILE *fp;

	build(&r, FK_SEV_CRITICAL);
	f = &r.files[2];
	fk_diag_add(&f->diags, "bad.xml", 9, 0, FK_SEV_INFO, "1136", "a | b `c` <d>");
	fk_report_finish(&r);
	fp = open_memstream(&out, &len);
	ck_assert_int_eq(fk_report_write_markdown(&r, fp, &opts), 0);
	fclose(fp);
	ck_assert(t_contains(out, "## fimkit info: 2 of 4 files failed\n"));
	ck_assert(t_contains(out, "| findings | 1 | 0 | 1 | 1 |"));
	ck_assert(t_contains(out, "- `bad.xml`: 1 critical, 1 info\n"));
	ck_assert(t_contains(out, "- `gone.xml`: not processed: No such file or directory\n"));
	ck_assert(t_contains(out, "### First findings"));
	ck_assert(t_contains(out, "… and 2 more findings in the full report."));
	free(out);

	/* all findings listed: the cell escaping shows */
	opts.max_findings = 10;
	fp = open_memstream(&out, &len);
	ck_assert_int_eq(fk_report_write_markdown(&r, fp, &opts), 0);
	fclose(fp);
	ck_assert(t_contains(out, "a \\| b \\`c\\` &lt;d&gt;"));
	ck_assert(t_contains(out, "| F60000000231 V1.1.0 |"));
	free(out);

	opts.summary_only = 1;
	fp = open_memstream(&out, &len);
	ck_assert_int_eq(fk_report_write_markdown(&r, fp, &opts), 0);
	fclose(fp);
	ck_assert(!t_contains(out, "###"));
	free(out);
	fk_report_release(&r);
}
END_TEST

START_TEST(baseline_round_trip)
{
	char *dir = t_tmpdir();
	char *path = fk_xasprintf("%s/base.tsv", dir);
	struct fk_baseline *b;
	struct fk_report r;
	struct fk_file_report *f;
	char *error = NULL;
	FILE *fp;

	build(&r, FK_SEV_CRITICAL);
	fp = fopen(path, "w");
	ck_assert_int_eq(fk_baseline_write(&r, fp), 0);
	fclose(fp);
	fk_report_release(&r);

	b = fk_baseline_load(path, &error);
	ck_assert_msg(b != NULL, "%s", error);
	/* same findings, one moved to another line, plus a new one */
	build(&r, FK_SEV_CRITICAL);
	r.files[1].diags.items[0].line = 99;
	f = &r.files[1];
	fk_diag_add(&f->diags, "warn.xml", 3, 0, FK_SEV_WARNING, "1003", "again");
	fk_diag_set_object(&f->diags.items[1], "F60000000231", "1.1.0");
	fk_diag_add(&f->diags, "warn.xml", 4, 0, FK_SEV_WARNING, "1004", "new");
	fk_baseline_apply(b, &r);
	fk_report_finish(&r);
	ck_assert_uint_eq(r.baselined, 2);
	ck_assert_uint_eq(r.files[1].diags.count, 2); /* the 2nd 1003 and the new 1004 */
	ck_assert_str_eq(r.files[1].diags.items[0].message, "again");
	ck_assert_str_eq(r.files[1].diags.items[1].rule, "1004");
	ck_assert_uint_eq(r.files[2].diags.count, 0);
	fk_report_release(&r);
	fk_baseline_free(b);

	t_write(dir, "bad.tsv", "something else\n", 15);
	free(path);
	path = fk_xasprintf("%s/bad.tsv", dir);
	ck_assert_ptr_null(fk_baseline_load(path, &error));
	ck_assert(t_contains(error, "is not a fimkit baseline"));
	free(error);
	t_write(dir, "bad.tsv", "fimkit-baseline 1\na.xml\t1002\n", 28);
	ck_assert_ptr_null(fk_baseline_load(path, &error));
	ck_assert(t_contains(error, "bad.tsv:2: expected file, rule, object and count"));
	free(error);
	t_rmtree(dir);
	free(dir);
	free(path);
}
END_TEST

Suite *report_suite(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, statuses_follow_threshold);
	tcase_add_test(tc, exit_codes);
	tcase_add_test(tc, text_lines);
	tcase_add_test(tc, json_contract_fields);
	tcase_add_test(tc, format_names);
	tcase_add_test(tc, markdown_summary_and_escaping);
	tcase_add_test(tc, baseline_round_trip);
	suite_add_tcase(s, tc);
	return s;
}
