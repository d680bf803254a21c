/* json.c - streaming JSON writer with one escaping function. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "fimkit/json.h"

/* Length of the valid UTF-8 sequence at s, or 0 if it is not valid. */
static size_t utf8_seq_len(const unsigned char *s)
{
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

void fk_json_write_string(FILE *out, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	putc('"', out);
	while (*s) {
		size_t n;

		switch (*s) {
		case '"': fputs("\\\"", out); s++; continue;
		case '\\': fputs("\\\\", out); s++; continue;
		case '\n': fputs("\\n", out); s++; continue;
		case '\r': fputs("\\r", out); s++; continue;
		case '\t': fputs("\\t", out); s++; continue;
		default: break;
		}
		if (*s < 0x20 || *s == 0x7F) {
			fprintf(out, "\\u%04x", *s);
			s++;
			continue;
		}
		n = utf8_seq_len(s);
		if (n == 0) {
			fputs("\\ufffd", out);
			s++;
			continue;
		}
		/* U+FFFD is escaped like the invalid bytes it replaces, so that a
		   string read back and written again gives the same bytes. */
		if (n == 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] == 0xBD) {
			fputs("\\ufffd", out);
			s += 3;
			continue;
		}
		/* U+2028/2029 are valid JSON but break JavaScript embedding. */
		if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
			fprintf(out, "\\u%04x", s[2] == 0xA8 ? 0x2028 : 0x2029);
			s += 3;
			continue;
		}
		fwrite(s, 1, n, out);
		s += n;
	}
	putc('"', out);
}

void fk_json_init(struct fk_json *j, FILE *out, int pretty)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
	j->pretty = pretty;
	j->first[0] = 1;
}

static void newline_indent(struct fk_json *j)
{
	if (!j->pretty)
		return;
	putc('\n', j->out);
	for (int i = 0; i < j->depth; i++)
		fputs("  ", j->out);
}

/* Writes the separator that goes before a value or a key. */
static void before_value(struct fk_json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth == 0)
		return;
	if (!j->first[j->depth])
		putc(',', j->out);
	j->first[j->depth] = 0;
	newline_indent(j);
}

static void open_container(struct fk_json *j, char c)
{
	before_value(j);
	putc(c, j->out);
	if (j->depth < FK_JSON_MAX_DEPTH - 1)
		j->depth++;
	j->first[j->depth] = 1;
}

static void close_container(struct fk_json *j, char c)
{
	int empty = j->first[j->depth];

	if (j->depth > 0)
		j->depth--;
	if (!empty)
		newline_indent(j);
	putc(c, j->out);
}

void fk_json_begin_object(struct fk_json *j) { open_container(j, '{'); }
void fk_json_end_object(struct fk_json *j) { close_container(j, '}'); }
void fk_json_begin_array(struct fk_json *j) { open_container(j, '['); }
void fk_json_end_array(struct fk_json *j) { close_container(j, ']'); }

void fk_json_key(struct fk_json *j, const char *key)
{
	before_value(j);
	fk_json_write_string(j->out, key);
	fputs(j->pretty ? ": " : ":", j->out);
	j->after_key = 1;
}

void fk_json_string(struct fk_json *j, const char *s)
{
	before_value(j);
	if (s)
		fk_json_write_string(j->out, s);
	else
		fputs("null", j->out);
}

void fk_json_int(struct fk_json *j, long long v)
{
	before_value(j);
	fprintf(j->out, "%lld", v);
}

void fk_json_bool(struct fk_json *j, int v)
{
	before_value(j);
	fputs(v ? "true" : "false", j->out);
}

void fk_json_null(struct fk_json *j)
{
	before_value(j);
	fputs("null", j->out);
}

void fk_json_finish(struct fk_json *j)
{
	putc('\n', j->out);
}

void fk_json_tool(struct fk_json *j)
{
	fk_json_key(j, "tool");
	fk_json_begin_object(j);
	fk_json_key(j, "name");
	fk_json_string(j, PACKAGE_NAME);
	fk_json_key(j, "version");
	fk_json_string(j, PACKAGE_VERSION);
	fk_json_end_object(j);
}

void fk_json_object_ref(struct fk_json *j, const char *id, const char *version,
			int with_name, const char *name)
{
	fk_json_begin_object(j);
	fk_json_key(j, "id");
	fk_json_string(j, id);
	fk_json_key(j, "version");
	fk_json_string(j, version);
	if (with_name) {
		fk_json_key(j, "name");
		fk_json_string(j, name);
	}
	fk_json_end_object(j);
}
