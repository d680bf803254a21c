/* json_parse.c - a strict recursive-descent JSON reader building a tree. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fimkit/buf.h"
#include "fimkit/json_parse.h"
#include "fimkit/load.h"

const char *fk_json_strerror(enum fk_json_status st)
{
	switch (st) {
	case FK_JSON_OK: return "no error";
	case FK_JSON_SYNTAX: return "not valid JSON";
	case FK_JSON_TRUNCATED: return "truncated";
	case FK_JSON_ENCODING: return "invalid encoding";
	case FK_JSON_DEPTH: return "nested too deeply";
	case FK_JSON_TOO_LARGE: return "over the size limit";
	case FK_JSON_IO: return "cannot be read";
	}
	return "unknown error";
}

struct parser {
	const unsigned char *start, *p, *end;
	int depth;
	struct fk_json_error *err;
	struct fk_buf str;    /* scratch for decoding strings */
};

/* Records the first error, located at `at`; returns -1 for the caller to pass on. */
static int fail(struct parser *ps, enum fk_json_status st, const unsigned char *at,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int fail(struct parser *ps, enum fk_json_status st, const unsigned char *at,
		const char *fmt, ...)
{
	struct fk_json_error *e = ps->err;
	va_list ap;

	if (e->status != FK_JSON_OK)
		return -1;
	e->status = st;
	e->line = 1;
	e->column = 1;
	for (const unsigned char *q = ps->start; q < at; q++) {
		if (*q == '\n') {
			e->line++;
			e->column = 1;
		} else {
			e->column++;
		}
	}
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof(e->message), fmt, ap);
	va_end(ap);
	return -1;
}

/* "unexpected character 'x'" or, for bytes that are not printable ASCII, their value. */
static int fail_unexpected(struct parser *ps, const char *what)
{
	unsigned c = *ps->p;

	if (c > 0x20 && c < 0x7F)
		return fail(ps, FK_JSON_SYNTAX, ps->p, "unexpected character '%c'%s", (int)c, what);
	return fail(ps, FK_JSON_SYNTAX, ps->p, "unexpected byte 0x%02X%s", c, what);
}

static int fail_end(struct parser *ps, const char *where)
{
	return fail(ps, FK_JSON_TRUNCATED, ps->end, "unexpected end of input %s", where);
}

static void skip_space(struct parser *ps)
{
	while (ps->p < ps->end &&
	       (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
}

/* Length of the valid UTF-8 sequence at s (avail bytes left), or 0. */
static size_t utf8_len(const unsigned char *s, size_t avail)
{
	unsigned c = s[0];
	size_t n;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4;
	else
		return 0;
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xF0 && s[1] < 0x90))
		return 0; /* overlong */
	if (c == 0xED && s[1] >= 0xA0)
		return 0; /* a surrogate encoded directly */
	if (c == 0xF4 && s[1] >= 0x90)
		return 0; /* beyond U+10FFFF */
	return n;
}

