/* check_package.c - link facts, package formation and rules, manifests, gaps. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/gaps.h"
#include "fimkit/inputs.h"
#include "fimkit/links.h"
#include "fimkit/package.h"
#include "fimkit/process.h"
#include "fimkit/rules.h"
#include "../src/package/manifest.h"
#include "suites.h"
#include "testutil.h"

#define KEY "99999000001000"

/* The link facts of a file below tests/packages (free with fk_links_free). */
static struct fk_links *facts_of(const char *rel)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	char *path = t_srcpath(rel);
	struct fk_doc *doc = NULL;
	struct fk_links *l;

	ck_assert_int_eq(fk_doc_load(path, NULL, &doc, &diags), FK_LOAD_OK);
	l = fk_links_extract(doc->xml, &doc->det);
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
	free(path);
	return l;
}

static struct fk_links *facts_of_string(const char *xml)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc = NULL;
	struct fk_links *l;

	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, &diags), FK_LOAD_OK);
	l = fk_links_extract(doc->xml, &doc->det);
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
	return l;
}

static const struct fk_link_ref *ref_via(const struct fk_links *l, const char *via, size_t nth)
{
	for (size_t i = 0; i < l->nrefs; i++)
		if (!strcmp(l->refs[i].via, via) && nth-- == 0)
			return &l->refs[i];
	return NULL;
}

/* ---- ids -------------------------------------------------------------------------- */

START_TEST(ids_compare_across_xdf_versions)
{
	char *n = fk_link_norm_id("S05012503");

	ck_assert_str_eq(n, "S05000012503");
	free(n);
	n = fk_link_norm_id("S05000012503");
	ck_assert_str_eq(n, "S05000012503");
	free(n);
	n = fk_link_norm_id("99417093001000"); /* not an XDF id: unchanged */
	ck_assert_str_eq(n, "99417093001000");
	free(n);
	ck_assert(fk_link_same_id(FK_LINK_SCHEMA, "S05012503", "S05000012503"));
	ck_assert(!fk_link_same_id(FK_LINK_SCHEMA, "S05012503", "S05001012503"));
	ck_assert(!fk_link_same_id(FK_LINK_PROZESS, "S05012503", "S05000012503"));
	ck_assert(fk_link_same_version(FK_LINK_SCHEMA, "1.1", "1.1.0"));
	ck_assert(!fk_link_same_version(FK_LINK_SCHEMA, "1.1", "1.1.1"));
	ck_assert(!fk_link_same_version(FK_LINK_PROZESS, "01.00", "01.00.0"));
	ck_assert(fk_link_same_version(FK_LINK_CODELIST, NULL, NULL));
	ck_assert(fk_link_ds_pair("D00000094", "S00000094"));
	ck_assert(fk_link_ds_pair("D12000000300", "S12000300"));
	ck_assert(!fk_link_ds_pair("D00000094", "S00000095"));
	ck_assert(!fk_link_ds_pair("S00000094", "D00000094"));
	ck_assert_int_eq(fk_release_of("5"), FK_RELEASE_RELEASED);
	ck_assert_int_eq(fk_release_of("3"), FK_RELEASE_DRAFT);
	ck_assert_int_eq(fk_release_of("inVorbereitung"), FK_RELEASE_DRAFT);
	ck_assert_int_eq(fk_release_of("aktiv"), FK_RELEASE_ACTIVE);
	ck_assert_int_eq(fk_release_of(NULL), FK_RELEASE_NONE);
	ck_assert_str_eq(fk_status_name("2"), "in Bearbeitung");
	ck_assert_ptr_null(fk_status_name("9"));
}
END_TEST

/* ---- link facts -------------------------------------------------------------------- */

START_TEST(facts_of_an_xdf3_schema)
{
	struct fk_links *l = facts_of("tests/packages/gaps/ready/datenschema.xml");
	const struct fk_link_ref *r;

	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->nobjs, 1);
	ck_assert_int_eq(l->objs[0].kind, FK_LINK_SCHEMA);
	ck_assert_str_eq(l->objs[0].id, "S12000000101");
	ck_assert_str_eq(l->objs[0].version, "1.0.0");
	ck_assert_str_eq(l->objs[0].status, "6");
	ck_assert_str_eq(l->objs[0].name, "Testantrag");
	ck_assert_uint_eq(l->objs[0].nelements, 2);
	ck_assert_str_eq(l->objs[0].elements[0], "F12000000111");
	r = ref_via(l, "dokumentsteckbrief", 0);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->kind, FK_LINK_DSB);
	ck_assert_str_eq(r->id, "D99000000101");
	ck_assert_str_eq(r->version, "1.0.0");
	r = ref_via(l, "codelisteReferenz", 0);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->id, "urn:de:fimkit:test:codeliste:farbe");
	ck_assert_str_eq(r->version, "2025-01-01");
	ck_assert_int_gt(r->line, 0);
	ck_assert(t_contains(r->xpath, "/codelisteReferenz"));
	ck_assert_ptr_null(ref_via(l, "codelisteReferenz", 1));
	fk_links_free(l);
}
END_TEST

