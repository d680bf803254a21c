/* buf.c - growable string buffer and checked allocation. */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"

static char empty_string[1];

static void oom(void)
{
	fputs("fimkit: out of memory\n", stderr);
	abort();
}

void *fk_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *fk_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *fk_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom();
	return q;
}

char *fk_xstrdup(const char *s)
{
	return s ? fk_xstrndup(s, strlen(s)) : NULL;
}

char *fk_xstrndup(const char *s, size_t n)
{
	char *p;
	size_t len = strnlen(s, n);

	p = fk_xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *fk_xasprintf(const char *fmt, ...)
{
	struct fk_buf b = FK_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	fk_buf_vaddf(&b, fmt, ap);
	va_end(ap);
	return fk_buf_detach(&b);
}

void fk_buf_init(struct fk_buf *b)
{
	b->data = empty_string;
	b->len = 0;
	b->cap = 0;
}

void fk_buf_release(struct fk_buf *b)
{
	if (b->cap)
		free(b->data);
	fk_buf_init(b);
}

void fk_buf_reset(struct fk_buf *b)
{
	b->len = 0;
	if (b->cap)
		b->data[0] = '\0';
}

char *fk_buf_detach(struct fk_buf *b)
{
	char *s;

	if (!b->cap)
		return fk_xstrdup("");
	s = b->data;
	fk_buf_init(b);
	return s;
}

void fk_buf_grow(struct fk_buf *b, size_t extra)
{
	size_t need;

	if (!b->data)
		fk_buf_init(b);
	if (extra > (size_t)-1 - b->len - 1)
		oom();
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > (size_t)-1 / 2 ? need : cap * 2;
	if (b->cap) {
		b->data = fk_xrealloc(b->data, cap);
	} else {
		b->data = fk_xmalloc(cap);
		b->data[0] = '\0';
	}
	b->cap = cap;
}

void fk_buf_add(struct fk_buf *b, const void *data, size_t len)
{
	fk_buf_grow(b, len);
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void fk_buf_adds(struct fk_buf *b, const char *s)
{
	fk_buf_add(b, s, strlen(s));
}

void fk_buf_addc(struct fk_buf *b, char c)
{
	fk_buf_add(b, &c, 1);
}

void fk_buf_vaddf(struct fk_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	fk_buf_grow(b, 64);
	va_copy(cp, ap);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if ((size_t)n >= b->cap - b->len) {
		fk_buf_grow(b, (size_t)n);
		va_copy(cp, ap);
		n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, cp);
		va_end(cp);
		if (n < 0)
			return;
	}
	b->len += (size_t)n;
}

void fk_buf_addf(struct fk_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fk_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

const char *fk_buf_str(const struct fk_buf *b)
{
	return b->data ? b->data : empty_string;
}

const char *fk_strerror(int errnum)
{
	static __thread char text[256];

	snprintf(text, sizeof(text), "%s", strerror(errnum));
	if (isupper((unsigned char)text[0]) && !isupper((unsigned char)text[1]))
		text[0] = (char)tolower((unsigned char)text[0]);
	return text;
}

char *fk_trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}
