/* check_convert.c - the conversion driver: formats, output names, the
   finding protocol, order of results with workers, earlier outputs. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/atomic.h"
#include "fimkit/buf.h"
#include "fimkit/convert.h"
#include "suites.h"
#include "testutil.h"

/* A stylesheet with the given xsl:output attributes and template body. */
static char *write_style(const char *dir, const char *output_attrs, const char *body)
{
	char *path;
	char *xsl = fk_xasprintf(
			 "<xsl:stylesheet version='1.0' "
			 "xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
			 "<xsl:output %s/><xsl:template match='/'>%s</xsl:template>"
			 "</xsl:stylesheet>",
			 output_attrs, body);

	t_write(dir, "style.xsl", xsl, strlen(xsl));
	free(xsl);
	path = fk_xasprintf("%s/style.xsl", dir);
	return path;
}

static struct fk_converter *custom(const char *style, const char *const *params)
{
	struct fk_converter_options o;
	struct fk_converter *c;
	char *error = NULL;

	memset(&o, 0, sizeof(o));
	o.format = FK_CONVERT_CUSTOM;
	o.xslt = style;
	o.params = params;
	c = fk_converter_new(&o, &error);
	ck_assert_msg(c != NULL, "converter: %s", error ? error : "?");
	return c;
}

/* Converts path with c into f/cv (release both). */
static void convert(const struct fk_converter *c, const char *path, struct fk_file_report *f,
		    struct fk_conversion *cv)
{
	struct fk_input in = { (char *)path, NULL, 0 };

	memset(f, 0, sizeof(*f));
	f->path = strdup(path);
	fk_convert_input(c, &in, f, cv);
}

static void release(struct fk_file_report *f, struct fk_conversion *cv)
{
	free(f->path);
	free(f->error);
	fk_diag_list_release(&f->diags);
	fk_summary_release(&f->summary);
	fk_detection_release(&f->det);
	fk_conversion_release(cv);
}

START_TEST(test_format_names)
{
	static const char *const names[] = { "html", "json-schema", "csv", "markdown", "xdf3" };
	enum fk_convert_format fmt;

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		ck_assert_int_eq(fk_convert_format_parse(names[i], &fmt), 0);
		ck_assert_str_eq(fk_convert_format_name(fmt), names[i]);
		ck_assert(strstr(fk_convert_format_names(), names[i]) != NULL);
	}
	ck_assert_int_eq(fk_convert_format_parse("pdf", &fmt), -1);
	ck_assert_int_eq(fk_convert_format_parse("HTML", &fmt), -1);
	ck_assert_int_eq(fk_convert_format_parse("", &fmt), -1);
}
END_TEST

START_TEST(test_output_name_and_extension)
{
	static const struct {
		const char *attrs;
		const char *ext;
	} cases[] = {
		{ "method='text'", ".txt" },
		{ "method='text' media-type='text/csv'", ".csv" },
		{ "method='text' media-type='application/json'", ".json" },
		{ "method='html'", ".html" },
		{ "method='xml'", ".xml" },
	};
	char *dir = t_tmpdir();
	char *sample = t_srcpath("samples/hundesteuer/datenschema.xdf3.xml");

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *style = write_style(dir, cases[i].attrs, "<x>1</x>");
		struct fk_converter *c = custom(style, NULL);
		struct fk_file_report f;
		struct fk_conversion cv;
		char *want = NULL;

		ck_assert_str_eq(fk_converter_ext(c), cases[i].ext);
		convert(c, sample, &f, &cv);
		ck_assert_int_eq(cv.status, FK_CONVERTED);
		want = fk_xasprintf("S05000012503V1.1.0%s", cases[i].ext);
		ck_assert_str_eq(cv.name, want);
		free(want);
		release(&f, &cv);
		fk_converter_free(c);
		free(style);
	}
	free(sample);
	t_rmtree(dir);
	free(dir);
}
END_TEST

/* Text inside a document never names a file: ids with path characters fall
   back to the input's base name, reduced to safe characters. */
