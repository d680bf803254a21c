/*
 * check_load.c - safe loading: encodings, malformed input and hostile
 * documents (entity tricks, depth, size).
 */
#include <config.h>

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "fimkit/buf.h"
#include "fimkit/load.h"
#include "suites.h"
#include "testutil.h"

/* Loads xml and returns the status; *diags is filled, doc freed. */
static enum fk_load_status load_status(const char *xml, size_t len,
				       struct fk_diag_list *diags, char **error)
{
	struct fk_doc *doc = NULL;
	enum fk_load_status st = t_load(xml, len, &doc, diags);

	ck_assert_ptr_nonnull(doc);
	if (error)
		*error = fk_xstrdup(doc->error);
	if (st == FK_LOAD_OK)
		ck_assert_ptr_nonnull(doc->xml);
	else
		ck_assert_ptr_null(doc->xml);
	fk_doc_free(doc);
	return st;
}

static int any_diag_contains(const struct fk_diag_list *l, const char *needle)
{
	for (size_t i = 0; i < l->count; i++)
		if (t_contains(l->items[i].message, needle))
			return 1;
	return 0;
}

START_TEST(well_formed_document_loads)
{
	const char *xml = "<?xml version=\"1.0\"?>\n<a xmlns=\"urn:x\">\n  <b>t</b>\n</a>\n";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc;

	ck_assert_int_eq(t_load(xml, strlen(xml), &doc, &diags), FK_LOAD_OK);
	ck_assert_uint_eq(diags.count, 0);
	ck_assert_str_eq(doc->path, "test.xml");
	ck_assert_int_eq(xmlGetLineNo(xmlDocGetRootElement(doc->xml)->children->next), 3);
	fk_doc_free(doc);
	fk_doc_free(NULL);
}
END_TEST

