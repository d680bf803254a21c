/*
 * junit.c - the JUnit XML report, as read by GitLab, Jenkins and other CI
 * systems (mapping: docs/junit.md; structure: tests/junit.xsd).
 *
 * One <testsuite> per input file, one <testcase> per check that ran on it:
 * "xml" (well-formedness), "xsd" (schema validation, when it ran) and every
 * enabled quality rule for the document's standard.  Findings at or above
 * the failure threshold make their check's testcase fail; findings below it
 * are shown in the testcase's <system-out>.  A file that could not be
 * processed gets a testcase "load" with an <error>.
 *
 * The XML is written with libxml2's xmlTextWriter; every string goes through
 * clean_text() so that the output is well-formed whatever a path or a
 * message contains.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "fimkit/buf.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"

#define TC_LOAD "load"

/* One testcase of a file, worked out before anything is written because the
   testsuite's attributes count them. */
struct tcase {
	const char *id;          /* rule id, or TC_LOAD */
	const char *title;       /* static or from the rule table */
	const char *skipped;     /* reason the check did not run, or NULL */
	size_t nfail;            /* findings at or above the threshold */
	size_t nbelow;           /* findings below it */
	int worst;               /* worst severity among the failing findings */
};

struct suite {
	struct tcase *cases;
	size_t count;
	size_t cap;
	size_t failures;
	size_t errors;
	size_t skipped;
};

/* ---- text that is safe in XML ------------------------------------------------------ */

