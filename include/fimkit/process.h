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
	struct fk_rule_config *rules;   /* run these quality rules; NULL: none */
};

/* Processes one input into a new entry of r. */
void fk_process_input(const struct fk_process_options *opts,
		      const struct fk_input *in, struct fk_report *r);

#endif
