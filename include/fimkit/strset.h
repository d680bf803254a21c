/*
 * strset.h - a set of strings (open addressing, FNV-1a).
 *
 * The set owns copies of the strings added to it.
 */
#ifndef FIMKIT_STRSET_H
#define FIMKIT_STRSET_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a of a string: stable across runs and machines. */
uint64_t fk_hash_string(const char *s);

struct fk_strset {
	char **slots;
	size_t cap;    /* power of two, or 0 */
	size_t count;
};

#define FK_STRSET_INIT { NULL, 0, 0 }

/* Adds s; returns 1 if it was new, 0 if already present. */
int fk_strset_add(struct fk_strset *set, const char *s);
int fk_strset_contains(const struct fk_strset *set, const char *s);
void fk_strset_release(struct fk_strset *set);

#endif
