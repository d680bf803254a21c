/*
 * json.h - a small streaming JSON writer.
 *
 * Commas, nesting and indentation are handled by the writer; every string
 * goes through one escaping function.  Invalid UTF-8 in input strings is
 * replaced by U+FFFD so that the output is always valid JSON.
 */
#ifndef FIMKIT_JSON_H
#define FIMKIT_JSON_H

#include <stdio.h>

#define FK_JSON_MAX_DEPTH 32

struct fk_json {
	FILE *out;
	int depth;
	int pretty;
	int first[FK_JSON_MAX_DEPTH]; /* no member written yet at this depth */
	int after_key;
};

void fk_json_init(struct fk_json *j, FILE *out, int pretty);
void fk_json_begin_object(struct fk_json *j);
void fk_json_end_object(struct fk_json *j);
void fk_json_begin_array(struct fk_json *j);
void fk_json_end_array(struct fk_json *j);
void fk_json_key(struct fk_json *j, const char *key);
void fk_json_string(struct fk_json *j, const char *s);  /* NULL writes null */
void fk_json_int(struct fk_json *j, long long v);
void fk_json_bool(struct fk_json *j, int v);
void fk_json_null(struct fk_json *j);
/* Writes the "tool": {"name", "version"} member every fimkit JSON carries. */
void fk_json_tool(struct fk_json *j);
/*
 * A FIM object reference {"id", "version"} and, when with_name is set,
 * "name" (members are null when the string is NULL).
 */
void fk_json_object_ref(struct fk_json *j, const char *id, const char *version,
			int with_name, const char *name);
/* Ends the document with a newline. */
void fk_json_finish(struct fk_json *j);

/* Escapes s as a JSON string (with quotes) to out. */
void fk_json_write_string(FILE *out, const char *s);

#endif