START_TEST(test_output_name_never_from_unsafe_id)
{
	static const char doc[] =
		"<xdf:xdatenfelder.datenfeld.0104 "
		"xmlns:xdf='urn:xoev-de:fim:standard:xdatenfelder_3.0.0'>"
		"<xdf:header><xdf:nachrichtID>1</xdf:nachrichtID></xdf:header>"
		"<xdf:datenfeld><xdf:identifikation><xdf:id>../../etc/x</xdf:id>"
		"<xdf:version>1.0.0</xdf:version></xdf:identifikation></xdf:datenfeld>"
		"</xdf:xdatenfelder.datenfeld.0104>";
	char *dir = t_tmpdir();
	char *style = write_style(dir, "method='text'", "x");
	struct fk_converter *c = custom(style, NULL);
	struct fk_file_report f;
	struct fk_conversion cv;
	char *path = NULL;

	t_write(dir, "we ird;name.xml", doc, strlen(doc));
	path = fk_xasprintf("%s/we ird;name.xml", dir);
	convert(c, path, &f, &cv);
	ck_assert_int_eq(cv.status, FK_CONVERTED);
	ck_assert_str_eq(cv.name, "we_ird_name.txt");
	release(&f, &cv);
	free(path);
	fk_converter_free(c);
	free(style);
	t_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_finding_protocol)
{
	char *dir = t_tmpdir();
	char *style = write_style(
		dir, "method='text'",
		"<xsl:message>fimkit-finding|X901|warning|7|F123|1.0|carried | over</xsl:message>"
		"<xsl:message>fimkit-finding|X902|loud|1|||bad severity</xsl:message>"
		"<xsl:message>just talking</xsl:message>ok");
	struct fk_converter *c = custom(style, NULL);
	char *sample = t_srcpath("samples/hundesteuer/datenschema.xdf3.xml");
	struct fk_file_report f;
	struct fk_conversion cv;

	convert(c, sample, &f, &cv);
	ck_assert_int_eq(cv.status, FK_CONVERTED);
	ck_assert_str_eq(cv.data, "ok");
	ck_assert_uint_eq(f.diags.count, 2);
	ck_assert_str_eq(f.diags.items[0].rule, "X901");
	ck_assert_int_eq(f.diags.items[0].severity, FK_SEV_WARNING);
	ck_assert_int_eq(f.diags.items[0].line, 7);
	ck_assert_str_eq(f.diags.items[0].object_id, "F123");
	ck_assert_str_eq(f.diags.items[0].object_version, "1.0");
	/* the text is the rest of the line, bars included */
	ck_assert_str_eq(f.diags.items[0].message, "carried | over");
	/* the malformed finding and the plain message, as one xslt finding */
	ck_assert_str_eq(f.diags.items[1].rule, FK_RULE_XSLT);
	ck_assert(t_contains(f.diags.items[1].message, "malformed finding"));
	ck_assert(t_contains(f.diags.items[1].message, "just talking"));
	release(&f, &cv);
	fk_converter_free(c);
	free(style);
	free(sample);
	t_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_fatal_and_params)
{
	char *dir = t_tmpdir();
	char *style = NULL;
	char *sample = t_srcpath("samples/hundesteuer/datenschema.xdf3.xml");
	static const char *const stop[] = { "mode", "stop", NULL };
	static const char *const go[] = { "mode", "it's \"go\"", NULL };
	struct fk_file_report f;
	struct fk_conversion cv;
	struct fk_converter *c;
	char *xsl = NULL;

	xsl = fk_xasprintf("<xsl:stylesheet version='1.0' "
				  "xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
				  "<xsl:output method='text'/><xsl:param name='mode' select=\"'none'\"/>"
				  "<xsl:template match='/'><xsl:if test=\"$mode = 'stop'\">"
				  "<xsl:message terminate='yes'>fimkit-error|mode stop asked for"
				  "</xsl:message></xsl:if><xsl:value-of select='$mode'/>"
				  "</xsl:template></xsl:stylesheet>");
	t_write(dir, "p.xsl", xsl, strlen(xsl));
	free(xsl);
	style = fk_xasprintf("%s/p.xsl", dir);

	c = custom(style, stop);
	convert(c, sample, &f, &cv);
	ck_assert_int_eq(cv.status, FK_CONVERT_FAILED);
	ck_assert(t_contains(f.error, "mode stop asked for"));
	ck_assert(cv.data == NULL);
	release(&f, &cv);
	fk_converter_free(c);

	c = custom(style, go);
	convert(c, sample, &f, &cv);
	ck_assert_int_eq(cv.status, FK_CONVERTED);
	ck_assert_str_eq(cv.data, "it's \"go\"");
	release(&f, &cv);
	fk_converter_free(c);

	free(style);
	free(sample);
	t_rmtree(dir);
	free(dir);
}
END_TEST

