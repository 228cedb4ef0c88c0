// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade diagnose [-c FILE] [--format html|md|json] [-o FILE]`: the support
/// engineer's report, collected over a read-only session, secrets redacted.
int runDiagnoseCommand(CliContext &ctx, const QStringList &args);

} // namespace kuw::cli
