/*
 * fuzz_validate.c - libFuzzer harness: loading followed by schema validation
 * against fimkit's own schema set (schemas/ of the source tree).  The set is
 * opened once; each schema is compiled on first use and kept.
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fimkit/diag.h"
#include "fimkit/load.h"
#include "fimkit/schema.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct fk_schema_set *schemas;

/*
 * fk_schema_default_dir() picks the source tree only for programs run from
 * the build tree's top or tests/ directory, so name the source tree's
 * schemas directly: the harness then never depends on FIMKIT_DATADIR or on
 * an installed copy.
 */
#ifdef FK_ABS_SRCDIR
#define FUZZ_SCHEMA_DIR FK_ABS_SRCDIR "/schemas"
#else
#define FUZZ_SCHEMA_DIR NULL
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *error = NULL;

	(void)argc;
	(void)argv;
	fk_xml_init();
	if (fk_schema_set_open(FUZZ_SCHEMA_DIR, &schemas, &error) < 0) {
		fprintf(stderr, "fuzz_validate: cannot open the schema set: %s\n",
			error ? error : "?");
		free(error);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc = NULL;

	if (fk_doc_load_memory("fuzz.xml", (const char *)data, size, NULL, &doc, &diags) ==
		    FK_LOAD_OK &&
	    fk_schema_set_covers(schemas, doc->det.root_ns)) {
		enum fk_schema_verdict verdict = FK_SCHEMA_NOT_CHECKED;
		char *error = NULL;

		(void)fk_schema_validate(schemas, doc, &diags, &verdict, &error);
		free(error);
	}
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
	return 0;
}
