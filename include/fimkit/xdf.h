/*
 * xdf.h - the XDatenfelder document model the quality rules see.
 *
 * Built once per document from the parsed tree, for XDatenfelder 2.0 and
 * 3.0.0 alike: every object occurrence (schema, Dokumentsteckbrief, group,
 * field, rule) with its id, version, line and enclosing object; the
 * structure entries (struktur) of schemas and groups with their parsed
 * multiplicity; the field properties rules ask about (Feldart, Datentyp,
 * Präzisierung, inhalt, value sources), with XDatenfelder 2.0's JSON
 * Präzisierung already parsed.
 *
 * Nested objects are embedded in FIM files, so the same group or field may
 * occur many times; `distinct` lists each (kind, id, version) once, at its
 * first occurrence, which is where per-object findings are reported.
 *
 * Ownership: the model owns everything it points to except the libxml2 tree,
 * which must outlive it.  fk_xdf_model_free releases it all.
 */
#ifndef FIMKIT_XDF_H
#define FIMKIT_XDF_H

#include <stddef.h>
#include <libxml/tree.h>

#include "fimkit/detect.h"

enum fk_xdf_kind {
	FK_XDF_SCHEMA = 0,   /* Datenschema (XDF2: Stammdatenschema) */
	FK_XDF_DSB,          /* Dokumentsteckbrief */
	FK_XDF_GROUP,        /* Datenfeldgruppe */
	FK_XDF_FIELD,        /* Datenfeld */
	FK_XDF_RULE,         /* Regel */
};
#define FK_XDF_KIND_COUNT 5

/* Kind letter used in ids: S, D, G, F, R. */
char fk_xdf_kind_letter(enum fk_xdf_kind kind);
const char *fk_xdf_kind_name(enum fk_xdf_kind kind); /* "schema", "group", ... */
const char *fk_xdf_kind_name_de(enum fk_xdf_kind kind); /* "Datenschema", ... */

struct fk_xdf_obj;

/* One struktur entry of a schema or group. */
struct fk_xdf_entry {
	const xmlNode *node;          /* the struktur element */
	long line;
	const char *anzahl;           /* multiplicity text, NULL when absent */
	int anzahl_valid;             /* matches ^\d+:(\d+|\*)$ */
	long min, max;                /* parsed; max = -1 for '*' */
	struct fk_xdf_obj *child;     /* the contained group or field (NULL if none) */
};

/* Field properties (NULL/0 when absent). */
struct fk_xdf_field {
	const char *feldart;
	const char *datentyp;
	const char *min_length, *max_length, *min_value, *max_value, *pattern;
	const char *inhalt;           /* default content */
	int has_inhalt;               /* an inhalt element is present (may be empty) */
	const xmlNode *praezisierung; /* the element, if present */
	int praez_json;               /* XDF2: praezisierung text is JSON ({...}) */
	const xmlNode *codeliste;     /* codelisteReferenz */
	const xmlNode *werte;         /* XDF3 inline value list */
};

struct fk_xdf_obj {
	enum fk_xdf_kind kind;
	const xmlNode *node;          /* the object's element */
	long line;
	const char *id;               /* identifikation/id, NULL when absent or empty */
	const char *version;          /* identifikation/version, NULL when absent */
	const char *status;           /* XDF3 freigabestatus code, XDF2 status code */
	struct fk_xdf_obj *parent;    /* enclosing occurrence; NULL for the root */
	struct fk_xdf_entry *entries; /* struktur children (schema, group) */
	size_t nentries;
	struct fk_xdf_obj **rules;    /* regel children */
	size_t nrules;
	struct fk_xdf_field field;    /* fields only */
	int first;                    /* first occurrence of this (kind, id, version) */
};

struct fk_xdf_model {
	enum fk_standard standard;    /* FK_STD_XDF2 or FK_STD_XDF3 */
	const char *ns;               /* the document's namespace */
	const xmlDoc *doc;
	struct fk_xdf_obj *root;      /* the message's main object, NULL if none */
	struct fk_xdf_obj **all;      /* every occurrence, document order */
	size_t nall;
	struct fk_xdf_obj **distinct; /* first occurrences, document order */
	size_t ndistinct;
	/* private: allocation arena */
	void **arena;
	size_t narena, carena;
};

/* Builds the model for an XDatenfelder 2.0 or 3.0.0 document; NULL for others. */
struct fk_xdf_model *fk_xdf_model_build(const xmlDoc *doc, const struct fk_detection *det);
void fk_xdf_model_free(struct fk_xdf_model *m);

/* Trimmed text of the first child element `local` of node, NULL when
   absent; "" when present but empty.  Owned by the model. */
const char *fk_xdf_text(struct fk_xdf_model *m, const xmlNode *node, const char *local);
/* Text of child `local`/code (XÖV code value), NULL when absent. */
const char *fk_xdf_code(struct fk_xdf_model *m, const xmlNode *node, const char *local);
/* Trimmed text content of node itself (owned by the model). */
const char *fk_xdf_node_text(struct fk_xdf_model *m, const xmlNode *node);
/* A copy of s kept by the model. */
const char *fk_xdf_strdup(struct fk_xdf_model *m, const char *s);

/* Child elements of node in the model's namespace named local, in order:
   iterate with fk_xdf_first / fk_xdf_next. */
const xmlNode *fk_xdf_first(const struct fk_xdf_model *m, const xmlNode *node, const char *local);
const xmlNode *fk_xdf_next(const struct fk_xdf_model *m, const xmlNode *node);

#endif
