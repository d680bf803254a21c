/*
 * genericode.h - reading genericode 1.0 code lists as tables.
 *
 * Used for code lists that rules look codes up in (--codelists) and for the
 * QS message catalogue (--catalog).  Files are loaded with the safe loader.
 * Child elements are accepted unqualified (as the standard wants) and, for
 * the lists FIM exporters write, in the genericode namespace.
 *
 * Ownership: fk_gc_table_free releases a table and all its strings.
 */
#ifndef FIMKIT_GENERICODE_H
#define FIMKIT_GENERICODE_H

#include <stddef.h>

struct fk_gc_table {
	char *canonical;       /* Identification/CanonicalUri */
	char *version;         /* Identification/Version */
	char *canonical_version; /* Identification/CanonicalVersionUri */
	char *short_name;
	char **columns;        /* Column/@Id, in order */
	size_t ncolumns;
	char *key_column;      /* column of the first Key, or NULL */
	char **cells;          /* nrows * ncolumns values, NULL where absent */
	size_t nrows;
};

/* Loads path; returns NULL with *error set when it is not a readable
   genericode CodeList. */
struct fk_gc_table *fk_gc_load(const char *path, char **error);
void fk_gc_table_free(struct fk_gc_table *t);
/* Index of column id, or -1. */
int fk_gc_column(const struct fk_gc_table *t, const char *id);
/* Cell value (NULL when absent). */
const char *fk_gc_cell(const struct fk_gc_table *t, size_t row, int column);

#endif
