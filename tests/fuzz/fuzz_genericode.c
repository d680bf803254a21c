/*
 * fuzz_genericode.c - libFuzzer harness: reading a genericode code list
 * (fk_gc_load, used for --codelists and --catalog) and looking cells up in
 * the table it yields.
 *
 * fk_gc_load takes a path, so the input is put into an anonymous in-memory
 * file (memfd) and named through /proc/self/fd: nothing is written to disk.
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fimkit/genericode.h"
#include "fimkit/load.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int input_fd = -1;
static char input_path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fk_xml_init();
	input_fd = memfd_create("fuzz-codelist.xml", MFD_CLOEXEC);
	if (input_fd < 0) {
		perror("fuzz_genericode: memfd_create");
		abort();
	}
	snprintf(input_path, sizeof(input_path), "/proc/self/fd/%d", input_fd);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fk_gc_table *t;
	char *error = NULL;
	volatile size_t sink = 0;

	if (ftruncate(input_fd, 0) < 0 ||
	    (size && pwrite(input_fd, data, size, 0) != (ssize_t)size)) {
		perror("fuzz_genericode: writing the input");
		abort();
	}
	t = fk_gc_load(input_path, &error);
	if (!t) {
		free(error);
		return 0;
	}
	/* every cell, through the lookups the rules use */
	for (size_t c = 0; c < t->ncolumns; c++) {
		int col = fk_gc_column(t, t->columns[c]);

		for (size_t row = 0; row < t->nrows + 1; row++) {
			const char *v = fk_gc_cell(t, row, col);

			if (v)
				sink += (unsigned char)v[0];
		}
	}
	if (t->key_column)
		sink += (size_t)fk_gc_column(t, t->key_column) + 1;
	(void)fk_gc_cell(t, 0, -1);
	fk_gc_table_free(t);
	(void)sink;
	return 0;
}
