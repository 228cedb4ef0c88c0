# SPDX-License-Identifier: GPL-3.0-or-later
# Translations (see translations/README.md): lupdate scans core/, ui/ and app/; lrelease runs at
# build time and the .qm files are embedded in kuw_core as :/i18n/kuw_<lang>.qm, so both
# binaries carry them. Regenerate the .ts files with `cmake --build build --target update_translations`.
target_sources(kuw_core PRIVATE i18n/Language.h i18n/Language.cpp)

set(KUW_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/kuw_de.ts
  ${PROJECT_SOURCE_DIR}/translations/kuw_ja.ts
  ${PROJECT_SOURCE_DIR}/translations/kuw_zh_CN.ts)
file(GLOB_RECURSE KUW_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
# Stable .ts files: no line numbers (they would churn on every edit and conflict in merges),
# vanished strings dropped (the completeness test rejects obsolete entries anyway).
qt_add_translations(kuw_core TS_FILES ${KUW_TS_FILES} SOURCES ${KUW_TR_SOURCES}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
  LUPDATE_OPTIONS -locations none -no-obsolete
  LRELEASE_OPTIONS -silent)
set(KUW_TS_FILES ${KUW_TS_FILES} PARENT_SCOPE)
set(KUW_TR_SOURCES ${KUW_TR_SOURCES} PARENT_SCOPE)