static int xml_char_ok(unsigned long c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/*
 * Copies s, replacing invalid UTF-8 and characters XML does not allow
 * (control characters, U+FFFE, U+FFFF) by U+FFFD.  Caller frees.
 */
static char *clean_text(const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	struct fk_buf b = FK_BUF_INIT;

	fk_buf_init(&b);
	while (*p) {
		unsigned long c;
		size_t n, k;

		if (*p < 0x80) {
			c = *p;
			n = 1;
		} else if ((*p & 0xE0) == 0xC0) {
			c = *p & 0x1F;
			n = 2;
		} else if ((*p & 0xF0) == 0xE0) {
			c = *p & 0x0F;
			n = 3;
		} else if ((*p & 0xF8) == 0xF0) {
			c = *p & 0x07;
			n = 4;
		} else {
			c = 0xFFFE; /* a stray continuation or invalid lead byte */
			n = 1;
		}
		for (k = 1; k < n; k++) {
			if ((p[k] & 0xC0) != 0x80)
				break;
			c = (c << 6) | (p[k] & 0x3F);
		}
		if (k < n || (n == 2 && c < 0x80) || (n == 3 && c < 0x800) ||
		    (n == 4 && c < 0x10000) || (c >= 0xD800 && c <= 0xDFFF) || !xml_char_ok(c)) {
			fk_buf_adds(&b, "\xEF\xBF\xBD");
			p += k < n ? (k ? k : 1) : n;
			continue;
		}
		fk_buf_add(&b, p, n);
		p += n;
	}
	return fk_buf_detach(&b);
}

/* ---- writing, with the first failure remembered ------------------------------------ */

struct writer {
	xmlTextWriterPtr w;
	int failed;
};

static void check(struct writer *wr, int rc)
{
	if (rc < 0)
		wr->failed = 1;
}

static void start(struct writer *wr, const char *name)
{
	check(wr, xmlTextWriterStartElement(wr->w, BAD_CAST name));
}

static void end(struct writer *wr)
{
	check(wr, xmlTextWriterEndElement(wr->w));
}

static void attr(struct writer *wr, const char *name, const char *value)
{
	char *clean = clean_text(value);

	check(wr, xmlTextWriterWriteAttribute(wr->w, BAD_CAST name, BAD_CAST clean));
	free(clean);
}

static void attr_count(struct writer *wr, const char *name, size_t value)
{
	char num[32];

	snprintf(num, sizeof(num), "%zu", value);
	check(wr, xmlTextWriterWriteAttribute(wr->w, BAD_CAST name, BAD_CAST num));
}

static void text(struct writer *wr, const char *s)
{
	char *clean = clean_text(s);

	check(wr, xmlTextWriterWriteString(wr->w, BAD_CAST clean));
	free(clean);
}

/* ---- which checks ran on a file ---------------------------------------------------- */

static const char *builtin_title(const char *id)
{
	if (!strcmp(id, FK_RULE_XML))
		return "well-formed XML";
	if (!strcmp(id, FK_RULE_XSD))
		return "valid against the schema";
	if (!strcmp(id, FK_RULE_UNSUPPORTED))
		return "supported FIM document";
	return NULL;
}

static const char *rule_title(const struct fk_report *r, const struct fk_rule *rule)
{
	if (r->rules && r->rules->lang == FK_LANG_DE && rule->title_de)
		return rule->title_de;
	return rule->title_en;
}

static struct tcase *suite_find(struct suite *s, const char *id)
{
	for (size_t i = 0; i < s->count; i++)
		if (!strcmp(s->cases[i].id, id))
			return &s->cases[i];
	return NULL;
}

static struct tcase *suite_add(struct suite *s, const char *id, const char *title)
{
	struct tcase *tc;

	if (s->count == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->cases = fk_xrealloc(s->cases, s->cap * sizeof(*s->cases));
	}
	tc = &s->cases[s->count++];
	memset(tc, 0, sizeof(*tc));
	tc->id = id;
	tc->title = title;
	tc->worst = -1;
	return tc;
}

static int has_rule(const struct fk_file_report *f, const char *id)
{
	for (size_t k = 0; k < f->diags.count; k++)
		if (!strcmp(f->diags.items[k].rule, id))
			return 1;
	return 0;
}

static unsigned standard_bit(const struct fk_file_report *f)
{
	if (!f->detected || !f->det.supported)
		return 0;
	return fk_rule_applies_bit(f->det.standard);
}

static void suite_build(const struct fk_report *r, const struct fk_file_report *f,
			struct suite *s)
{
	unsigned bit = standard_bit(f);

	memset(s, 0, sizeof(*s));
	if (f->error)
		suite_add(s, TC_LOAD, NULL);
	/* An input that was never read (missing, too large) had no XML check. */
	if (!f->error || f->detected || has_rule(f, FK_RULE_XML))
		suite_add(s, FK_RULE_XML, builtin_title(FK_RULE_XML));
	if (r->validated && f->detected &&
	    (f->schema != FK_SCHEMA_NOT_CHECKED || has_rule(f, FK_RULE_XSD)))
		suite_add(s, FK_RULE_XSD, builtin_title(FK_RULE_XSD));
	if (r->rules && bit) {
		for (size_t i = 0; i < r->rules->nrules; i++) {
			const struct fk_rule_state *st = &r->rules->rules[i];
			struct tcase *tc;

			if (!st->enabled || !(st->rule->applies & bit) || !st->rule->check)
				continue;
			tc = suite_add(s, st->rule->code, rule_title(r, st->rule));
			if ((st->rule->needs & FK_NEEDS_CODELISTS) && !r->rules->codelists_loaded)
				tc->skipped = "needs code lists: load them with --codelists=DIR";
		}
	}
	/* Findings of any other check (for example "unsupported") get their own
	   testcase. */
	for (size_t k = 0; k < f->diags.count; k++) {
		const struct fk_diag *d = &f->diags.items[k];
		struct tcase *tc = suite_find(s, d->rule);

		if (!tc) {
			const struct fk_rule *rule = fk_rule_find(d->rule);
			const char *title = builtin_title(d->rule);

			if (!title && rule)
				title = rule_title(r, rule);
			tc = suite_add(s, d->rule, title);
		}
		if (d->severity >= r->fail_on) {
			tc->nfail++;
			if ((int)d->severity > tc->worst)
				tc->worst = (int)d->severity;
		} else {
			tc->nbelow++;
		}
	}
	for (size_t i = 0; i < s->count; i++) {
		const struct tcase *tc = &s->cases[i];

		if (!strcmp(tc->id, TC_LOAD))
			s->errors++;
		else if (tc->nfail)
			s->failures++;
		else if (tc->skipped && !tc->nbelow)
			s->skipped++;
	}
}

/* ---- writing a testsuite ----------------------------------------------------------- */

/* The findings of one check, one line each, at or above the threshold or
   below it. */
static char *finding_lines(const struct fk_report *r, const struct fk_file_report *f,
			   const char *id, int failing)
{
	char *data = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&data, &size);

	for (size_t k = 0; k < f->diags.count; k++) {
		const struct fk_diag *d = &f->diags.items[k];

		if (strcmp(d->rule, id) || (d->severity >= r->fail_on) != failing)
			continue;
		if (mem) {
			fk_diag_write_text(d, mem);
			fputc('\n', mem);
		}
	}
	if (!mem || fclose(mem) != 0) {
		free(data);
		return fk_xstrdup("(the findings could not be formatted)\n");
	}
	return data;
}

/* The failure's message attribute: the finding, or how many and the first. */
static char *failure_message(const struct fk_report *r, const struct fk_file_report *f,
			     const struct tcase *tc)
{
	for (size_t k = 0; k < f->diags.count; k++) {
		const struct fk_diag *d = &f->diags.items[k];

		if (strcmp(d->rule, tc->id) || d->severity < r->fail_on)
			continue;
		if (tc->nfail == 1)
			return fk_xasprintf("%s: %s", fk_severity_name(d->severity), d->message);
		return fk_xasprintf("%zu findings at or above %s; first: %s: %s", tc->nfail,
				    fk_severity_name(r->fail_on), fk_severity_name(d->severity),
				    d->message);
	}
	return fk_xstrdup("failed");
}

