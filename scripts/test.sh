#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs every test (unit, integration, ui) against a
# real scratch PostgreSQL that the test run starts itself (CTest fixture `pg`).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh -DKUW_WERROR=ON
ctest --test-dir build --output-on-failure -j2 "$@"
