// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHash>
#include <QPair>
#include <QStringList>

namespace kuw::bench {

/// Kong's own migration SQL, rendered at run time from a local git mirror of Kong's repository
/// by running its migration modules under lua5.1 (bench/kong_sql.lua). Never stored in this
/// repository: it is the baseline "real Kong's migrations" for the live-traffic benchmark.
struct KongSql
{
    QHash<QString, QString> up;            ///< "subsystem migration" → the up SQL (one transaction)
    QHash<QString, QStringList> teardown;  ///< "subsystem migration" → queries, each sent on its own
    QStringList missing;                   ///< migrations the checkout has no module for
    QString source;                        ///< "<git dir> @ <tag>", for printing
    static QString key(const QString &subsystem, const QString &migration)
    {
        return subsystem + QLatin1Char(' ') + migration;
    }
};

/// Extracts `tag` of the mirror's kong/db/migrations and kong/plugins into a temporary
/// directory and renders the listed migrations. Needs git, tar and lua5.1.
core::Result<KongSql> loadKongSql(const QString &gitDir, const QString &tag,
                                  const QList<QPair<QString, QString>> &migrations);

} // namespace kuw::bench
