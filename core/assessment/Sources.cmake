# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/versions (upgrade paths) and core/assessment (preflight checks, diagnostic
# report), added to kuw_core.
target_sources(kuw_core PRIVATE
  versions/UpgradePath.h versions/UpgradePath.cpp versions/UpgradePlan.cpp versions/UpgradePathLoader.cpp
  assessment/Finding.h assessment/Finding.cpp
  assessment/SchemaLevel.h assessment/SchemaLevel.cpp
  assessment/CheckContext.h assessment/CheckContext.cpp
  assessment/ConfigChecks.cpp assessment/SchemaChecks.cpp assessment/LockChecks.cpp
  assessment/HybridChecks.cpp assessment/PluginChecks.cpp assessment/AuthChecks.cpp assessment/DataChecks.cpp
  assessment/ServerChecks.h assessment/ServerChecks.cpp
  assessment/LockSessions.h assessment/LockSessions.cpp
  assessment/DataPlanes.h assessment/DataPlanes.cpp
  assessment/Assessment.h assessment/Assessment.cpp
  assessment/RunningNodes.h assessment/RunningNodes.cpp
  assessment/ReplicaCheck.h assessment/ReplicaCheck.cpp assessment/PortalCheck.cpp
  assessment/HelmPlan.h assessment/HelmPlan.cpp
  assessment/SupportBundle.h assessment/SupportBundle.cpp
  assessment/ReadOnlySession.h assessment/ReadOnlySession.cpp
  assessment/DiagnosticReport.h assessment/DiagnosticReport.cpp
  assessment/ReportMarkdown.cpp assessment/ReportHtml.cpp
)
