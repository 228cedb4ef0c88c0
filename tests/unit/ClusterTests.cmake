# SPDX-License-Identifier: GPL-3.0-or-later
# core/cluster tests: simulated Kong nodes on loopback, no PostgreSQL needed.
target_sources(kuw_unit_tests PRIVATE
  unit/cluster/ClusterTestUtil.h
  unit/cluster/AdminApiParsersTest.cpp
  unit/cluster/AdminApiClientTest.cpp
  unit/cluster/TrafficMonitorTest.cpp
  unit/cluster/CutoverTest.cpp
)
