// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kuw::core {

class PgConnection;

/// Another server session that holds or waits for a lock on a table of the Kong schema, or
/// blocks such a session (pg_locks × pg_stat_activity; never the query text).
struct LockSession
{
    int pid = 0;
    QString user;
    QString application;   ///< pgmoon (Kong ≤ 3.3), kong (3.4), kong-upgrade-wizard, …
    QString client;        ///< address, or "local"
    QString state;         ///< active, idle in transaction, …
    qint64 transactionSeconds = 0;
    QString relations;     ///< Kong tables it has locks on, e.g. "locks (RowExclusiveLock)"
    bool waiting = false;  ///< has an ungranted lock
    QList<int> blockedBy;  ///< pg_blocking_pids

    QJsonObject toJson() const;
    QString toText() const;
};

/// Sessions with locks on Kong tables (other than this one), and the sessions blocking them.
Result<QList<LockSession>> lockSessions(PgConnection &conn);

} // namespace kuw::core
