/*
 * detect.h - which FIM standard, version and message a document is.
 *
 * Detection looks only at the root element: its namespace and local name.
 * Returned strings point into static tables or into the detection struct,
 * which owns root_name and root_ns (fk_detection_release frees them).
 */
#ifndef FIMKIT_DETECT_H
#define FIMKIT_DETECT_H

#include <libxml/tree.h>

enum fk_standard {
	FK_STD_UNKNOWN = 0,
	FK_STD_XDF1,         /* recognised, not supported */
	FK_STD_XDF2,
	FK_STD_XDF3,
	FK_STD_XZUFI_2_1,    /* recognised, not supported */
	FK_STD_XZUFI_2_2,
	FK_STD_XZUFI_2_3,
	FK_STD_XPROZESS_2,
	FK_STD_GENERICODE_1,
};

enum fk_family {
	FK_FAMILY_NONE = 0,
	FK_FAMILY_XDATENFELDER,
	FK_FAMILY_XZUFI,
	FK_FAMILY_XPROZESS,
	FK_FAMILY_GENERICODE,
};

struct fk_detection {
	enum fk_standard standard;
	enum fk_family family;
	const char *standard_name;  /* "XDatenfelder"; NULL when unknown */
	const char *version;        /* "3.0.0"; NULL when unknown */
	const char *namespace_uri;  /* the standard's namespace; NULL when unknown */
	int supported;              /* fimkit can process this standard version */
	int known_message;          /* root is a message/root element of the standard */
	char message[8];            /* message number such as "0102"; "" if none */
	char *root_name;            /* local name of the root element (owned) */
	char *root_ns;              /* namespace of the root element (owned, may be NULL) */
};

void fk_detection_init(struct fk_detection *d);
void fk_detection_release(struct fk_detection *d);

/* Fills d from the root element; root may be NULL (nothing detected). */
void fk_detect_root(const xmlNode *root, struct fk_detection *d);

/*
 * Why the document is not supported, as one sentence for an "unsupported"
 * finding, or NULL when it is supported.  The result is owned by the caller.
 */
char *fk_detection_unsupported_reason(const struct fk_detection *d);

/* "XDatenfelder 3.0.0", "XProzess 2.0"; "unknown" if not detected. Static. */
const char *fk_standard_label(enum fk_standard std);
/* Short machine name: "xdatenfelder-3.0.0", "xzufi-2.2.0", ...; NULL if unknown. */
const char *fk_standard_slug(enum fk_standard std);

#endif
