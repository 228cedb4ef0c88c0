# SPDX-License-Identifier: GPL-3.0-or-later
# Version and third-party licences shown by --version and the About dialog.
target_sources(kuw_core PRIVATE about/Components.h about/Components.cpp)
# On this one file only: a target-wide definition would rebuild all of core on a version bump.
set_source_files_properties(about/Components.cpp PROPERTIES
  COMPILE_DEFINITIONS KUW_YAML_CPP_VERSION="${yaml-cpp_VERSION}")
