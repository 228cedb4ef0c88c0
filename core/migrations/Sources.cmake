# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/migrations (catalog, planner, engine), added to kuw_core.
target_sources(kuw_core PRIVATE
)
