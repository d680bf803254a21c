/*
 * fuzz_rules.c - libFuzzer harness: loading followed by every quality rule
 * (the XDatenfelder model and the rule tables), with the test code lists
 * loaded so that the rules that look codes up run too.
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fimkit/diag.h"
#include "fimkit/load.h"
#include "fimkit/rules.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct fk_rule_config cfg_en, cfg_de;

static void setup(struct fk_rule_config *cfg, enum fk_lang lang)
{
	char *error = NULL;

	fk_rule_config_init(cfg);
	cfg->lang = lang;
	if (fk_rule_config_enable(cfg, "all", 1, &error) < 0) {
		fprintf(stderr, "fuzz_rules: %s\n", error ? error : "?");
		abort();
	}
#ifdef FK_ABS_SRCDIR
	if (fk_rule_config_codelists(cfg, FK_ABS_SRCDIR "/tests/rules/codelists", &error) < 0) {
		/* without code lists the rules that need them are skipped */
		free(error);
		error = NULL;
	}
#endif
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fk_xml_init();
	setup(&cfg_en, FK_LANG_EN);
	setup(&cfg_de, FK_LANG_DE);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc = NULL;

	if (fk_doc_load_memory("fuzz.xml", (const char *)data, size, NULL, &doc, &diags) ==
		    FK_LOAD_OK &&
	    doc->det.supported) {
		/* the message language only changes formatting: alternate cheaply */
		fk_rules_run(size & 1 ? &cfg_de : &cfg_en, doc, &diags);
		fk_diag_list_sort(&diags);
	}
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
	return 0;
}
