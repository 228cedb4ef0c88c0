# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 5: upgrade paths (unit), assessment checks and the diagnostic report (integration).
target_sources(kuw_unit_tests PRIVATE unit/UpgradePathTest.cpp)
target_sources(kuw_integration_tests PRIVATE integration/AssessmentTest.cpp integration/DiagnoseTest.cpp)
target_sources(kuw_integration_tests PRIVATE integration/RunningNodesTest.cpp)
target_sources(kuw_integration_tests PRIVATE integration/ReplicaPortalTest.cpp integration/SupportBundleTest.cpp
  integration/GoldenReportTest.cpp)
target_sources(kuw_unit_tests PRIVATE unit/AssessmentPlanTest.cpp)
