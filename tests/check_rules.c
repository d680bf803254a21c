/* check_rules.c - the rule engine, its configuration and the XDF model. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/rules.h"
#include "fimkit/xdf.h"
#include "suites.h"
#include "testutil.h"

START_TEST(catalogue_is_sorted_and_complete_rows)
{
	size_t n = fk_rule_count();

	ck_assert_uint_gt(n, 0);
	for (size_t i = 0; i < n; i++) {
		const struct fk_rule *r = fk_rule_at(i);

		ck_assert_uint_eq(strlen(r->code), 4);
		ck_assert_ptr_nonnull(r->title_en);
		ck_assert_ptr_nonnull(r->title_de);
		ck_assert_ptr_nonnull(r->message_en);
		ck_assert_ptr_nonnull(r->message_de);
		ck_assert_ptr_nonnull(r->check);
		ck_assert(r->applies & (FK_APPLIES_XDF2 | FK_APPLIES_XDF3 | FK_APPLIES_XZUFI |
					FK_APPLIES_XPROZESS_2));
		if (i > 0)
			ck_assert_int_lt(strcmp(fk_rule_at(i - 1)->code, r->code), 0);
		ck_assert_ptr_eq(fk_rule_find(r->code), r);
	}
	ck_assert_ptr_null(fk_rule_find("0000"));
	ck_assert_ptr_null(fk_rule_at(n));
}
END_TEST

START_TEST(enable_disable_and_ranges)
{
	struct fk_rule_config cfg;
	char *error = NULL;

	fk_rule_config_init(&cfg);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1046")->enabled, 1);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "1021-1047", 0, &error), 0);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1021")->enabled, 0);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1046")->enabled, 0);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1002")->enabled, 1);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, " 1046 ,", 1, &error), 0);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1046")->enabled, 1);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "all", 0, &error), 0);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1002")->enabled, 0);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "1046,4711", 1, &error), -1);
	ck_assert_str_eq(error, "unknown rule '4711' (see 'fimkit rules')");
	free(error);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(severity_overrides)
{
	struct fk_rule_config cfg;
	char *error = NULL;

	fk_rule_config_init(&cfg);
	ck_assert_int_eq(fk_rule_config_severity(&cfg, "1002=info, 1046=Warnung", &error), 0);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1002")->severity, FK_SEV_INFO);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1046")->severity, FK_SEV_WARNING);
	ck_assert_int_eq(fk_rule_config_severity(&cfg, "1002", &error), -1);
	ck_assert(t_contains(error, "expected CODE=SEVERITY"));
	free(error);
	ck_assert_int_eq(fk_rule_config_severity(&cfg, "1002=fatal", &error), -1);
	ck_assert(t_contains(error, "unknown severity 'fatal'"));
	free(error);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(message_catalogue_overrides)
{
	struct fk_rule_config cfg;
	char *path = t_fixture("catalog/meldungen.xml");
	char *error = NULL;

	fk_rule_config_init(&cfg);
	ck_assert_msg(fk_rule_config_catalog(&cfg, path, &error) == 0, "%s", error);
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1002")->severity, FK_SEV_WARNING);
	ck_assert_str_eq(fk_rule_config_get(&cfg, "1002")->message, "Testwortlaut für fehlende Namen.");
	ck_assert_int_eq(fk_rule_config_get(&cfg, "1046")->enabled, 0);
	fk_rule_config_release(&cfg);
	free(path);

	fk_rule_config_init(&cfg);
	path = t_fixture("xdf3-schema.xml");
	ck_assert_int_eq(fk_rule_config_catalog(&cfg, path, &error), -1);
	ck_assert(t_contains(error, "not a genericode code list"));
	free(error);
	free(path);
	path = t_fixture("genericode-codelist.xml");
	ck_assert_int_eq(fk_rule_config_catalog(&cfg, path, &error), -1);
	ck_assert(t_contains(error, "needs the columns Code and Typ"));
	free(error);
	free(path);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(codelists_are_found_by_identity)
{
	struct fk_rule_config cfg;
	char *dir = t_srcpath("tests/fixtures");
	char *error = NULL;
	const struct fk_gc_table *t;

	fk_rule_config_init(&cfg);
	ck_assert_int_eq(fk_rule_config_codelists(&cfg, dir, &error), 0);
	t = fk_rule_config_codelist(&cfg, "urn:de:fimkit:test:codeliste:zweck", "2026-01-01");
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(t->nrows, 3);
	ck_assert_str_eq(t->key_column, "code");
	ck_assert_str_eq(fk_gc_cell(t, 1, fk_gc_column(t, "name")), "Studium");
	ck_assert_ptr_null(fk_rule_config_codelist(&cfg, "urn:de:fimkit:test:codeliste:zweck", "1999"));
	ck_assert_ptr_nonnull(fk_rule_config_codelist(&cfg, "urn:de:fimkit:test:codeliste:zweck", NULL));
	fk_rule_config_release(&cfg);
	ck_assert_int_eq(fk_rule_config_codelists(&cfg, "/nonexistent", &error), -1);
	ck_assert(t_contains(error, "'/nonexistent'"));
	free(error);
	free(dir);
}
END_TEST

/* Runs the default rules over a fixture and returns the findings. */
static void run_rules(const char *fixture, struct fk_rule_config *cfg, struct fk_diag_list *diags)
{
	char *path = t_fixture(fixture);
	struct fk_doc *doc;

	ck_assert_int_eq(fk_doc_load(path, NULL, &doc, diags), FK_LOAD_OK);
	fk_rules_run(cfg, doc, diags);
	fk_doc_free(doc);
	free(path);
}

