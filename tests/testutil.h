/* testutil.h - helpers shared by the Check suites. */
#ifndef FIMKIT_TESTUTIL_H
#define FIMKIT_TESTUTIL_H

#include <stddef.h>

#include "fimkit/load.h"

/* Absolute path of a file in tests/fixtures (caller frees). */
char *t_fixture(const char *name);
/* Absolute path below the source tree (caller frees). */
char *t_srcpath(const char *rel);

/* Runs fimkit_main in-process; *out and *err receive what it printed
   (caller frees).  args is NULL-terminated and excludes "fimkit". */
int t_run(const char *const *args, char **out, char **err);

/* Loads a document from a string. */
enum fk_load_status t_load(const char *xml, size_t len, struct fk_doc **doc,
			   struct fk_diag_list *diags);

/* A fresh temporary directory (caller frees the name; t_rmtree removes it). */
char *t_tmpdir(void);
void t_write(const char *dir, const char *name, const void *data, size_t len);
void t_rmtree(const char *dir);

/* Does haystack contain needle? (NULL-safe) */
int t_contains(const char *haystack, const char *needle);

#endif
