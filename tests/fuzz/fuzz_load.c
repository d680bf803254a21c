/*
 * fuzz_load.c - libFuzzer harness: safe loading, standard detection and the
 * document summary (what `fimkit info` does for one document).
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "fimkit/detect.h"
#include "fimkit/diag.h"
#include "fimkit/load.h"
#include "fimkit/summary.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fk_xml_init();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fk_diag_list diags = FK_DIAG_LIST_INIT;
	struct fk_doc *doc = NULL;
	enum fk_load_status st;

	st = fk_doc_load_memory("fuzz.xml", (const char *)data, size, NULL, &doc, &diags);
	(void)fk_load_strerror(st);
	if (st == FK_LOAD_OK) {
		struct fk_summary s;
		char *reason;

		(void)fk_standard_label(doc->det.standard);
		(void)fk_standard_slug(doc->det.standard);
		reason = fk_detection_unsupported_reason(&doc->det);
		free(reason);
		fk_summary_init(&s);
		if (doc->det.supported)
			fk_summary_build(doc->xml, &doc->det, &s);
		fk_summary_release(&s);
	}
	fk_doc_free(doc);
	fk_diag_list_release(&diags);
	return 0;
}
