/*
 * diag.h - the one diagnostics model.
 *
 * Everything fimkit reports about a document (XML syntax errors, schema errors,
 * quality-rule findings, package findings) is a struct fk_diag.  A
 * struct fk_diag_list owns its diagnostics and every string in them.
 */
#ifndef FIMKIT_DIAG_H
#define FIMKIT_DIAG_H

#include <stddef.h>

/* The FIM Portal's four levels, ordered by weight: a larger value is worse. */
enum fk_severity {
	FK_SEV_INFO = 0,    /* Hinweis */
	FK_SEV_WARNING,     /* Warnung */
	FK_SEV_METHOD,      /* FehlerMethodisch */
	FK_SEV_CRITICAL,    /* FehlerKritisch */
};
#define FK_SEV_COUNT 4

/* "critical", "method", "warning", "info" */
const char *fk_severity_name(enum fk_severity sev);
/* Parses a severity name (also accepts the German FIM names); 0 on success. */
int fk_severity_parse(const char *name, enum fk_severity *out);

/* Rule ids of diagnostics that do not come from a quality rule. */
#define FK_RULE_XML         "xml"          /* not well-formed, refused markup */
#define FK_RULE_UNSUPPORTED "unsupported"  /* not a document fimkit knows */
#define FK_RULE_XSD         "xsd"          /* schema validation */

struct fk_diag {
	char *file;        /* display path of the input */
	long line;         /* 1-based; 0 when unknown */
	long column;       /* 1-based; 0 when unknown */
	enum fk_severity severity;
	char *rule;        /* rule id, e.g. "xml", "xsd", "1002" */
	char *object_id;   /* enclosing FIM object, e.g. "F60000000231"; may be NULL */
	char *object_version; /* e.g. "1.1.0"; may be NULL */
	char *xpath;       /* may be NULL */
	char *message;     /* one line, no trailing period */
};

struct fk_diag_list {
	struct fk_diag *items;
	size_t count;
	size_t cap;
};

#define FK_DIAG_LIST_INIT { NULL, 0, 0 }

void fk_diag_list_init(struct fk_diag_list *l);
void fk_diag_list_release(struct fk_diag_list *l);

/*
 * Appends a diagnostic; strings are copied (NULL allowed except for rule and
 * message).  Returns the stored diagnostic so that callers can add an object
 * or XPath afterwards with fk_diag_set_object / fk_diag_set_xpath.
 */
struct fk_diag *fk_diag_add(struct fk_diag_list *l, const char *file,
			    long line, long column, enum fk_severity sev,
			    const char *rule, const char *message);
struct fk_diag *fk_diag_addf(struct fk_diag_list *l, const char *file,
			     long line, long column, enum fk_severity sev,
			     const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
/* Frees the strings of one diagnostic (for callers that drop items). */
void fk_diag_release(struct fk_diag *d);
void fk_diag_set_object(struct fk_diag *d, const char *id, const char *version);
void fk_diag_set_xpath(struct fk_diag *d, const char *xpath);

/* Stable sort by line, then column, then rule. */
void fk_diag_list_sort(struct fk_diag_list *l);
/* Counts diagnostics per severity into counts[FK_SEV_COUNT] (added). */
void fk_diag_list_count(const struct fk_diag_list *l, size_t counts[FK_SEV_COUNT]);
/* Worst severity present, or -1 when the list is empty. */
int fk_diag_list_worst(const struct fk_diag_list *l);

#endif