START_TEST(findings_carry_location_and_object)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_rule_config cfg;
	char *error = NULL;

	fk_rule_config_init(&cfg);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "all", 0, &error), 0);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "1046", 1, &error), 0);
	run_rules("../rules/1046-hit.xml", &cfg, &diags);
	ck_assert_uint_eq(diags.count, 1);
	ck_assert_str_eq(diags.items[0].rule, "1046");
	ck_assert_int_eq(diags.items[0].severity, FK_SEV_CRITICAL);
	ck_assert_int_eq(diags.items[0].line, 15);
	ck_assert_str_eq(diags.items[0].object_id, "S12000000100");
	ck_assert_str_eq(diags.items[0].xpath,
			 "/xdatenfelder.stammdatenschema.0102/stammdatenschema/struktur/anzahl");
	ck_assert(t_contains(diags.items[0].message, "'1..1'"));
	fk_diag_list_release(&diags);

	/* German texts and a changed severity */
	cfg.lang = FK_LANG_DE;
	ck_assert_int_eq(fk_rule_config_severity(&cfg, "1046=info", &error), 0);
	run_rules("../rules/1046-hit.xml", &cfg, &diags);
	ck_assert_int_eq(diags.items[0].severity, FK_SEV_INFO);
	ck_assert(t_contains(diags.items[0].message, "Die Multiplizität '1..1'"));
	fk_diag_list_release(&diags);

	/* switched off: nothing */
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "1046", 0, &error), 0);
	run_rules("../rules/1046-hit.xml", &cfg, &diags);
	ck_assert_uint_eq(diags.count, 0);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(rules_run_only_on_their_standard)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_rule_config cfg;
	char *error = NULL;

	fk_rule_config_init(&cfg);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "all", 1, &error), 0);
	run_rules("genericode-codelist.xml", &cfg, &diags);
	ck_assert_uint_eq(diags.count, 0);
	run_rules("xprozess-export.xml", &cfg, &diags);
	ck_assert_uint_gt(diags.count, 0);
	for (size_t i = 0; i < diags.count; i++)
		ck_assert_msg(diags.items[i].rule[0] == 'P', "rule %s on XProzess", diags.items[i].rule);
	fk_diag_list_release(&diags);
	run_rules("xzufi-leistung.xml", &cfg, &diags);
	ck_assert_uint_gt(diags.count, 0);
	for (size_t i = 0; i < diags.count; i++)
		ck_assert_msg(diags.items[i].rule[0] == 'Z', "rule %s on XZuFi", diags.items[i].rule);
	fk_diag_list_release(&diags);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(model_of_a_schema)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	char *path = t_fixture("xdf3-schema.xml");
	struct fk_xdf_model *m;
	struct fk_doc *doc;
	size_t groups = 0;

	ck_assert_int_eq(fk_doc_load(path, NULL, &doc, &diags), FK_LOAD_OK);
	m = fk_xdf_model_build(doc->xml, &doc->det);
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(m->standard, FK_STD_XDF3);
	ck_assert_int_eq(m->root->kind, FK_XDF_SCHEMA);
	ck_assert_str_eq(m->root->id, "S12000000042");
	ck_assert_uint_eq(m->root->nentries, 4);
	ck_assert_str_eq(m->root->entries[1].anzahl, "0:3");
	ck_assert_int_eq(m->root->entries[1].min, 0);
	ck_assert_int_eq(m->root->entries[1].max, 3);
	ck_assert_int_eq(m->root->entries[0].child->kind, FK_XDF_GROUP);
	ck_assert_ptr_eq(m->root->entries[0].child->parent, m->root);
	ck_assert_uint_eq(m->root->entries[0].child->nrules, 1);
	ck_assert_ptr_nonnull(m->root->entries[2].child->field.werte);
	ck_assert_ptr_nonnull(m->root->entries[3].child->field.codeliste);
	/* the group occurs twice, its field twice: 8 occurrences, 6 distinct */
	ck_assert_uint_eq(m->nall, 8);
	ck_assert_uint_eq(m->ndistinct, 6);
	for (size_t i = 0; i < m->nall; i++)
		if (m->all[i]->kind == FK_XDF_GROUP)
			groups++;
	ck_assert_uint_eq(groups, 2);
	ck_assert_int_eq(m->root->entries[1].child->first, 0);
	fk_xdf_model_free(m);
	fk_doc_free(doc);
	free(path);
}
END_TEST

