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
	char *tmp;      /* NULL when writing straight to a device or pipe */
	FILE *fp;
};

/*
 * Opens a temporary file for target; returns 0, or -1 with errno set.  A
 * target that exists and is not a regular file (/dev/null, a pipe, a
 * terminal) is written directly: renaming over it would replace the device.
 */
int fk_atomic_open(struct fk_atomic_file *af, const char *target);
/* Flushes, syncs, closes and renames; returns 0, or -1 with errno set
   (the temporary file is removed on failure). */
int fk_atomic_commit(struct fk_atomic_file *af);
/* Closes and removes the temporary file. */
void fk_atomic_abort(struct fk_atomic_file *af);

/*
 * May fimkit write to target?  Never when it is one of the inputs (the same
 * file, whatever the path); an existing regular file only when force is set
 * or it holds fimkit's own earlier output (its first 4 KiB name fimkit, it
 * starts with fimkit's CSV header row, or it ends in the closing line of a
 * text report).
 * Returns 0, or -1 with *why set (caller frees).
 */
int fk_output_allowed(const char *target, const char *const *inputs, size_t ninputs,
		      int force, char **why);

#endif