struct order {
	size_t next;
	int in_order;
	size_t converted;
};

static void record(void *arg, size_t index, struct fk_file_report *f, struct fk_conversion *cv)
{
	struct order *o = arg;

	(void)f;
	if (index != o->next)
		o->in_order = 0;
	o->next = index + 1;
	if (cv->status == FK_CONVERTED)
		o->converted++;
}

START_TEST(test_results_in_input_order_with_workers)
{
	char *dir = t_tmpdir();
	char *style = write_style(dir, "method='text'", "<xsl:value-of select='count(//*)'/>");
	struct fk_converter *c = custom(style, NULL);
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	char *samples = t_srcpath("samples");

	fk_inputs_add(&inputs, samples);
	ck_assert_uint_gt(inputs.count, 10);
	for (unsigned jobs = 1; jobs <= 4; jobs++) {
		struct fk_report r;
		struct order o = { 0, 1, 0 };

		fk_report_init(&r, "convert", FK_SEV_CRITICAL);
		fk_convert_all(c, &inputs, jobs, &r, record, &o);
		ck_assert_msg(o.in_order, "results out of order with %u jobs", jobs);
		ck_assert_uint_eq(o.next, inputs.count);
		ck_assert_uint_eq(r.count, inputs.count);
		/* the faulty samples include files that are not well-formed */
		ck_assert_uint_lt(o.converted, inputs.count);
		ck_assert_uint_gt(o.converted, 10);
		fk_report_release(&r);
	}
	fk_input_list_release(&inputs);
	free(samples);
	fk_converter_free(c);
	free(style);
	t_rmtree(dir);
	free(dir);
}
END_TEST

/* Expected outputs of the two samples, by input index parity. */
struct same {
	char *want[2];
	size_t wrong;
};

static void compare(void *arg, size_t index, struct fk_file_report *f, struct fk_conversion *cv)
{
	struct same *s = arg;

	(void)f;
	if (cv->status != FK_CONVERTED || strcmp(cv->data, s->want[index % 2]) != 0)
		s->wrong++;
}

/* Workers must give the single-threaded result every time, also for XPath
   that libxslt gets wrong with a shared compiled stylesheet (predicates on
   unions, as every XDatenfelder 2.0/3.0.0 stylesheet writes them). */
