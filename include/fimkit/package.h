/*
 * package.h - service packages: the documents of one service (Leistung,
 * Prozess, Datenschemas with Dokumentsteckbrief, code lists), the links
 * between them and the package rules (codes K101 ... K402).
 *
 * The package step runs once, after every document of a run has been
 * processed, over the link facts stored in the report's entries
 * (links.h): it forms the packages (docs/packages.md), reads their
 * manifests, resolves every reference and adds the findings of the enabled
 * package rules to the entries of the files concerned.
 *
 * How inputs become packages:
 *   - a directory holding a Leistung or Prozess document, or a manifest
 *     (FK_PACKAGE_MANIFEST), is a package; documents in directories below
 *     it belong to it unless they are below another such directory;
 *   - documents named on the command line (not found in a directory) form
 *     one package together when there are at least two of them and a
 *     Leistung or Prozess is among them, or when their one directory has a
 *     manifest;
 *   - other documents belong to no package; they still count as targets
 *     when a package refers to them ("outside the package").
 *
 * Ownership: the set owns everything in it; fk_package_set_free releases it
 * (NULL is a no-op).  Strings of links point into the set.
 */
#ifndef FIMKIT_PACKAGE_H
#define FIMKIT_PACKAGE_H

#include <stddef.h>

#include "fimkit/inputs.h"
#include "fimkit/links.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

/* The optional manifest file of a package directory (docs/packages.md). */
#define FK_PACKAGE_MANIFEST "fimkit-package.conf"
/* The placeholder Dokumentsteckbrief of the FIM method. */
#define FK_PLACEHOLDER_DSB "D99000000001"

/* How a link ended. */
enum fk_pkg_link_state {
	FK_PKG_RESOLVED = 0,   /* the target is in the package */
	FK_PKG_OUTSIDE,        /* the target is elsewhere in the run, not in the package */
	FK_PKG_OTHER_VERSION,  /* the package has the target, in another version */
	FK_PKG_COUNTERPART,    /* a Dokumentsteckbrief is absent; its Datenschema (same number) is here */
	FK_PKG_PLACEHOLDER,    /* the placeholder Dokumentsteckbrief D99000000001 */
	FK_PKG_DANGLING,       /* nothing in the run has the target */
};
/* "resolved", "outside", "other_version", "counterpart", "placeholder", "dangling" */
const char *fk_pkg_link_state_name(enum fk_pkg_link_state st);

/* An object of a report entry: entry index and index into its links->objs. */
struct fk_pkg_end {
	size_t file;           /* SIZE_MAX: none */
	size_t obj;
};

struct fk_pkg_link {
	struct fk_pkg_end from;   /* the referring object (manifest links: the first object named) */
	struct fk_pkg_end to;     /* the target found (file SIZE_MAX when none) */
	enum fk_link_kind kind;   /* what the reference names */
	const char *id;           /* the target as named */
	const char *version;      /* NULL: any version */
	const char *via;          /* "idProzess", "codelisteReferenz", "Leistungsschlüssel",
				     "D/S number", "manifest", ... (static) */
	size_t at_file;           /* where the link is stated: the referring entry or the manifest */
	long line;
	enum fk_pkg_link_state state;
};

struct fk_package {
	char *name;            /* the manifest's name, else the directory, else "command line" */
	char *dir;             /* the package directory; NULL for files named on the command line */
	char *manifest;        /* path of the manifest read, or NULL */
	size_t manifest_file;  /* its report entry, SIZE_MAX without */
	char **keys;           /* Leistungsschlüssel the manifest names */
	size_t nkeys;
	char *claim;           /* Freigabestatus the package claims (5 or 6), NULL: none */
	char *claim_by;        /* who claims it: "manifest", "Prozess 99... V01.00.00" */
	size_t *files;         /* report entries of its documents, input order */
	size_t nfiles;
	struct fk_pkg_link *links;
	size_t nlinks;
	/* private */
	size_t links_cap;
	char **strings;
	size_t nstrings;
	size_t strings_cap;
};

struct fk_package_set {
	struct fk_package *v;
	size_t n;
	size_t *pkg_of;        /* per report entry: its package, SIZE_MAX for none */
	size_t nentries;
};

/*
 * Forms the packages of a processed report (r built from inputs, entry i
 * from input i), reads their manifests (each gets a report entry, appended),
 * resolves the links and adds the findings of the package rules enabled in
 * cfg.  Sets each member entry's package name.  Returns the set.
 */
struct fk_package_set *fk_packages_run(struct fk_report *r, const struct fk_input_list *inputs,
				       const struct fk_rule_config *cfg);
void fk_package_set_free(struct fk_package_set *s);

/* The object an end names, or NULL. */
const struct fk_link_obj *fk_pkg_obj(const struct fk_report *r, struct fk_pkg_end e);

/* The package rules (src/package/package.c), listed by the rule engine. */
extern const struct fk_rule fk_rules_package[];

#endif
