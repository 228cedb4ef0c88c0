// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade status`: connect with Kong's settings and show what the datastore holds.
int runStatusCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
