/*
 * sandbox.h - what stylesheets may read and do (internal to src/convert/).
 *
 * Process-wide, because libxslt's document loader and default security
 * preferences are: install once from the main thread before any
 * transformation runs.
 */
#ifndef FIMKIT_SANDBOX_H
#define FIMKIT_SANDBOX_H

#include <libxslt/xsltInternals.h>
#include <libxslt/security.h>

/* Per transformation, hung on the transform context's _private. */
struct fk_sandbox_doc {
	char *input_dir;   /* real path of the input's directory; NULL for stdin */
};

/*
 * Installs the loader, the security preferences and fimkit's extension
 * functions; style_roots are the directories (real paths) stylesheets and
 * document() may read below.  Replaces the roots of an earlier call.
 */
void fk_sandbox_install(const char *const *style_roots, size_t nroots);

/*
 * The code lists fk:codelist() finds: genericode files below dir, indexed
 * by CanonicalUri, CanonicalVersionUri and Version.  dir becomes readable
 * for stylesheets.  Returns 0, or -1 with *error set (caller frees).
 */
int fk_sandbox_codelists(const char *dir, char **error);

/* The preferences to set on every transform context. */
xsltSecurityPrefsPtr fk_sandbox_prefs(void);

/* Parse errors of the last stylesheet load in this thread, or NULL (static). */
const char *fk_sandbox_last_error(void);

/* The directory part of the real path real (caller frees); NULL if none. */
char *fk_sandbox_parent(const char *real);

/* The real path of path's directory (caller frees); NULL when unknown. */
char *fk_sandbox_dir_of(const char *path);

#endif
