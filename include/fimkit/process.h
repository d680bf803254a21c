/*
 * process.h - the per-document pipeline: load, detect, summarize (and, as
 * later stages are added, validate and run rules), filling one file entry of
 * a report.  The document tree is freed before returning: reports keep
 * results only.
 */
#ifndef FIMKIT_PROCESS_H
#define FIMKIT_PROCESS_H

#include "fimkit/inputs.h"
#include "fimkit/load.h"
#include "fimkit/report.h"

struct fk_schema_set;
struct fk_rule_config;

struct fk_process_options {
	struct fk_load_options load;
	struct fk_schema_set *schemas;  /* validate against this set; NULL: do not validate */
	const struct fk_rule_config *rules; /* run these quality rules; NULL: none */
	unsigned jobs;                  /* worker threads; 0 or 1: none */
};

/*
 * Loads input in for the entry f: sets f's display path ("<stdin>" for
 * "-"), XML errors in f->diags, and f->error when the input cannot be used,
 * read or is over a limit.  *doc is the document (caller frees; NULL when
 * the input was unusable before loading).  Shared by every command that
 * reads documents, so that all say the same about a bad input.
 */
enum fk_load_status fk_load_input(const struct fk_input *in, const struct fk_load_options *load,
				  struct fk_file_report *f, struct fk_doc **doc);

/* Processes one input into the entry f (whose path is set). */
void fk_process_input(const struct fk_process_options *opts,
		      const struct fk_input *in, struct fk_file_report *f);

/*
 * Processes every input into the empty report r, one entry each, in input
 * order, with
 * opts->jobs worker threads.  The schema set and rule configuration are
 * shared read-only; each document is handled by one thread from start to
 * end.
 */
void fk_process_all(const struct fk_process_options *opts,
		    const struct fk_input_list *inputs, struct fk_report *r);

/* Parses "K/N" (1 <= K <= N) for --shard; 0 on success. */
int fk_shard_parse(const char *s, unsigned *k, unsigned *n);
/* Keeps only the inputs of shard k of n (by a hash of the path, so a path
   lands in the same shard whatever else is in the set). */
void fk_inputs_shard(struct fk_input_list *l, unsigned k, unsigned n);

#endif
