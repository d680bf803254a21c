/* detect.c - standard, version and message from the root element. */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fimkit/buf.h"
#include "fimkit/detect.h"

struct standard_row {
	enum fk_standard standard;
	enum fk_family family;
	const char *name;
	const char *version;
	const char *ns;
	int supported;
	/* Root elements the standard defines; NULL: any root is accepted
	   (XZuFi: the transfer root's name is not published). */
	const char *const *roots;
};

static const char *const xdf2_roots[] = {
	"xdatenfelder.dokumentsteckbrief.0101",
	"xdatenfelder.stammdatenschema.0102",
	"xdatenfelder.datenfeldgruppe.0103",
	"xdatenfelder.datenfeld.0104",
	"xdatenfelder.codeliste.0105",
	"verzeichnis.datenfeldbaukasten.0201",
	"verzeichnis.datenfeldkatalog.0202",
	"verzeichnis.stammdatenschemabibliothek.0203",
	"sync.anfrage.0301",
	"sync.antwort.0302",
	"sync.abruf.0303",
	"such.anfrage.0401",
	"such.antwort.0402",
	NULL,
};

static const char *const xdf3_roots[] = {
	"xdatenfelder.dokumentsteckbrief.0101",
	"xdatenfelder.stammdatenschema.0102",
	"xdatenfelder.datenfeldgruppe.0103",
	"xdatenfelder.datenfeld.0104",
	"xdatenfelder.codeliste.0105",
	"xdatenfelder.uebersetzung.0106",
	"verzeichnis.datenfeldbaukasten.0201",
	"verzeichnis.datenfeldkatalog.0202",
	"verzeichnis.stammdatenschemabibliothek.0203",
	NULL,
};

static const char *const xprozess_roots[] = {
	"prozesskatalog.anfrage.0101",
	"prozesskatalog.antwort.0102",
	"prozesskatalog.export.0103",
	"prozessbibliothek.anfrage.0201",
	"prozessbibliothek.antwort.0202",
	"prozessbibliothek.export.0203",
	"alleInhalte.anfrage.0301",
	"alleInhalte.antwort.0302",
	"alleInhalte.export.0303",
	NULL,
};

static const char *const genericode_roots[] = {
	"CodeList",
	"CodeListSet",
	"ColumnSet",
	NULL,
};

static const struct standard_row standards[] = {
	{ FK_STD_XDF1, FK_FAMILY_XDATENFELDER, "XDatenfelder", "1",
	  "urn:xoev-de:fim:standard:xdatenfelder_1", 0, NULL },
	{ FK_STD_XDF2, FK_FAMILY_XDATENFELDER, "XDatenfelder", "2.0",
	  "urn:xoev-de:fim:standard:xdatenfelder_2", 1, xdf2_roots },
	{ FK_STD_XDF3, FK_FAMILY_XDATENFELDER, "XDatenfelder", "3.0.0",
	  "urn:xoev-de:fim:standard:xdatenfelder_3.0.0", 1, xdf3_roots },
	{ FK_STD_XZUFI_2_1, FK_FAMILY_XZUFI, "XZuFi", "2.1.0",
	  "http://xoev.de/schemata/xzufi/2_1_0", 0, NULL },
	{ FK_STD_XZUFI_2_2, FK_FAMILY_XZUFI, "XZuFi", "2.2.0",
	  "http://xoev.de/schemata/xzufi/2_2_0", 1, NULL },
	{ FK_STD_XZUFI_2_3, FK_FAMILY_XZUFI, "XZuFi", "2.3.1",
	  "http://xoev.de/schemata/xzufi/2_3_1", 1, NULL },
	{ FK_STD_XPROZESS_2, FK_FAMILY_XPROZESS, "XProzess", "2.0",
	  "http://www.regierung-mv.de/xprozess/2", 1, xprozess_roots },
	{ FK_STD_GENERICODE_1, FK_FAMILY_GENERICODE, "genericode", "1.0",
	  "http://docs.oasis-open.org/codelist/ns/genericode/1.0/", 1, genericode_roots },
};

#define NSTANDARDS (sizeof(standards) / sizeof(standards[0]))

static const struct standard_row *row_for(enum fk_standard std)
{
	for (size_t i = 0; i < NSTANDARDS; i++)
		if (standards[i].standard == std)
			return &standards[i];
	return NULL;
}

