/*
 * report.h - the one report model and its writers.
 *
 * A report is what one command run found, file by file, in input order.  It
 * holds no XML trees, only results, so that it stays small for whole
 * catalogues.  Writers turn the same model into text or JSON.
 *
 * Ownership: the report owns its file entries and everything in them.
 */
#ifndef FIMKIT_REPORT_H
#define FIMKIT_REPORT_H

#include <stdio.h>

#include "fimkit/detect.h"
#include "fimkit/diag.h"
#include "fimkit/summary.h"

struct fk_rule_config;
struct fk_links;
struct fk_package_set;
struct fk_input_list;

enum fk_schema_verdict {
	FK_SCHEMA_NOT_CHECKED = 0,
	FK_SCHEMA_VALID,
	FK_SCHEMA_INVALID,
};

enum fk_file_status {
	FK_FILE_OK = 0,   /* processed; no finding at or above the threshold */
	FK_FILE_FAILED,   /* processed; findings at or above the threshold */
	FK_FILE_ERROR,    /* could not be processed (unreadable, over a limit, ...) */
};
#define FK_FILE_STATUS_COUNT 3

const char *fk_file_status_name(enum fk_file_status st);
const char *fk_schema_verdict_name(enum fk_schema_verdict v); /* NULL for not checked */

struct fk_file_report {
	char *path;
	int detected;                  /* det is meaningful */
	struct fk_detection det;
	struct fk_summary summary;
	enum fk_schema_verdict schema;
	struct fk_diag_list diags;
	char *error;                   /* set: the file could not be processed */
	enum fk_file_status status;    /* computed by fk_report_finish */
	int rules_skipped;             /* rules needing code lists were skipped */
	struct fk_links *links;        /* link facts for the package step (links.h); NULL: none */
	char *package;                 /* name of the package the file belongs to; NULL: none */
};

struct fk_report {
	const char *command;           /* "info", "validate", ... (static) */
	enum fk_severity fail_on;      /* failure threshold */
	struct fk_file_report *files;
	size_t count;
	size_t cap;
	size_t by_severity[FK_SEV_COUNT];
	size_t by_status[FK_FILE_STATUS_COUNT];
	size_t by_schema[3];           /* indexed by enum fk_schema_verdict */
	/* The quality rules in force (NULL when the command runs none), for
	   writers that list the rules that ran (SARIF, JUnit). */
	const struct fk_rule_config *rules;
	int validated;                 /* schema validation ran */
	char **notes;                  /* run-level notes, e.g. rules skipped */
	size_t nnotes;
	size_t baselined;              /* findings left out because a baseline lists them */
	struct fk_package_set *packages; /* the packages of the run (package.h); NULL when the
					    command checks none */
	/* A shard's run (--shard=K/N; shard_n 0: none).  Its JSON report then
	   carries what `fimkit merge` needs to redo the package step over all
	   shards: each input (entries 0 ... of shard_inputs) with its link facts. */
	unsigned shard_k, shard_n;
	const struct fk_input_list *shard_inputs;
};

void fk_report_init(struct fk_report *r, const char *command, enum fk_severity fail_on);
void fk_report_release(struct fk_report *r);
void fk_report_add_note(struct fk_report *r, const char *note);
/* Title of a finding's rule in the run's language ("schema validation" for
   xsd, ...); NULL when the code is unknown. */
const char *fk_report_rule_title(const struct fk_report *r, const char *code);
/* Appends an empty entry for path and returns it (valid until the next add). */
struct fk_file_report *fk_report_add_file(struct fk_report *r, const char *path);
/* Computes file statuses and summary counts; call once before writing. */
void fk_report_finish(struct fk_report *r);

/* Exit status the report calls for: FK_EXIT_OK, FK_EXIT_FINDINGS or FK_EXIT_FAILURE. */
int fk_report_exit_code(const struct fk_report *r);

/* Output formats; each has one writer (src/report/<format>.c). */
enum fk_format {
	FK_FORMAT_TEXT = 0,
	FK_FORMAT_JSON,
	FK_FORMAT_SARIF,
	FK_FORMAT_JUNIT,
	FK_FORMAT_HTML,
	FK_FORMAT_MARKDOWN,
};
int fk_format_parse(const char *name, enum fk_format *out);
/* "text, json, sarif, junit, html or markdown" */
const char *fk_format_names(void);

enum fk_color { FK_COLOR_AUTO = 0, FK_COLOR_ALWAYS, FK_COLOR_NEVER };

struct fk_write_options {
	int show_info;     /* text: each file's standard, object and counts (info) */
	int show_summary;  /* text: the closing line with counts */
	int summary_only;  /* text, markdown: the summary, no findings */
	int color;         /* text: ANSI colours (decided by the caller) */
	size_t max_findings; /* markdown: findings listed at most (0: default) */
};
/* Writes r in format fmt; returns 0, or -1 when writing failed. */
int fk_report_write(const struct fk_report *r, enum fk_format fmt, FILE *out,
		    const struct fk_write_options *opts);

/* The writers (one file each). */
int fk_report_write_text(const struct fk_report *r, FILE *out,
			 const struct fk_write_options *opts);
/* Version of the JSON report contract (docs/json-report.md). */
#define FK_JSON_REPORT_VERSION "1.1"
int fk_report_write_json(const struct fk_report *r, FILE *out);
int fk_report_write_sarif(const struct fk_report *r, FILE *out);
int fk_report_write_junit(const struct fk_report *r, FILE *out);
int fk_report_write_html(const struct fk_report *r, FILE *out);
int fk_report_write_markdown(const struct fk_report *r, FILE *out,
			     const struct fk_write_options *opts);

/* One diagnostic as a text line (no newline): file:line:col: sev: msg [rule] obj */
void fk_diag_write_text(const struct fk_diag *d, FILE *out);

#endif
