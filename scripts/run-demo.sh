#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs the demo on an embedded, throwaway PostgreSQL with
# simulated Kong nodes: the wizard when there is a display, otherwise the same story in the
# terminal (kong-upgrade demo --yes). Extra arguments (--demo-version V, --scenario NAME,
# --size small|large, --keep) go to either.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/kong-upgrade-wizard --demo "$@"
fi
echo "No display: running the demo story in the terminal (kong-upgrade demo --yes)"
exec ./build/app/kong-upgrade demo --yes "$@"
