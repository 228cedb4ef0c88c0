# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 6 (rehearsal, restore, resume): pages and widgets added to kuw_ui.
target_sources(kuw_ui PRIVATE
  pages/RehearsalPage.h pages/RehearsalPage.cpp
  pages/ResumePage.h pages/ResumePage.cpp
  pages/RestorePage.h pages/RestorePage.cpp
  widgets/RestorePanel.h widgets/RestorePanel.cpp
  widgets/RestoreSnapshotDialog.h widgets/RestoreSnapshotDialog.cpp
)
