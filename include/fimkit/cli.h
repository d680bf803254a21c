/*
 * cli.h - the fimkit command line, callable in-process.
 *
 * fimkit_main() runs one command line and returns its exit status; all output
 * goes to the given streams, so tests can run whole command lines without
 * spawning a process.
 *
 * Adding a command: write src/cli/cmd_NAME.c with an fk_command_fn, add a row
 * to fk_commands in src/cli/commands.c (name, function, usage, summary), add a
 * section to docs/fimkit.1, and add golden tests under tests/golden/.  A
 * command is listed in `fimkit --help` only once it works.
 */
#ifndef FIMKIT_CLI_H
#define FIMKIT_CLI_H

#include <stdio.h>

/* Exit statuses (documented in fimkit.1, EXIT STATUS). */
enum fk_exit {
	FK_EXIT_OK = 0,        /* clean: nothing at or above the failure threshold */
	FK_EXIT_FINDINGS = 1,  /* findings at or above the failure threshold */
	FK_EXIT_USAGE = 2,     /* bad command line */
	FK_EXIT_FAILURE = 3,   /* could not do the job for some input */
};

struct fk_cli {
	FILE *out;   /* results */
	FILE *err;   /* tool errors and usage */
};

typedef int (*fk_command_fn)(struct fk_cli *cli, int argc, char **argv);

struct fk_command {
	const char *name;
	fk_command_fn fn;
	const char *usage;    /* synopsis line(s) without the program name */
	const char *summary;  /* one line for the command list */
	const char *help;     /* option descriptions, printed by `CMD --help` */
};

extern const struct fk_command fk_commands[];

const struct fk_command *fk_command_find(const char *name);
/* Prints "usage: fimkit ..." for cmd to out. */
void fk_command_usage(const struct fk_command *cmd, FILE *out);

int fimkit_main(int argc, char **argv, FILE *out, FILE *err);

/* Error message helper: "fimkit: " + message + newline on cli->err. */
void fk_cli_error(struct fk_cli *cli, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