START_TEST(model_reads_xdf2_praezisierung)
{
	const char *xml =
		"<x:xdatenfelder.datenfeld.0104 xmlns:x='urn:xoev-de:fim:standard:xdatenfelder_2'>"
		"<x:datenfeld><x:identifikation><x:id>F12000001</x:id><x:version>1.0</x:version></x:identifikation>"
		"<x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp>"
		"<x:praezisierung>{\"minLength\":\"1\", \"maxLength\": 50, \"pattern\":\"[a-z\\\"]+\"}</x:praezisierung>"
		"<x:inhalt/></x:datenfeld></x:xdatenfelder.datenfeld.0104>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_xdf_model *m;
	struct fk_doc *doc;

	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, &diags), FK_LOAD_OK);
	m = fk_xdf_model_build(doc->xml, &doc->det);
	ck_assert_int_eq(m->root->kind, FK_XDF_FIELD);
	ck_assert_str_eq(m->root->field.feldart, "input");
	ck_assert_str_eq(m->root->field.datentyp, "text");
	ck_assert_int_eq(m->root->field.praez_json, 1);
	ck_assert_str_eq(m->root->field.min_length, "1");
	ck_assert_str_eq(m->root->field.max_length, "50");
	ck_assert_str_eq(m->root->field.pattern, "[a-z\"]+");
	ck_assert_ptr_null(m->root->field.min_value);
	ck_assert_int_eq(m->root->field.has_inhalt, 1);
	ck_assert_str_eq(m->root->field.inhalt, "");
	fk_xdf_model_free(m);
	fk_doc_free(doc);
	ck_assert_ptr_null(fk_xdf_model_build(NULL, &(struct fk_detection){ 0 }));
}
END_TEST

Suite *rules_suite(void)
{
	Suite *s = suite_create("rules");
	TCase *cfg = tcase_create("config");
	TCase *run = tcase_create("run");
	TCase *model = tcase_create("model");

	tcase_add_test(cfg, catalogue_is_sorted_and_complete_rows);
	tcase_add_test(cfg, enable_disable_and_ranges);
	tcase_add_test(cfg, severity_overrides);
	tcase_add_test(cfg, message_catalogue_overrides);
	tcase_add_test(cfg, codelists_are_found_by_identity);
	tcase_add_test(run, findings_carry_location_and_object);
	tcase_add_test(run, rules_run_only_on_their_standard);
	tcase_add_test(model, model_of_a_schema);
	tcase_add_test(model, model_reads_xdf2_praezisierung);
	suite_add_tcase(s, cfg);
	suite_add_tcase(s, run);
	suite_add_tcase(s, model);
	return s;
}
