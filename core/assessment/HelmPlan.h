// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "versions/KongVersion.h"

#include <QList>
#include <QString>

#include <optional>

namespace kuw::core {

/// One `helm upgrade` of a Kong deployment split across several releases of the kong/kong chart.
struct HelmUpgradeStep
{
    QString release;
    QString ns;            ///< empty = the current kubectl namespace
    bool preUpgrade = true;  ///< migrations.preUpgrade: the pre-upgrade job runs `up`
    bool postUpgrade = true; ///< migrations.postUpgrade: the post-upgrade job runs `finish`
    QString command;         ///< the exact shell command
};

/// The `helm upgrade` commands, in order, for releases given as "name" or "namespace/name":
/// `up` runs in the first release only and `finish` in the last only (a single release keeps
/// both). Assessment/CLI side; the wizard's checkpoint page has its own (to be unified).
QList<HelmUpgradeStep> helmUpgradePlan(const QStringList &releases, const KongVersion &target,
                                       const QString &chart = QStringLiteral("kong/kong"));

/// The plan as an info finding (nullopt for no releases).
std::optional<Finding> helmPlanFinding(const QStringList &releases, const KongVersion &target);

} // namespace kuw::core
