# SPDX-License-Identifier: GPL-3.0-or-later
# core/cluster: Kong Admin API client, traffic monitor, simulated Kong nodes (Qt HTTP Server,
# QtCore-level, no widgets). Included from core/CMakeLists.txt.
target_sources(kuw_core PRIVATE
  cluster/AdminApiTypes.h cluster/AdminApiTypes.cpp cluster/AdminApiParsers.cpp
  cluster/AdminApiClient.h cluster/AdminApiClient.cpp
  cluster/TrafficMonitor.h cluster/TrafficMonitor.cpp
  cluster/SimulatedKongNode.h cluster/SimulatedKongNode.cpp
  cluster/NodeVerifier.h cluster/NodeVerifier.cpp
  cluster/CutoverRules.h cluster/CutoverRules.cpp
  cluster/HelmCommands.h cluster/HelmCommands.cpp
)
target_link_libraries(kuw_core PRIVATE Qt6::HttpServer)
