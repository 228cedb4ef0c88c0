// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockSessions.h"

#include "db/PgConnection.h"

#include <QJsonArray>

namespace kuw::core {

QJsonObject LockSession::toJson() const
{
    QJsonArray blockers;
    for (int p : blockedBy)
        blockers.append(p);
    return QJsonObject{{QStringLiteral("pid"), pid},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("application"), application},
                       {QStringLiteral("client"), client},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("transaction_seconds"), transactionSeconds},
                       {QStringLiteral("relations"), relations},
                       {QStringLiteral("waiting"), waiting},
                       {QStringLiteral("blocked_by"), blockers}};
}

QString LockSession::toText() const
{
    QString s = QStringLiteral("pid %1 (%2@%3, application '%4', %5 for %6 s) on %7")
                    .arg(pid).arg(user, client, application, state).arg(transactionSeconds).arg(relations);
    if (waiting)
        s += QStringLiteral(", waiting");
    if (!blockedBy.isEmpty()) {
        QStringList pids;
        for (int p : blockedBy)
            pids << QString::number(p);
        s += QStringLiteral(", blocked by pid %1").arg(pids.join(QStringLiteral(", ")));
    }
    return s;
}

Result<QList<LockSession>> lockSessions(PgConnection &conn)
{
    // Sessions with relation locks in the Kong schema, plus every session blocking one of them.
    auto r = conn.exec(QStringLiteral(
        "WITH kong AS ("
        "  SELECT l.pid, string_agg(DISTINCT c.relname || ' (' || l.mode || ')', ', ') AS rels, bool_or(NOT l.granted) AS waiting "
        "  FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace "
        "  WHERE n.nspname = $1 AND l.pid <> pg_backend_pid() GROUP BY l.pid), "
        "pids AS (SELECT pid FROM kong UNION SELECT unnest(pg_blocking_pids(pid)) FROM kong) "
        "SELECT a.pid, coalesce(a.usename, ''), coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'), "
        "       coalesce(a.state, ''), coalesce(floor(extract(epoch FROM now() - coalesce(a.xact_start, a.backend_start)))::bigint, 0), "
        "       coalesce(k.rels, '(no Kong table)'), coalesce(k.waiting, false), array_to_json(pg_blocking_pids(a.pid))::text "
        "FROM pids p JOIN pg_stat_activity a ON a.pid = p.pid LEFT JOIN kong k ON k.pid = a.pid ORDER BY a.pid"),
        {conn.schema()});
    if (!r)
        return r.error();
    QList<LockSession> out;
    for (int i = 0; i < r->rows(); ++i) {
        LockSession s;
        s.pid = int(r->integer(i, 0));
        s.user = r->value(i, 1);
        s.application = r->value(i, 2);
        s.client = r->value(i, 3);
        s.state = r->value(i, 4);
        s.transactionSeconds = r->integer(i, 5);
        s.relations = r->value(i, 6);
        s.waiting = r->boolean(i, 7);
        for (const QString &p : r->jsonArray(i, 8))
            s.blockedBy << p.toInt();
        out << s;
    }
    return out;
}

} // namespace kuw::core