static void add_utf8(struct fk_buf *b, unsigned long cp)
{
	char out[4];
	size_t n;

	if (cp < 0x80) {
		out[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	fk_buf_add(b, out, n);
}

/* Reads the four hex digits of a \u escape at q; -1 if they are not hex. */
static long hex4(const unsigned char *q)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		unsigned c = q[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* The \u escape at ps->p (pointing at the backslash), joined with a low
   surrogate that follows; appended to ps->str as UTF-8. */
static int parse_u_escape(struct parser *ps)
{
	const unsigned char *at = ps->p;
	long cp, lo;

	if (ps->end - ps->p < 6)
		return fail_end(ps, "in a \\u escape");
	cp = hex4(ps->p + 2);
	if (cp < 0)
		return fail(ps, FK_JSON_ENCODING, at, "invalid \\u escape (expected four hex digits)");
	ps->p += 6;
	if (cp == 0)
		return fail(ps, FK_JSON_ENCODING, at, "\\u0000 in a string is not supported");
	if (cp >= 0xDC00 && cp <= 0xDFFF)
		return fail(ps, FK_JSON_ENCODING, at, "unpaired surrogate \\u%04lx", cp);
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		size_t avail = (size_t)(ps->end - ps->p);

		/* the input ends where the low surrogate's escape would be */
		if (avail < 6 && (avail == 0 || (ps->p[0] == '\\' && (avail == 1 || ps->p[1] == 'u'))))
			return fail_end(ps, "in a string");
		if (avail < 6 || ps->p[0] != '\\' || ps->p[1] != 'u')
			return fail(ps, FK_JSON_ENCODING, at, "unpaired surrogate \\u%04lx", cp);
		lo = hex4(ps->p + 2);
		if (lo < 0xDC00 || lo > 0xDFFF)
			return fail(ps, FK_JSON_ENCODING, at, "unpaired surrogate \\u%04lx", cp);
		ps->p += 6;
		cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
	}
	add_utf8(&ps->str, (unsigned long)cp);
	return 0;
}

/* The string at ps->p (at its opening quote) into a new NUL-terminated copy. */
static int parse_string(struct parser *ps, char **out, size_t *len)
{
	ps->p++;
	fk_buf_reset(&ps->str);
	for (;;) {
		const unsigned char *run = ps->p;
		unsigned c;

		/* plain ASCII runs are copied at once */
		while (ps->p < ps->end && *ps->p >= 0x20 && *ps->p < 0x80 && *ps->p != '"' &&
		       *ps->p != '\\')
			ps->p++;
		if (ps->p > run)
			fk_buf_add(&ps->str, run, (size_t)(ps->p - run));
		if (ps->p >= ps->end)
			return fail_end(ps, "in a string");
		c = *ps->p;
		if (c == '"') {
			ps->p++;
			break;
		}
		if (c == '\\') {
			if (ps->end - ps->p < 2)
				return fail_end(ps, "in a string");
			switch (ps->p[1]) {
			case '"': fk_buf_addc(&ps->str, '"'); break;
			case '\\': fk_buf_addc(&ps->str, '\\'); break;
			case '/': fk_buf_addc(&ps->str, '/'); break;
			case 'b': fk_buf_addc(&ps->str, '\b'); break;
			case 'f': fk_buf_addc(&ps->str, '\f'); break;
			case 'n': fk_buf_addc(&ps->str, '\n'); break;
			case 'r': fk_buf_addc(&ps->str, '\r'); break;
			case 't': fk_buf_addc(&ps->str, '\t'); break;
			case 'u':
				if (parse_u_escape(ps) < 0)
					return -1;
				continue;
			default:
				if (ps->p[1] > 0x20 && ps->p[1] < 0x7F)
					return fail(ps, FK_JSON_SYNTAX, ps->p, "invalid escape '\\%c'",
						    ps->p[1]);
				return fail(ps, FK_JSON_SYNTAX, ps->p, "invalid escape");
			}
			ps->p += 2;
			continue;
		}
		if (c < 0x20)
			return fail(ps, FK_JSON_SYNTAX, ps->p,
				    "control character U+%04X in a string (it must be escaped)", c);
		{
			size_t n = utf8_len(ps->p, (size_t)(ps->end - ps->p));

			if (n == 0)
				return fail(ps, FK_JSON_ENCODING, ps->p,
					    "invalid UTF-8 in a string (byte 0x%02X)", c);
			fk_buf_add(&ps->str, ps->p, n);
			ps->p += n;
		}
	}
	*len = ps->str.len;
	*out = fk_xstrndup(ps->str.data, ps->str.len);
	return 0;
}

static int is_digit(const struct parser *ps)
{
	return ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9';
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written. */
static int parse_number(struct parser *ps, struct fk_jvalue *v)
{
	const unsigned char *start = ps->p;

	if (*ps->p == '-')
		ps->p++;
	if (ps->p >= ps->end)
		return fail_end(ps, "in a number");
	if (*ps->p == '0') {
		ps->p++;
	} else if (is_digit(ps)) {
		while (is_digit(ps))
			ps->p++;
	} else {
		return fail(ps, FK_JSON_SYNTAX, start, "invalid number");
	}
	if (ps->p < ps->end && *ps->p == '.') {
		ps->p++;
		if (ps->p >= ps->end)
			return fail_end(ps, "in a number");
		if (!is_digit(ps))
			return fail(ps, FK_JSON_SYNTAX, start, "invalid number (no digit after '.')");
		while (is_digit(ps))
			ps->p++;
	}
	if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
		ps->p++;
		if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
			ps->p++;
		if (ps->p >= ps->end)
			return fail_end(ps, "in a number");
		if (!is_digit(ps))
			return fail(ps, FK_JSON_SYNTAX, start, "invalid number (no digit in the exponent)");
		while (is_digit(ps))
			ps->p++;
	}
	v->type = FK_JNUMBER;
	v->n = (size_t)(ps->p - start);
	v->u.text = fk_xstrndup((const char *)start, v->n);
	return 0;
}

static int parse_literal(struct parser *ps, const char *word)
{
	size_t n = strlen(word), avail = (size_t)(ps->end - ps->p);

	if (avail >= n && !memcmp(ps->p, word, n)) {
		ps->p += n;
		return 0;
	}
	if (avail < n && !memcmp(ps->p, word, avail))
		return fail_end(ps, "in a literal");
	return fail_unexpected(ps, "");
}

static int parse_value(struct parser *ps, struct fk_jvalue *v);

static void free_value(struct fk_jvalue *v)
{
	switch (v->type) {
	case FK_JSTRING:
	case FK_JNUMBER:
		free(v->u.text);
		break;
	case FK_JARRAY:
		for (size_t i = 0; i < v->n; i++)
			free_value(&v->u.items[i]);
		free(v->u.items);
		break;
	case FK_JOBJECT:
		for (size_t i = 0; i < v->n; i++) {
			free(v->u.members[i].key);
			free_value(&v->u.members[i].value);
		}
		free(v->u.members);
		break;
	case FK_JNULL:
	case FK_JBOOL:
		break;
	}
	memset(v, 0, sizeof(*v));
}

static int enter(struct parser *ps)
{
	if (++ps->depth > FK_JSON_PARSE_MAX_DEPTH)
		return fail(ps, FK_JSON_DEPTH, ps->p, "arrays and objects nested deeper than %d levels",
			    FK_JSON_PARSE_MAX_DEPTH);
	ps->p++;
	skip_space(ps);
	return 0;
}

static int parse_array(struct parser *ps, struct fk_jvalue *v)
{
	size_t cap = 0;

	v->type = FK_JARRAY;
	if (enter(ps) < 0)
		return -1;
	if (ps->p < ps->end && *ps->p == ']') {
		ps->p++;
		ps->depth--;
		return 0;
	}
	for (;;) {
		if (v->n == cap) {
			cap = cap ? cap * 2 : 8;
			v->u.items = fk_xrealloc(v->u.items, cap * sizeof(*v->u.items));
		}
		memset(&v->u.items[v->n], 0, sizeof(v->u.items[0]));
		if (parse_value(ps, &v->u.items[v->n]) < 0) {
			free_value(&v->u.items[v->n]);
			return -1;
		}
		v->n++;
		skip_space(ps);
		if (ps->p >= ps->end)
			return fail_end(ps, "in an array");
		if (*ps->p == ']') {
			ps->p++;
			break;
		}
		if (*ps->p != ',')
			return fail_unexpected(ps, " (expected ',' or ']' after an array element)");
		ps->p++;
		skip_space(ps);
		if (ps->p < ps->end && *ps->p == ']')
			return fail(ps, FK_JSON_SYNTAX, ps->p, "expected a value after ',' (a trailing comma)");
	}
	ps->depth--;
	return 0;
}

static int cmp_keys(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A key that occurs twice in the object, or NULL. */
static const char *duplicate_key(const struct fk_jvalue *v)
{
	const char *dup = NULL;
	char **keys;

	if (v->n < 2)
		return NULL;
	keys = fk_xmalloc(v->n * sizeof(*keys));
	for (size_t i = 0; i < v->n; i++)
		keys[i] = v->u.members[i].key;
	qsort(keys, v->n, sizeof(*keys), cmp_keys);
	for (size_t i = 1; i < v->n && !dup; i++)
		if (!strcmp(keys[i - 1], keys[i]))
			dup = keys[i];
	free(keys);
	return dup;
}

static int parse_object(struct parser *ps, struct fk_jvalue *v)
{
	const unsigned char *open = ps->p;
	size_t cap = 0;
	const char *dup;

	v->type = FK_JOBJECT;
	if (enter(ps) < 0)
		return -1;
	if (ps->p < ps->end && *ps->p == '}') {
		ps->p++;
		ps->depth--;
		return 0;
	}
	for (;;) {
		struct fk_jmember *m;
		size_t keylen;

		if (ps->p >= ps->end)
			return fail_end(ps, "in an object");
		if (*ps->p != '"')
			return fail_unexpected(ps, " (expected a string as object key)");
		if (v->n == cap) {
			cap = cap ? cap * 2 : 8;
			v->u.members = fk_xrealloc(v->u.members, cap * sizeof(*v->u.members));
		}
		m = &v->u.members[v->n];
		memset(m, 0, sizeof(*m));
		if (parse_string(ps, &m->key, &keylen) < 0)
			return -1;
		v->n++; /* from here on the member is freed with the object */
		skip_space(ps);
		if (ps->p >= ps->end)
			return fail_end(ps, "in an object");
		if (*ps->p != ':')
			return fail_unexpected(ps, " (expected ':' after an object key)");
		ps->p++;
		skip_space(ps);
		if (parse_value(ps, &m->value) < 0)
			return -1;
		skip_space(ps);
		if (ps->p >= ps->end)
			return fail_end(ps, "in an object");
		if (*ps->p == '}') {
			ps->p++;
			break;
		}
		if (*ps->p != ',')
			return fail_unexpected(ps, " (expected ',' or '}' after an object member)");
		ps->p++;
		skip_space(ps);
		if (ps->p < ps->end && *ps->p == '}')
			return fail(ps, FK_JSON_SYNTAX, ps->p,
				    "expected a member after ',' (a trailing comma)");
	}
	ps->depth--;
	dup = duplicate_key(v);
	if (dup)
		return fail(ps, FK_JSON_SYNTAX, open, "duplicate key \"%.80s\" in an object", dup);
	return 0;
}

static int parse_value(struct parser *ps, struct fk_jvalue *v)
{
	skip_space(ps);
	if (ps->p >= ps->end)
		return fail_end(ps, "where a value was expected");
	switch (*ps->p) {
	case '{':
		return parse_object(ps, v);
	case '[':
		return parse_array(ps, v);
	case '"':
		v->type = FK_JSTRING;
		return parse_string(ps, &v->u.text, &v->n);
	case 't':
		v->type = FK_JBOOL;
		v->u.boolean = 1;
		return parse_literal(ps, "true");
	case 'f':
		v->type = FK_JBOOL;
		return parse_literal(ps, "false");
	case 'n':
		return parse_literal(ps, "null");
	default:
		if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
			return parse_number(ps, v);
		return fail_unexpected(ps, "");
	}
}

enum fk_json_status fk_json_parse(const char *data, size_t len, struct fk_jvalue **out,
				  struct fk_json_error *err)
{
	struct parser ps;
	struct fk_jvalue *v = fk_xcalloc(1, sizeof(*v));

	memset(err, 0, sizeof(*err));
	*out = NULL;
	ps.start = (const unsigned char *)data;
	ps.p = ps.start;
	ps.end = ps.start + len;
	ps.depth = 0;
	ps.err = err;
	fk_buf_init(&ps.str);
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		ps.p += 3;
	skip_space(&ps);
	if (ps.p >= ps.end) {
		fail(&ps, FK_JSON_TRUNCATED, ps.p, "no JSON value (the input is empty)");
	} else if (parse_value(&ps, v) == 0) {
		skip_space(&ps);
		if (ps.p < ps.end)
			fail(&ps, FK_JSON_SYNTAX, ps.p, "more text after the JSON value");
	}
	fk_buf_release(&ps.str);
	if (err->status != FK_JSON_OK) {
		fk_jvalue_free(v);
		return err->status;
	}
	*out = v;
	return FK_JSON_OK;
}

/* ---- files ---------------------------------------------------------------------- */

static enum fk_json_status io_error(struct fk_json_error *err, enum fk_json_status st,
				    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static enum fk_json_status io_error(struct fk_json_error *err, enum fk_json_status st,
				    const char *fmt, ...)
{
	va_list ap;

	err->status = st;
	err->line = err->column = 0;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return st;
}

static enum fk_json_status read_fd(int fd, size_t limit, struct fk_buf *b,
				   struct fk_json_error *err)
{
	for (;;) {
		ssize_t n;

		fk_buf_grow(b, 65536);
		n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return io_error(err, FK_JSON_IO, "read error: %s", fk_strerror(errno));
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
		b->data[b->len] = '\0';
		if (b->len > limit)
			return io_error(err, FK_JSON_TOO_LARGE, "larger than the limit of %zu bytes "
					"(raise it with --max-file-size)", limit);
	}
	return FK_JSON_OK;
}

enum fk_json_status fk_json_parse_file(const char *path, size_t max_size,
				       struct fk_jvalue **out, struct fk_json_error *err)
{
	struct fk_buf b = FK_BUF_INIT;
	enum fk_json_status st;
	struct stat sb;
	int fd;

	memset(err, 0, sizeof(*err));
	*out = NULL;
	if (max_size == 0)
		max_size = FK_DEFAULT_MAX_FILE_SIZE;
	fk_buf_init(&b);
	if (!strcmp(path, "-")) {
		st = read_fd(STDIN_FILENO, max_size, &b, err);
	} else {
		fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC);
		if (fd < 0) {
			fk_buf_release(&b);
			return io_error(err, FK_JSON_IO, "%s", fk_strerror(errno));
		}
		if (fstat(fd, &sb) < 0) {
			st = io_error(err, FK_JSON_IO, "%s", fk_strerror(errno));
		} else if (S_ISDIR(sb.st_mode)) {
			st = io_error(err, FK_JSON_IO, "is a directory");
		} else if (S_ISREG(sb.st_mode) && (uintmax_t)sb.st_size > max_size) {
			st = io_error(err, FK_JSON_TOO_LARGE, "file is %jd bytes, larger than the limit "
				      "of %zu bytes (raise it with --max-file-size)",
				      (intmax_t)sb.st_size, max_size);
		} else {
			if (S_ISREG(sb.st_mode))
				fk_buf_grow(&b, (size_t)sb.st_size);
			st = read_fd(fd, max_size, &b, err);
		}
		close(fd);
	}
	if (st == FK_JSON_OK)
		st = fk_json_parse(b.data, b.len, out, err);
	fk_buf_release(&b);
	return st;
}

/* ---- access --------------------------------------------------------------------- */

void fk_jvalue_free(struct fk_jvalue *v)
{
	if (!v)
		return;
	free_value(v);
	free(v);
}

const struct fk_jvalue *fk_jvalue_get(const struct fk_jvalue *v, const char *key)
{
	if (!v || v->type != FK_JOBJECT)
		return NULL;
	for (size_t i = 0; i < v->n; i++)
		if (!strcmp(v->u.members[i].key, key))
			return &v->u.members[i].value;
	return NULL;
}

const char *fk_jvalue_str(const struct fk_jvalue *v)
{
	return v && v->type == FK_JSTRING ? v->u.text : NULL;
}

int fk_jvalue_int(const struct fk_jvalue *v, long long *out)
{
	long long r;
	char *end;

	if (!v || v->type != FK_JNUMBER || strpbrk(v->u.text, ".eE"))
		return -1;
	errno = 0;
	r = strtoll(v->u.text, &end, 10);
	if (errno || *end)
		return -1;
	*out = r;
	return 0;
}

int fk_jvalue_equal(const struct fk_jvalue *a, const struct fk_jvalue *b)
{
	if (a->type != b->type || a->n != b->n)
		return 0;
	switch (a->type) {
	case FK_JNULL:
		return 1;
	case FK_JBOOL:
		return a->u.boolean == b->u.boolean;
	case FK_JNUMBER:
	case FK_JSTRING:
		return !memcmp(a->u.text, b->u.text, a->n);
	case FK_JARRAY:
		for (size_t i = 0; i < a->n; i++)
			if (!fk_jvalue_equal(&a->u.items[i], &b->u.items[i]))
				return 0;
		return 1;
	case FK_JOBJECT:
		/* keys are unique, so same count and every key of a in b suffices */
		for (size_t i = 0; i < a->n; i++) {
			const struct fk_jvalue *other = fk_jvalue_get(b, a->u.members[i].key);

			if (!other || !fk_jvalue_equal(&a->u.members[i].value, other))
				return 0;
		}
		return 1;
	}
	return 0;
}
