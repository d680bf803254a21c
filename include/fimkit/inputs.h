/*
 * inputs.h - turning command-line paths into an ordered list of documents.
 *
 * Files are taken as given (any name); directories are searched recursively
 * for "*.xml" (case-insensitive), in byte order of names, skipping entries
 * that start with "." and never following symbolic links to directories.
 * "-" stands for standard input and may appear once.
 *
 * Ownership: the list owns its strings; fk_input_list_release frees them.
 */
#ifndef FIMKIT_INPUTS_H
#define FIMKIT_INPUTS_H

#include <stddef.h>

struct fk_input {
	char *path;   /* path to open, or "-" */
	char *error;  /* set when the path cannot be used; the run reports it and goes on */
	int found;    /* found in a directory search, not named on the command line */
};

struct fk_input_list {
	struct fk_input *items;
	size_t count;
	size_t cap;
};

#define FK_INPUT_LIST_INIT { NULL, 0, 0 }

/* Expands one argument and appends what it yields. */
void fk_inputs_add(struct fk_input_list *l, const char *arg);
void fk_input_list_release(struct fk_input_list *l);

#endif
