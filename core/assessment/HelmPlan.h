// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "versions/KongVersion.h"

#include <QList>
#include <QString>

#include <optional>

namespace kuw::core {

/// The `helm upgrade` commands (core/cluster/HelmCommands: `up` in the first release's
/// pre-upgrade job, `finish` in the last one's post-upgrade job) for releases given as "name" or
/// "namespace/name", as an info finding; a warning naming the bad release when one is invalid;
/// nullopt for no releases.
std::optional<Finding> helmPlanFinding(const QStringList &releases, const KongVersion &target);

} // namespace kuw::core
