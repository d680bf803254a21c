/*
 * check_fimkit.c - the unit-test runner: every module's suite in one run.
 * Check itself selects with CK_RUN_SUITE=load or CK_RUN_CASE=...
 */
#include <config.h>

#include <stdlib.h>

#include "fimkit/load.h"
#include "suites.h"

int main(void)
{
	Suite *(*const suites[])(void) = {
		buf_suite, diag_suite, json_suite, json_parse_suite, detect_suite, load_suite,
		inputs_suite, summary_suite, report_suite, schema_suite, rules_suite, cli_suite,
		convert_suite, merge_suite, package_suite,
	};
	SRunner *sr = srunner_create(NULL);
	int failed;

	fk_xml_init();
	for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
