# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/snapshot (pg_dump snapshots, restore, rehearsal), added to kuw_core.
target_sources(kuw_core PRIVATE
  snapshot/PgClientTools.h
  snapshot/PgClientTools.cpp
  snapshot/Snapshot.h
  snapshot/Snapshot.cpp
  snapshot/SnapshotJob.h
  snapshot/SnapshotJob.cpp
  snapshot/Rehearsal.h
  snapshot/Rehearsal.cpp
  snapshot/RehearsalJob.h
  snapshot/RehearsalJob.cpp
)
