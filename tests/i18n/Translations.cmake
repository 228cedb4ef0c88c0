# SPDX-License-Identifier: GPL-3.0-or-later
# Translation checks (translations/README.md). The project's .ts files are always checked for
# dropped placeholders and obsolete entries; completeness (no unfinished entry, and no source
# string missing from a .ts) with KUW_REQUIRE_COMPLETE_TRANSLATIONS=ON, the default since the
# German/Japanese/Chinese translations are complete.
option(KUW_REQUIRE_COMPLETE_TRANSLATIONS "Fail tests on unfinished translations" ON)

add_library(kuw_ts_check STATIC i18n/TsCheck.h i18n/TsCheck.cpp)
target_include_directories(kuw_ts_check PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(kuw_ts_check PUBLIC Qt6::Core)
add_executable(kuw-ts-check i18n/TsCheckTool.cpp)
target_link_libraries(kuw-ts-check PRIVATE kuw_ts_check)

kuw_add_test_suite(kuw_i18n_tests unit i18n/TranslationFilesTest.cpp)
target_link_libraries(kuw_i18n_tests PRIVATE kuw_ts_check)
# The core's texts as a rich datastore makes it produce them, and the CLI's --lang (needs the datastore).
target_sources(kuw_integration_tests PRIVATE i18n/CoreTranslationsTest.cpp)
target_link_libraries(kuw_integration_tests PRIVATE kuw_ts_check)
if(KUW_REQUIRE_COMPLETE_TRANSLATIONS)
  set(_kuw_complete true)
else()
  set(_kuw_complete false)
endif()
target_compile_definitions(kuw_i18n_tests PRIVATE
  KUW_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations" KUW_REQUIRE_COMPLETE=${_kuw_complete})

if(KUW_REQUIRE_COMPLETE_TRANSLATIONS)
  # Runs lupdate over the sources into copies of the .ts files: a string added to the code but
  # not yet in a .ts shows up there as unfinished, one removed from the code as vanished.
  add_test(NAME translations_up_to_date
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate> -DCHECK=$<TARGET_FILE:kuw-ts-check>
            "-DTS_FILES=${KUW_TS_FILES}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
            -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/ts-fresh -P ${CMAKE_CURRENT_SOURCE_DIR}/i18n/CheckFresh.cmake)
  set_tests_properties(translations_up_to_date PROPERTIES LABELS unit TIMEOUT 300)
endif()
