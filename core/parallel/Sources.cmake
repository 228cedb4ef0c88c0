# SPDX-License-Identifier: GPL-3.0-or-later
# The parallel-datastore upgrade path (issue 8): count verification, datastore diff, the
# bootstrap → export → import transfer job. Added to kuw_core.
target_sources(kuw_core PRIVATE
  parallel/EntityCounts.h
  parallel/EntityCounts.cpp
  parallel/DatastoreDiff.h
  parallel/DatastoreDiff.cpp
  parallel/ParallelTransfer.h
  parallel/ParallelTransfer.cpp
  parallel/ParallelResume.h
  parallel/ParallelResume.cpp
)
