# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 6: session resume (unit); rehearsal, restore, resume and the UI watchdog (ui).
target_sources(kuw_unit_tests PRIVATE unit/SessionResumeTest.cpp unit/JournalWriterTest.cpp)
target_sources(kuw_ui_tests PRIVATE ui/RehearsalFlowTest.cpp ui/ResumeRestoreTest.cpp ui/UiWatchdogTest.cpp ui/JournalWriterUiTest.cpp ui/ThemedErrorsTest.cpp ui/WrappingItemDelegateTest.cpp)
# The watchdog test fills a large datastore with the benchmark's generator.
target_link_libraries(kuw_ui_tests PRIVATE kuw_bench_support)