static void write_testcase(struct writer *wr, const struct fk_report *r,
			   const struct fk_file_report *f, const struct tcase *tc)
{
	char *name = tc->title ? fk_xasprintf("%s %s", tc->id, tc->title) : fk_xstrdup(tc->id);

	start(wr, "testcase");
	attr(wr, "name", name);
	attr(wr, "classname", f->path);
	attr(wr, "file", f->path);
	free(name);
	if (!strcmp(tc->id, TC_LOAD)) {
		char *msg = fk_xasprintf("'%s': %s", f->path, f->error);

		start(wr, "error");
		attr(wr, "message", f->error);
		attr(wr, "type", "error");
		text(wr, msg);
		end(wr);
		free(msg);
	} else if (tc->nfail) {
		char *msg = failure_message(r, f, tc);
		char *lines = finding_lines(r, f, tc->id, 1);

		start(wr, "failure");
		attr(wr, "message", msg);
		attr(wr, "type", fk_severity_name((enum fk_severity)tc->worst));
		text(wr, lines);
		end(wr);
		free(msg);
		free(lines);
	} else if (tc->skipped && !tc->nbelow) {
		start(wr, "skipped");
		attr(wr, "message", tc->skipped);
		end(wr);
	}
	if (tc->nbelow) {
		char *lines = finding_lines(r, f, tc->id, 0);

		start(wr, "system-out");
		text(wr, lines);
		end(wr);
		free(lines);
	}
	end(wr);
}

static void property(struct writer *wr, const char *name, const char *value)
{
	if (!value)
		return;
	start(wr, "property");
	attr(wr, "name", name);
	attr(wr, "value", value);
	end(wr);
}

static void write_testsuite(struct writer *wr, const struct fk_report *r,
			    const struct fk_file_report *f, const struct suite *s)
{
	const struct fk_summary *sum = &f->summary;

	start(wr, "testsuite");
	attr(wr, "name", f->path);
	attr_count(wr, "tests", s->count);
	attr_count(wr, "failures", s->failures);
	attr_count(wr, "errors", s->errors);
	attr_count(wr, "skipped", s->skipped);
	start(wr, "properties");
	property(wr, "status", fk_file_status_name(f->status));
	if (f->detected) {
		property(wr, "standard", f->det.standard_name);
		property(wr, "standard_version", f->det.version);
	}
	property(wr, "schema", fk_schema_verdict_name(f->schema));
	property(wr, "object_id", sum->object_id);
	property(wr, "object_version", sum->object_version);
	property(wr, "object_name", sum->object_name);
	property(wr, "fail_on", fk_severity_name(r->fail_on));
	end(wr);
	for (size_t i = 0; i < s->count; i++)
		write_testcase(wr, r, f, &s->cases[i]);
	end(wr);
}

int fk_report_write_junit(const struct fk_report *r, FILE *out)
{
	struct suite *suites = fk_xcalloc(r->count ? r->count : 1, sizeof(*suites));
	size_t tests = 0, failures = 0, errors = 0, skipped = 0;
	xmlOutputBufferPtr buf;
	struct writer wr = { NULL, 0 };

	for (size_t i = 0; i < r->count; i++) {
		suite_build(r, &r->files[i], &suites[i]);
		tests += suites[i].count;
		failures += suites[i].failures;
		errors += suites[i].errors;
		skipped += suites[i].skipped;
	}

	buf = xmlOutputBufferCreateFile(out, NULL);
	wr.w = buf ? xmlNewTextWriter(buf) : NULL;
	if (!wr.w) {
		if (buf)
			xmlOutputBufferClose(buf);
		wr.failed = 1;
	} else {
		check(&wr, xmlTextWriterSetIndent(wr.w, 1));
		check(&wr, xmlTextWriterSetIndentString(wr.w, BAD_CAST "  "));
		check(&wr, xmlTextWriterStartDocument(wr.w, NULL, "UTF-8", NULL));
		start(&wr, "testsuites");
		attr(&wr, "name", PACKAGE_NAME);
		attr_count(&wr, "tests", tests);
		attr_count(&wr, "failures", failures);
		attr_count(&wr, "errors", errors);
		attr_count(&wr, "skipped", skipped);
		for (size_t i = 0; i < r->count && !wr.failed; i++)
			write_testsuite(&wr, r, &r->files[i], &suites[i]);
		end(&wr);
		check(&wr, xmlTextWriterEndDocument(wr.w));
		check(&wr, xmlTextWriterFlush(wr.w));
		xmlFreeTextWriter(wr.w); /* closes buf, which leaves out open */
	}
	for (size_t i = 0; i < r->count; i++)
		free(suites[i].cases);
	free(suites);
	if (fflush(out) != 0 || ferror(out))
		wr.failed = 1;
	return wr.failed ? -1 : 0;
}
