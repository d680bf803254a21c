/* inputs.c - expanding command-line paths into documents. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "fimkit/buf.h"
#include "fimkit/inputs.h"

/* Directories deeper than this are not searched (and say so). */
#define MAX_DIR_DEPTH 64

static void push(struct fk_input_list *l, const char *path, char *error)
{
	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->items = fk_xrealloc(l->items, l->cap * sizeof(*l->items));
	}
	l->items[l->count].path = fk_xstrdup(path);
	l->items[l->count].error = error;
	l->items[l->count].found = 0;
	l->count++;
}

static int has_xml_suffix(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && !strcasecmp(name + n - 4, ".xml");
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	if (n > 0 && dir[n - 1] == '/')
		return fk_xasprintf("%s%s", dir, name);
	return fk_xasprintf("%s/%s", dir, name);
}

/* Appends the XML files below dir; returns how many were found. */
static size_t walk_dir(struct fk_input_list *l, const char *dir, int depth)
{
	char **names = NULL;
	size_t nnames = 0, cap = 0, found = 0;
	struct dirent *de;
	DIR *d;

	if (depth > MAX_DIR_DEPTH) {
		push(l, dir, fk_xasprintf("directories nested deeper than %d levels are not searched",
					  MAX_DIR_DEPTH));
		return 0;
	}
	d = opendir(dir);
	if (!d) {
		push(l, dir, fk_xasprintf("cannot open directory: %s", fk_strerror(errno)));
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue; /* ".", "..", and hidden entries such as .git */
		if (nnames == cap) {
			cap = cap ? cap * 2 : 32;
			names = fk_xrealloc(names, cap * sizeof(*names));
		}
		names[nnames++] = fk_xstrdup(de->d_name);
	}
	closedir(d);
	if (nnames)
		qsort(names, nnames, sizeof(*names), cmp_names);

	for (size_t i = 0; i < nnames; i++) {
		char *path = join(dir, names[i]);
		struct stat st;

		if (lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				found += walk_dir(l, path, depth + 1);
			} else if (has_xml_suffix(names[i])) {
				/* Symbolic links are followed only to files, so a
				   link cycle can never make the walk loop. */
				if (S_ISLNK(st.st_mode) && (stat(path, &st) != 0 || S_ISDIR(st.st_mode))) {
					free(path);
					free(names[i]);
					continue;
				}
				push(l, path, NULL);
				l->items[l->count - 1].found = 1;
				found++;
			}
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return found;
}

void fk_inputs_add(struct fk_input_list *l, const char *arg)
{
	struct stat st;

	if (!strcmp(arg, "-")) {
		for (size_t i = 0; i < l->count; i++) {
			if (!strcmp(l->items[i].path, "-")) {
				push(l, arg, fk_xstrdup("standard input given more than once"));
				return;
			}
		}
		push(l, arg, NULL);
		return;
	}
	if (stat(arg, &st) != 0) {
		push(l, arg, fk_xstrdup(fk_strerror(errno)));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		size_t before = l->count;

		if (walk_dir(l, arg, 0) == 0 && l->count == before)
			push(l, arg, fk_xstrdup("directory contains no *.xml files"));
		return;
	}
	push(l, arg, NULL);
}

void fk_input_list_release(struct fk_input_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].path);
		free(l->items[i].error);
	}
	free(l->items);
	l->items = NULL;
	l->count = 0;
	l->cap = 0;
}
