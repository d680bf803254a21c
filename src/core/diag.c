/* diag.c - the diagnostics model. */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fimkit/buf.h"
#include "fimkit/diag.h"

static const char *const severity_names[FK_SEV_COUNT] = {
	[FK_SEV_INFO] = "info",
	[FK_SEV_WARNING] = "warning",
	[FK_SEV_METHOD] = "method",
	[FK_SEV_CRITICAL] = "critical",
};

/* The FIM Portal's names for the same levels. */
static const char *const severity_fim_names[FK_SEV_COUNT] = {
	[FK_SEV_INFO] = "Hinweis",
	[FK_SEV_WARNING] = "Warnung",
	[FK_SEV_METHOD] = "FehlerMethodisch",
	[FK_SEV_CRITICAL] = "FehlerKritisch",
};

const char *fk_severity_name(enum fk_severity sev)
{
	if ((unsigned)sev >= FK_SEV_COUNT)
		return "unknown";
	return severity_names[sev];
}

int fk_severity_parse(const char *name, enum fk_severity *out)
{
	for (int i = 0; i < FK_SEV_COUNT; i++) {
		if (!strcasecmp(name, severity_names[i]) ||
		    !strcasecmp(name, severity_fim_names[i])) {
			*out = (enum fk_severity)i;
			return 0;
		}
	}
	return -1;
}

void fk_diag_list_init(struct fk_diag_list *l)
{
	l->items = NULL;
	l->count = 0;
	l->cap = 0;
}

void fk_diag_release(struct fk_diag *d)
{
	free(d->file);
	free(d->rule);
	free(d->object_id);
	free(d->object_version);
	free(d->xpath);
	free(d->message);
}

void fk_diag_list_release(struct fk_diag_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		fk_diag_release(&l->items[i]);
	free(l->items);
	fk_diag_list_init(l);
}

/* Messages are one line: control characters become spaces, runs collapse. */
static char *one_line(const char *msg)
{
	struct fk_buf b = FK_BUF_INIT;
	int space = 0;

	for (const unsigned char *p = (const unsigned char *)msg; *p; p++) {
		if (*p < 0x20 || *p == ' ') {
			space = b.len > 0;
			continue;
		}
		if (space)
			fk_buf_addc(&b, ' ');
		space = 0;
		fk_buf_addc(&b, (char)*p);
	}
	return fk_buf_detach(&b);
}

struct fk_diag *fk_diag_add(struct fk_diag_list *l, const char *file,
			    long line, long column, enum fk_severity sev,
			    const char *rule, const char *message)
{
	struct fk_diag *d;

	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->items = fk_xrealloc(l->items, l->cap * sizeof(*l->items));
	}
	d = &l->items[l->count++];
	memset(d, 0, sizeof(*d));
	d->file = fk_xstrdup(file);
	d->line = line > 0 ? line : 0;
	d->column = column > 0 ? column : 0;
	d->severity = sev;
	d->rule = fk_xstrdup(rule);
	d->message = one_line(message ? message : "");
	return d;
}

struct fk_diag *fk_diag_addf(struct fk_diag_list *l, const char *file,
			     long line, long column, enum fk_severity sev,
			     const char *rule, const char *fmt, ...)
{
	struct fk_buf b = FK_BUF_INIT;
	struct fk_diag *d;
	va_list ap;

	va_start(ap, fmt);
	fk_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	d = fk_diag_add(l, file, line, column, sev, rule, fk_buf_str(&b));
	fk_buf_release(&b);
	return d;
}

void fk_diag_set_object(struct fk_diag *d, const char *id, const char *version)
{
	free(d->object_id);
	free(d->object_version);
	d->object_id = fk_xstrdup(id);
	d->object_version = fk_xstrdup(version);
}

void fk_diag_set_xpath(struct fk_diag *d, const char *xpath)
{
	free(d->xpath);
	d->xpath = fk_xstrdup(xpath);
}

static int diag_cmp(const struct fk_diag *a, const struct fk_diag *b)
{
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->column != b->column)
		return a->column < b->column ? -1 : 1;
	return strcmp(a->rule ? a->rule : "", b->rule ? b->rule : "");
}

/* Merge sort: stable, O(n log n) even for documents with thousands of errors. */
void fk_diag_list_sort(struct fk_diag_list *l)
{
	struct fk_diag *tmp;
	size_t n = l->count;

	if (n < 2)
		return;
	tmp = fk_xmalloc(n * sizeof(*tmp));
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;

			while (i < mid && j < hi)
				tmp[k++] = diag_cmp(&l->items[j], &l->items[i]) < 0
					   ? l->items[j++] : l->items[i++];
			while (i < mid)
				tmp[k++] = l->items[i++];
			while (j < hi)
				tmp[k++] = l->items[j++];
		}
		memcpy(l->items, tmp, n * sizeof(*tmp));
	}
	free(tmp);
}

void fk_diag_list_count(const struct fk_diag_list *l, size_t counts[FK_SEV_COUNT])
{
	for (size_t i = 0; i < l->count; i++)
		if ((unsigned)l->items[i].severity < FK_SEV_COUNT)
			counts[l->items[i].severity]++;
}

int fk_diag_list_worst(const struct fk_diag_list *l)
{
	int worst = -1;

	for (size_t i = 0; i < l->count; i++)
		if ((int)l->items[i].severity > worst)
			worst = (int)l->items[i].severity;
	return worst;
}
