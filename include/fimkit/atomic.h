/*
 * atomic.h - writing an output file so that readers only ever see the old
 * or the complete new content: a temporary file beside the target, flushed
 * and synced, then renamed over it.
 */
#ifndef FIMKIT_ATOMIC_H
#define FIMKIT_ATOMIC_H

#include <stdio.h>

struct fk_atomic_file {
	char *target;
	char *tmp;
	FILE *fp;
};

/* Opens a temporary file for target; returns 0, or -1 with errno set. */
int fk_atomic_open(struct fk_atomic_file *af, const char *target);
/* Flushes, syncs, closes and renames; returns 0, or -1 with errno set
   (the temporary file is removed on failure). */
int fk_atomic_commit(struct fk_atomic_file *af);
/* Closes and removes the temporary file. */
void fk_atomic_abort(struct fk_atomic_file *af);

#endif
