/* main.c - the fimkit program: everything else is in the library. */
#include <config.h>

#include <stdio.h>

#include "fimkit/cli.h"

int main(int argc, char **argv)
{
	int status = fimkit_main(argc, argv, stdout, stderr);

	/* A full disk or a closed pipe must not pass as success. */
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fputs("fimkit: write error on standard output\n", stderr);
		return FK_EXIT_FAILURE;
	}
	return status;
}
