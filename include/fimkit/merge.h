/*
 * merge.h - reading JSON reports back and merging the reports of shards
 * (`fimkit check --shard=K/N`) into the report of the whole run.
 *
 * A JSON report (docs/json-report.md, format 1.x) is read into a struct
 * fk_report_input: its entries become a struct fk_report again, its rule
 * configuration a struct fk_rule_config, so that every writer can write the
 * merged report as the unsharded run would have.  fk_merge_reports orders
 * the entries by path (byte order of the path's components, which is the
 * order a directory walk yields), keeps an entry found in several reports
 * once when the reports agree on it and leaves it out when they do not,
 * unites the notes and recomputes every count.  When the inputs are the
 * reports of all shards of a check, it runs the package step again over the
 * link facts the shards recorded, as the unsharded run did.
 *
 * The library never prints: problems come back as strings (without the
 * "fimkit: " prefix) for the command to print.
 *
 * Ownership: a struct fk_report_input owns its report, configuration and
 * strings (fk_report_input_release); a struct fk_merge owns the merged
 * report and its messages (fk_merge_release), and report.rules points into
 * the struct, which therefore must not be moved while the report is in use.
 */
#ifndef FIMKIT_MERGE_H
#define FIMKIT_MERGE_H

#include <stddef.h>

#include "fimkit/json_parse.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

struct fk_report_input {
	char *name;                    /* the report's path as given ("-": standard input) */
	struct fk_jvalue *json;        /* the parsed document */
	char *format_version;          /* as found, e.g. "1.1" */
	long format_minor;             /* its minor version: 1 for "1.1" */
	char *tool_version;            /* fimkit version that wrote it */
	struct fk_report report;       /* command, fail_on, notes, baselined, entries */
	int has_configuration;         /* it records its configuration (format 1.1) */
	int has_rules;                 /* quality rules ran; rulecfg is valid */
	struct fk_rule_config rulecfg;
	int has_packages;              /* its "packages" list is not empty */
	/* a shard's report ("shard"): entries 0 .. ninputs-1 are its inputs, with
	   their link facts in the entries; later entries came from the package step */
	unsigned shard_k, shard_n;     /* shard_n 0: not a shard's report */
	size_t ninputs;
	int *found;                    /* per input: found in a directory search */
	char **input_error;            /* per input: why it could not be used, or NULL */
	char **strings;                /* strings link facts point to ("via") */
	size_t nstrings;
};

/*
 * Reads the JSON report at path ("-": standard input), at most max_size
 * bytes (0: the default input limit).  Returns 0, or -1 with *error set to
 * a message that names the report (caller frees); in is then empty but must
 * still be released.
 */
int fk_report_input_load(struct fk_report_input *in, const char *path, size_t max_size,
			 char **error);
/* The same for a report in memory; name is used in messages. */
int fk_report_input_parse(struct fk_report_input *in, const char *name, const char *data,
			  size_t len, char **error);
void fk_report_input_release(struct fk_report_input *in);

struct fk_merge_msg {
	int error;                     /* 1: an input could not be merged (exit 3); 0: a note */
	char *text;
};

struct fk_merge {
	struct fk_report report;       /* the merged report, finished */
	int has_rules;
	struct fk_rule_config rulecfg; /* report.rules points here when has_rules */
	struct fk_merge_msg *msgs;     /* in the order found */
	size_t nmsgs;
	size_t errors;                 /* messages with error set */
	char **strings;                /* taken over from the inputs with their entries */
	size_t nstrings;
};

/*
 * Merges the n loaded inputs (n >= 1) into m, moving their entries out.  The
 * first input sets the command and the configuration; an input of another
 * command or configuration, or of another number of shards, is left out (an
 * error), a shard given twice is read once (a note), a missing shard is an
 * error.  fail_on: the threshold to use, or NULL for the inputs' own when
 * they agree (else critical, with a note).  The package step reads package
 * manifests from the paths the reports name, as the checking run did.
 * Returns m->errors.
 */
size_t fk_merge_reports(struct fk_merge *m, struct fk_report_input *in, size_t n,
			const enum fk_severity *fail_on);
void fk_merge_release(struct fk_merge *m);

/* Compares two paths component by component, each in byte order (what a
   directory walk yields: "a/b/c.xml" before "a/b.xml"); like strcmp. */
int fk_path_cmp(const char *a, const char *b);

#endif
