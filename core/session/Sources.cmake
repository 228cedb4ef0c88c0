# SPDX-License-Identifier: GPL-3.0-or-later
# core/session additions beyond Journal (resume decisions), added to kuw_core.
target_sources(kuw_core PRIVATE
  session/SessionResume.h
  session/SessionResume.cpp
  session/JournalWriter.h
  session/JournalWriter.cpp
)
