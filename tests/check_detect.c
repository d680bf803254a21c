/* check_detect.c - standard, version and message detection. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/load.h"
#include "suites.h"
#include "testutil.h"

struct detect_case {
	const char *root;     /* root element name */
	const char *ns;       /* its namespace, or NULL */
	enum fk_standard standard;
	const char *version;
	const char *message;
	int supported;        /* supported and known message */
};

static const struct detect_case cases[] = {
	{ "xdatenfelder.stammdatenschema.0102", "urn:xoev-de:fim:standard:xdatenfelder_3.0.0",
	  FK_STD_XDF3, "3.0.0", "0102", 1 },
	{ "xdatenfelder.dokumentsteckbrief.0101", "urn:xoev-de:fim:standard:xdatenfelder_3.0.0",
	  FK_STD_XDF3, "3.0.0", "0101", 1 },
	{ "xdatenfelder.uebersetzung.0106", "urn:xoev-de:fim:standard:xdatenfelder_3.0.0",
	  FK_STD_XDF3, "3.0.0", "0106", 1 },
	{ "xdatenfelder.codeliste.0105", "urn:xoev-de:fim:standard:xdatenfelder_2",
	  FK_STD_XDF2, "2.0", "0105", 1 },
	{ "xdatenfelder.uebersetzung.0106", "urn:xoev-de:fim:standard:xdatenfelder_2",
	  FK_STD_XDF2, "2.0", "0106", 0 }, /* 0106 exists only in 3.0.0 */
	{ "xdatenfelder.datenfeld.0104", "urn:xoev-de:fim:standard:xdatenfelder_1",
	  FK_STD_XDF1, "1", "0104", 0 },
	{ "alleInhalte.export.0303", "http://www.regierung-mv.de/xprozess/2",
	  FK_STD_XPROZESS_2, "2.0", "0303", 1 },
	{ "prozesskatalog.anfrage.0101", "http://www.regierung-mv.de/xprozess/2",
	  FK_STD_XPROZESS_2, "2.0", "0101", 1 },
	{ "leistung", "http://xoev.de/schemata/xzufi/2_2_0",
	  FK_STD_XZUFI_2_2, "2.2.0", "", 1 },
	{ "leistungsverzeichnis.antwort.leistungsbericht.030108", "http://xoev.de/schemata/xzufi/2_3_1",
	  FK_STD_XZUFI_2_3, "2.3.1", "030108", 1 },
	{ "leistung", "http://xoev.de/schemata/xzufi/2_1_0",
	  FK_STD_XZUFI_2_1, "2.1.0", "", 0 },
	{ "CodeList", "http://docs.oasis-open.org/codelist/ns/genericode/1.0/",
	  FK_STD_GENERICODE_1, "1.0", "", 1 },
	{ "Row", "http://docs.oasis-open.org/codelist/ns/genericode/1.0/",
	  FK_STD_GENERICODE_1, "1.0", "", 0 },
	{ "html", "http://www.w3.org/1999/xhtml", FK_STD_UNKNOWN, NULL, "", 0 },
	{ "xdatenfelder.stammdatenschema.0102", NULL, FK_STD_UNKNOWN, NULL, "", 0 },
};

START_TEST(detects_root)
{
	const struct detect_case *c = &cases[_i];
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc;
	char *xml, *reason;

	if (c->ns)
		xml = fk_xasprintf("<p:%s xmlns:p=\"%s\"><p:x/></p:%s>", c->root, c->ns, c->root);
	else
		xml = fk_xasprintf("<%s/>", c->root);
	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, &diags), FK_LOAD_OK);
	ck_assert_int_eq(doc->det.standard, c->standard);
	if (c->version)
		ck_assert_str_eq(doc->det.version, c->version);
	else
		ck_assert_ptr_null(doc->det.version);
	ck_assert_str_eq(doc->det.message, c->message);
	ck_assert_str_eq(doc->det.root_name, c->root);
	reason = fk_detection_unsupported_reason(&doc->det);
	if (c->supported)
		ck_assert_ptr_null(reason);
	else
		ck_assert_ptr_nonnull(reason);
	free(reason);
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
	free(xml);
}
END_TEST

START_TEST(default_namespace_is_detected)
{
	const char *xml = "<xdatenfelder.datenfeld.0104 xmlns=\"urn:xoev-de:fim:standard:xdatenfelder_2\"/>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc;

	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, &diags), FK_LOAD_OK);
	ck_assert_int_eq(doc->det.standard, FK_STD_XDF2);
	ck_assert_int_eq(doc->det.family, FK_FAMILY_XDATENFELDER);
	ck_assert_str_eq(doc->det.standard_name, "XDatenfelder");
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(reasons_name_the_problem)
{
	struct fk_detection d;
	char *r;

	fk_detection_init(&d);
	d.root_name = fk_xstrdup("foo");
	d.root_ns = fk_xstrdup("urn:example");
	r = fk_detection_unsupported_reason(&d);
	ck_assert(t_contains(r, "'foo'") && t_contains(r, "'urn:example'"));
	free(r);
	fk_detection_release(&d);

	fk_detection_init(&d);
	d.root_name = fk_xstrdup("x");
	d.standard = FK_STD_XDF1;
	d.family = FK_FAMILY_XDATENFELDER;
	r = fk_detection_unsupported_reason(&d);
	ck_assert_str_eq(r, "XDatenfelder 1 documents are not supported (supported: 2.0, 3.0.0)");
	free(r);
	fk_detection_release(&d);
}
END_TEST

START_TEST(labels_and_slugs)
{
	ck_assert_str_eq(fk_standard_label(FK_STD_XDF3), "XDatenfelder 3.0.0");
	ck_assert_str_eq(fk_standard_slug(FK_STD_XPROZESS_2), "xprozess-2.0");
	ck_assert_ptr_null(fk_standard_slug(FK_STD_UNKNOWN));
	ck_assert_str_eq(fk_standard_label((enum fk_standard)999), "unknown");
}
END_TEST

Suite *detect_suite(void)
{
	Suite *s = suite_create("detect");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, detects_root, 0, sizeof(cases) / sizeof(cases[0]));
	tcase_add_test(tc, default_namespace_is_detected);
	tcase_add_test(tc, reasons_name_the_problem);
	tcase_add_test(tc, labels_and_slugs);
	suite_add_tcase(s, tc);
	return s;
}
