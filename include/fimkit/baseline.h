/*
 * baseline.h - known findings recorded once and left out afterwards.
 *
 * FIM XML has no room for inline waivers, so a baseline file is the waiver
 * mechanism: `fimkit check --write-baseline FILE` records the findings of a
 * run, `--baseline FILE` reports only findings it does not list.  Findings
 * are matched by file, rule and object id, never by line, so edits elsewhere
 * in a file do not bring known findings back (docs/baseline.md).
 *
 * Ownership: fk_baseline_load returns a baseline owned by the caller, freed
 * with fk_baseline_free.
 */
#ifndef FIMKIT_BASELINE_H
#define FIMKIT_BASELINE_H

#include <stdio.h>

#include "fimkit/report.h"

struct fk_baseline;

/* Reads a baseline file; NULL with *error set on failure. */
struct fk_baseline *fk_baseline_load(const char *path, char **error);
void fk_baseline_free(struct fk_baseline *b);

/* Leaves out of r every finding the baseline lists (as often as it lists
   it) and counts them in r->baselined.  Call before fk_report_finish. */
void fk_baseline_apply(const struct fk_baseline *b, struct fk_report *r);

/* Writes the findings of r as a baseline; 0, or -1 when writing failed. */
int fk_baseline_write(const struct fk_report *r, FILE *out);

#endif
