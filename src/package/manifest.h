/*
 * manifest.h - the package manifest (fimkit-package.conf), docs/packages.md.
 *
 * Lines of "key = value"; blank lines and lines starting with # or ; are
 * ignored, as is a [package] section header.  Keys: name, leistungsschluessel
 * (one or more, comma-separated), freigabestatus (1-8), link (FROM -> TO,
 * each an object id optionally followed by a version), package (yes, or no
 * for a directory that is a collection, not a package).  Every problem is
 * collected with its line; reading goes on after it.
 *
 * Ownership: the manifest owns its strings (fk_manifest_release).
 */
#ifndef FIMKIT_PACKAGE_MANIFEST_H
#define FIMKIT_PACKAGE_MANIFEST_H

#include <stddef.h>

struct fk_manifest_link {
	char *from_id, *from_version;  /* version NULL: any */
	char *to_id, *to_version;
	long line;
};

struct fk_manifest_problem {
	long line;                     /* 0: the file as a whole */
	char *message;                 /* English */
	char *message_de;
};

struct fk_manifest {
	char *name;
	char **keys;
	long *key_lines;
	size_t nkeys;
	int not_package;               /* package = no */
	char *status;                  /* freigabestatus, NULL when not given */
	long status_line;
	struct fk_manifest_link *links;
	size_t nlinks;
	struct fk_manifest_problem *problems;
	size_t nproblems;
};

/* Reads path into m (which it initialises); problems, including an
   unreadable file, are collected in m->problems. */
void fk_manifest_read(const char *path, struct fk_manifest *m);
void fk_manifest_release(struct fk_manifest *m);

#endif
