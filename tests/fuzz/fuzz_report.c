/*
 * fuzz_report.c - libFuzzer harness: the whole per-document pipeline of
 * `fimkit check` (fk_process_all over one input: load, detect, summarize,
 * quality rules, schema validation), then every report writer and the
 * baseline writer into memory streams.
 *
 * The pipeline reads paths, so the input is put into an anonymous
 * in-memory file (memfd) and named through /proc/self/fd: nothing is written
 * to disk.
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fimkit/baseline.h"
#include "fimkit/inputs.h"
#include "fimkit/load.h"
#include "fimkit/process.h"
#include "fimkit/report.h"
#include "fimkit/rules.h"
#include "fimkit/schema.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef FK_ABS_SRCDIR
#define FUZZ_SCHEMA_DIR FK_ABS_SRCDIR "/schemas"
#else
#define FUZZ_SCHEMA_DIR NULL
#endif

static struct fk_schema_set *schemas;
static struct fk_rule_config rules;
static int input_fd = -1;
static char input_path[64];

static void die(const char *what, const char *why)
{
	fprintf(stderr, "fuzz_report: %s: %s\n", what, why ? why : "?");
	abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *error = NULL;

	(void)argc;
	(void)argv;
	fk_xml_init();
	if (fk_schema_set_open(FUZZ_SCHEMA_DIR, &schemas, &error) < 0)
		die("cannot open the schema set", error);
	fk_rule_config_init(&rules);
	if (fk_rule_config_enable(&rules, "all", 1, &error) < 0)
		die("cannot enable the rules", error);
#ifdef FK_ABS_SRCDIR
	if (fk_rule_config_codelists(&rules, FK_ABS_SRCDIR "/tests/rules/codelists", &error) < 0) {
		free(error);
		error = NULL;
	}
#endif
	input_fd = memfd_create("fuzz-input.xml", MFD_CLOEXEC);
	if (input_fd < 0)
		die("memfd_create", "failed");
	snprintf(input_path, sizeof(input_path), "/proc/self/fd/%d", input_fd);
	return 0;
}

static void write_all(const struct fk_report *r)
{
	static const enum fk_format formats[] = {
		FK_FORMAT_TEXT, FK_FORMAT_JSON, FK_FORMAT_SARIF,
		FK_FORMAT_JUNIT, FK_FORMAT_HTML, FK_FORMAT_MARKDOWN,
	};
	struct fk_write_options full = { .show_info = 1, .show_summary = 1, .color = 1,
					 .max_findings = 3 };
	struct fk_write_options brief = { .show_summary = 1, .summary_only = 1 };

	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		for (int pass = 0; pass < 2; pass++) {
			char *buf = NULL;
			size_t len = 0;
			FILE *out = open_memstream(&buf, &len);

			if (!out)
				die("open_memstream", "failed");
			(void)fk_report_write(r, formats[i], out, pass ? &brief : &full);
			fclose(out);
			free(buf);
		}
	}
	{
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);

		if (!out)
			die("open_memstream", "failed");
		(void)fk_baseline_write(r, out);
		fclose(out);
		free(buf);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fk_process_options po = { .schemas = schemas, .rules = &rules, .jobs = 1 };
	struct fk_input in = { .path = input_path, .error = NULL };
	struct fk_input_list inputs = { &in, 1, 1 };
	struct fk_report r;

	if (ftruncate(input_fd, 0) < 0 ||
	    (size && pwrite(input_fd, data, size, 0) != (ssize_t)size))
		die("cannot write the input", "memfd");
	/* the message language only changes formatting: alternate cheaply */
	rules.lang = size & 1 ? FK_LANG_DE : FK_LANG_EN;

	fk_report_init(&r, "check", FK_SEV_WARNING);
	r.rules = &rules;
	r.validated = 1;
	fk_process_all(&po, &inputs, &r);
	fk_report_finish(&r);
	if (r.count && r.files[0].rules_skipped)
		fk_report_add_note(&r, "rules that look codes up were skipped");
	write_all(&r);
	fk_report_release(&r);
	return 0;
}
