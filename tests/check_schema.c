/* check_schema.c - schema sets, validation findings and message rewriting. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/schema.h"
#include "suites.h"
#include "testutil.h"

#define XDF3 "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"

/* A tiny schema in the XDatenfelder 3.0.0 namespace, enough to exercise
   line numbers, XPath and the enclosing object of findings. */
static const char mini_xsd[] =
	"<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" XDF3 "'"
	" xmlns:x='" XDF3 "' elementFormDefault='qualified'>\n"
	" <xs:element name='xdatenfelder.datenfeld.0104'><xs:complexType><xs:sequence>\n"
	"  <xs:element name='datenfeld' type='x:F'/>\n"
	" </xs:sequence></xs:complexType></xs:element>\n"
	" <xs:complexType name='F'><xs:sequence>\n"
	"  <xs:element name='identifikation'><xs:complexType><xs:sequence>\n"
	"   <xs:element name='id' type='xs:string'/><xs:element name='version' type='xs:string'/>\n"
	"  </xs:sequence></xs:complexType></xs:element>\n"
	"  <xs:element name='name' type='xs:string'/>\n"
	"  <xs:element name='datentyp'><xs:simpleType><xs:restriction base='xs:token'>\n"
	"   <xs:enumeration value='text'/><xs:enumeration value='date'/>\n"
	"  </xs:restriction></xs:simpleType></xs:element>\n"
	" </xs:sequence></xs:complexType>\n"
	"</xs:schema>\n";

static const char good_doc[] =
	"<x:xdatenfelder.datenfeld.0104 xmlns:x='" XDF3 "'>\n"
	" <x:datenfeld>\n"
	"  <x:identifikation><x:id>F12000000009</x:id><x:version>1.0.0</x:version></x:identifikation>\n"
	"  <x:name>Geburtsdatum</x:name>\n"
	"  <x:datentyp>date</x:datentyp>\n"
	" </x:datenfeld>\n"
	"</x:xdatenfelder.datenfeld.0104>\n";

static const char bad_doc[] =
	"<x:xdatenfelder.datenfeld.0104 xmlns:x='" XDF3 "'>\n"
	" <x:datenfeld>\n"
	"  <x:identifikation><x:id>F12000000009</x:id><x:version>1.0.0</x:version></x:identifikation>\n"
	"  <x:name>Geburtsdatum</x:name>\n"
	"  <x:datentyp>string</x:datentyp>\n"
	" </x:datenfeld>\n"
	"</x:xdatenfelder.datenfeld.0104>\n";

static struct fk_schema_set *open_set(const char *dir)
{
	struct fk_schema_set *set = NULL;
	char *error = NULL;

	ck_assert_msg(fk_schema_set_open(dir, &set, &error) == 0, "open: %s", error);
	ck_assert_ptr_null(error);
	return set;
}

/* A set made of one schema file in a fresh directory (*dir: remove with
   t_rmtree, then free). */
static struct fk_schema_set *set_of(const char *file, const char *xsd, char **dir)
{
	*dir = t_tmpdir();
	t_write(*dir, file, xsd, strlen(xsd));
	return open_set(*dir);
}

static void done(struct fk_schema_set *set, char *dir, struct fk_diag_list *diags)
{
	fk_diag_list_release(diags);
	fk_schema_set_free(set);
	t_rmtree(dir);
	free(dir);
}

static enum fk_schema_status validate_string(struct fk_schema_set *set, const char *xml,
					     struct fk_diag_list *diags,
					     enum fk_schema_verdict *verdict, char **error)
{
	struct fk_doc *doc;
	enum fk_schema_status st;

	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, diags), FK_LOAD_OK);
	st = fk_schema_validate(set, doc, diags, verdict, error);
	fk_doc_free(doc);
	return st;
}

