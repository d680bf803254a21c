/* xmlutil.c - helpers over libxml2 trees. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/xmlutil.h"

static int same_ns(const xmlNs *a, const xmlNs *b)
{
	if (!a || !b)
		return a == b;
	return a->href && b->href && !strcmp((const char *)a->href, (const char *)b->href);
}

int fk_xml_is(const xmlNode *node, const char *ns, const char *local)
{
	if (!node || node->type != XML_ELEMENT_NODE || strcmp((const char *)node->name, local))
		return 0;
	if (!ns)
		return 1;
	return node->ns && node->ns->href && !strcmp((const char *)node->ns->href, ns);
}

xmlNode *fk_xml_child(const xmlNode *parent, const char *local)
{
	xmlNode *unqualified = NULL;

	if (!parent)
		return NULL;
	for (xmlNode *c = parent->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, local))
			continue;
		if (same_ns(c->ns, parent->ns))
			return c;
		if (!c->ns && !unqualified)
			unqualified = c;
	}
	return unqualified;
}

xmlNode *fk_xml_path(const xmlNode *start, const char *path)
{
	const xmlNode *cur = start;
	char step[128];

	while (cur && *path) {
		const char *slash = strchr(path, '/');
		size_t n = slash ? (size_t)(slash - path) : strlen(path);

		if (n >= sizeof(step))
			return NULL;
		memcpy(step, path, n);
		step[n] = '\0';
		cur = fk_xml_child(cur, step);
		path += n + (slash ? 1 : 0);
	}
	return (xmlNode *)cur;
}

xmlNode *fk_xml_next_same(const xmlNode *node)
{
	for (xmlNode *c = node->next; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, (const char *)node->name) &&
		    same_ns(c->ns, node->ns))
			return c;
	return NULL;
}

static int is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char *fk_xml_text(const xmlNode *node)
{
	xmlChar *raw;
	const char *s, *e;
	char *out;

	if (!node)
		return NULL;
	raw = xmlNodeGetContent(node);
	if (!raw)
		return fk_xstrdup("");
	s = (const char *)raw;
	while (is_space((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && is_space((unsigned char)e[-1]))
		e--;
	out = fk_xstrndup(s, (size_t)(e - s));
	xmlFree(raw);
	return out;
}

char *fk_xml_path_text(const xmlNode *start, const char *path)
{
	char *t = fk_xml_text(fk_xml_path(start, path));

	if (t && !*t) {
		free(t);
		return NULL;
	}
	return t;
}

char *fk_xml_location(const xmlNode *node)
{
	const xmlNode *chain[FK_XML_MAX_LOCATION_DEPTH];
	struct fk_buf b = FK_BUF_INIT;
	size_t n = 0;

	for (const xmlNode *cur = node; cur && cur->type == XML_ELEMENT_NODE; cur = cur->parent) {
		if (n == FK_XML_MAX_LOCATION_DEPTH)
			break;
		chain[n++] = cur;
	}
	while (n--) {
		const xmlNode *cur = chain[n];
		size_t pos = 1, total = 0;

		if (cur->parent) {
			for (const xmlNode *s = cur->parent->children; s; s = s->next) {
				if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, (const char *)cur->name) ||
				    !same_ns(s->ns, cur->ns))
					continue;
				total++;
				if (s == cur)
					pos = total;
			}
		}
		fk_buf_addf(&b, "/%s", (const char *)cur->name);
		if (total > 1)
			fk_buf_addf(&b, "[%zu]", pos);
	}
	return fk_buf_detach(&b);
}
