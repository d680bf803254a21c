/* check_cli.c - whole command lines run in-process through fimkit_main. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fimkit/buf.h"
#include "fimkit/cli.h"
#include "suites.h"
#include "testutil.h"

#define RUN(expected_rc, ...)                                                  \
	do {                                                                   \
		const char *args_[] = { __VA_ARGS__, NULL };                   \
		free(out);                                                     \
		free(err);                                                     \
		rc = t_run(args_, &out, &err);                                 \
		ck_assert_msg(rc == (expected_rc), "exit %d, expected %d; stderr: %s", \
			      rc, (expected_rc), err);                         \
	} while (0)

START_TEST(help_and_version)
{
	char *out = NULL, *err = NULL;
	int rc;

	RUN(FK_EXIT_OK, "--help");
	ck_assert(t_contains(out, "usage: fimkit COMMAND"));
	ck_assert(t_contains(out, "  info "));
	ck_assert_str_eq(err, "");
	RUN(FK_EXIT_OK, "help", "info");
	ck_assert(t_contains(out, "usage: fimkit info "));
	ck_assert(t_contains(out, "--fail-on=SEVERITY"));
	RUN(FK_EXIT_OK, "info", "--help");
	ck_assert(t_contains(out, "usage: fimkit info "));
	RUN(FK_EXIT_OK, "version");
	ck_assert(t_contains(out, "fimkit " PACKAGE_VERSION "\n"));
	ck_assert(t_contains(out, "libxml2 "));
	RUN(FK_EXIT_OK, "--version");
	ck_assert(t_contains(out, "fimkit " PACKAGE_VERSION "\n"));
	free(out);
	free(err);
}
END_TEST

START_TEST(usage_errors_exit_2)
{
	char *out = NULL, *err = NULL;
	int rc;
	const char *argv0[] = { NULL };

	rc = t_run(argv0, &out, &err);
	ck_assert_int_eq(rc, FK_EXIT_USAGE);
	ck_assert(t_contains(err, "usage: fimkit"));
	RUN(FK_EXIT_USAGE, "frobnicate");
	ck_assert_str_eq(err, "fimkit: unknown command 'frobnicate' (see 'fimkit --help')\n");
	RUN(FK_EXIT_USAGE, "info");
	ck_assert(t_contains(err, "fimkit: no input given"));
	RUN(FK_EXIT_USAGE, "info", "--bogus", "x.xml");
	ck_assert(t_contains(err, "fimkit: unknown option '--bogus'\nusage: fimkit info"));
	RUN(FK_EXIT_USAGE, "info", "-x", "x.xml");
	ck_assert(t_contains(err, "fimkit: unknown option '-x'"));
	RUN(FK_EXIT_USAGE, "info", "--format");
	ck_assert(t_contains(err, "fimkit: option '--format' needs a value"));
	RUN(FK_EXIT_USAGE, "info", "--format=yaml", "x.xml");
	ck_assert(t_contains(err, "unknown format 'yaml'"));
	RUN(FK_EXIT_USAGE, "info", "--fail-on=fatal", "x.xml");
	ck_assert(t_contains(err, "unknown severity 'fatal'"));
	RUN(FK_EXIT_USAGE, "info", "--max-file-size=12Q", "x.xml");
	ck_assert(t_contains(err, "invalid size '12Q'"));
	RUN(FK_EXIT_USAGE, "help", "nope");
	RUN(FK_EXIT_USAGE, "version", "extra");
	ck_assert_str_eq(out, "");
	free(out);
	free(err);
}
END_TEST

START_TEST(info_on_fixtures)
{
	char *out = NULL, *err = NULL;
	char *xdf3 = t_fixture("xdf3-schema.xml");
	char *gc = t_fixture("genericode-codelist.xml");
	int rc;

	RUN(FK_EXIT_OK, "info", xdf3, gc);
	ck_assert(t_contains(out, "  standard:  XDatenfelder 3.0.0\n"
				  "  root:      xdatenfelder.stammdatenschema.0102 (message 0102)\n"
				  "  object:    S12000000042 V1.2.0 \"Antrag auf Testbescheinigung\"\n"
				  "  contains:  1 group, 3 fields, 1 rule, 1 code list, 1 value list\n"));
	ck_assert(t_contains(out, "  standard:  genericode 1.0\n"));
	ck_assert_str_eq(err, "");
	RUN(FK_EXIT_OK, "info", "--format=json", xdf3);
	ck_assert(t_contains(out, "\"command\": \"info\""));
	ck_assert(t_contains(out, "\"standard\": \"XDatenfelder\""));
	ck_assert(t_contains(out, "\"message\": \"0102\""));
	free(xdf3);
	free(gc);
	free(out);
	free(err);
}
END_TEST

START_TEST(bad_inputs_do_not_stop_the_run)
{
	char *out = NULL, *err = NULL;
	char *good = t_fixture("xprozess-export.xml");
	char *trunc = t_fixture("truncated.xml");
	char *notfim = t_fixture("not-fim.xml");
	int rc;

	/* malformed and unsupported documents are findings: exit 1 */
	RUN(FK_EXIT_FINDINGS, "info", trunc, good, notfim);
	ck_assert(t_contains(out, "XProzess 2.0"));
	ck_assert(t_contains(out, "truncated.xml:4:"));
	ck_assert(t_contains(out, "critical"));
	ck_assert(t_contains(out, "[unsupported]"));
	/* an input that cannot be read is a tool failure: exit 3 */
	RUN(FK_EXIT_FAILURE, "info", "/nonexistent/fimkit.xml", good);
	ck_assert_str_eq(err, "fimkit: '/nonexistent/fimkit.xml': no such file or directory\n");
	ck_assert(t_contains(out, "XProzess 2.0"));
	/* with a lower threshold, warnings count too; here there are none */
	RUN(FK_EXIT_OK, "info", "--fail-on=info", good);
	free(good);
	free(trunc);
	free(notfim);
	free(out);
	free(err);
}
END_TEST

