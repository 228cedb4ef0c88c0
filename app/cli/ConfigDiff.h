// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kuw::cli {

class CliContext;

/// `kong-upgrade config diff NEW_CONF`: the configured (old) datastore against the one
/// NEW_CONF names, by primary key and content (the parallel path's check before cutover).
int runConfigDiff(CliContext &ctx, const QString &newConf);

} // namespace kuw::cli
