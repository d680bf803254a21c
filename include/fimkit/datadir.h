/*
 * datadir.h - where fimkit's own data (schemas/, xslt/) lives.
 *
 * In order: $FIMKIT_DATADIR; the source tree when the running program is
 * inside the build tree (uninstalled, tests); $(pkgdatadir) as installed.
 */
#ifndef FIMKIT_DATADIR_H
#define FIMKIT_DATADIR_H

/* The directory holding sub ("schemas", "xslt"); a static buffer. */
const char *fk_data_dir(const char *sub);

#endif
