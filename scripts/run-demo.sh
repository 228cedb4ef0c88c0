#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and starts the wizard in demo mode on an embedded,
# throwaway PostgreSQL. Without a display it runs under Xvfb and saves a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/kong-upgrade-wizard --demo "$@"
fi
mkdir -p shots
echo "No display: running the demo under Xvfb; screenshot -> shots/demo.png"
xvfb-run -a -s "-screen 0 1280x900x24" ./build/app/kong-upgrade-wizard --demo --screenshot shots/demo.png "$@"
echo "Saved shots/demo.png"
