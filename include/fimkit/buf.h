/*
 * buf.h - growable byte buffer, always NUL-terminated.
 *
 * Ownership: a struct fk_buf owns its data.  fk_buf_release() frees it and
 * leaves an empty buffer; fk_buf_detach() hands the string to the caller, who
 * frees it with free().  Allocation failure aborts (see fk_xmalloc).
 */
#ifndef FIMKIT_BUF_H
#define FIMKIT_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct fk_buf {
	char *data; /* NUL-terminated; never NULL after fk_buf_init */
	size_t len;
	size_t cap;
};

#define FK_BUF_INIT { NULL, 0, 0 }

void fk_buf_init(struct fk_buf *b);
void fk_buf_release(struct fk_buf *b);
void fk_buf_reset(struct fk_buf *b);
char *fk_buf_detach(struct fk_buf *b);
void fk_buf_grow(struct fk_buf *b, size_t extra);
void fk_buf_add(struct fk_buf *b, const void *data, size_t len);
void fk_buf_adds(struct fk_buf *b, const char *s);
void fk_buf_addc(struct fk_buf *b, char c);
void fk_buf_addf(struct fk_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void fk_buf_vaddf(struct fk_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Returns the buffer's string; valid until the next change. */
const char *fk_buf_str(const struct fk_buf *b);

/* Allocation helpers: abort with a message on out-of-memory. */
void *fk_xmalloc(size_t n);
void *fk_xcalloc(size_t n, size_t size);
void *fk_xrealloc(void *p, size_t n);
char *fk_xstrdup(const char *s);   /* fk_xstrdup(NULL) returns NULL */
char *fk_xstrndup(const char *s, size_t n);
char *fk_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Trims white space at both ends in place; returns the new start. */
char *fk_trim(char *s);

/* strerror() with a lower-case first letter, for messages in our style
   ("cannot open 'x': no such file or directory").  Thread-local buffer. */
const char *fk_strerror(int errnum);

#endif