const char *fk_standard_label(enum fk_standard std)
{
	static const char *const labels[] = {
		[FK_STD_UNKNOWN] = "unknown",
		[FK_STD_XDF1] = "XDatenfelder 1",
		[FK_STD_XDF2] = "XDatenfelder 2.0",
		[FK_STD_XDF3] = "XDatenfelder 3.0.0",
		[FK_STD_XZUFI_2_1] = "XZuFi 2.1.0",
		[FK_STD_XZUFI_2_2] = "XZuFi 2.2.0",
		[FK_STD_XZUFI_2_3] = "XZuFi 2.3.1",
		[FK_STD_XPROZESS_2] = "XProzess 2.0",
		[FK_STD_GENERICODE_1] = "genericode 1.0",
	};
	if ((unsigned)std >= sizeof(labels) / sizeof(labels[0]))
		return "unknown";
	return labels[std];
}

const char *fk_standard_slug(enum fk_standard std)
{
	static const char *const slugs[] = {
		[FK_STD_UNKNOWN] = NULL,
		[FK_STD_XDF1] = "xdatenfelder-1",
		[FK_STD_XDF2] = "xdatenfelder-2.0",
		[FK_STD_XDF3] = "xdatenfelder-3.0.0",
		[FK_STD_XZUFI_2_1] = "xzufi-2.1.0",
		[FK_STD_XZUFI_2_2] = "xzufi-2.2.0",
		[FK_STD_XZUFI_2_3] = "xzufi-2.3.1",
		[FK_STD_XPROZESS_2] = "xprozess-2.0",
		[FK_STD_GENERICODE_1] = "genericode-1.0",
	};
	if ((unsigned)std >= sizeof(slugs) / sizeof(slugs[0]))
		return NULL;
	return slugs[std];
}

void fk_detection_init(struct fk_detection *d)
{
	memset(d, 0, sizeof(*d));
}

void fk_detection_release(struct fk_detection *d)
{
	free(d->root_name);
	free(d->root_ns);
	fk_detection_init(d);
}

/* Message number: the digits after the last '.' of the root name ("0102"). */
static void message_number(const char *root, char out[8])
{
	const char *dot = strrchr(root, '.');
	size_t n;

	out[0] = '\0';
	if (!dot)
		return;
	dot++;
	n = strlen(dot);
	if (n < 4 || n > 7)
		return;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)dot[i]))
			return;
	memcpy(out, dot, n + 1);
}

void fk_detect_root(const xmlNode *root, struct fk_detection *d)
{
	const char *ns;

	fk_detection_release(d);
	if (!root || root->type != XML_ELEMENT_NODE)
		return;
	d->root_name = fk_xstrdup((const char *)root->name);
	ns = root->ns && root->ns->href ? (const char *)root->ns->href : NULL;
	d->root_ns = fk_xstrdup(ns);
	if (!ns)
		return;
	for (size_t i = 0; i < NSTANDARDS; i++) {
		const struct standard_row *r = &standards[i];

		if (strcmp(ns, r->ns))
			continue;
		d->standard = r->standard;
		d->family = r->family;
		d->standard_name = r->name;
		d->version = r->version;
		d->namespace_uri = r->ns;
		d->supported = r->supported;
		if (r->roots) {
			for (const char *const *p = r->roots; *p; p++)
				if (!strcmp(*p, d->root_name))
					d->known_message = 1;
		} else {
			d->known_message = 1;
		}
		if (d->family != FK_FAMILY_GENERICODE)
			message_number(d->root_name, d->message);
		return;
	}
}

char *fk_detection_unsupported_reason(const struct fk_detection *d)
{
	const struct standard_row *r;
	struct fk_buf b = FK_BUF_INIT;

	if (!d->root_name)
		return fk_xstrdup("no root element");
	if (d->standard == FK_STD_UNKNOWN) {
		if (d->root_ns)
			return fk_xasprintf("not a FIM document: root element '%s' in namespace '%s' "
					    "belongs to no supported standard",
					    d->root_name, d->root_ns);
		return fk_xasprintf("not a FIM document: root element '%s' has no namespace",
				    d->root_name);
	}
	if (!d->supported) {
		fk_buf_addf(&b, "%s documents are not supported (supported:",
			    fk_standard_label(d->standard));
		const char *sep = " ";

		for (size_t i = 0; i < NSTANDARDS; i++) {
			if (standards[i].family == d->family && standards[i].supported) {
				fk_buf_addf(&b, "%s%s", sep, standards[i].version);
				sep = ", ";
			}
		}
		fk_buf_adds(&b, ")");
		return fk_buf_detach(&b);
	}
	if (!d->known_message) {
		r = row_for(d->standard);
		fk_buf_addf(&b, "root element '%s' is not a message of %s (expected one of:",
			    d->root_name, fk_standard_label(d->standard));
		for (const char *const *p = r->roots; *p; p++)
			fk_buf_addf(&b, "%s %s", p == r->roots ? "" : ",", *p);
		fk_buf_adds(&b, ")");
		return fk_buf_detach(&b);
	}
	return NULL;
}
