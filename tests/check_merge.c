/* check_merge.c - reading JSON reports back and merging the reports of shards. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/merge.h"
#include "suites.h"
#include "testutil.h"

/* The JSON report of `fimkit ARGS... --format=json --no-config DIR`. */
static char *run_json(const char *command, const char *extra, const char *dir)
{
	char *path = t_srcpath(dir), *out, *err;
	const char *args[8];
	size_t n = 0;

	args[n++] = command;
	args[n++] = "--format=json";
	if (!strcmp(command, "check"))
		args[n++] = "--no-config";
	if (extra)
		args[n++] = extra;
	args[n++] = path;
	args[n] = NULL;
	ck_assert_int_le(t_run(args, &out, &err), 1);
	free(err);
	free(path);
	return out;
}

static void load(struct fk_report_input *in, const char *name, const char *json)
{
	char *error = NULL;

	if (fk_report_input_parse(in, name, json, strlen(json), &error) < 0)
		ck_abort_msg("%s", error);
	ck_assert_ptr_null(error);
}

/* The error message for a report that cannot be read. */
static char *load_error(const char *json)
{
	struct fk_report_input in;
	char *error = NULL;

	ck_assert_int_eq(fk_report_input_parse(&in, "r.json", json, strlen(json), &error), -1);
	ck_assert_ptr_nonnull(error);
	fk_report_input_release(&in);
	return error;
}

static char *write_json(const struct fk_report *r)
{
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);

	ck_assert_int_eq(fk_report_write_json(r, f), 0);
	fclose(f);
	return out;
}

/* Merges the JSON documents docs[0..n) and returns the merged JSON. */
static char *merge_json(char *const *docs, size_t n, const enum fk_severity *fail_on,
			struct fk_merge *m)
{
	struct fk_report_input *in = calloc(n, sizeof(*in));
	char *out;

	for (size_t i = 0; i < n; i++) {
		char name[32];

		snprintf(name, sizeof(name), "r%zu.json", i + 1);
		load(&in[i], name, docs[i]);
	}
	fk_merge_reports(m, in, n, fail_on);
	for (size_t i = 0; i < n; i++)
		fk_report_input_release(&in[i]);
	free(in);
	out = write_json(&m->report);
	return out;
}

/* Does one of m's messages (errors when error is set) contain text? */
static int has_msg(const struct fk_merge *m, int error, const char *text)
{
	for (size_t i = 0; i < m->nmsgs; i++)
		if (m->msgs[i].error == error && t_contains(m->msgs[i].text, text))
			return 1;
	return 0;
}

static char *replace_first(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	struct fk_buf b = FK_BUF_INIT;

	ck_assert_ptr_nonnull(at);
	fk_buf_init(&b);
	fk_buf_add(&b, s, (size_t)(at - s));
	fk_buf_adds(&b, to);
	fk_buf_adds(&b, at + strlen(from));
	return fk_buf_detach(&b);
}

/* The test that matters: the shards of a run, merged, are the run. */
START_TEST(shards_merge_into_the_unsharded_report)
{
	static const char *const commands[] = { "check", "validate", "info" };

	for (size_t c = 0; c < sizeof(commands) / sizeof(commands[0]); c++) {
		char *whole = run_json(commands[c], NULL, "samples");

		for (unsigned n = 2; n <= 3; n++) {
			char *shards[3], *merged;
			struct fk_merge m;

			/* in reverse order: the result does not depend on it */
			for (unsigned k = 1; k <= n; k++) {
				char opt[32];

				snprintf(opt, sizeof(opt), "--shard=%u/%u", k, n);
				shards[n - k] = run_json(commands[c], opt, "samples");
			}
			merged = merge_json(shards, n, NULL, &m);
			ck_assert_uint_eq(m.errors, 0);
			ck_assert_msg(!strcmp(merged, whole), "%s, %u shards: merged report differs",
				      commands[c], n);
			fk_merge_release(&m);
			free(merged);
			for (unsigned k = 0; k < n; k++)
				free(shards[k]);
		}
		free(whole);
	}
}
END_TEST

