/* atomic.c - atomic replacement of output files. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fimkit/atomic.h"
#include "fimkit/buf.h"

/*
 * Temporary files being written, so that SIGINT or SIGTERM can remove them
 * before the process dies: an interrupted run leaves no partial output.
 * Only async-signal-safe calls (unlink, signal, raise) happen in the handler.
 */
#define MAX_PENDING 8
static char *volatile pending[MAX_PENDING];

static void remove_pending(int sig)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i])
			unlink(pending[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void track(char *tmp)
{
	static int handlers;

	if (!handlers) {
		signal(SIGINT, remove_pending);
		signal(SIGTERM, remove_pending);
		signal(SIGHUP, remove_pending);
		handlers = 1;
	}
	for (int i = 0; i < MAX_PENDING; i++) {
		if (!pending[i]) {
			pending[i] = tmp;
			return;
		}
	}
}

static void untrack(const char *tmp)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i] == tmp)
			pending[i] = NULL;
}

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
	track(af->tmp);
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
	untrack(af->tmp);
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
	if (af->tmp) {
		unlink(af->tmp);
		untrack(af->tmp);
	}
	free(af->target);
	free(af->tmp);
	memset(af, 0, sizeof(*af));
}
