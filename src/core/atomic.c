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
	struct stat st;
	int fd;

	memset(af, 0, sizeof(*af));
	if (stat(target, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		af->fp = fopen(target, "w");
		if (!af->fp)
			return -1;
		af->target = fk_xstrdup(target);
		return 0;
	}
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

	if (!af->tmp) {
		/* a device or pipe: nothing to rename */
		failed = fflush(af->fp) != 0 || ferror(af->fp);
		e = errno;
		if (fclose(af->fp) != 0 && !failed) {
			failed = 1;
			e = errno;
		}
		free(af->target);
		memset(af, 0, sizeof(*af));
		errno = e;
		return failed ? -1 : 0;
	}

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

/* The start of every CSV fimkit writes (xslt/xdf-csv.xsl): a BOM and the
   first column names of the header row. */
#define CSV_HEAD "\xEF\xBB\xBFpath,id,version,"

int fk_output_allowed(const char *target, const char *const *inputs, size_t ninputs,
		      int force, char **why)
{
	struct stat out, in;
	char head[4097];
	size_t n;
	FILE *f;

	*why = NULL;
	if (stat(target, &out) != 0 || !S_ISREG(out.st_mode))
		return 0; /* new file, or a device/pipe written directly */
	for (size_t i = 0; i < ninputs; i++) {
		if (stat(inputs[i], &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
			*why = fk_xasprintf("'%s' is one of the inputs; fimkit never overwrites its inputs",
					    target);
			return -1;
		}
	}
	if (force || out.st_size == 0)
		return 0;
	f = fopen(target, "rb");
	if (!f)
		return 0; /* the write will fail with the real reason */
	n = fread(head, 1, sizeof(head) - 1, f);
	/* every format names fimkit near its start, except CSV conversions,
	   which start with fimkit's header row, and text, which ends in its
	   summary line */
	if (memmem(head, n, "fimkit", 6) ||
	    (n >= sizeof(CSV_HEAD) - 1 && !memcmp(head, CSV_HEAD, sizeof(CSV_HEAD) - 1))) {
		fclose(f);
		return 0;
	}
	if (out.st_size > (off_t)(sizeof(head) - 1))
		fseeko(f, -(off_t)(sizeof(head) - 1), SEEK_END);
	else
		rewind(f);
	n = fread(head, 1, sizeof(head) - 1, f);
	fclose(f);
	if (memmem(head, n, " not processed; ", 16))
		return 0;
	*why = fk_xasprintf("'%s' exists and is not fimkit's own earlier output; use --force to replace it",
			    target);
	return -1;
}