START_TEST(facts_of_an_xdf2_schema)
{
	struct fk_links *l = facts_of("tests/packages/rules/K201-miss/datenschema-xdf2.xml");
	const struct fk_link_ref *r;

	ck_assert_ptr_nonnull(l);
	ck_assert_str_eq(l->objs[0].id, "S12000101");
	ck_assert_str_eq(l->objs[0].status, "aktiv");
	ck_assert_str_eq(l->objs[0].elements[0], "F12000000111"); /* 3.0.0 form */
	ck_assert_ptr_null(ref_via(l, "dokumentsteckbrief", 0));  /* XDF 2.0 names none */
	r = ref_via(l, "codelisteReferenz", 0);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->id, "urn:de:fimkit:test:codeliste:farbe");
	fk_links_free(l);
}
END_TEST

START_TEST(facts_of_a_leistung)
{
	struct fk_links *l = facts_of("tests/packages/gaps/ready/leistung.xml");
	const struct fk_link_ref *r;

	ck_assert_uint_eq(l->nobjs, 1);
	ck_assert_int_eq(l->objs[0].kind, FK_LINK_LEISTUNG);
	ck_assert_str_eq(l->objs[0].id, "900001");
	ck_assert_str_eq(l->objs[0].version, "1");
	ck_assert_str_eq(l->objs[0].name, "Testleistung Anmeldung");
	ck_assert_uint_eq(l->objs[0].nkeys, 1);
	ck_assert_str_eq(l->objs[0].keys[0], KEY);
	ck_assert_uint_eq(l->objs[0].nmissing, 0);
	ck_assert_ptr_null(l->objs[0].status); /* XZuFi 2.2.0 has none */
	r = ref_via(l, "idProzess", 0);
	ck_assert_int_eq(r->kind, FK_LINK_PROZESS);
	ck_assert_str_eq(r->id, KEY);
	r = ref_via(l, "referenzFormularID", 0);
	ck_assert_int_eq(r->kind, FK_LINK_DSB);
	ck_assert_str_eq(r->version, "1.0.0");
	r = ref_via(l, "referenzFormularID", 1);
	ck_assert_int_eq(r->kind, FK_LINK_SCHEMA);
	ck_assert_str_eq(r->id, "S12000000101");
	fk_links_free(l);

	/* a form named by title names nothing; missing modules are listed */
	l = facts_of_string(
		"<x:transfer xmlns:x=\"http://xoev.de/schemata/xzufi/2_2_0\" xzufiVersion=\"2.2.0\">"
		"<x:schreibe><x:leistung><x:id>1</x:id>"
		"<x:referenzLeiKa><code>" KEY "</code></x:referenzLeiKa>"
		"<x:modulText><x:leikaTextmodul><code>02</code></x:leikaTextmodul>"
		"<x:inhalt languageCode=\"de\">Name</x:inhalt></x:modulText>"
		"<x:modulDokument><x:dokumentEingehend>"
		"<x:referenzFormularID>Antrag auf Erteilung</x:referenzFormularID>"
		"</x:dokumentEingehend></x:modulDokument>"
		"</x:leistung></x:schreibe></x:transfer>");
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->nrefs, 0);
	ck_assert_uint_eq(l->objs[0].nmissing, 6); /* 06, 07, 08, 09, 11 and Kosten */
	ck_assert_str_eq(l->objs[0].missing[0], "text module 06 (Volltext)");
	ck_assert_str_eq(l->objs[0].missing[5], "Kosten module (modulKosten)");
	fk_links_free(l);
}
END_TEST

