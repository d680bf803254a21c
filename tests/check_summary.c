/* check_summary.c - root objects and counts for every standard. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/load.h"
#include "fimkit/summary.h"
#include "fimkit/xmlutil.h"
#include "suites.h"
#include "testutil.h"

static struct fk_doc *load_fixture(const char *name)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	char *path = t_fixture(name);
	struct fk_doc *doc = NULL;

	ck_assert_int_eq(fk_doc_load(path, NULL, &doc, &diags), FK_LOAD_OK);
	ck_assert_uint_eq(diags.count, 0);
	free(path);
	return doc;
}

/* Loads a fixture and builds its summary; free with fk_summary_release
   and fk_doc_free. */
static struct fk_doc *summarize(const char *name, struct fk_summary *s)
{
	struct fk_doc *doc = load_fixture(name);

	fk_summary_init(s);
	fk_summary_build(doc->xml, &doc->det, s);
	return doc;
}

static long count_of(const struct fk_summary *s, const char *key)
{
	for (size_t i = 0; i < s->ncounts; i++)
		if (!strcmp(s->counts[i].key, key))
			return (long)s->counts[i].value;
	return -1;
}

START_TEST(xdf3_counts_distinct_objects)
{
	struct fk_summary s;
	struct fk_doc *doc = summarize("xdf3-schema.xml", &s);

	ck_assert_str_eq(s.object_id, "S12000000042");
	ck_assert_str_eq(s.object_version, "1.2.0");
	ck_assert_str_eq(s.object_name, "Antrag auf Testbescheinigung");
	ck_assert_int_eq(count_of(&s, "groups"), 1);  /* the same group twice */
	ck_assert_int_eq(count_of(&s, "fields"), 3);
	ck_assert_int_eq(count_of(&s, "rules"), 1);
	ck_assert_int_eq(count_of(&s, "code_lists"), 1);
	ck_assert_int_eq(count_of(&s, "value_lists"), 1);
	ck_assert_str_eq(s.counts[0].singular, "group");
	fk_summary_release(&s);
	fk_doc_free(doc);
}
END_TEST

START_TEST(xdf2_counts)
{
	struct fk_summary s;
	struct fk_doc *doc = summarize("xdf2-schema.xml", &s);

	ck_assert_str_eq(s.object_id, "S12000042");
	ck_assert_str_eq(s.object_version, "1.2");
	ck_assert_int_eq(count_of(&s, "groups"), 0);
	ck_assert_int_eq(count_of(&s, "fields"), 1);
	ck_assert_int_eq(count_of(&s, "code_lists"), 1);
	ck_assert_int_eq(count_of(&s, "value_lists"), -1); /* no inline values in 2.0 */
	fk_summary_release(&s);
	fk_doc_free(doc);
}
END_TEST

START_TEST(xprozess_prefers_prozess)
{
	struct fk_summary s;
	struct fk_doc *doc = summarize("xprozess-export.xml", &s);

	ck_assert_str_eq(s.object_id, "99123456001000");
	ck_assert_str_eq(s.object_version, "01.01.00");
	ck_assert_str_eq(s.object_name, "Testbescheinigung ausstellen (Referenzprozess)");
	ck_assert_int_eq(count_of(&s, "prozessklassen"), 1);
	ck_assert_int_eq(count_of(&s, "prozesse"), 1);
	fk_summary_release(&s);
	fk_doc_free(doc);
}
END_TEST

START_TEST(xzufi_name_prefers_german)
{
	struct fk_summary s;
	struct fk_doc *doc = summarize("xzufi-leistung.xml", &s);

	ck_assert_str_eq(s.object_id, "8812345");
	ck_assert_str_eq(s.object_name, "Testbescheinigung Ausstellung");
	ck_assert_int_eq(count_of(&s, "leistungen"), 2);
	fk_summary_release(&s);
	fk_doc_free(doc);
}
END_TEST