START_TEST(valid_and_invalid_documents)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	enum fk_schema_verdict verdict;
	char *dir, *error = NULL;
	struct fk_schema_set *set = set_of("mini.xsd", mini_xsd, &dir);

	ck_assert(fk_schema_set_covers(set, XDF3));
	ck_assert(!fk_schema_set_covers(set, "urn:other"));

	ck_assert_int_eq(validate_string(set, good_doc, &diags, &verdict, &error), FK_SCHEMA_DONE);
	ck_assert_int_eq(verdict, FK_SCHEMA_VALID);
	ck_assert_uint_eq(diags.count, 0);

	ck_assert_int_eq(validate_string(set, bad_doc, &diags, &verdict, &error), FK_SCHEMA_DONE);
	ck_assert_int_eq(verdict, FK_SCHEMA_INVALID);
	ck_assert_uint_eq(diags.count, 1); /* the facet error, not its echo */
	ck_assert_str_eq(diags.items[0].rule, "xsd");
	ck_assert_int_eq(diags.items[0].severity, FK_SEV_CRITICAL);
	ck_assert_int_eq(diags.items[0].line, 5);
	ck_assert_str_eq(diags.items[0].message,
			 "element 'datentyp': value 'string' is not allowed; expected one of: 'text', 'date'");
	ck_assert_str_eq(diags.items[0].object_id, "F12000000009");
	ck_assert_str_eq(diags.items[0].object_version, "1.0.0");
	ck_assert_str_eq(diags.items[0].xpath, "/xdatenfelder.datenfeld.0104/datenfeld/datentyp");
	done(set, dir, &diags);
}
END_TEST

START_TEST(undeclared_root_is_invalid_not_unsupported)
{
	const char *doc = "<x:xdatenfelder.codeliste.0105 xmlns:x='" XDF3 "'/>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	enum fk_schema_verdict verdict;
	char *dir, *error = NULL;
	struct fk_schema_set *set = set_of("mini.xsd", mini_xsd, &dir);

	ck_assert_int_eq(validate_string(set, doc, &diags, &verdict, &error), FK_SCHEMA_DONE);
	ck_assert_int_eq(verdict, FK_SCHEMA_INVALID);
	ck_assert(t_contains(diags.items[0].message, "not a root element the schema declares"));
	done(set, dir, &diags);
}
END_TEST

START_TEST(bad_schema_directories)
{
	struct fk_schema_set *set = NULL;
	char *dir = t_tmpdir(), *missing = fk_xasprintf("%s/none", dir), *error = NULL;

	ck_assert_int_eq(fk_schema_set_open(missing, &set, &error), -1);
	ck_assert_ptr_null(set);
	ck_assert(t_contains(error, missing));
	ck_assert(t_contains(error, "no such file or directory"));
	free(error);
	ck_assert_int_eq(fk_schema_set_open(dir, &set, &error), -1);
	ck_assert(t_contains(error, "contains no XSD files"));
	free(error);
	t_write(dir, "broken.xsd", "<xs:schema", 10);
	ck_assert_int_eq(fk_schema_set_open(dir, &set, &error), -1);
	ck_assert(t_contains(error, "broken.xsd"));
	ck_assert(t_contains(error, "not well-formed"));
	free(error);
	t_rmtree(dir);
	free(missing);
	free(dir);
}
END_TEST

START_TEST(schema_that_does_not_compile)
{
	static const char bad_xsd[] =
		"<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" XDF3 "'>\n"
		" <xs:element name='xdatenfelder.datenfeld.0104' type='xs:noSuchType'/>\n"
		"</xs:schema>\n";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	enum fk_schema_verdict verdict;
	char *dir, *error = NULL;
	struct fk_schema_set *set = set_of("bad.xsd", bad_xsd, &dir);

	ck_assert_int_eq(validate_string(set, good_doc, &diags, &verdict, &error), FK_SCHEMA_FAILED);
	ck_assert(t_contains(error, "bad.xsd' does not compile"));
	ck_assert(t_contains(error, "noSuchType"));
	free(error);
	/* the failure is remembered, not recompiled */
	ck_assert_int_eq(validate_string(set, good_doc, &diags, &verdict, &error), FK_SCHEMA_FAILED);
	free(error);
	done(set, dir, &diags);
}
END_TEST

START_TEST(imports_are_never_fetched)
{
	static const char net_xsd[] =
		"<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" XDF3 "'>\n"
		" <xs:import namespace='urn:remote' schemaLocation='http://127.0.0.1:9/remote.xsd'/>\n"
		" <xs:element name='xdatenfelder.datenfeld.0104' xmlns:r='urn:remote' type='r:T'/>\n"
		"</xs:schema>\n";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	enum fk_schema_verdict verdict;
	char *dir, *error = NULL;
	struct fk_schema_set *set = set_of("net.xsd", net_xsd, &dir);

	ck_assert_int_eq(validate_string(set, good_doc, &diags, &verdict, &error), FK_SCHEMA_FAILED);
	ck_assert(t_contains(error, "does not compile"));
	free(error);
	done(set, dir, &diags);
}
END_TEST

