/*
 * json_parse.h - a small, strict JSON reader (RFC 8259) that builds a tree.
 *
 * Strict on purpose, because what it reads is fimkit's own output: exactly
 * one value; no comments, trailing commas or single quotes; strings are valid
 * UTF-8, raw or escaped, with \u surrogate pairs joined and lone surrogates
 * refused; \u0000 is refused (strings are C strings); keys of one object are
 * unique; nesting is at most FK_JSON_PARSE_MAX_DEPTH.  A UTF-8 byte order
 * mark at the start is ignored.  Numbers keep the text they were written
 * with, so a number of any size parses; fk_jvalue_int() converts the integers
 * that fit.
 *
 * Ownership: fk_json_parse and fk_json_parse_file give the caller a tree,
 * freed with fk_jvalue_free (fk_jvalue_free(NULL) is a no-op).  Every pointer
 * the accessors return points into the tree.
 */
#ifndef FIMKIT_JSON_PARSE_H
#define FIMKIT_JSON_PARSE_H

#include <stddef.h>

/* Deepest nesting of arrays and objects accepted. */
#define FK_JSON_PARSE_MAX_DEPTH 128

enum fk_jtype {
	FK_JNULL = 0,
	FK_JBOOL,
	FK_JNUMBER,
	FK_JSTRING,
	FK_JARRAY,
	FK_JOBJECT,
};

struct fk_jmember;

struct fk_jvalue {
	enum fk_jtype type;
	size_t n;                  /* string, number: bytes; array: elements; object: members */
	union {
		int boolean;               /* FK_JBOOL */
		char *text;                /* FK_JSTRING (decoded), FK_JNUMBER (as written) */
		struct fk_jvalue *items;   /* FK_JARRAY */
		struct fk_jmember *members; /* FK_JOBJECT, in document order */
	} u;
};

struct fk_jmember {
	char *key;
	struct fk_jvalue value;
};

enum fk_json_status {
	FK_JSON_OK = 0,
	FK_JSON_SYNTAX,       /* not JSON, or more than one value */
	FK_JSON_TRUNCATED,    /* the input ends inside a value */
	FK_JSON_ENCODING,     /* invalid UTF-8, escape or surrogate */
	FK_JSON_DEPTH,        /* nested deeper than FK_JSON_PARSE_MAX_DEPTH */
	FK_JSON_TOO_LARGE,    /* larger than the size limit */
	FK_JSON_IO,           /* could not be read */
};

/* "not JSON", "truncated", ... */
const char *fk_json_strerror(enum fk_json_status st);

struct fk_json_error {
	enum fk_json_status status;
	long line;            /* 1-based; 0 when the error has no position (I/O, size) */
	long column;          /* 1-based, in bytes */
	char message[200];    /* one line, e.g. "expected ',' or '}' after an object member" */
};

/* Parses len bytes of data; on failure *out is NULL and err says why. */
enum fk_json_status fk_json_parse(const char *data, size_t len, struct fk_jvalue **out,
				  struct fk_json_error *err);
/*
 * Reads and parses path ("-": standard input), refusing more than max_size
 * bytes (0: FK_DEFAULT_MAX_FILE_SIZE, the documents' limit).
 */
enum fk_json_status fk_json_parse_file(const char *path, size_t max_size,
				       struct fk_jvalue **out, struct fk_json_error *err);

void fk_jvalue_free(struct fk_jvalue *v);

/* The member key of an object, or NULL (also when v is not an object). */
const struct fk_jvalue *fk_jvalue_get(const struct fk_jvalue *v, const char *key);
/* The string of a string value, or NULL. */
const char *fk_jvalue_str(const struct fk_jvalue *v);
/* Converts an integer number (no fraction or exponent) that fits a long long;
   returns 0, or -1 when v is not such a number. */
int fk_jvalue_int(const struct fk_jvalue *v, long long *out);
/* Same value: numbers by their text, objects whatever the member order. */
int fk_jvalue_equal(const struct fk_jvalue *a, const struct fk_jvalue *b);

#endif
