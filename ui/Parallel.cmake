# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 8 (the parallel-datastore path): pages added to kuw_ui.
target_sources(kuw_ui PRIVATE
  pages/ParallelTargetPage.h pages/ParallelTargetPage.cpp
  pages/ParallelTransferPage.h pages/ParallelTransferPage.cpp
  pages/ParallelDiffPage.h pages/ParallelDiffPage.cpp
  pages/ParallelDecommissionPage.h pages/ParallelDecommissionPage.cpp
)
