/*
 * baseline.c - the baseline file: one known finding kind per line,
 *
 *     fimkit-baseline 1
 *     <file> TAB <rule> TAB <object id or -> TAB <count>
 *
 * sorted, so that it diffs well in Git.  Tabs, newlines and backslashes in
 * fields are written as \t, \n and \\.
 */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/baseline.h"
#include "fimkit/buf.h"

#define HEADER "fimkit-baseline 1"

struct entry {
	char *key;      /* file \x1f rule \x1f object */
	size_t count;   /* how many findings it covers */
};

struct fk_baseline {
	struct entry *items;
	size_t n;
};

static char *make_key(const char *file, const char *rule, const char *object)
{
	/* "./a.xml" and "a.xml" are the same file */
	while (file[0] == '.' && file[1] == '/')
		file += 2;
	return fk_xasprintf("%s\x1f%s\x1f%s", file, rule, object && *object ? object : "-");
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->key, ((const struct entry *)b)->key);
}

static void unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*w++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else {
			*w++ = *s;
		}
	}
	*w = '\0';
}

struct fk_baseline *fk_baseline_load(const char *path, char **error)
{
	FILE *f = fopen(path, "r");
	struct fk_baseline *b;
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	ssize_t len;

	*error = NULL;
	if (!f) {
		*error = fk_xasprintf("cannot read baseline '%s': %s", path, fk_strerror(errno));
		return NULL;
	}
	b = fk_xcalloc(1, sizeof(*b));
	while ((len = getline(&line, &cap, f)) > 0) {
		char *fields[4];
		char *p = line;
		int nf = 0;
		long count;

		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (lineno == 1) {
			if (strcmp(line, HEADER)) {
				*error = fk_xasprintf("'%s' is not a fimkit baseline (first line must be '%s')",
						      path, HEADER);
				break;
			}
			continue;
		}
		if (!*line || *line == '#')
			continue;
		while (nf < 4) {
			fields[nf++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		count = nf == 4 ? strtol(fields[3], &p, 10) : 0;
		if (nf != 4 || *p || count < 1) {
			*error = fk_xasprintf("%s:%ld: expected file, rule, object and count separated by tabs",
					      path, lineno);
			break;
		}
		for (int i = 0; i < 3; i++)
			unescape(fields[i]);
		b->items = fk_xrealloc(b->items, (b->n + 1) * sizeof(*b->items));
		b->items[b->n].key = make_key(fields[0], fields[1], fields[2]);
		b->items[b->n++].count = (size_t)count;
	}
	free(line);
	fclose(f);
	if (*error) {
		fk_baseline_free(b);
		return NULL;
	}
	if (b->n)
		qsort(b->items, b->n, sizeof(*b->items), cmp_entry);
	return b;
}

void fk_baseline_free(struct fk_baseline *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++)
		free(b->items[i].key);
	free(b->items);
	free(b);
}

void fk_baseline_apply(const struct fk_baseline *b, struct fk_report *r)
{
	/* remaining allowance per entry, used up as findings match */
	size_t *left = fk_xcalloc(b->n ? b->n : 1, sizeof(*left));

	for (size_t i = 0; i < b->n; i++)
		left[i] = b->items[i].count;
	for (size_t i = 0; i < r->count; i++) {
		struct fk_diag_list *l = &r->files[i].diags;
		size_t keep = 0;

		for (size_t k = 0; k < l->count; k++) {
			struct fk_diag *d = &l->items[k];
			struct entry probe = { make_key(r->files[i].path, d->rule, d->object_id), 0 };
			struct entry *hit = b->n ? bsearch(&probe, b->items, b->n, sizeof(*b->items),
							   cmp_entry) : NULL;

			free(probe.key);
			if (hit && left[hit - b->items] > 0) {
				left[hit - b->items]--;
				r->baselined++;
				fk_diag_release(d);
				continue;
			}
			l->items[keep++] = *d;
		}
		l->count = keep;
	}
	free(left);
}

static void write_field(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\t')
			fputs("\\t", out);
		else if (*s == '\n')
			fputs("\\n", out);
		else if (*s == '\\')
			fputs("\\\\", out);
		else
			fputc(*s, out);
	}
}

int fk_baseline_write(const struct fk_report *r, FILE *out)
{
	struct entry *items = NULL;
	size_t n = 0;

	for (size_t i = 0; i < r->count; i++) {
		for (size_t k = 0; k < r->files[i].diags.count; k++) {
			const struct fk_diag *d = &r->files[i].diags.items[k];

			items = fk_xrealloc(items, (n + 1) * sizeof(*items));
			items[n].key = make_key(r->files[i].path, d->rule, d->object_id);
			items[n++].count = 1;
		}
	}
	if (n)
		qsort(items, n, sizeof(*items), cmp_entry);
	fputs(HEADER "\n", out);
	fputs("# file\trule\tobject\tcount - findings fimkit check leaves out with --baseline\n", out);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		char *key = items[i].key, *rule, *object;

		while (j < n && !strcmp(items[j].key, key))
			j++;
		rule = strchr(key, '\x1f');
		*rule++ = '\0';
		object = strchr(rule, '\x1f');
		*object++ = '\0';
		write_field(out, key);
		fputc('\t', out);
		write_field(out, rule);
		fputc('\t', out);
		write_field(out, object);
		fprintf(out, "\t%zu\n", j - i);
		i = j;
	}
	for (size_t i = 0; i < n; i++)
		free(items[i].key);
	free(items);
	return ferror(out) ? -1 : 0;
}
