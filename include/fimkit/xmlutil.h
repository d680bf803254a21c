/*
 * xmlutil.h - small helpers over libxml2 trees used by detection, the
 * document summary and (later) the rule models.
 *
 * Returned strings are owned by the caller (free()); returned nodes belong
 * to the document.
 */
#ifndef FIMKIT_XMLUTIL_H
#define FIMKIT_XMLUTIL_H

#include <libxml/tree.h>

/* Deepest location path built by fk_xml_location. */
#define FK_XML_MAX_LOCATION_DEPTH 512

/* True if node is an element with this local name (any namespace when ns is NULL). */
int fk_xml_is(const xmlNode *node, const char *ns, const char *local);
/* First element child with this local name in the parent's namespace, or
   unqualified when the parent's namespace does not match (XÖV code/name). */
xmlNode *fk_xml_child(const xmlNode *parent, const char *local);
/* Follows a "/"-separated path of local names with fk_xml_child. */
xmlNode *fk_xml_path(const xmlNode *start, const char *path);
/* Next element sibling with the same local name and namespace, or NULL. */
xmlNode *fk_xml_next_same(const xmlNode *node);
/* Text content with surrounding white space trimmed; NULL if node is NULL. */
char *fk_xml_text(const xmlNode *node);
/* Text of fk_xml_path(start, path), or NULL when absent or empty. */
char *fk_xml_path_text(const xmlNode *start, const char *path);
/* Location path of local names with positions where needed,
   e.g. "/xdatenfelder.stammdatenschema.0102/stammdatenschema/struktur[2]". */
char *fk_xml_location(const xmlNode *node);

#endif
