/* strset.c - string set with open addressing. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/strset.h"

uint64_t fk_hash_string(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h;
}

static size_t find_slot(char **slots, size_t cap, const char *s)
{
	size_t i = (size_t)fk_hash_string(s) & (cap - 1);

	while (slots[i] && strcmp(slots[i], s))
		i = (i + 1) & (cap - 1);
	return i;
}

static void rehash(struct fk_strset *set, size_t cap)
{
	char **slots = fk_xcalloc(cap, sizeof(*slots));

	for (size_t i = 0; i < set->cap; i++)
		if (set->slots[i])
			slots[find_slot(slots, cap, set->slots[i])] = set->slots[i];
	free(set->slots);
	set->slots = slots;
	set->cap = cap;
}

int fk_strset_add(struct fk_strset *set, const char *s)
{
	size_t i;

	if ((set->count + 1) * 4 >= set->cap * 3)
		rehash(set, set->cap ? set->cap * 2 : 16);
	i = find_slot(set->slots, set->cap, s);
	if (set->slots[i])
		return 0;
	set->slots[i] = fk_xstrdup(s);
	set->count++;
	return 1;
}

int fk_strset_contains(const struct fk_strset *set, const char *s)
{
	if (!set->cap)
		return 0;
	return set->slots[find_slot(set->slots, set->cap, s)] != NULL;
}

void fk_strset_release(struct fk_strset *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->slots[i]);
	free(set->slots);
	set->slots = NULL;
	set->cap = 0;
	set->count = 0;
}
