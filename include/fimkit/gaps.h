/*
 * gaps.h - the gap report: for each service (Leistungsschlüssel) of a run,
 * which building blocks are there and in what state, which required text
 * modules and process attributes are missing, the findings by severity and
 * whether the service is ready to roll out, with the reasons why not.
 *
 * The model is built from a report that went through the check pipeline,
 * package step included (package.h), and optionally a list of services
 * that must be there (--require).  docs/gaps-report.md describes the model
 * and its JSON form.
 *
 * Ownership: the gap report owns its services and strings, not the report
 * it was built from, which must outlive it.  fk_gap_report_free(NULL) is a
 * no-op.
 */
#ifndef FIMKIT_GAPS_H
#define FIMKIT_GAPS_H

#include <stdio.h>

#include "fimkit/report.h"

/* Version of the gap report's JSON contract (docs/gaps-report.md). */
#define FK_GAPS_JSON_VERSION "1.0"

enum fk_gap_block {
	FK_GAP_LEISTUNG = 0,   /* XZuFi Leistung */
	FK_GAP_PROZESS,        /* XProzess Prozessklasse and Prozess */
	FK_GAP_DATENSCHEMA,    /* XDatenfelder Datenschema */
	FK_GAP_DSB,            /* XDatenfelder Dokumentsteckbrief */
	FK_GAP_CODELISTS,      /* genericode code lists the Datenschemas refer to */
};
#define FK_GAP_BLOCK_COUNT 5

/* "leistung", "prozess", "datenschema", "dokumentsteckbrief", "codelisten" */
const char *fk_gap_block_name(enum fk_gap_block b);
/* "Leistung", "Prozess", "Datenschema", "Dokumentsteckbrief", "Codelisten" */
const char *fk_gap_block_label(enum fk_gap_block b);

/* The state of one building block, from best to worst. */
enum fk_gap_state {
	FK_GAP_OK = 0,         /* there, valid against its schema, no critical finding */
	FK_GAP_NOT_NEEDED,     /* code lists only: none referenced and none there */
	FK_GAP_INCOMPLETE,     /* there, but something it should include is absent */
	FK_GAP_CRITICAL,       /* there and valid, with critical findings */
	FK_GAP_INVALID,        /* there, not valid against its schema */
	FK_GAP_MISSING,        /* not there */
};
#define FK_GAP_STATE_COUNT 6
/* "ok", "not_needed", "incomplete", "critical", "invalid", "missing" */
const char *fk_gap_state_name(enum fk_gap_state s);
/* "ok", "not needed", "incomplete", "critical findings", "invalid", "missing" */
const char *fk_gap_state_label(enum fk_gap_state s);

struct fk_gap_cell {
	enum fk_gap_state state;
	size_t *files;         /* report entries of the block's documents */
	size_t nfiles;
	char **absent;         /* what the service refers to that is not there */
	size_t nabsent;
};

enum fk_gap_verdict {
	FK_GAP_READY = 0,      /* every block ok (code lists: ok or not needed), nothing missing */
	FK_GAP_NOT_READY,      /* see the reasons */
	FK_GAP_ABSENT,         /* required, but no document of the service is in the run */
};
/* "ready", "not_ready", "absent" */
const char *fk_gap_verdict_name(enum fk_gap_verdict v);
/* "ready", "not ready", "absent" */
const char *fk_gap_verdict_label(enum fk_gap_verdict v);

struct fk_gap_service {
	char *key;             /* Leistungsschlüssel; NULL: a package that names none */
	char *name;            /* Leistung name, else Prozess name, else manifest name */
	char **packages;       /* the packages it is in */
	size_t npackages;
	int required;          /* named by --require */
	struct fk_gap_cell blocks[FK_GAP_BLOCK_COUNT];
	char **missing_modules;      /* Leistung: required text modules missing */
	size_t nmissing_modules;
	char **missing_attributes;   /* Prozess(klasse): required attributes missing */
	size_t nmissing_attributes;
	size_t *files;         /* every document of the service */
	size_t nfiles;
	size_t *manifests;     /* the manifests of its packages */
	size_t nmanifests;
	size_t by_severity[FK_SEV_COUNT];
	enum fk_gap_verdict verdict;
	char **reasons;        /* why it is not ready; empty when ready */
	size_t nreasons;
};

/* One service of a --require list. */
struct fk_required {
	char *key;
	char *name;            /* the rest of the line, NULL when none */
};

struct fk_require_list {
	char *path;
	struct fk_required *v;
	size_t n;
};

/*
 * Reads a list of Leistungsschlüssel: one per line, optionally followed by
 * white space and a name; blank lines and lines starting with # are
 * ignored.  Returns 0; -1 when the file cannot be read, -2 for a line that
 * is not a 14-digit key, both with *error set ("file:line: message", caller
 * frees).
 */
int fk_require_read(const char *path, struct fk_require_list *l, char **error);
void fk_require_release(struct fk_require_list *l);

struct fk_gap_report {
	const struct fk_report *report;
	struct fk_gap_service *services;   /* by Leistungsschlüssel; services without one last */
	size_t nservices;
	size_t *outside;       /* documents in no package */
	size_t noutside;
	const char *require;   /* the --require file, or NULL */
	size_t by_verdict[3];
	size_t required, required_ready;
};

/* Builds the gap report of r (processed with its packages); req may be NULL. */
struct fk_gap_report *fk_gaps_build(const struct fk_report *r, const struct fk_require_list *req);
void fk_gap_report_free(struct fk_gap_report *g);
/* 0 every service (and every required one) ready; 1 not; 3 an input could
   not be processed (FK_EXIT_*). */
int fk_gaps_exit_code(const struct fk_gap_report *g);

/* The writers (src/report/gaps_*.c); each returns 0, or -1 when writing failed. */
int fk_gaps_write_text(const struct fk_gap_report *g, FILE *out);
int fk_gaps_write_json(const struct fk_gap_report *g, FILE *out);
int fk_gaps_write_html(const struct fk_gap_report *g, FILE *out);
int fk_gaps_write_markdown(const struct fk_gap_report *g, FILE *out);
/* Writes in fmt (text, json, html, markdown); -1 also for other formats. */
int fk_gaps_write(const struct fk_gap_report *g, enum fk_format fmt, FILE *out);

#endif
