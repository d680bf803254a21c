/* atomic.c - atomic replacement of output files. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fimkit/atomic.h"
#include "fimkit/buf.h"

int fk_atomic_open(struct fk_atomic_file *af, const char *target)
{
	int fd;

	memset(af, 0, sizeof(*af));
	af->target = fk_xstrdup(target);
	af->tmp = fk_xasprintf("%s.fimkit-XXXXXX", target);
	fd = mkstemp(af->tmp);
	if (fd < 0)
		goto fail;
	/* mkstemp creates 0600; outputs are ordinary files. */
	{
		mode_t mask = umask(0);

		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	af->fp = fdopen(fd, "w");
	if (!af->fp) {
		int e = errno;

		close(fd);
		unlink(af->tmp);
		errno = e;
		goto fail;
	}
	return 0;
fail:
	{
		int e = errno;

		free(af->target);
		free(af->tmp);
		memset(af, 0, sizeof(*af));
		errno = e;
	}
	return -1;
}

int fk_atomic_commit(struct fk_atomic_file *af)
{
	int failed = 0, e = 0;

	if (fflush(af->fp) != 0 || ferror(af->fp) || fsync(fileno(af->fp)) != 0) {
		failed = 1;
		e = errno;
	}
	if (fclose(af->fp) != 0 && !failed) {
		failed = 1;
		e = errno;
	}
	af->fp = NULL;
	if (!failed && rename(af->tmp, af->target) != 0) {
		failed = 1;
		e = errno;
	}
	if (failed)
		unlink(af->tmp);
	free(af->target);
	free(af->tmp);
	memset(af, 0, sizeof(*af));
	errno = e;
	return failed ? -1 : 0;
}

void fk_atomic_abort(struct fk_atomic_file *af)
{
	if (af->fp)
		fclose(af->fp);
	if (af->tmp)
		unlink(af->tmp);
	free(af->target);
	free(af->tmp);
	memset(af, 0, sizeof(*af));
}
