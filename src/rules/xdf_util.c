/* xdf_util.c - helpers shared by the XDatenfelder rule families. */
#include <config.h>

#include "xdf_util.h"

const char *fk_obj_text(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const char *local)
{
	return fk_xdf_text(ctx->xdf, o->node, local);
}

int fk_blank(const char *s)
{
	return !s || !*s;
}

const char *fk_obj_art(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o)
{
	return fk_xdf_code(ctx->xdf, o->node, "schemaelementart");
}

int fk_obj_has_bezug(struct fk_rule_ctx *ctx, const xmlNode *node)
{
	for (const xmlNode *b = fk_xdf_first(ctx->xdf, node, "bezug"); b; b = fk_xdf_next(ctx->xdf, b))
		if (!fk_blank(fk_xdf_node_text(ctx->xdf, b)))
			return 1;
	return 0;
}

const xmlNode *fk_obj_child(struct fk_rule_ctx *ctx, const struct fk_xdf_obj *o, const char *local)
{
	return fk_xdf_first(ctx->xdf, o->node, local);
}

int fk_is_xdf3(const struct fk_rule_ctx *ctx)
{
	return ctx->xdf->standard == FK_STD_XDF3;
}

const char *fk_kind(const struct fk_rule_ctx *ctx, enum fk_xdf_kind kind)
{
	return ctx->cfg->lang == FK_LANG_DE ? fk_xdf_kind_name_de(kind) : fk_xdf_kind_name(kind);
}