START_TEST(output_file_is_written_atomically)
{
	char *out = NULL, *err = NULL;
	char *dir = t_tmpdir();
	char *target = fk_xasprintf("%s/report.json", dir);
	char *good = t_fixture("xprozess-export.xml");
	char *bad_target = fk_xasprintf("%s/missing-dir/report.json", dir);
	FILE *f;
	char buf[64] = { 0 };
	int rc;

	t_write(dir, "report.json", "old", 3);
	/* a file that is not an earlier report is kept unless --force */
	RUN(FK_EXIT_FAILURE, "info", "--format=json", "-o", target, good);
	ck_assert(t_contains(err, "use --force"));
	RUN(FK_EXIT_OK, "info", "--format=json", "--force", "-o", target, good);
	/* an earlier report is replaced */
	RUN(FK_EXIT_OK, "info", "--format=json", "-o", target, good);
	ck_assert_str_eq(out, "");
	f = fopen(target, "r");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_gt(fread(buf, 1, sizeof(buf) - 1, f), 10);
	fclose(f);
	ck_assert_int_eq(buf[0], '{');
	RUN(FK_EXIT_FAILURE, "info", "-o", bad_target, good);
	ck_assert(t_contains(err, "cannot write '"));
	t_rmtree(dir);
	free(dir);
	free(target);
	free(bad_target);
	free(good);
	free(out);
	free(err);
}
END_TEST

START_TEST(check_reads_configuration)
{
	char *out = NULL, *err = NULL;
	char *dir = t_tmpdir();
	char *conf = fk_xasprintf("%s/fimkit.conf", dir);
	char *bad = fk_xasprintf("%s/bad.conf", dir);
	char *hit = t_srcpath("tests/rules/1046-hit.xml");
	char *valid = t_srcpath("samples/hundesteuer/datenschema.xdf3.xml");
	static const char good_conf[] =
		"# policy\n[check]\ndisable = all\nseverity = 1046=warning\nfail-on = info\n"
		"[other]\nignored = x\n";
	static const char bad_conf[] =
		"fail-on = never\nfrobnicate = 1\nno equals sign\ndisable = 1046\n";
	int rc;

	t_write(dir, "fimkit.conf", good_conf, strlen(good_conf));
	t_write(dir, "bad.conf", bad_conf, strlen(bad_conf));
	/* all rules off by the file: a valid document passes even at fail-on=info */
	RUN(FK_EXIT_OK, "check", "--config", conf, valid);
	ck_assert(!t_contains(out, "] S"));
	/* the command line is applied after the file; the file's severity holds */
	RUN(FK_EXIT_FINDINGS, "check", "--config", conf, "--enable=1046", hit);
	ck_assert(t_contains(out, ": warning: multiplicity '1..1'"));
	RUN(FK_EXIT_FINDINGS, "check", "--config", conf, "--enable=1046", "--disable=1046", hit);
	ck_assert(!t_contains(out, "[1046]"));
	/* every problem of a bad file is reported, then exit 2 */
	RUN(FK_EXIT_USAGE, "check", "--config", bad, hit);
	ck_assert(t_contains(err, "bad.conf:1: unknown severity 'never'"));
	ck_assert(t_contains(err, "bad.conf:2: unknown setting 'frobnicate'"));
	ck_assert(t_contains(err, "bad.conf:3: expected 'key = value'"));
	ck_assert_str_eq(out, "");
	RUN(FK_EXIT_USAGE, "check", "--enable=4711", hit);
	ck_assert(t_contains(err, "unknown rule '4711'"));
	RUN(FK_EXIT_FAILURE, "check", "--catalog=/nonexistent.xml", hit);
	ck_assert(t_contains(err, "'/nonexistent.xml'"));
	RUN(FK_EXIT_USAGE, "check", "--lang=fr", hit);
	RUN(FK_EXIT_OK, "rules", "--config", conf, "--format=json");
	ck_assert(t_contains(out, "\"code\": \"1046\",\n      \"severity\": \"warning\",\n"
				  "      \"default_severity\": \"critical\",\n      \"enabled\": false"));
	RUN(FK_EXIT_USAGE, "rules", "somefile.xml");
	t_rmtree(dir);
	free(dir);
	free(conf);
	free(bad);
	free(hit);
	free(valid);
	free(out);
	free(err);
}
END_TEST

