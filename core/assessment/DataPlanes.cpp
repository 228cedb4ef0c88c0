// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataPlanes.h"

#include "db/PgConnection.h"

namespace kuw::core {

QJsonObject DataPlaneRow::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},           {QStringLiteral("hostname"), hostname},
                       {QStringLiteral("ip"), ip},           {QStringLiteral("version"), version},
                       {QStringLiteral("sync_status"), syncStatus}, {QStringLiteral("last_seen"), lastSeen}};
}

QString DataPlaneRow::toText() const
{
    return QStringLiteral("%1 (%2) version %3, %4, last seen %5")
        .arg(hostname, ip, version.isEmpty() ? QStringLiteral("unknown") : version,
             syncStatus.isEmpty() ? QStringLiteral("sync status unknown") : syncStatus, lastSeen);
}

Result<QList<DataPlaneRow>> dataPlanes(PgConnection &conn, bool *tableExists)
{
    auto has = conn.exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL, "
                                        "EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) "
                                        "AND attname = 'version' AND NOT attisdropped)"),
                         {conn.quoteIdentifier(conn.schema()) + QStringLiteral(".clustering_data_planes")});
    if (!has)
        return has.error();
    QList<DataPlaneRow> out;
    if (tableExists)
        *tableExists = has->boolean(0, 0);
    if (!has->boolean(0, 0))
        return out;
    const bool versioned = has->boolean(0, 1);
    auto r = conn.exec(QStringLiteral("SELECT id::text, hostname, ip, %1, "
                                      "to_char(last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), config_hash, "
                                      "coalesce(extract(epoch FROM last_seen)::bigint, 0), coalesce(ttl < now(), false) "
                                      "FROM clustering_data_planes ORDER BY hostname, id")
                           .arg(versioned ? QStringLiteral("coalesce(version, ''), coalesce(sync_status, '')")
                                          : QStringLiteral("'', ''")));
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        out << DataPlaneRow{r->value(i, 0), r->value(i, 1), r->value(i, 2), r->value(i, 3), r->value(i, 4), r->value(i, 5),
                            r->value(i, 6), r->integer(i, 7), r->boolean(i, 8)};
    return out;
}

} // namespace kuw::core
