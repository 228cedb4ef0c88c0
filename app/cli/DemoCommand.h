// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade demo [--version V] [--size small|large] [--scenario NAME] [--keep] [--misbehave]
/// [--yes] | --list-scenarios`: the whole upgrade story on an embedded PostgreSQL and simulated
/// Kong nodes — start, seed, assessment, snapshot, up, blue-green cutover, finish, verify,
/// teardown — printing each step, pausing for Enter at each checkpoint unless --yes.
int runDemoCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