START_TEST(test_workers_agree_with_one_thread)
{
	char *dir = t_tmpdir();
	char *style = write_style(
		dir, "method='text'",
		"<xsl:for-each select=\"//*[local-name() = 'datenfeld']\">"
		"<xsl:value-of select=\"(*[local-name() = 'name'] | *[local-name() = 'xyz'])[1]\"/>|"
		"<xsl:value-of select=\"(*/*[local-name() = 'id'] | *[local-name() = 'xyz'])[last()]\"/>;"
		"</xsl:for-each>");
	struct fk_converter *c = custom(style, NULL);
	char *xdf3 = t_srcpath("samples/hundesteuer/datenschema.xdf3.xml");
	char *xdf2 = t_srcpath("samples/hundesteuer/datenschema.xdf2.xml");
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	struct fk_file_report f;
	struct fk_conversion cv;
	struct same same = { { NULL, NULL }, 0 };
	struct fk_report r;

	convert(c, xdf3, &f, &cv);
	same.want[0] = cv.data;
	cv.data = NULL;
	release(&f, &cv);
	convert(c, xdf2, &f, &cv);
	same.want[1] = cv.data;
	cv.data = NULL;
	release(&f, &cv);
	ck_assert(t_contains(same.want[0], "F05000012601;"));
	ck_assert(t_contains(same.want[1], "F05012601;"));
	for (int i = 0; i < 200; i++)
		fk_inputs_add(&inputs, i % 2 ? xdf2 : xdf3);
	fk_report_init(&r, "convert", FK_SEV_CRITICAL);
	fk_convert_all(c, &inputs, 4, &r, compare, &same);
	ck_assert_uint_eq(same.wrong, 0);
	fk_report_release(&r);
	fk_input_list_release(&inputs);
	free(same.want[0]);
	free(same.want[1]);
	free(xdf3);
	free(xdf2);
	fk_converter_free(c);
	free(style);
	t_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_own_output)
{
	char *dir = t_tmpdir();
	char *path = NULL, *why = NULL;
	static const char csv[] = "\xEF\xBB\xBFpath,id,version,name\r\n";
	static const char html[] = "<!DOCTYPE html><meta name=\"generator\" content=\"fimkit\">";
	static const char other[] = "somebody's notes\n";

	/* conversions replace fimkit's own earlier outputs, not other files */
	t_write(dir, "a.csv", csv, strlen(csv));
	t_write(dir, "a.html", html, strlen(html));
	t_write(dir, "a.txt", other, strlen(other));
	path = fk_xasprintf("%s/a.csv", dir);
	ck_assert_int_eq(fk_output_allowed(path, NULL, 0, 0, &why), 0);
	free(path);
	path = fk_xasprintf("%s/a.html", dir);
	ck_assert_int_eq(fk_output_allowed(path, NULL, 0, 0, &why), 0);
	free(path);
	path = fk_xasprintf("%s/a.txt", dir);
	ck_assert_int_eq(fk_output_allowed(path, NULL, 0, 0, &why), -1);
	ck_assert(t_contains(why, "use --force"));
	free(why);
	why = NULL;
	free(path);
	path = fk_xasprintf("%s/missing", dir);
	ck_assert_int_eq(fk_output_allowed(path, NULL, 0, 0, &why), 0);
	free(path);
	t_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_builtin_not_applicable)
{
	struct fk_converter_options o;
	struct fk_converter *c;
	struct fk_file_report f;
	struct fk_conversion cv;
	char *error = NULL;
	char *sample = t_srcpath("samples/hundesteuer/datenschema.xdf3.xml");

	memset(&o, 0, sizeof(o));
	o.format = FK_CONVERT_XDF3;
	c = fk_converter_new(&o, &error);
	ck_assert_msg(c != NULL, "converter: %s", error ? error : "?");
	convert(c, sample, &f, &cv);
	ck_assert_int_eq(cv.status, FK_NOT_APPLICABLE);
	ck_assert(t_contains(cv.why, "no xdf3 conversion for XDatenfelder 3.0.0"));
	release(&f, &cv);
	fk_converter_free(c);
	free(sample);
}
END_TEST

START_TEST(test_missing_stylesheet)
{
	struct fk_converter_options o;
	char *error = NULL;

	memset(&o, 0, sizeof(o));
	o.format = FK_CONVERT_CUSTOM;
	o.xslt = "/nonexistent/style.xsl";
	ck_assert(fk_converter_new(&o, &error) == NULL);
	ck_assert(t_contains(error, "/nonexistent/style.xsl"));
	ck_assert(t_contains(error, "no such file"));
	free(error);
}
END_TEST

Suite *convert_suite(void)
{
	Suite *s = suite_create("convert");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_format_names);
	tcase_add_test(tc, test_output_name_and_extension);
	tcase_add_test(tc, test_output_name_never_from_unsafe_id);
	tcase_add_test(tc, test_finding_protocol);
	tcase_add_test(tc, test_fatal_and_params);
	tcase_add_test(tc, test_results_in_input_order_with_workers);
	tcase_add_test(tc, test_workers_agree_with_one_thread);
	tcase_add_test(tc, test_own_output);
	tcase_add_test(tc, test_builtin_not_applicable);
	tcase_add_test(tc, test_missing_stylesheet);
	suite_add_tcase(s, tc);
	return s;
}
