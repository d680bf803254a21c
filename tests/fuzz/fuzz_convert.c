/*
 * fuzz_convert.c - libFuzzer harness: `fimkit convert` of one document into
 * every built-in format (html, json-schema, csv, markdown, xdf3), with the
 * sample code lists available to fk:codelist(), through the same sandbox and
 * loader as the command.  Results stay in memory.
 *
 * The converter reads paths, so the input is put into an anonymous
 * in-memory file (memfd) and named through /proc/self/fd.
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fimkit/convert.h"
#include "fimkit/load.h"
#include "fimkit/report.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef FK_ABS_SRCDIR
#define FUZZ_XSLT_DIR FK_ABS_SRCDIR "/xslt"
#define FUZZ_CODELISTS FK_ABS_SRCDIR "/samples/hundesteuer"
#else
#define FUZZ_XSLT_DIR NULL
#define FUZZ_CODELISTS NULL
#endif

#define NFORMATS 5
static struct fk_converter *converters[NFORMATS];
static int input_fd = -1;
static char input_path[64];

static void die(const char *what, const char *why)
{
	fprintf(stderr, "fuzz_convert: %s: %s\n", what, why ? why : "?");
	abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const enum fk_convert_format formats[NFORMATS] = {
		FK_CONVERT_HTML, FK_CONVERT_JSON_SCHEMA, FK_CONVERT_CSV,
		FK_CONVERT_MARKDOWN, FK_CONVERT_XDF3,
	};

	(void)argc;
	(void)argv;
	fk_xml_init();
	for (size_t i = 0; i < NFORMATS; i++) {
		struct fk_converter_options o;
		char *error = NULL;

		memset(&o, 0, sizeof(o));
		o.format = formats[i];
		o.xslt_dir = FUZZ_XSLT_DIR;
		/* the sandbox is process-wide: the last converter's roots
		   (fimkit's xslt directory and the code lists) hold for all */
		o.codelists = FUZZ_CODELISTS;
		converters[i] = fk_converter_new(&o, &error);
		if (!converters[i])
			die("cannot compile the stylesheets", error);
	}
	input_fd = memfd_create("fuzz-input.xml", MFD_CLOEXEC);
	if (input_fd < 0)
		die("memfd_create", "failed");
	snprintf(input_path, sizeof(input_path), "/proc/self/fd/%d", input_fd);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fk_input in = { .path = input_path, .error = NULL, .found = 0 };

	if (ftruncate(input_fd, 0) < 0 ||
	    (size && pwrite(input_fd, data, size, 0) != (ssize_t)size))
		die("cannot write the input", "memfd");
	for (size_t i = 0; i < NFORMATS; i++) {
		struct fk_file_report f;
		struct fk_conversion cv;

		memset(&f, 0, sizeof(f));
		f.path = strdup(input_path);
		fk_convert_input(converters[i], &in, &f, &cv);
		free(f.path);
		free(f.error);
		fk_diag_list_release(&f.diags);
		fk_summary_release(&f.summary);
		fk_detection_release(&f.det);
		fk_conversion_release(&cv);
	}
	return 0;
}
