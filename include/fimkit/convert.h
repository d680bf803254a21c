/*
 * convert.h - turning FIM documents into other formats with XSLT.
 *
 * A converter holds the stylesheets of one run, compiled once and shared
 * read-only by the worker threads.  Each input is loaded with fimkit's safe
 * loader, detected, matched with the stylesheet for its standard and
 * transformed into a buffer; what the stylesheet reports through
 * xsl:message (docs/convert.md) becomes findings of the file's report entry.
 *
 * Stylesheets run in a sandbox: they may not write files, create
 * directories or touch the network; document() and xsl:include/import read
 * only files below the stylesheet's directory, fimkit's stylesheet directory
 * and (document() only) the input's directory.
 *
 * Ownership: the converter owns its stylesheets; a conversion owns its data
 * and name.
 */
#ifndef FIMKIT_CONVERT_H
#define FIMKIT_CONVERT_H

#include <stddef.h>

#include "fimkit/inputs.h"
#include "fimkit/load.h"
#include "fimkit/report.h"

enum fk_convert_format {
	FK_CONVERT_HTML = 0,
	FK_CONVERT_JSON_SCHEMA,
	FK_CONVERT_CSV,
	FK_CONVERT_MARKDOWN,
	FK_CONVERT_XDF3,
	FK_CONVERT_CUSTOM,     /* a stylesheet of the user's (--xslt) */
};

/* "html" ... "xdf3"; 0 on success.  FK_CONVERT_CUSTOM has no name. */
int fk_convert_format_parse(const char *name, enum fk_convert_format *out);
const char *fk_convert_format_name(enum fk_convert_format fmt);
/* "html, json-schema, csv, markdown or xdf3" */
const char *fk_convert_format_names(void);

/* Rule id of findings that are a stylesheet's own messages. */
#define FK_RULE_XSLT "xslt"

struct fk_converter_options {
	enum fk_convert_format format;
	const char *xslt;         /* FK_CONVERT_CUSTOM: the stylesheet */
	const char *xslt_dir;     /* built-in stylesheets; NULL: fk_data_dir("xslt") */
	const char *const *params; /* NAME, VALUE pairs; NULL-terminated; may be NULL */
	struct fk_load_options load;
	unsigned time_limit;      /* seconds per document's transformation; 0: none */
	const char *codelists;    /* genericode lists for fk:codelist(); NULL: none */
};

/* Default of --time-limit. */
#define FK_DEFAULT_TIME_LIMIT 300

struct fk_converter;

/*
 * Compiles the stylesheets the format needs.  Returns NULL with *error set
 * (caller frees) when one cannot be read or compiled.  Call from the main
 * thread, before workers start.
 */
struct fk_converter *fk_converter_new(const struct fk_converter_options *o, char **error);
void fk_converter_free(struct fk_converter *c);

/* The extension of the converter's output files: ".html", ".schema.json" ... */
const char *fk_converter_ext(const struct fk_converter *c);

enum fk_conversion_status {
	FK_CONVERTED = 0,
	FK_NOT_APPLICABLE,   /* the format has no conversion for this document */
	FK_CONVERT_FAILED,   /* unreadable, not well-formed, or the stylesheet failed */
};

struct fk_conversion {
	enum fk_conversion_status status;
	char *data;            /* the result (FK_CONVERTED) */
	size_t len;
	char *name;            /* output file name: OBJECT-ID "V" VERSION EXT, made of
				  [A-Za-z0-9._-] only, else the input's base name */
	char *why;             /* FK_NOT_APPLICABLE: the reason */
};

void fk_conversion_release(struct fk_conversion *cv);

/*
 * Converts one input.  f (path set) receives detection, summary, findings
 * and, when the input could not be converted, the error.
 */
void fk_convert_input(const struct fk_converter *c, const struct fk_input *in,
		      struct fk_file_report *f, struct fk_conversion *cv);

/*
 * Converts every input with jobs worker threads and hands each result to
 * deliver in input order, from the calling thread, as soon as it and all
 * before it are done (workers run at most a few documents ahead).
 * r must be empty; it receives one entry per input.
 */
typedef void (*fk_convert_deliver_fn)(void *arg, size_t index, struct fk_file_report *f,
				      struct fk_conversion *cv);
void fk_convert_all(const struct fk_converter *c, const struct fk_input_list *inputs,
		    unsigned jobs, struct fk_report *r, fk_convert_deliver_fn deliver, void *arg);

#endif