START_TEST(empty_and_blank_files)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status("", 0, &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert_str_eq(diags.items[0].message, "file is empty");
	ck_assert_str_eq(diags.items[0].rule, "xml");
	ck_assert_int_eq(diags.items[0].severity, FK_SEV_CRITICAL);
	ck_assert_int_eq(load_status(" \n\t\n", 4, &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert_str_eq(diags.items[1].message, "file contains only white space");
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(binary_file)
{
	static const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(bin, sizeof(bin) - 1, &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert_uint_eq(diags.count, 1);
	ck_assert(t_contains(diags.items[0].message, "binary"));
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(truncated_document_reports_position)
{
	const char *xml = "<a>\n  <b>\n    text";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(xml, strlen(xml), &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert_uint_ge(diags.count, 1);
	ck_assert_int_eq(diags.items[0].line, 3);
	ck_assert_str_eq(diags.items[0].file, "test.xml");
	ck_assert(t_contains(diags.items[0].message, "Premature end of data"));
	/* no trailing newline or period from libxml2 */
	ck_assert_int_ne(diags.items[0].message[strlen(diags.items[0].message) - 1], '\n');
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(undeclared_namespace_prefix_is_malformed)
{
	const char *xml = "<p:a/>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(xml, strlen(xml), &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert(any_diag_contains(&diags, "prefix p"));
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(big_line_numbers_are_kept)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_buf b = FK_BUF_INIT;

	fk_buf_adds(&b, "<a>");
	for (int i = 0; i < 70000; i++)
		fk_buf_addc(&b, '\n');
	fk_buf_adds(&b, "<b></a>");
	ck_assert_int_eq(load_status(b.data, b.len, &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert_int_eq(diags.items[0].line, 70001);
	fk_diag_list_release(&diags);
	fk_buf_release(&b);
}
END_TEST

/* ---- encodings ---- */

static void to_utf16(const char *ascii, int big_endian, int bom, struct fk_buf *out)
{
	if (bom)
		fk_buf_add(out, big_endian ? "\xfe\xff" : "\xff\xfe", 2);
	for (const char *p = ascii; *p; p++) {
		char pair[2] = { big_endian ? 0 : *p, big_endian ? *p : 0 };

		fk_buf_add(out, pair, 2);
	}
}

START_TEST(utf16_variants_load)
{
	const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a xmlns=\"urn:x\">t</a>";
	const char *plain = "<a xmlns=\"urn:x\">t</a>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	for (int be = 0; be <= 1; be++) {
		for (int bom = 0; bom <= 1; bom++) {
			struct fk_buf b = FK_BUF_INIT;
			struct fk_doc *doc;

			to_utf16(bom ? xml : plain, be, bom, &b);
			ck_assert_msg(t_load(b.data, b.len, &doc, &diags) == FK_LOAD_OK,
				      "UTF-16%s %s BOM", be ? "BE" : "LE", bom ? "with" : "without");
			ck_assert_str_eq(doc->det.root_name, "a");
			fk_doc_free(doc);
			fk_buf_release(&b);
		}
	}
	ck_assert_uint_eq(diags.count, 0);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(utf8_bom_and_latin1_load)
{
	const char *bom = "\xef\xbb\xbf<a>\xc3\xa4</a>";
	const char *latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe4</a>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc;
	xmlChar *content;

	ck_assert_int_eq(t_load(bom, strlen(bom), &doc, &diags), FK_LOAD_OK);
	fk_doc_free(doc);
	ck_assert_int_eq(t_load(latin1, strlen(latin1), &doc, &diags), FK_LOAD_OK);
	content = xmlNodeGetContent(xmlDocGetRootElement(doc->xml));
	ck_assert_str_eq((const char *)content, "\xc3\xa4"); /* converted to UTF-8 */
	xmlFree(content);
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(wrong_encoding_declarations)
{
	const char *utf16_label = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>";
	const char *unknown = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><a/>";
	const char *bad_utf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\xe4" "b</a>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(utf16_label, strlen(utf16_label), &diags, NULL),
			 FK_LOAD_MALFORMED);
	ck_assert(any_diag_contains(&diags, "UTF-16"));
	fk_diag_list_release(&diags);
	ck_assert_int_eq(load_status(unknown, strlen(unknown), &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert(any_diag_contains(&diags, "x-no-such-charset"));
	fk_diag_list_release(&diags);
	ck_assert_int_eq(load_status(bad_utf8, strlen(bad_utf8), &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert(any_diag_contains(&diags, "UTF-8"));
	fk_diag_list_release(&diags);
}
END_TEST

/* ---- hostile documents ---- */

START_TEST(external_entity_is_refused)
{
	const char *xml =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE a [\n"
		"  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n"
		"]>\n"
		"<a>&secret;</a>\n";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(xml, strlen(xml), &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert_uint_eq(diags.count, 1);
	ck_assert(t_contains(diags.items[0].message, "entity declaration 'secret' (external) refused"));
	ck_assert_int_eq(diags.items[0].line, 3);
	ck_assert(!any_diag_contains(&diags, "root:"));
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(parameter_entity_from_url_is_refused)
{
	const char *xml =
		"<!DOCTYPE a [\n"
		"  <!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
		"  %remote;\n"
		"]>\n"
		"<a/>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(xml, strlen(xml), &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert(t_contains(diags.items[0].message, "'%remote'"));
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(billion_laughs_is_refused_quickly)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_buf b = FK_BUF_INIT;
	time_t start = time(NULL);

	fk_buf_adds(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 \"lol\">\n");
	for (int i = 1; i <= 9; i++) {
		fk_buf_addf(&b, " <!ENTITY lol%d \"", i);
		for (int k = 0; k < 10; k++)
			fk_buf_addf(&b, "&lol%d;", i - 1);
		fk_buf_adds(&b, "\">\n");
	}
	fk_buf_adds(&b, "]>\n<lolz>&lol9;</lolz>\n");
	ck_assert_int_eq(load_status(b.data, b.len, &diags, NULL), FK_LOAD_MALFORMED);
	ck_assert(t_contains(diags.items[0].message, "refused"));
	ck_assert_int_le(time(NULL) - start, 5);
	fk_diag_list_release(&diags);
	fk_buf_release(&b);
}
END_TEST

START_TEST(external_dtd_is_not_loaded)
{
	/* A DOCTYPE naming an external DTD is harmless as long as nothing loads it. */
	const char *xml = "<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/a.dtd\"><a/>";
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;

	ck_assert_int_eq(load_status(xml, strlen(xml), &diags, NULL), FK_LOAD_OK);
	ck_assert_uint_eq(diags.count, 0);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(deep_nesting_hits_limit)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_buf b = FK_BUF_INIT;
	char *error = NULL;

	for (int i = 0; i < 10000; i++)
		fk_buf_adds(&b, "<a>");
	for (int i = 0; i < 10000; i++)
		fk_buf_adds(&b, "</a>");
	ck_assert_int_eq(load_status(b.data, b.len, &diags, &error), FK_LOAD_LIMIT);
	ck_assert(t_contains(error, "nested deeper than 256 levels"));
	free(error);
	fk_buf_release(&b);

	/* 200 levels are fine */
	for (int i = 0; i < 200; i++)
		fk_buf_adds(&b, "<a>");
	for (int i = 0; i < 200; i++)
		fk_buf_adds(&b, "</a>");
	ck_assert_int_eq(load_status(b.data, b.len, &diags, NULL), FK_LOAD_OK);
	fk_buf_release(&b);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(size_limit_in_memory)
{
	struct fk_load_options opts = { .max_file_size = 10 };
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc;

	ck_assert_int_eq(fk_doc_load_memory("m.xml", "<a>0123456789</a>", 17, &opts, &doc, &diags),
			 FK_LOAD_LIMIT);
	ck_assert(t_contains(doc->error, "limit of 10 bytes"));
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(huge_sparse_file_is_refused_without_reading)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	char *dir = t_tmpdir();
	char *path = fk_xasprintf("%s/huge.xml", dir);
	struct fk_doc *doc;
	int fd = open(path, O_CREAT | O_WRONLY, 0600);
	time_t start = time(NULL);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)2 * 1024 * 1024 * 1024 + 1), 0);
	close(fd);
	ck_assert_int_eq(fk_doc_load(path, NULL, &doc, &diags), FK_LOAD_LIMIT);
	ck_assert(t_contains(doc->error, "2147483649 bytes"));
	ck_assert(t_contains(doc->error, "--max-file-size"));
	ck_assert_int_le(time(NULL) - start, 2);
	fk_doc_free(doc);
	t_rmtree(dir);
	free(path);
	free(dir);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(unreadable_inputs)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	char *dir = t_tmpdir();
	char *missing = fk_xasprintf("%s/missing.xml", dir);
	struct fk_doc *doc;

	ck_assert_int_eq(fk_doc_load(missing, NULL, &doc, &diags), FK_LOAD_IO_ERROR);
	ck_assert_str_eq(doc->error, "no such file or directory");
	ck_assert_str_eq(doc->path, missing);
	fk_doc_free(doc);
	ck_assert_int_eq(fk_doc_load(dir, NULL, &doc, &diags), FK_LOAD_IO_ERROR);
	ck_assert_str_eq(doc->error, "is a directory");
	fk_doc_free(doc);
	ck_assert_uint_eq(diags.count, 0);
	t_rmtree(dir);
	free(missing);
	free(dir);
}
END_TEST

START_TEST(load_from_file_matches_memory)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	char *path = t_fixture("xdf3-schema.xml");
	struct fk_doc *doc;

	ck_assert_int_eq(fk_doc_load(path, NULL, &doc, &diags), FK_LOAD_OK);
	ck_assert_int_eq(doc->det.standard, FK_STD_XDF3);
	ck_assert_uint_gt(doc->size, 1000);
	fk_doc_free(doc);
	free(path);
	fk_diag_list_release(&diags);
}
END_TEST

START_TEST(strerror_covers_all)
{
	for (int st = FK_LOAD_OK; st <= FK_LOAD_LIMIT; st++)
		ck_assert(strcmp(fk_load_strerror((enum fk_load_status)st), "unknown load status"));
}
END_TEST

Suite *load_suite(void)
{
	Suite *s = suite_create("load");
	TCase *basic = tcase_create("basic");
	TCase *enc = tcase_create("encodings");
	TCase *hostile = tcase_create("hostile");

	tcase_add_test(basic, well_formed_document_loads);
	tcase_add_test(basic, empty_and_blank_files);
	tcase_add_test(basic, binary_file);
	tcase_add_test(basic, truncated_document_reports_position);
	tcase_add_test(basic, undeclared_namespace_prefix_is_malformed);
	tcase_add_test(basic, big_line_numbers_are_kept);
	tcase_add_test(basic, unreadable_inputs);
	tcase_add_test(basic, load_from_file_matches_memory);
	tcase_add_test(basic, strerror_covers_all);
	tcase_add_test(enc, utf16_variants_load);
	tcase_add_test(enc, utf8_bom_and_latin1_load);
	tcase_add_test(enc, wrong_encoding_declarations);
	tcase_add_test(hostile, external_entity_is_refused);
	tcase_add_test(hostile, parameter_entity_from_url_is_refused);
	tcase_add_test(hostile, billion_laughs_is_refused_quickly);
	tcase_add_test(hostile, external_dtd_is_not_loaded);
	tcase_add_test(hostile, deep_nesting_hits_limit);
	tcase_add_test(hostile, size_limit_in_memory);
	tcase_add_test(hostile, huge_sparse_file_is_refused_without_reading);
	suite_add_tcase(s, basic);
	suite_add_tcase(s, enc);
	suite_add_tcase(s, hostile);
	return s;
}