START_TEST(reads_a_report_back)
{
	char *json = run_json("check", "--lang=de", "samples/hundesteuer");
	char *changed = replace_first(json, "\"changed\": []",
				      "\"changed\": [{\"rule\": \"1101\", \"enabled\": false, "
				      "\"severity\": \"info\"}]");
	struct fk_report_input in;
	const struct fk_rule_state *st = NULL;

	load(&in, "r.json", json);
	ck_assert_str_eq(in.report.command, "check");
	ck_assert_str_eq(in.format_version, FK_JSON_REPORT_VERSION);
	ck_assert_int_eq(in.report.fail_on, FK_SEV_CRITICAL);
	ck_assert_int_eq(in.has_configuration, 1);
	ck_assert_int_eq(in.report.validated, 1);
	ck_assert_int_eq(in.has_rules, 1);
	ck_assert_int_eq(in.rulecfg.lang, FK_LANG_DE);
	ck_assert_uint_eq(in.report.count, 9);
	ck_assert_uint_eq(in.shard_n, 0);
	for (size_t i = 0; i < in.report.count; i++) {
		const struct fk_file_report *f = &in.report.files[i];

		ck_assert_int_eq(f->detected, 1);
		ck_assert_ptr_nonnull(f->det.standard_name);
		for (size_t k = 0; k < f->diags.count; k++)
			ck_assert_str_eq(f->diags.items[k].file, f->path);
	}
	fk_report_input_release(&in);

	load(&in, "r.json", changed);
	for (size_t i = 0; i < in.rulecfg.nrules; i++)
		if (!strcmp(in.rulecfg.rules[i].rule->code, "1101"))
			st = &in.rulecfg.rules[i];
	ck_assert_ptr_nonnull(st);
	ck_assert_int_eq(st->enabled, 0);
	ck_assert_int_eq(st->severity, FK_SEV_INFO);
	fk_report_input_release(&in);
	free(changed);
	free(json);
}
END_TEST

START_TEST(refuses_what_it_cannot_read)
{
	char *json = run_json("validate", NULL, "samples"), *bad, *error;

	error = load_error("{\"format_version\": \"2.0\", \"files\": []}");
	ck_assert_str_eq(error, "'r.json': report format version '2.0' is not supported "
				"(this fimkit reads 1.x)");
	free(error);
	error = load_error("{\"format_version\": \"1\"}");
	ck_assert(t_contains(error, "version '1' is not supported"));
	free(error);
	error = load_error("{}");
	ck_assert_str_eq(error, "'r.json' is not a fimkit JSON report: \"format_version\" is missing");
	free(error);
	error = load_error("[1]");
	ck_assert(t_contains(error, "not a fimkit JSON report: the document is not a JSON object"));
	free(error);
	error = load_error("{\"format_version\": \"1.0\"");
	ck_assert_str_eq(error, "'r.json' is not valid JSON: line 1, column 25: unexpected end "
				"of input in an object");
	free(error);

	/* every problem says where it is */
	bad = replace_first(json, "\"severity\": \"critical\"", "\"severity\": \"fatal\"");
	error = load_error(bad);
	ck_assert(t_contains(error, "'r.json' is not a fimkit JSON report: files["));
	ck_assert(t_contains(error, "].findings[0]: \"severity\" must be critical, method, "
			     "warning or info, not 'fatal'"));
	free(error);
	free(bad);
	bad = replace_first(json, "\"line\": 1", "\"line\": -1");
	error = load_error(bad);
	ck_assert(t_contains(error, "\"line\" must be an integer of at least 1 or null"));
	free(error);
	free(bad);
	bad = replace_first(json, "\"root\": \"", "\"root\": \"x");
	error = load_error(bad);
	ck_assert(t_contains(error, "\"document\" does not match what this fimkit detects"));
	free(error);
	free(bad);
	bad = replace_first(json, "\"codes\": ", "\"bananas\": ");
	error = load_error(bad);
	ck_assert(t_contains(error, "unknown count \"bananas\""));
	free(error);
	free(bad);
	bad = replace_first(json, "\"command\": \"validate\"", "\"command\": \"convert\"");
	error = load_error(bad);
	ck_assert(t_contains(error, "\"command\" must be check, validate or info, not 'convert'"));
	free(error);
	free(bad);
	free(json);
}
END_TEST

START_TEST(keeps_agreeing_entries_once)
{
	char *json = run_json("validate", NULL, "samples/faulty"), *docs[2], *merged;
	struct fk_merge m;

	/* the same report twice: one report */
	docs[0] = json;
	docs[1] = json;
	merged = merge_json(docs, 2, NULL, &m);
	ck_assert_uint_eq(m.errors, 0);
	ck_assert(has_msg(&m, 0, "14 files are in both 'r1.json' and 'r2.json' with the same "
			  "results (the first: '"));
	ck_assert_str_eq(merged, json);
	fk_merge_release(&m);
	free(merged);

	/* one entry differs: it is left out, the others are merged */
	docs[1] = replace_first(json, "\"message\": \"", "\"message\": \"changed: ");
	merged = merge_json(docs, 2, NULL, &m);
	ck_assert_uint_eq(m.errors, 1);
	ck_assert(has_msg(&m, 1, "' is in both 'r1.json' and 'r2.json' with different results; "
			  "it is left out"));
	ck_assert_uint_eq(m.report.count, 13);
	fk_merge_release(&m);
	free(merged);
	free(docs[1]);
	free(json);
}
END_TEST

