// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// Exit code of `path` when no path is allowed and of `check` when a blocker is found.
constexpr int ExitBlocked = 20;

/// `kong-upgrade path --from V --to V [--edition oss|enterprise] [--json]`: the hops and notes.
int runPathCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
