# SPDX-License-Identifier: GPL-3.0-or-later
# core/demo: the demo datastore (seed, training scenarios) and the simulated clusters around it.
# Included from core/CMakeLists.txt.
target_sources(kuw_core PRIVATE
  demo/DemoSeeder.h demo/DemoSeeder.cpp
  demo/DemoScenario.h demo/DemoScenario.cpp
  demo/DemoDatastore.h demo/DemoDatastore.cpp
  demo/DemoEnvironment.h demo/DemoEnvironment.cpp
)
# The seed's certificates (a self-signed demo certificate and CA; not secrets of anyone).
qt_add_resources(kuw_core "kuw_demo" PREFIX "/" BASE ${PROJECT_SOURCE_DIR}/resources
                 FILES ${PROJECT_SOURCE_DIR}/resources/demo/demo-server.pem
                       ${PROJECT_SOURCE_DIR}/resources/demo/demo-server.key
                       ${PROJECT_SOURCE_DIR}/resources/demo/demo-ca.pem)
