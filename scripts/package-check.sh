#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from an existing build tree, installs it with apt, runs the INSTALLED
# binaries (from /usr/bin, never the build tree), removes the package and checks that none
# of its files is left. Needs root (exit 77 = skipped otherwise). CTest test `package_check`.
# usage: scripts/package-check.sh [BUILD_DIR]      (default: ./build, already built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
pkg=kong-upgrade-wizard
if [ "$(id -u)" -ne 0 ]; then
  echo "package-check: skipped: needs root to apt install/remove"; exit 77
fi
for tool in cpack apt-get dpkg-deb flock; do
  command -v "$tool" >/dev/null || { echo "package-check: skipped: $tool not found"; exit 77; }
done
# Several checkouts on one machine may run this at once: apt and /usr/bin are shared.
exec 9>/run/lock/kuw-package-check.lock
flock -w 900 9 || { echo "package-check: another run holds the lock"; exit 1; }
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
  echo "package-check: $pkg is already installed here; this check would replace and then remove it."
  echo "  Remedy: apt-get remove $pkg, then run the check again."
  exit 1
fi

out=$(mktemp -d /tmp/kuw-pkg.XXXXXX)
installed=0
cleanup() {
  [ "$installed" = 1 ] && apt-get remove -y -qq "$pkg" >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT
fail() { echo "package-check: FAIL: $*"; exit 1; }
step() { echo "== $*"; }
apt_opts=(-y -qq -o DPkg::Lock::Timeout=300)

step "cpack -G DEB (from $build)"
t0=$(date +%s)
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; fail "cpack"; }
deb=$(ls "$out"/${pkg}_*.deb)
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB in $(( $(date +%s) - t0 )) s"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
for d in libpq5 libqt6core6 libqt6widgets6 libyaml-cpp qt6-qpa-plugins libqt6svg6 postgresql-client; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d"
done
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$out/contents"
for f in /usr/bin/kong-upgrade /usr/bin/kong-upgrade-wizard \
         /usr/share/man/man1/kong-upgrade.1.gz /usr/share/man/man1/kong-upgrade-wizard.1.gz \
         /usr/share/bash-completion/completions/kong-upgrade \
         /usr/share/icons/hicolor/scalable/apps/kong-upgrade-wizard.svg \
         /usr/share/icons/hicolor/48x48/apps/kong-upgrade-wizard.png \
         /usr/share/icons/hicolor/256x256/apps/kong-upgrade-wizard.png \
         /usr/share/doc/kong-upgrade-wizard/copyright; do
  grep -qx "$f" "$out/contents" || fail "package lacks $f"
done
grep -qE '^/usr/share/applications/.*\.desktop$' "$out/contents" || fail "package lacks a .desktop entry"
grep -qE '^/usr/share/metainfo/.*\.metainfo\.xml$' "$out/contents" || fail "package lacks AppStream metainfo"
if grep -qE "$build|/tests?/|bench" "$out/contents"; then fail "package contains build or test files"; fi

step "apt-get install ./$(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" --no-install-recommends "$deb" >"$out/apt.log" 2>&1 \
  || { cat "$out/apt.log"; fail "apt-get install"; }
installed=1

step "installed binaries, from /usr/bin, outside the build tree"
cd /
run() { env -i PATH=/usr/bin:/bin HOME="$out" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
for bin in kong-upgrade kong-upgrade-wizard; do
  where=$(run sh -c "command -v $bin")
  [ "$where" = "/usr/bin/$bin" ] || fail "$bin resolves to '$where', not /usr/bin/$bin"
done
v=$(run kong-upgrade --version) || fail "kong-upgrade --version"
echo "$v"; [ "$v" = "kong-upgrade $version" ] || fail "kong-upgrade --version says '$v', the package is $version"
v=$(run kong-upgrade-wizard --version 2>/dev/null) || fail "kong-upgrade-wizard --version"
echo "$v"; grep -q "$version" <<<"$v" || fail "kong-upgrade-wizard --version says '$v'"
run kong-upgrade --help | grep -q '^Usage: kong-upgrade' || fail "kong-upgrade --help"
run kong-upgrade path --from 2.1.4 --to 2.5.2 >/dev/null || fail "kong-upgrade path (embedded catalog)"
if man --version >/dev/null 2>&1; then
  for page in kong-upgrade kong-upgrade-wizard; do
    [ "$(man -w "$page")" = "/usr/share/man/man1/$page.1.gz" ] || fail "man -w $page"
    warn=$(MANWIDTH=80 man --warnings -E UTF-8 -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null) || true
    [ -z "$warn" ] || fail "man page $page has warnings: $warn"
  done
fi
bash -n /usr/share/bash-completion/completions/kong-upgrade || fail "bash completion syntax"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic /usr/share/metainfo/*.metainfo.xml >"$out/appstream.log" 2>&1 \
    || { cat "$out/appstream.log"; fail "appstreamcli validate"; }
fi
if run kong-upgrade demo --help >/dev/null 2>&1; then
  step "kong-upgrade demo --yes (installed)"
  timeout 600 env -i PATH=/usr/bin:/bin HOME="$out" LANG=C.UTF-8 kong-upgrade demo --yes >"$out/demo.log" 2>&1 \
    || { tail -40 "$out/demo.log"; fail "kong-upgrade demo --yes"; }
  tail -3 "$out/demo.log"
else
  echo "(kong-upgrade has no 'demo' command yet: demo step skipped)"
fi

step "apt-get remove $pkg"
DEBIAN_FRONTEND=noninteractive apt-get remove "${apt_opts[@]}" "$pkg" >"$out/apt-remove.log" 2>&1 \
  || { cat "$out/apt-remove.log"; fail "apt-get remove"; }
installed=0
status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
case $status in ""|"unknown ok not-installed"|"deinstall ok not-installed") ;;
  *) fail "after remove dpkg still has '$pkg' as '$status' (conffiles left?)" ;; esac
left=0
while read -r f; do
  case $f in */) continue ;; esac
  if [ -e "$f" ] || [ -L "$f" ]; then echo "left behind: $f"; left=1; fi
done <"$out/contents"
[ -d /usr/share/doc/$pkg ] && { echo "left behind: /usr/share/doc/$pkg/"; left=1; }
[ "$left" = 0 ] || fail "files left after apt-get remove"
echo "package-check: OK ($pkg $version installed, run from /usr/bin, removed without leftovers)"
