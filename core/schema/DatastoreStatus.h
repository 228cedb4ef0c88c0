// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuw::core {

/// One `schema_meta` row (key = 'schema_meta'), exactly as stored.
struct SubsystemMeta
{
    QString subsystem;
    QString lastExecuted;      ///< empty when NULL
    QStringList executed;      ///< recording order
    QStringList pending;
    bool executedIsNull = false;
    bool pendingIsNull = false;
};

/// The `migrations` row of `locks`, if any.
struct LockInfo
{
    QString owner;
    QDateTime ttl;             ///< expiry instant (UTC)
    bool expired = false;
    qint64 secondsLeft = 0;    ///< negative when expired
};

/// What a read-only look at a datastore found (the first useful output of the wizard).
struct DatastoreStatus
{
    QString serverVersion;     ///< e.g. "15.4 (Debian 15.4-1)"
    int serverVersionNum = 0;  ///< e.g. 150004
    QString currentUser;
    QString database;
    QString schema;
    bool schemaExists = false;
    bool canCreate = false;    ///< CREATE privilege on the schema
    bool schemaMetaPresent = false;
    bool schemaMetaHiddenByPrivileges = false; ///< exists, but Kong's check would not see it
    bool locksTablePresent = false;
    QList<SubsystemMeta> subsystems;           ///< core first, then plugins by name
    std::optional<LockInfo> lock;

    const SubsystemMeta *subsystem(const QString &name) const;
    QJsonObject toJson() const;
    /// Human-readable multi-line summary for the CLI.
    QString toText() const;
};

} // namespace kuw::core