START_TEST(settles_the_threshold)
{
	char *docs[2], *merged;
	enum fk_severity info = FK_SEV_INFO;
	struct fk_merge m;

	docs[0] = run_json("check", NULL, "samples/faulty");
	docs[1] = run_json("check", "--fail-on=warning", "samples/hundesteuer");
	merged = merge_json(docs, 2, NULL, &m);
	ck_assert_int_eq(m.report.fail_on, FK_SEV_CRITICAL);
	ck_assert(has_msg(&m, 0, "the reports' thresholds differ (critical in 'r1.json', warning "
			  "in 'r2.json'); using critical"));
	/* two runs' packages cannot be put together */
	ck_assert(has_msg(&m, 1, "lists packages, which only the reports of all shards"));
	ck_assert_ptr_null(m.report.packages);
	fk_merge_release(&m);
	free(merged);

	merged = merge_json(docs, 2, &info, &m);
	ck_assert_int_eq(m.report.fail_on, FK_SEV_INFO);
	ck_assert(!has_msg(&m, 0, "thresholds differ"));
	fk_merge_release(&m);
	free(merged);
	free(docs[0]);
	free(docs[1]);
}
END_TEST

START_TEST(leaves_out_other_runs)
{
	char *docs[3], *merged;
	struct fk_merge m;

	docs[0] = run_json("check", "--shard=1/3", "samples");
	docs[1] = run_json("validate", "--shard=2/3", "samples");
	docs[2] = run_json("check", "--shard=1/2", "samples");
	merged = merge_json(docs, 3, NULL, &m);
	ck_assert(has_msg(&m, 1, "'r2.json' is a report of 'validate', 'r1.json' one of 'check'; "
			  "'r2.json' is left out"));
	ck_assert(has_msg(&m, 1, "'r3.json' is shard 1/2, 'r1.json' one of 3 shards; 'r3.json' "
			  "is left out"));
	ck_assert(has_msg(&m, 1, "2 shards are missing (2/3, 3/3): the merged report lacks "
			  "their files"));
	ck_assert_uint_eq(m.errors, 3);
	fk_merge_release(&m);
	free(merged);
	for (size_t i = 0; i < 3; i++)
		free(docs[i]);

	docs[0] = run_json("check", "--lang=de", "samples/faulty");
	docs[1] = run_json("check", NULL, "samples/hundesteuer");
	merged = merge_json(docs, 2, NULL, &m);
	ck_assert(has_msg(&m, 1, "'r2.json' was written with another configuration than "
			  "'r1.json'"));
	fk_merge_release(&m);
	free(merged);
	free(docs[0]);
	free(docs[1]);
}
END_TEST

START_TEST(orders_paths_as_a_directory_walk)
{
	/* a directory's files come before a name that extends the directory's */
	ck_assert_int_lt(fk_path_cmp("a/b/c.xml", "a/b.xml"), 0);
	ck_assert_int_lt(fk_path_cmp("x/y.xml", "x-y/z.xml"), 0);
	ck_assert_int_lt(fk_path_cmp("a/b", "a/b/c"), 0);
	ck_assert_int_gt(fk_path_cmp("a/b.xml", "a/b/c.xml"), 0);
	ck_assert_int_eq(fk_path_cmp("a/b.xml", "a/b.xml"), 0);
	ck_assert_int_lt(fk_path_cmp("A.xml", "a.xml"), 0);
	ck_assert_int_lt(fk_path_cmp("a.xml", "\xC3\xA4.xml"), 0);
}
END_TEST

Suite *merge_suite(void)
{
	Suite *s = suite_create("merge");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, shards_merge_into_the_unsharded_report);
	tcase_add_test(tc, reads_a_report_back);
	tcase_add_test(tc, refuses_what_it_cannot_read);
	tcase_add_test(tc, keeps_agreeing_entries_once);
	tcase_add_test(tc, settles_the_threshold);
	tcase_add_test(tc, leaves_out_other_runs);
	tcase_add_test(tc, orders_paths_as_a_directory_walk);
	suite_add_tcase(s, tc);
	return s;
}
