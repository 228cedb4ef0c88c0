# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 7: demo start-up times (ready seeded datastore + nodes; the wizard's first page).
add_executable(kuw-bench-demo-startup bench_demo_startup.cpp)
target_link_libraries(kuw-bench-demo-startup PRIVATE kuw_bench_support)
target_compile_definitions(kuw-bench-demo-startup PRIVATE KUW_WIZARD_PATH="$<TARGET_FILE:kong-upgrade-wizard>")
add_dependencies(kuw-bench-demo-startup kong-upgrade-wizard)
add_custom_target(bench-demo-startup
  COMMAND kuw-bench-demo-startup
  DEPENDS kuw-bench-demo-startup
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  USES_TERMINAL
  COMMENT "Demo start-up benchmark (figures only)")
add_dependencies(benchmarks bench-demo-startup)