START_TEST(facts_of_a_prozess)
{
	struct fk_links *l = facts_of("tests/packages/rules/K109-hit/prozess.xml");
	const struct fk_link_ref *r;

	ck_assert_uint_eq(l->nobjs, 2);
	ck_assert_int_eq(l->objs[0].kind, FK_LINK_PROZESSKLASSE);
	ck_assert_int_eq(l->objs[1].kind, FK_LINK_PROZESS);
	ck_assert_str_eq(l->objs[1].id, KEY);
	ck_assert_str_eq(l->objs[1].version, "01.00.00");
	ck_assert_str_eq(l->objs[1].status, "5");
	ck_assert_str_eq(l->objs[1].keys[0], KEY);
	ck_assert_uint_eq(l->objs[1].nmissing, 0);
	r = ref_via(l, "formularID", 0);
	ck_assert_int_eq(r->kind, FK_LINK_DSB);
	ck_assert_uint_eq(r->from, 1);
	r = ref_via(l, "stammformularID", 0);
	ck_assert_int_eq(r->kind, FK_LINK_SCHEMA);
	ck_assert_str_eq(r->version, "1.0.0");
	r = ref_via(l, "elementId", 0);
	ck_assert_int_eq(r->kind, FK_LINK_ELEMENT);
	ck_assert_str_eq(r->id, "F12000000999");
	ck_assert_str_eq(r->in_id, "S12000000101");
	fk_links_free(l);

	l = facts_of("tests/packages/gaps/modules/prozess.xml");
	ck_assert_uint_eq(l->objs[1].nmissing, 1);
	ck_assert_str_eq(l->objs[1].missing[0], "prozesssteckbrief/ergebnis");
	fk_links_free(l);
}
END_TEST

START_TEST(facts_of_code_lists_and_others)
{
	/* the exporter defect: genericode children in the genericode namespace */
	struct fk_links *l = facts_of_string(
		"<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">"
		"<gc:Identification><gc:ShortName>s</gc:ShortName><gc:Version>2020-02-06</gc:Version>"
		"<gc:CanonicalUri>urn:x:y</gc:CanonicalUri></gc:Identification></gc:CodeList>");

	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(l->objs[0].kind, FK_LINK_CODELIST);
	ck_assert_str_eq(l->objs[0].id, "urn:x:y");
	ck_assert_str_eq(l->objs[0].version, "2020-02-06");
	fk_links_free(l);
	ck_assert_ptr_null(facts_of_string("<a xmlns=\"urn:not-fim\"/>"));
	fk_links_free(NULL);
}
END_TEST

START_TEST(content_hash_ignores_layout_not_content)
{
	struct fk_links *a = facts_of("tests/packages/rules/K202-miss/datenschema-a.xml");
	struct fk_links *b = facts_of("tests/packages/rules/K202-miss/datenschema-b.xml");
	struct fk_links *c = facts_of("tests/packages/rules/K202-hit/datenschema-b.xml");

	ck_assert(a->objs[0].hash == b->objs[0].hash); /* only the headers differ */
	ck_assert(a->objs[0].hash != c->objs[0].hash);
	fk_links_free(a);
	fk_links_free(b);
	fk_links_free(c);
}
END_TEST

/* ---- the package step --------------------------------------------------------------- */

/* Runs the check pipeline (rules, no schemas) over paths into r. */
static void run_check(struct fk_report *r, struct fk_rule_config *cfg, const char *const *rels)
{
	struct fk_input_list in = FK_INPUT_LIST_INIT;
	struct fk_process_options opts;

	memset(&opts, 0, sizeof(opts));
	fk_rule_config_init(cfg);
	opts.rules = cfg;
	fk_report_init(r, "check", FK_SEV_CRITICAL);
	for (; *rels; rels++) {
		char *p = t_srcpath(*rels);

		fk_inputs_add(&in, p);
		free(p);
	}
	fk_process_all(&opts, &in, r);
	fk_report_finish(r);
	fk_input_list_release(&in);
}

static const struct fk_diag *finding(const struct fk_report *r, const char *rule, const char *file_end)
{
	for (size_t i = 0; i < r->count; i++) {
		size_t n = strlen(r->files[i].path), m = strlen(file_end);

		if (n < m || strcmp(r->files[i].path + n - m, file_end))
			continue;
		for (size_t k = 0; k < r->files[i].diags.count; k++)
			if (!strcmp(r->files[i].diags.items[k].rule, rule))
				return &r->files[i].diags.items[k];
	}
	return NULL;
}

