// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/ChangedEntitiesJob.h"

#include "db/PgConnection.h"

#include <QSet>
#include <QtConcurrent>

namespace kuw::core {
namespace {

// Written by proxy traffic or by Kong itself, not by Admin API calls.
const QSet<QString> TrafficTables = {
    QStringLiteral("schema_meta"), QStringLiteral("locks"), QStringLiteral("cluster_events"),
    QStringLiteral("clustering_data_planes"), QStringLiteral("ratelimiting_metrics"),
    QStringLiteral("response_ratelimiting_metrics"), QStringLiteral("sessions"), QStringLiteral("oauth2_tokens"),
    QStringLiteral("oauth2_authorization_codes"), QStringLiteral("acme_storage"),
};
// Columns safe to show as a label, in order of preference (credentials' keys never are).
const QStringList LabelColumns = {QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("custom_id"),
                                  QStringLiteral("target")};

struct Table
{
    QSet<QString> columns;
    bool created = false, updated = false;
};

QDateTime fromMs(const PgResult &r, int row, int col)
{
    return r.isNull(row, col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.integer(row, col), Qt::UTC);
}

} // namespace

ChangedEntitiesReport scanChangedEntities(PgConnection &conn, const QDateTime &since, int limitPerTable)
{
    ChangedEntitiesReport out;
    out.since = since.toUTC();
    out.scannedAt = QDateTime::currentDateTimeUtc();
    if (Status s = conn.execScript(QStringLiteral("BEGIN READ ONLY")); !s) {
        out.error = s.error();
        return out;
    }
    auto finish = [&conn](ChangedEntitiesReport &&r) {
        conn.execScript(r.error ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
        return std::move(r);
    };
    auto cols = conn.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
                                         "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                                         "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
                                         "WHERE c.table_schema = $1 ORDER BY c.table_name"),
                          {conn.schema()});
    if (!cols) {
        out.error = cols.error();
        return finish(std::move(out));
    }
    QMap<QString, Table> tables;
    for (int i = 0; i < cols->rows(); ++i) {
        Table &t = tables[cols->value(i, 0)];
        const QString column = cols->value(i, 1);
        t.columns.insert(column);
        const bool timestamp = cols->value(i, 2).startsWith(QLatin1String("timestamp"));
        t.created |= timestamp && column == QLatin1String("created_at");
        t.updated |= timestamp && column == QLatin1String("updated_at");
    }
    // Kong stores these timestamps rounded to the second: compare from the next whole second, so
    // rows `up` itself wrote (e.g. the default workspace) are never listed as changed since.
    QDateTime threshold = out.since;
    if (const int ms = threshold.time().msec(); ms > 0)
        threshold = threshold.addMSecs(1000 - ms);
    const QString sinceText = threshold.toString(Qt::ISODateWithMs);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const Table &t = it.value();
        if (TrafficTables.contains(it.key()) || (!t.created && !t.updated))
            continue;
        QString label = QStringLiteral("NULL");
        for (const QString &c : LabelColumns)
            if (t.columns.contains(c)) {
                label = conn.quoteIdentifier(c) + QStringLiteral("::text");
                break;
            }
        const QString ms = QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint");
        const QString created = t.created ? ms.arg(QStringLiteral("created_at")) : QStringLiteral("NULL::bigint");
        const QString updated = t.updated ? ms.arg(QStringLiteral("updated_at")) : QStringLiteral("NULL::bigint");
        QStringList where;
        if (t.created)
            where << QStringLiteral("created_at > $1::timestamptz");
        if (t.updated)
            where << QStringLiteral("updated_at > $1::timestamptz");
        const QString sql = QStringLiteral("SELECT %1, %2, %3, %4, count(*) OVER () FROM %5.%6 WHERE %7 "
                                           "ORDER BY greatest(%3, %4) DESC NULLS LAST LIMIT %8")
                                .arg(t.columns.contains(QStringLiteral("id")) ? QStringLiteral("id::text") : QStringLiteral("NULL"),
                                     label, created, updated, conn.quoteIdentifier(conn.schema()), conn.quoteIdentifier(it.key()),
                                     where.join(QStringLiteral(" OR ")))
                                .arg(limitPerTable);
        auto rows = conn.exec(sql, {sinceText});
        if (!rows) {
            out.error = rows.error();
            return finish(std::move(out));
        }
        ++out.tablesScanned;
        for (int r = 0; r < rows->rows(); ++r) {
            ChangedEntity e;
            e.table = it.key();
            e.id = rows->value(r, 0);
            e.label = rows->value(r, 1);
            e.createdAt = fromMs(*rows, r, 2);
            e.updatedAt = fromMs(*rows, r, 3);
            e.created = e.createdAt.isValid() && e.createdAt > threshold;
            out.entities.append(e);
            out.perTable[it.key()] = rows->integer(r, 4);
        }
        out.total += out.perTable.value(it.key());
    }
    return finish(std::move(out));
}

QFuture<ChangedEntitiesReport> startChangedEntitiesScan(const ConnectionSettings &settings, const QDateTime &since,
                                                        int limitPerTable)
{
    return QtConcurrent::run([settings, since, limitPerTable] {
        auto conn = PgConnection::open(settings);
        if (!conn) {
            ChangedEntitiesReport out;
            out.since = since;
            out.error = conn.error();
            return out;
        }
        return scanChangedEntities(**conn, since, limitPerTable);
    });
}

} // namespace kuw::core
