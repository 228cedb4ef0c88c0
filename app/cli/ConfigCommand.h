// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade config db_export|db_import|parse`: Kong's declarative export/import.
int runConfigCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
