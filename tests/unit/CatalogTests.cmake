# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(kuw_unit_tests PRIVATE
  unit/JournalTest.cpp
  unit/KongVersionTest.cpp
  unit/CatalogTest.cpp
  unit/CatalogLoaderTest.cpp
  unit/AllowDenyRenameTest.cpp
  unit/StepSectionsTest.cpp
)
