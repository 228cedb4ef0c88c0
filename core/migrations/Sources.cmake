# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/migrations (catalog, planner, engine) and core/versions, added to kuw_core.
target_sources(kuw_core PRIVATE
  versions/KongVersion.h
  versions/KongVersion.cpp
  migrations/Catalog.h
  migrations/Catalog.cpp
  migrations/CatalogLoader.cpp
  migrations/TeardownFunctions.h
  migrations/TeardownFunctions.cpp
  migrations/CaCertDigest.h
  migrations/CaCertDigest.cpp
  migrations/AllowDenyRename.h
  migrations/AllowDenyRename.cpp
  migrations/SchemaState.h
  migrations/SchemaState.cpp
  migrations/Plan.h
  migrations/Plan.cpp
  migrations/StepRisk.cpp
  migrations/MigrationLock.h
  migrations/MigrationLock.cpp
  migrations/SchemaMetaWriter.h
  migrations/SchemaMetaWriter.cpp
  migrations/RunReport.h
  migrations/RunReport.cpp
  migrations/StepSections.h
  migrations/StepSections.cpp
  migrations/LockRetry.h
  migrations/LockRetry.cpp
  migrations/TeardownParts.h
  migrations/TeardownParts.cpp
  migrations/Engine.h
  migrations/Engine.cpp
  migrations/ExternalExecutor.h migrations/ExternalExecutor.cpp migrations/KongCliOutput.cpp migrations/SchemaMetaDiff.cpp
)
