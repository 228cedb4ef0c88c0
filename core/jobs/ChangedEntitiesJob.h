// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "db/ConnectionSettings.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>

#include <optional>

namespace kuw::core {

class PgConnection;

/// An entity row created or changed after a point in time (what an Admin API write leaves).
struct ChangedEntity
{
    QString table;   ///< e.g. "services", "plugins", "keyauth_credentials"
    QString id;
    QString label;   ///< name / username / custom_id / target when the table has one (never a key)
    QDateTime createdAt, updatedAt; ///< UTC; invalid when the table has no such column
    bool created = false;           ///< created after `since` (else only updated)
};

struct ChangedEntitiesReport
{
    QDateTime since;
    QDateTime scannedAt;
    QList<ChangedEntity> entities;  ///< newest first per table, at most the per-table limit each
    QMap<QString, qint64> perTable; ///< full counts, also beyond the limit
    qint64 total = 0;
    int tablesScanned = 0;
    std::optional<Error> error;
};

/// Lists entities created or updated after `since` (created_at / updated_at, in every table
/// of Kong's schema that has them), in a READ ONLY transaction. Tables that traffic itself
/// fills (sessions, OAuth2 tokens, rate-limiting counters, cluster events, ACME storage) are
/// left out: only Admin API writes matter here. Blocks: run it on a worker thread.
ChangedEntitiesReport scanChangedEntities(PgConnection &conn, const QDateTime &since, int limitPerTable = 50);
/// The same on a worker thread, with its own connection.
QFuture<ChangedEntitiesReport> startChangedEntitiesScan(const ConnectionSettings &settings, const QDateTime &since,
                                                        int limitPerTable = 50);

} // namespace kuw::core