START_TEST(genericode_identity_and_rows)
{
	struct fk_summary s;
	struct fk_doc *doc = summarize("genericode-codelist.xml", &s);

	ck_assert_str_eq(s.object_id, "urn:de:fimkit:test:codeliste:zweck");
	ck_assert_str_eq(s.object_version, "2026-01-01");
	ck_assert_str_eq(s.object_name, "Testzweck");
	ck_assert_int_eq(count_of(&s, "columns"), 2);
	ck_assert_int_eq(count_of(&s, "codes"), 3);
	fk_summary_release(&s);
	fk_doc_free(doc);
}
END_TEST

START_TEST(unsupported_documents_have_no_summary)
{
	struct fk_summary s;
	struct fk_doc *doc = summarize("not-fim.xml", &s);

	ck_assert_ptr_null(s.object_id);
	ck_assert_uint_eq(s.ncounts, 0);
	fk_summary_release(&s);
	fk_doc_free(doc);
}
END_TEST

START_TEST(enclosing_object_and_location)
{
	struct fk_doc *doc = load_fixture("xdf3-schema.xml");
	xmlNode *root = xmlDocGetRootElement(doc->xml);
	xmlNode *schema = fk_xml_child(root, "stammdatenschema");
	xmlNode *struktur4 = fk_xml_next_same(fk_xml_next_same(fk_xml_next_same(
		fk_xml_child(schema, "struktur"))));
	xmlNode *name = fk_xml_path(struktur4, "enthaelt/datenfeld/name");
	char *id, *version, *where;

	ck_assert_ptr_nonnull(name);
	fk_object_of_node(name, FK_FAMILY_XDATENFELDER, &id, &version);
	ck_assert_str_eq(id, "F12000000003");
	ck_assert_str_eq(version, "1.0.0");
	free(id);
	free(version);
	where = fk_xml_location(name);
	ck_assert_str_eq(where, "/xdatenfelder.stammdatenschema.0102/stammdatenschema/struktur[4]"
				"/enthaelt/datenfeld/name");
	free(where);

	fk_object_of_node(fk_xml_child(struktur4, "anzahl"), FK_FAMILY_XDATENFELDER, &id, &version);
	ck_assert_str_eq(id, "S12000000042");
	free(id);
	free(version);
	fk_object_of_node(fk_xml_child(root, "header"), FK_FAMILY_XDATENFELDER, &id, &version);
	ck_assert_ptr_null(id);
	ck_assert_ptr_null(version);
	fk_doc_free(doc);
}
END_TEST

START_TEST(xml_text_is_trimmed)
{
	const char *xml = "<a xmlns='urn:x'><b>\n  Hallo Welt \t</b><c/><x:code xmlns:x='urn:y'>1</x:code><code>2</code></a>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc;
	char *t;

	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, &diags), FK_LOAD_OK);
	t = fk_xml_path_text(xmlDocGetRootElement(doc->xml), "b");
	ck_assert_str_eq(t, "Hallo Welt");
	free(t);
	ck_assert_ptr_null(fk_xml_path_text(xmlDocGetRootElement(doc->xml), "c"));
	ck_assert_ptr_null(fk_xml_path_text(xmlDocGetRootElement(doc->xml), "missing/x"));
	/* an unqualified child is found when no child is in the parent's namespace */
	t = fk_xml_path_text(xmlDocGetRootElement(doc->xml), "code");
	ck_assert_str_eq(t, "2");
	free(t);
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
}
END_TEST

Suite *summary_suite(void)
{
	Suite *s = suite_create("summary");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, xdf3_counts_distinct_objects);
	tcase_add_test(tc, xdf2_counts);
	tcase_add_test(tc, xprozess_prefers_prozess);
	tcase_add_test(tc, xzufi_name_prefers_german);
	tcase_add_test(tc, genericode_identity_and_rows);
	tcase_add_test(tc, unsupported_documents_have_no_summary);
	tcase_add_test(tc, enclosing_object_and_location);
	tcase_add_test(tc, xml_text_is_trimmed);
	suite_add_tcase(s, tc);
	return s;
}
