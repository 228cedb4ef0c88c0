# SPDX-License-Identifier: GPL-3.0-or-later
# The parallel-datastore path (issue 8): transfer, count verification, datastore diff, and
# the wizard branch end to end.
kuw_add_test_suite(kuw_parallel_tests integration
  integration/ParallelTest.cpp
)
kuw_add_test_suite(kuw_parallel_ui_tests ui
  ui/ParallelFlowTest.cpp
)
target_sources(kuw_unit_tests PRIVATE unit/ParallelResumeTest.cpp)
