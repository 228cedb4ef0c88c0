// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade migrations bootstrap|up|finish|list|reset` — mirrors `kong migrations`.
int runMigrationsCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
