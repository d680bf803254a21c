/*
 * summary.h - what a document is about: its root FIM object and counts of
 * the objects it contains, as shown by `fimkit info` and every report.
 *
 * Counting rules (documented in docs/json-report.md):
 *   XDatenfelder: distinct groups, fields and rules by (id, version); code
 *     lists = distinct code-list references plus code-list payloads; value
 *     lists = distinct fields carrying inline values (3.0.0).
 *   XZuFi: leistung elements.  XProzess: Prozessklassen and Prozesse.
 *   genericode: columns and rows.
 *
 * Ownership: the summary owns its strings; fk_summary_release frees them.
 */
#ifndef FIMKIT_SUMMARY_H
#define FIMKIT_SUMMARY_H

#include <stddef.h>
#include <libxml/tree.h>

#include "fimkit/detect.h"

#define FK_SUMMARY_MAX_COUNTS 6

struct fk_count {
	const char *key;       /* JSON key: "groups", "code_lists", ... (static) */
	const char *singular;  /* text: "group", "code list", "Prozess" (static) */
	const char *plural;    /* text: "groups", "code lists", "Prozesse" (static) */
	size_t value;
};

struct fk_summary {
	char *object_id;       /* root object's id, NULL when none */
	char *object_version;
	char *object_name;
	struct fk_count counts[FK_SUMMARY_MAX_COUNTS];
	size_t ncounts;
};

void fk_summary_init(struct fk_summary *s);
void fk_summary_release(struct fk_summary *s);
/* Fills s for a detected, supported document. */
void fk_summary_build(const xmlDoc *doc, const struct fk_detection *det,
		      struct fk_summary *s);

/*
 * Appends the count named key (a "counts" key of the JSON report, such as
 * "groups") with its text names, as when reading a report back.  Returns 0,
 * or -1 when fimkit does not know key or the summary holds no more counts.
 */
int fk_summary_add_count(struct fk_summary *s, const char *key, size_t value);

/*
 * The FIM object enclosing node: the nearest ancestor-or-self that carries an
 * identity (XDatenfelder identifikation/id, XProzess and XZuFi id).  Sets
 * *id and *version (caller frees; either may be NULL).
 */
void fk_object_of_node(const xmlNode *node, enum fk_family family,
		       char **id, char **version);

#endif