START_TEST(package_finds_an_absent_code_list_version)
{
	const char *const in[] = { "tests/packages/rules/K106-hit", NULL };
	struct fk_rule_config cfg;
	struct fk_report r;
	const struct fk_package *p;
	const struct fk_diag *d;
	int seen = 0;

	run_check(&r, &cfg, in);
	ck_assert_ptr_nonnull(r.packages);
	ck_assert_uint_eq(r.packages->n, 1);
	p = &r.packages->v[0];
	ck_assert_str_eq(p->name, "K106 hit"); /* from the manifest */
	ck_assert_ptr_nonnull(p->manifest);
	ck_assert_uint_eq(p->nfiles, 3);
	ck_assert_uint_eq(r.count, 4); /* the manifest has an entry of its own */
	ck_assert_uint_eq(p->manifest_file, 3);
	ck_assert_ptr_null(r.files[3].links);
	d = finding(&r, "K106", "/datenschema.xml");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->severity, FK_SEV_CRITICAL);
	ck_assert_str_eq(d->object_id, "S12000000101");
	ck_assert(t_contains(d->message, "the package has version 2024-01-01"));
	ck_assert(t_contains(d->xpath, "codelisteReferenz"));
	for (size_t i = 0; i < p->nlinks; i++)
		if (p->links[i].kind == FK_LINK_CODELIST) {
			ck_assert_int_eq(p->links[i].state, FK_PKG_OTHER_VERSION);
			ck_assert_ptr_nonnull(fk_pkg_obj(&r, p->links[i].to));
			seen++;
		}
	ck_assert_int_eq(seen, 1);
	for (size_t i = 0; i < 3; i++)
		ck_assert_str_eq(r.files[i].package, "K106 hit");
	fk_report_release(&r);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(package_rules_follow_the_configuration)
{
	const char *const in[] = { "tests/packages/rules/K203-hit", NULL };
	struct fk_rule_config cfg;
	struct fk_report r;
	struct fk_input_list inputs = FK_INPUT_LIST_INIT;
	struct fk_process_options opts;
	char *error = NULL, *p = t_srcpath(in[0]);

	run_check(&r, &cfg, in);
	ck_assert_ptr_nonnull(finding(&r, "K203", "/leistung.xml"));
	ck_assert_int_eq(finding(&r, "K203", "/leistung.xml")->line, 12); /* referenzLeiKa */
	fk_report_release(&r);
	fk_rule_config_release(&cfg);

	fk_rule_config_init(&cfg);
	ck_assert_int_eq(fk_rule_config_enable(&cfg, "K203", 0, &error), 0);
	ck_assert_int_eq(fk_rule_config_severity(&cfg, "K101=info", &error), 0);
	cfg.lang = FK_LANG_DE;
	memset(&opts, 0, sizeof(opts));
	opts.rules = &cfg;
	fk_report_init(&r, "check", FK_SEV_CRITICAL);
	fk_inputs_add(&inputs, p);
	fk_process_all(&opts, &inputs, &r);
	ck_assert_ptr_null(finding(&r, "K203", "/leistung.xml"));
	fk_report_release(&r);
	fk_input_list_release(&inputs);
	fk_rule_config_release(&cfg);
	free(p);
}
END_TEST

