#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a command, flag or exit code that the binaries print in --help is missing from
# the man pages (or, for kong-upgrade, from the bash completion).
# usage: check-manpages.sh KONG_UPGRADE KONG_UPGRADE_WIZARD PACKAGING_DIR
set -uo pipefail
export LC_ALL=C.UTF-8 LANGUAGE= # parse the English --help whatever the locale
cli=$1 wizard=$2 dir=$3
cli_man=$dir/man/kong-upgrade.1.in
wiz_man=$dir/man/kong-upgrade-wizard.1.in
completion=$dir/completion/kong-upgrade
problems=0
problem() { echo "MISSING: $*"; problems=$((problems + 1)); }

# Options as printed by --help: a dash after line start, blank, comma, slash or '['.
flags_in() { grep -oE '(^|[ ,/[])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[ ,/[]//' | sort -u; }
# A flag documented in roff: "\-\-conf" preceded by start, blank, quote or '[' and followed
# by blank, quote, comma or end of line (so "\-c" does not match inside "\-\-conf").
in_man() {
  local esc=${1//-/\\\\-}
  grep -qE "(^|[ \"[])${esc}([ \",]|$)" "$2"
}
in_completion() { grep -qE "(^|[ \"])$1([ \"]|$)" "$completion"; }

usage=$("$cli" --help) || { echo "kong-upgrade --help failed"; exit 1; }
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$usage" | grep -oE '^  [a-z]+' | tr -d ' ')
[ -n "$commands" ] || { echo "no commands found in kong-upgrade --help"; exit 1; }

for flag in $(sed -n '/^Common options/,/^$/p' <<<"$usage" | flags_in); do
  in_man "$flag" "$cli_man" || problem "kong-upgrade.1: top-level option $flag"
done
for cmd in $commands; do
  grep -qE "^\.SS \"?$cmd\"?\$" "$cli_man" || problem "kong-upgrade.1: .SS section for command '$cmd'"
  grep -qE "^ *local commands=\".*\\b$cmd\\b" "$completion" || problem "completion: command '$cmd'"
  help=$("$cli" "$cmd" --help) || { problem "'kong-upgrade $cmd --help' failed"; continue; }
  for flag in $(flags_in <<<"$help"); do
    in_man "$flag" "$cli_man" || problem "kong-upgrade.1: option $flag of '$cmd'"
    in_completion "$flag" || problem "completion: option $flag of '$cmd'"
  done
done
# Subcommands of `migrations` (bootstrap|up|...).
for sub in $(grep -oE 'migrations [a-z|]+' <<<"$usage" | head -1 | cut -d' ' -f2 | tr '|' ' '); do
  grep -qF "migrations $sub" "$cli_man" || problem "kong-upgrade.1: 'migrations $sub'"
  in_completion "$sub" || problem "completion: migrations subcommand '$sub'"
done
# Exit codes: every number listed under "Exit codes:" needs a ".B N" entry.
for code in $(sed -n '/^Exit codes:/,$p' <<<"$usage" | grep -oE '(^ +|, )[0-9]+ ' | tr -dc '0-9\n' | sort -un); do
  grep -qx "\.B $code" "$cli_man" || problem "kong-upgrade.1: exit status $code"
done

wizhelp=$(QT_QPA_PLATFORM=offscreen "$wizard" --help 2>/dev/null) || { echo "kong-upgrade-wizard --help failed"; exit 1; }
for flag in $(flags_in <<<"$wizhelp"); do
  in_man "$flag" "$wiz_man" || problem "kong-upgrade-wizard.1: option $flag"
done

if [ "$problems" -gt 0 ]; then
  echo "$problems problem(s): document them in packaging/man/*.1.in and packaging/completion/kong-upgrade"
  exit 1
fi
echo "man pages and completion cover every command, option and exit code ($(wc -w <<<"$commands") commands)"
