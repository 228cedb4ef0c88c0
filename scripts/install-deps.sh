#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package needed to build, test and run Kong Upgrade Wizard.
# (lua5.1: only kuw-bench-live-traffic --kong-sql, which runs Kong's own migration modules.)
# Idempotent: packages already present are left as they are (--no-upgrade).
set -euo pipefail
PKGS=(
  cmake ninja-build g++ pkg-config dpkg-dev file
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev
  libpq-dev libyaml-cpp-dev libyaml-dev libgtest-dev libgmock-dev libssl-dev
  postgresql-15 postgresql-client-15 postgresql-contrib-15
  xvfb xauth fonts-dejavu-core imagemagick ccache
  lua5.1
  appstream qt6-translations-l10n fonts-ipafont-gothic fonts-wqy-microhei
)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages already installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends --no-upgrade "${missing[@]}"
echo "install-deps: done"
