# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 8: the parallel-datastore transfer and the old/new diff on a large datastore.
add_executable(kuw-bench-parallel bench_parallel.cpp)
target_link_libraries(kuw-bench-parallel PRIVATE kuw_bench_support)
add_custom_target(bench-parallel
  COMMAND kuw-bench-parallel
  DEPENDS kuw-bench-parallel
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  USES_TERMINAL
  COMMENT "Parallel-datastore benchmark (figures only)")
add_dependencies(benchmarks bench-parallel)