struct message_case {
	const char *in;
	const char *out;
};

static const struct message_case messages[] = {
	{ "Element '{urn:a}beschreibung': This element is not expected. Expected is ( {urn:a}name ).\n",
	  "unexpected element 'beschreibung'; expected name" },
	{ "Element '{urn:a}x': This element is not expected. Expected is one of ( {urn:a}a, {urn:a}b ).\n",
	  "unexpected element 'x'; expected one of: a, b" },
	{ "Element '{urn:a}x': This element is not expected.\n",
	  "unexpected element 'x'" },
	{ "Element '{urn:a}struktur': Missing child element(s). Expected is ( {urn:a}enthaelt ).\n",
	  "element 'struktur' is incomplete: missing enthaelt" },
	{ "Element 'code': [facet 'enumeration'] The value '9' is not an element of the set {'1', '2'}.\n",
	  "element 'code': value '9' is not allowed; expected one of: '1', '2'" },
	{ "Element '{urn:a}anzahl': [facet 'pattern'] The value '0..1' is not accepted by the pattern '\\d+:(\\d+|\\*)'.\n",
	  "element 'anzahl': value '0..1' does not match the pattern '\\d+:(\\d+|\\*)'" },
	{ "Element '{urn:a}x', attribute 'y': The attribute 'y' is not allowed.\n",
	  "attribute 'y' of element 'x': the attribute 'y' is not allowed" },
	{ "Element '{urn:a}r': No matching global declaration available for the validation root.\n",
	  "element 'r' is not a root element the schema declares" },
	{ "Element '{urn:a}d': '' is not a valid value of the atomic type 'xs:date'.\n",
	  "element 'd': '' is not a valid value of the atomic type 'xs:date'" },
	{ "Element '{urn:g}Identification': This element is not expected. Expected is one of ( Annotation, Identification ).\n",
	  "unexpected element '{urn:g}Identification'; expected one of: Annotation, Identification" },
	{ "Failed to locate the main schema resource at 'x.xsd'.\n",
	  "failed to locate the main schema resource at 'x.xsd'" },
};

START_TEST(messages_are_rewritten)
{
	char *got = fk_schema_message(messages[_i].in);

	ck_assert_str_eq(got, messages[_i].out);
	free(got);
}
END_TEST

START_TEST(long_patterns_name_the_character)
{
	struct fk_buf in = FK_BUF_INIT;
	char *got;

	fk_buf_adds(&in, "Element '{urn:a}name': [facet 'pattern'] The value 'Hund \xf0\x9f\x90\x95' "
			 "is not accepted by the pattern '[");
	for (char c = 'a'; c <= 'z'; c++)
		fk_buf_addc(&in, c);
	for (char c = 'A'; c <= 'Z'; c++)
		fk_buf_addc(&in, c);
	fk_buf_adds(&in, " \\-\xc3\xa4\xc3\xb6\xc3\xbc]*'.\n");
	got = fk_schema_message(in.data);
	ck_assert_str_eq(got, "element 'name': value 'Hund \xf0\x9f\x90\x95' contains a character "
			      "outside the permitted character set (U+1F415; String.Latin, DIN 91379)");
	free(got);
	fk_buf_release(&in);
}
END_TEST

Suite *schema_suite(void)
{
	Suite *s = suite_create("schema");
	TCase *tc = tcase_create("validation");
	TCase *msg = tcase_create("messages");

	tcase_add_test(tc, valid_and_invalid_documents);
	tcase_add_test(tc, undeclared_root_is_invalid_not_unsupported);
	tcase_add_test(tc, bad_schema_directories);
	tcase_add_test(tc, schema_that_does_not_compile);
	tcase_add_test(tc, imports_are_never_fetched);
	tcase_add_loop_test(msg, messages_are_rewritten, 0, sizeof(messages) / sizeof(messages[0]));
	tcase_add_test(msg, long_patterns_name_the_character);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, msg);
	return s;
}
