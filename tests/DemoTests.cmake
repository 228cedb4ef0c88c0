# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 7: demo mode. Its own binary: the CLI story and each scenario start a scratch PostgreSQL
# of their own, which takes longer than the suites' 120 s budget on a busy machine.
add_executable(kuw_demo_tests integration/DemoTest.cpp)
target_link_libraries(kuw_demo_tests PRIVATE kuw_test_support)
add_dependencies(kuw_demo_tests kong-upgrade)
gtest_discover_tests(kuw_demo_tests DISCOVERY_MODE PRE_TEST
  PROPERTIES LABELS integration TIMEOUT 300
             ENVIRONMENT "KUW_TEST_PG_STATE=${KUW_TEST_PG_STATE}"
             FIXTURES_REQUIRED pg)
# The cached initdb template that makes the demo start fast (ScratchPostgres).
target_sources(kuw_integration_tests PRIVATE integration/ClusterTemplateTest.cpp)
# The wizard's Demo mode (Welcome page choice).
target_sources(kuw_ui_tests PRIVATE ui/DemoModeTest.cpp)
