// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatastoreStatus.h"

#include <QJsonArray>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Status)
};
} // namespace

const SubsystemMeta *DatastoreStatus::subsystem(const QString &name) const
{
    for (const SubsystemMeta &s : subsystems) {
        if (s.subsystem == name)
            return &s;
    }
    return nullptr;
}

QJsonObject DatastoreStatus::toJson() const
{
    QJsonObject server{{QStringLiteral("version"), serverVersion},
                       {QStringLiteral("version_num"), serverVersionNum}};
    QJsonArray subs;
    for (const SubsystemMeta &s : subsystems) {
        subs.append(QJsonObject{
            {QStringLiteral("subsystem"), s.subsystem},
            {QStringLiteral("last_executed"), s.lastExecuted.isEmpty() ? QJsonValue() : QJsonValue(s.lastExecuted)},
            {QStringLiteral("executed"), s.executedIsNull ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(s.executed))},
            {QStringLiteral("pending"), s.pendingIsNull ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(s.pending))},
        });
    }
    QJsonValue lockJson;
    if (lock) {
        lockJson = QJsonObject{{QStringLiteral("owner"), lock->owner},
                               {QStringLiteral("ttl"), lock->ttl.toString(Qt::ISODate)},
                               {QStringLiteral("expired"), lock->expired},
                               {QStringLiteral("seconds_left"), lock->secondsLeft}};
    }
    return QJsonObject{
        {QStringLiteral("server"), server},
        {QStringLiteral("user"), currentUser},
        {QStringLiteral("database"), database},
        {QStringLiteral("schema"), schema},
        {QStringLiteral("schema_exists"), schemaExists},
        {QStringLiteral("can_create"), canCreate},
        {QStringLiteral("schema_meta_present"), schemaMetaPresent},
        {QStringLiteral("schema_meta_hidden_by_privileges"), schemaMetaHiddenByPrivileges},
        {QStringLiteral("locks_table_present"), locksTablePresent},
        {QStringLiteral("subsystems"), subs},
        {QStringLiteral("migration_lock"), lockJson},
    };
}

QString DatastoreStatus::toText() const
{
    QString out;
    out += Text::tr("Server:      PostgreSQL %1\n").arg(serverVersion);
    out += Text::tr("Connected:   %1@%2, schema %3%4\n")
               .arg(currentUser, database, schema,
                    canCreate ? QString() : Text::tr(" (no CREATE privilege)"));
    if (!schemaMetaPresent) {
        out += schemaMetaHiddenByPrivileges
                   ? Text::tr("Kong schema: schema_meta exists but this role cannot read it (Kong would report 'needs bootstrap')\n")
                   : Text::tr("Kong schema: none (database needs bootstrapping)\n");
    } else if (subsystems.isEmpty()) {
        out += Text::tr("Kong schema: schema_meta is empty (bootstrapped, every migration new)\n");
    } else {
        out += Text::tr("Kong schema: %1 subsystem(s)\n").arg(subsystems.size());
        qsizetype width = 0;
        for (const SubsystemMeta &s : subsystems)
            width = qMax(width, s.subsystem.size());
        for (const SubsystemMeta &s : subsystems) {
            out += Text::tr("  %1  executed: %2\n")
                       .arg(s.subsystem.rightJustified(width),
                            s.executed.isEmpty() ? QStringLiteral("-") : s.executed.join(QStringLiteral(", ")));
            if (!s.pending.isEmpty())
                out += Text::tr("  %1  pending:  %2\n")
                           .arg(QString(width, QLatin1Char(' ')), s.pending.join(QStringLiteral(", ")));
        }
    }
    if (!locksTablePresent && schemaMetaPresent)
        out += Text::tr("Migration lock: locks table missing\n");
    else if (!lock)
        out += Text::tr("Migration lock: free\n");
    else if (lock->expired)
        out += Text::tr("Migration lock: stale row from %1, expired %2 s ago (the next run takes it over)\n")
                   .arg(lock->owner).arg(-lock->secondsLeft);
    else
        out += Text::tr("Migration lock: HELD by %1, expires in %2 s\n").arg(lock->owner).arg(lock->secondsLeft);
    return out;
}

} // namespace kuw::core
