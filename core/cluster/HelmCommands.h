// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace kuw::core {

/// One Helm release of the Kong chart that shares the datastore.
struct HelmRelease
{
    QString name;
    QString namespaceName; ///< empty = the current kubectl context's namespace
};

struct HelmOptions
{
    QString chart = QStringLiteral("kong/kong");
    QString imageRepository = QStringLiteral("kong");
    QString imageTag; ///< the target Kong version, e.g. "2.5"
};

/// `helm upgrade` for one release, in the order they must run.
struct HelmCommand
{
    HelmRelease release;
    bool preUpgrade = false;  ///< runs `kong migrations up` in a pre-upgrade hook job
    bool postUpgrade = false; ///< runs `kong migrations finish` in a post-upgrade hook job
    QString command;          ///< one shell line; every value is validated, so no quoting is needed
};

/// Parses releases, one per line (or comma-separated): "name" or "namespace/name".
/// Errors name the line and the field.
Result<QList<HelmRelease>> parseHelmReleases(const QString &text);

/// The upgrade commands for releases sharing one datastore: only the first release runs the
/// migrations' pre-upgrade hook (`up`), only the last the post-upgrade hook (`finish`), so
/// finish runs once every release serves the new version. One release does both.
Result<QList<HelmCommand>> helmUpgradeCommands(const QList<HelmRelease> &releases, const HelmOptions &options);

} // namespace kuw::core