START_TEST(colour_summary_and_baseline)
{
	char *out = NULL, *err = NULL;
	char *bad = t_srcpath("samples/faulty/xdf3-missing-required.xml");
	char *dir = t_tmpdir();
	char *base = fk_xasprintf("%s/baseline.tsv", dir);
	char *opt = fk_xasprintf("--baseline=%s", base);
	int rc;

	RUN(FK_EXIT_FINDINGS, "validate", "--color=always", bad);
	ck_assert(t_contains(out, "\033[1;31mcritical\033[0m"));
	/* memory streams are no terminal: auto means no colour */
	RUN(FK_EXIT_FINDINGS, "validate", bad);
	ck_assert(!t_contains(out, "\033["));
	setenv("NO_COLOR", "1", 1);
	RUN(FK_EXIT_FINDINGS, "validate", "--color=auto", bad);
	ck_assert(!t_contains(out, "\033["));
	unsetenv("NO_COLOR");
	RUN(FK_EXIT_USAGE, "validate", "--color=sometimes", bad);
	RUN(FK_EXIT_FINDINGS, "validate", "--summary", bad);
	ck_assert(t_contains(out, "1 file: 0 ok, 1 failed"));
	ck_assert(!t_contains(out, "unexpected element"));

	RUN(FK_EXIT_FINDINGS, "validate", "--write-baseline", base, bad);
	RUN(FK_EXIT_OK, "validate", opt, bad);
	ck_assert(t_contains(out, "1 known (baseline)"));
	RUN(FK_EXIT_FAILURE, "validate", "--baseline=/nonexistent.tsv", bad);
	ck_assert(t_contains(err, "cannot read baseline '/nonexistent.tsv'"));
	t_rmtree(dir);
	free(dir);
	free(base);
	free(opt);
	free(bad);
	free(out);
	free(err);
}
END_TEST

START_TEST(jobs_and_shards)
{
	char *out = NULL, *err = NULL, *one = NULL;
	char *samples = t_srcpath("samples");
	const char *shard_args[][2] = { { "--shard=1/2", NULL }, { "--shard=2/2", NULL } };
	size_t lines[2] = { 0, 0 };
	int rc;

	RUN(FK_EXIT_FINDINGS, "check", "--no-config", "-j1", "--format=json", samples);
	one = fk_xstrdup(out);
	RUN(FK_EXIT_FINDINGS, "check", "--no-config", "--jobs=4", "--format=json", samples);
	ck_assert_str_eq(out, one); /* same report, same order */
	for (int s = 0; s < 2; s++) {
		RUN(rc, "info", shard_args[s][0], samples);
		for (const char *p = out; (p = strstr(p, "\n  standard:")) != NULL; p++)
			lines[s]++;
	}
	ck_assert_uint_gt(lines[0], 0);
	ck_assert_uint_gt(lines[1], 0);
	ck_assert_uint_eq(lines[0] + lines[1], 23);
	RUN(FK_EXIT_USAGE, "info", "--shard=3/2", samples);
	ck_assert(t_contains(err, "invalid shard '3/2'"));
	RUN(FK_EXIT_USAGE, "info", "-j0", samples);
	free(one);
	free(samples);
	free(out);
	free(err);
}
END_TEST

Suite *cli_suite(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, help_and_version);
	tcase_add_test(tc, usage_errors_exit_2);
	tcase_add_test(tc, info_on_fixtures);
	tcase_add_test(tc, bad_inputs_do_not_stop_the_run);
	tcase_add_test(tc, output_file_is_written_atomically);
	tcase_add_test(tc, check_reads_configuration);
	tcase_add_test(tc, colour_summary_and_baseline);
	tcase_add_test(tc, jobs_and_shards);
	suite_add_tcase(s, tc);
	return s;
}
