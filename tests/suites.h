/* suites.h - one Check suite per module; tests/check_fimkit.c runs them all. */
#ifndef FIMKIT_SUITES_H
#define FIMKIT_SUITES_H

#include <check.h>

Suite *buf_suite(void);
Suite *cli_suite(void);
Suite *convert_suite(void);
Suite *detect_suite(void);
Suite *diag_suite(void);
Suite *inputs_suite(void);
Suite *json_suite(void);
Suite *json_parse_suite(void);
Suite *load_suite(void);
Suite *merge_suite(void);
Suite *package_suite(void);
Suite *report_suite(void);
Suite *schema_suite(void);
Suite *rules_suite(void);
Suite *summary_suite(void);

#endif
