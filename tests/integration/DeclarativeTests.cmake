# SPDX-License-Identifier: GPL-3.0-or-later
# Declarative export/import (core/declarative, `kong-upgrade config`).
kuw_add_test_suite(kuw_declarative_tests integration
  integration/DeclarativeTest.cpp
)
