// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace kuw::core {

class PgConnection;

/// Table name → its columns, for the connection's schema (what an older Kong lacks).
Result<QHash<QString, QSet<QString>>> tableColumns(PgConnection &conn);

/// Rows of every exported entity type that has a table in the datastore (absent tables are
/// absent keys: an older Kong may not have them).
Result<QMap<QString, qint64>> countEntities(PgConnection &conn);

/// One entity type on both sides of a parallel upgrade.
struct EntityCount
{
    QString entity;
    std::optional<qint64> old;   ///< nullopt: no such table on that side
    std::optional<qint64> fresh;
    /// Equal counts, or a table missing on the old side that is empty on the new one.
    bool ok() const { return old.value_or(0) == fresh.value_or(0); }
};

/// Old vs new counts per entity type, in Kong's export order.
struct CountComparison
{
    QList<EntityCount> rows;
    int mismatches() const;
    bool allMatch() const { return mismatches() == 0; }
    qint64 oldTotal() const;
    qint64 newTotal() const;
};

CountComparison compareCounts(const QMap<QString, qint64> &old, const QMap<QString, qint64> &fresh);

} // namespace kuw::core
