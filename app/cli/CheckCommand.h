// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade check [-c FILE] [--to VERSION] [--json]`: the preflight assessment; exits
/// ExitBlocked (20) when a blocker is found.
int runCheckCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