START_TEST(named_files_form_one_package)
{
	const char *const in[] = { "tests/packages/rules/K101-hit/leistung.xml",
				   "tests/packages/rules/K102-miss/prozess.xml", NULL };
	const char *const one[] = { "tests/packages/rules/K101-hit/leistung.xml", NULL };
	struct fk_rule_config cfg;
	struct fk_report r;

	run_check(&r, &cfg, in);
	ck_assert_uint_eq(r.packages->n, 1);
	ck_assert_ptr_null(r.packages->v[0].dir);
	ck_assert_str_eq(r.packages->v[0].name, "command line");
	/* the Leistung's Prozess is the other file: no K101 */
	ck_assert_ptr_null(finding(&r, "K101", "/leistung.xml"));
	ck_assert_uint_eq(r.packages->pkg_of[1], 0);
	fk_report_release(&r);
	fk_rule_config_release(&cfg);

	run_check(&r, &cfg, one);
	ck_assert_uint_eq(r.packages->n, 0);
	ck_assert_ptr_null(r.files[0].package);
	fk_report_release(&r);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(counterpart_and_twins_link)
{
	const char *const k107[] = { "tests/packages/rules/K107-miss", NULL };
	const char *const k201[] = { "tests/packages/rules/K201-miss", NULL };
	struct fk_rule_config cfg;
	struct fk_report r;
	int ds = 0, twins = 0;

	run_check(&r, &cfg, k107);
	for (size_t i = 0; i < r.packages->v[0].nlinks; i++)
		ds += !strcmp(r.packages->v[0].links[i].via, "D/S number");
	ck_assert_int_eq(ds, 1);
	ck_assert_ptr_null(finding(&r, "K107", ".xml"));
	ck_assert_ptr_null(finding(&r, "K108", ".xml"));
	fk_report_release(&r);
	fk_rule_config_release(&cfg);

	/* XDF 3.0.0 and 2.0 of one Datenschema: the manifest's package links
	   nothing to them, but they are one object in two versions of the standard */
	run_check(&r, &cfg, k201);
	ck_assert_ptr_null(finding(&r, "K201", ".xml"));
	ck_assert_ptr_null(finding(&r, "K202", ".xml"));
	for (size_t i = 0; i < r.packages->v[0].nlinks; i++)
		twins += r.packages->v[0].links[i].kind == FK_LINK_CODELIST &&
			 r.packages->v[0].links[i].state == FK_PKG_RESOLVED;
	ck_assert_int_eq(twins, 2); /* both schemas reach the code list */
	fk_report_release(&r);
	fk_rule_config_release(&cfg);
}
END_TEST

/* ---- manifests ---------------------------------------------------------------------- */

START_TEST(manifest_reads_settings_and_collects_problems)
{
	static const char text[] =
		"\xEF\xBB\xBF# manifest\n"
		"[package]\n"
		"name = Hundesteuer\n"
		"leistungsschluessel = 99417093001000, 123\n"
		"freigabestatus = 9\n"
		"freigabestatus = 5\n"
		"link = S05012503 V1.1 -> D99000024817 1.0.0\n"
		"link = S05012503\n"
		"link = a b c -> d\n"
		"farbe\n"
		"package = no\n"
		"package = vielleicht\n"
		"unbekannt = 1\n";
	char *dir = t_tmpdir(), *path = fk_xasprintf("%s/%s", dir, FK_PACKAGE_MANIFEST);
	struct fk_manifest m;

	t_write(dir, FK_PACKAGE_MANIFEST, text, sizeof(text) - 1);
	fk_manifest_read(path, &m);
	ck_assert_str_eq(m.name, "Hundesteuer");
	ck_assert_uint_eq(m.nkeys, 1);
	ck_assert_str_eq(m.keys[0], "99417093001000");
	ck_assert_int_eq(m.key_lines[0], 4);
	ck_assert_str_eq(m.status, "5");
	ck_assert_int_eq(m.status_line, 6);
	ck_assert_uint_eq(m.nlinks, 1);
	ck_assert_str_eq(m.links[0].from_id, "S05012503");
	ck_assert_str_eq(m.links[0].from_version, "1.1");
	ck_assert_str_eq(m.links[0].to_version, "1.0.0");
	ck_assert_int_eq(m.not_package, 1);
	ck_assert_uint_eq(m.nproblems, 7);
	ck_assert_int_eq(m.problems[0].line, 4); /* 123 */
	ck_assert(t_contains(m.problems[0].message, "'123' is not a 14-digit"));
	ck_assert(t_contains(m.problems[0].message_de, "keine 14-stellige"));
	ck_assert_int_eq(m.problems[1].line, 5);
	ck_assert_int_eq(m.problems[2].line, 8);
	ck_assert_int_eq(m.problems[3].line, 9);
	ck_assert(t_contains(m.problems[3].message, "'a b c -> d'"));
	ck_assert_int_eq(m.problems[4].line, 10);
	ck_assert_int_eq(m.problems[5].line, 12);
	ck_assert(t_contains(m.problems[6].message, "unknown setting 'unbekannt'"));
	fk_manifest_release(&m);
	t_rmtree(dir);
	fk_manifest_read(path, &m);
	ck_assert_uint_eq(m.nproblems, 1);
	ck_assert_int_eq(m.problems[0].line, 0);
	ck_assert(t_contains(m.problems[0].message, "cannot read the manifest"));
	fk_manifest_release(&m);
	free(path);
	free(dir);
}
END_TEST

/* ---- the gap model ------------------------------------------------------------------- */

START_TEST(gaps_of_a_package_without_leistung)
{
	const char *const in[] = { "tests/packages/gaps/missing", NULL };
	struct fk_rule_config cfg;
	struct fk_report r;
	struct fk_gap_report *g;
	const struct fk_gap_service *s;

	run_check(&r, &cfg, in);
	g = fk_gaps_build(&r, NULL);
	ck_assert_uint_eq(g->nservices, 1);
	s = &g->services[0];
	ck_assert_str_eq(s->key, KEY);
	ck_assert_str_eq(s->name, "Testleistung bearbeiten");
	ck_assert_int_eq(s->blocks[FK_GAP_LEISTUNG].state, FK_GAP_MISSING);
	ck_assert_int_eq(s->blocks[FK_GAP_PROZESS].state, FK_GAP_OK);
	ck_assert_int_eq(s->blocks[FK_GAP_CODELISTS].state, FK_GAP_OK);
	ck_assert_uint_eq(s->blocks[FK_GAP_PROZESS].nfiles, 1);
	ck_assert_int_eq(s->verdict, FK_GAP_NOT_READY);
	ck_assert_uint_eq(s->nreasons, 1);
	ck_assert_str_eq(s->reasons[0], "no Leistung (XZuFi) of the service");
	ck_assert_int_eq(fk_gaps_exit_code(g), 1);
	ck_assert_str_eq(fk_gap_state_name(FK_GAP_NOT_NEEDED), "not_needed");
	ck_assert_str_eq(fk_gap_block_name(FK_GAP_DSB), "dokumentsteckbrief");
	fk_gap_report_free(g);
	fk_report_release(&r);
	fk_rule_config_release(&cfg);
}
END_TEST

START_TEST(gaps_with_a_require_list)
{
	const char *const in[] = { "tests/packages/gaps/ready", NULL };
	char *dir = t_tmpdir(), *path = fk_xasprintf("%s/req.txt", dir), *error = NULL;
	struct fk_require_list req;
	struct fk_rule_config cfg;
	struct fk_report r;
	struct fk_gap_report *g;
	static const char list[] = "# Schwerpunkte\n\n" KEY "\n99999000002000;Abmeldung\n";

	t_write(dir, "req.txt", list, sizeof(list) - 1);
	ck_assert_int_eq(fk_require_read(path, &req, &error), 0);
	ck_assert_uint_eq(req.n, 2);
	ck_assert_ptr_null(req.v[0].name);
	ck_assert_str_eq(req.v[1].name, "Abmeldung");
	run_check(&r, &cfg, in);
	g = fk_gaps_build(&r, &req);
	ck_assert_uint_eq(g->nservices, 2);
	ck_assert_int_eq(g->services[0].verdict, FK_GAP_READY);
	ck_assert_int_eq(g->services[0].required, 1);
	ck_assert_int_eq(g->services[1].verdict, FK_GAP_ABSENT);
	ck_assert_str_eq(g->services[1].name, "Abmeldung");
	ck_assert_uint_eq(g->required, 2);
	ck_assert_uint_eq(g->required_ready, 1);
	ck_assert_int_eq(fk_gaps_exit_code(g), 1);
	fk_gap_report_free(g);
	fk_report_release(&r);
	fk_rule_config_release(&cfg);
	fk_require_release(&req);

	t_write(dir, "req.txt", "123\n", 4);
	ck_assert_int_eq(fk_require_read(path, &req, &error), -2);
	ck_assert(t_contains(error, "req.txt:1: '123' is not a 14-digit"));
	free(error);
	t_rmtree(dir);
	ck_assert_int_eq(fk_require_read(path, &req, &error), -1);
	free(error);
	free(path);
	free(dir);
}
END_TEST

Suite *package_suite(void)
{
	Suite *s = suite_create("package");
	TCase *links = tcase_create("links");
	TCase *pkg = tcase_create("packages");
	TCase *gaps = tcase_create("gaps");

	tcase_add_test(links, ids_compare_across_xdf_versions);
	tcase_add_test(links, facts_of_an_xdf3_schema);
	tcase_add_test(links, facts_of_an_xdf2_schema);
	tcase_add_test(links, facts_of_a_leistung);
	tcase_add_test(links, facts_of_a_prozess);
	tcase_add_test(links, facts_of_code_lists_and_others);
	tcase_add_test(links, content_hash_ignores_layout_not_content);
	tcase_add_test(pkg, package_finds_an_absent_code_list_version);
	tcase_add_test(pkg, package_rules_follow_the_configuration);
	tcase_add_test(pkg, named_files_form_one_package);
	tcase_add_test(pkg, counterpart_and_twins_link);
	tcase_add_test(pkg, manifest_reads_settings_and_collects_problems);
	tcase_add_test(gaps, gaps_of_a_package_without_leistung);
	tcase_add_test(gaps, gaps_with_a_require_list);
	suite_add_tcase(s, links);
	suite_add_tcase(s, pkg);
	suite_add_tcase(s, gaps);
	return s;
}
