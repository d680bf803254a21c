/*
 * xdf_util.h - small helpers shared by the XDatenfelder rule families.
 */
#ifndef FIMKIT_XDF_UTIL_H
#define FIMKIT_XDF_UTIL_H

#include "fimkit/rules.h"

/* Iterate over the first occurrence of every object. */
#define FK_FOR_EACH_DISTINCT(ctx, o)                                             \
	for (size_t fk_i_ = 0; fk_i_ < (ctx)->xdf->ndistinct; fk_i_++)           \
		for (struct fk_xdf_obj *o = (ctx)->xdf->distinct[fk_i_]; o; o = NULL)

/* Bit for a kind, to write "applies to groups and fields" as a mask. */
#define FK_KIND(k) (1u << (k))
#define FK_KINDS_ALL 0x1Fu

/* Text of child `local` of the object, NULL when absent, "" when empty. */
const char *fk_obj_text(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const char *local);
/* True when the text is NULL or empty. */
int fk_blank(const char *s);
/* The object's schemaelementart code (ABS, HAR, RNG), NULL when absent. */
const char *fk_obj_art(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o);
/* True when the object has at least one non-empty bezug. */
int fk_obj_has_bezug(struct fk_rule_ctx *ctx, const xmlNode *node);
/* The element child `local` of the object's element (for locating a finding). */
const xmlNode *fk_obj_child(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const char *local);
/* The kind's name in the language of the run's messages. */
const char *fk_kind(const struct fk_rule_ctx *ctx, enum fk_xdf_kind kind);
/* True for XDatenfelder 3.0.0 documents. */
int fk_is_xdf3(const struct fk_rule_ctx *ctx);

#endif
