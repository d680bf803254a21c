/* datadir.c - finding fimkit's installed or in-tree data. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fimkit/datadir.h"

/* The data root: FIMKIT_DATADIR, the source tree for programs of the build
   tree (the program, the tests, the fuzz harnesses), else pkgdatadir. */
static const char *data_root(char *buf, size_t size)
{
	const char *env = getenv("FIMKIT_DATADIR");
	char exe[PATH_MAX];
	ssize_t n;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		size_t blen = strlen(FK_ABS_BUILDDIR);
		char *slash;

		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		if (!strncmp(exe, FK_ABS_BUILDDIR, blen) && (exe[blen] == '\0' || exe[blen] == '/')) {
			if (!realpath(FK_ABS_SRCDIR, buf))
				snprintf(buf, size, "%s", FK_ABS_SRCDIR);
			return buf;
		}
	}
	return FK_PKGDATADIR;
}

const char *fk_data_dir(const char *sub)
{
	static __thread char dir[PATH_MAX + 32];
	char root[PATH_MAX];

	snprintf(dir, sizeof(dir), "%s/%s", data_root(root, sizeof(root)), sub);
	return dir;
}
