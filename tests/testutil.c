/* testutil.c - helpers shared by the Check suites. */
#include <config.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "fimkit/buf.h"
#include "fimkit/cli.h"
#include "testutil.h"

static const char *srcdir(void)
{
	const char *s = getenv("top_srcdir");

	return s && *s ? s : FK_ABS_SRCDIR;
}

char *t_srcpath(const char *rel)
{
	return fk_xasprintf("%s/%s", srcdir(), rel);
}

char *t_fixture(const char *name)
{
	return fk_xasprintf("%s/tests/fixtures/%s", srcdir(), name);
}

int t_run(const char *const *args, char **out, char **err)
{
	char *argv[64];
	size_t outlen, errlen;
	FILE *fo, *fe;
	int argc = 0, rc;

	argv[argc++] = (char *)"fimkit";
	for (; *args && argc < 63; args++)
		argv[argc++] = (char *)*args;
	argv[argc] = NULL;
	*out = NULL;
	*err = NULL;
	fo = open_memstream(out, &outlen);
	fe = open_memstream(err, &errlen);
	ck_assert_ptr_nonnull(fo);
	ck_assert_ptr_nonnull(fe);
	rc = fimkit_main(argc, argv, fo, fe);
	fclose(fo);
	fclose(fe);
	return rc;
}

enum fk_load_status t_load(const char *xml, size_t len, struct fk_doc **doc,
			   struct fk_diag_list *diags)
{
	struct fk_load_options opts = { 0 };

	return fk_doc_load_memory("test.xml", xml, len, &opts, doc, diags);
}

char *t_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *tmpl = fk_xasprintf("%s/fimkit-test-XXXXXX", base && *base ? base : "/tmp");

	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	return tmpl;
}

void t_write(const char *dir, const char *name, const void *data, size_t len)
{
	char *path = fk_xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "wb");

	ck_assert_msg(f != NULL, "cannot create %s", path);
	if (len)
		ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
	free(path);
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void t_rmtree(const char *dir)
{
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int t_contains(const char *haystack, const char *needle)
{
	return haystack && needle && strstr(haystack, needle) != NULL;
}
