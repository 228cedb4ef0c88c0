// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnostic report as Markdown, rendered from its JSON form.
#include "DiagnosticReport.h"

#include <QJsonArray>
#include <QLocale>

namespace kuw::core {

namespace {

QString cell(const QJsonValue &v)
{
    QString s = v.isString() ? v.toString()
              : v.isBool()   ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
              : v.isDouble() ? QString::number(qint64(v.toDouble()))
              : v.isArray()  ? [&] { QStringList l; for (const QJsonValue &x : v.toArray()) l << cell(x); return l.join(QStringLiteral(", ")); }()
              : v.isNull()   ? QStringLiteral("—")
                             : QString();
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}

QString table(const QJsonArray &rows, const QStringList &keys, const QStringList &headers)
{
    if (rows.isEmpty())
        return QStringLiteral("_none_\n");
    QString out = QStringLiteral("| %1 |\n|%2\n").arg(headers.join(QStringLiteral(" | ")), QStringLiteral("---|").repeated(headers.size()));
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QString &k : keys)
            cells << cell(row.toObject().value(k));
        out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    return out;
}

} // namespace

QString renderMarkdown(const QJsonObject &r)
{
    const QJsonObject env = r.value(QStringLiteral("environment")).toObject();
    const QJsonObject schema = r.value(QStringLiteral("schema")).toObject();
    const QJsonObject lock = r.value(QStringLiteral("lock")).toObject();
    const QJsonObject assessment = r.value(QStringLiteral("assessment")).toObject();
    QString md = QStringLiteral("# Kong datastore diagnostic report\n\n");
    md += QStringLiteral("- Generated: %1 by %2\n- Connection: %3\n- Read-only session: yes\n\n")
              .arg(cell(r.value(QStringLiteral("generated_at"))), cell(r.value(QStringLiteral("tool"))),
                   cell(r.value(QStringLiteral("connection"))));

    md += QStringLiteral("## Findings\n\nTarget %1 (%2): %3 blocker(s), %4 warning(s), %5 info(s)\n\n")
              .arg(cell(assessment.value(QStringLiteral("target"))), cell(assessment.value(QStringLiteral("edition"))),
                   cell(assessment.value(QStringLiteral("blockers"))), cell(assessment.value(QStringLiteral("warnings"))),
                   cell(assessment.value(QStringLiteral("infos"))));
    md += table(assessment.value(QStringLiteral("findings")).toArray(),
                {QStringLiteral("severity"), QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("evidence"),
                 QStringLiteral("remedy"), QStringLiteral("link")},
                {QStringLiteral("Severity"), QStringLiteral("Id"), QStringLiteral("Finding"), QStringLiteral("Evidence"),
                 QStringLiteral("Remedy"), QStringLiteral("Guide")});

    md += QStringLiteral("\n## Environment\n\n- PostgreSQL %1 (%2)%3\n- Database size: %4 bytes\n\n")
              .arg(cell(env.value(QStringLiteral("server_version"))), cell(env.value(QStringLiteral("server_version_num"))),
                   env.value(QStringLiteral("in_recovery")).toBool() ? QStringLiteral(", a standby (in recovery)") : QString(),
                   cell(env.value(QStringLiteral("database_bytes"))));
    md += table(env.value(QStringLiteral("settings")).toArray(), {QStringLiteral("name"), QStringLiteral("value")},
                {QStringLiteral("Setting"), QStringLiteral("Value")});
    md += QStringLiteral("\n### Table sizes\n\n");
    md += table(env.value(QStringLiteral("tables")).toArray(),
                {QStringLiteral("table"), QStringLiteral("bytes"), QStringLiteral("estimated_rows")},
                {QStringLiteral("Table"), QStringLiteral("Bytes"), QStringLiteral("Rows (estimate)")});

    md += QStringLiteral("\n## Kong schema\n\n- %1@%2, schema %3\n- Schema level: %4\n\n")
              .arg(cell(schema.value(QStringLiteral("user"))), cell(schema.value(QStringLiteral("database"))),
                   cell(schema.value(QStringLiteral("schema"))), cell(schema.value(QStringLiteral("level"))));
    md += table(schema.value(QStringLiteral("subsystems")).toArray(),
                {QStringLiteral("subsystem"), QStringLiteral("last_executed"), QStringLiteral("executed"), QStringLiteral("pending")},
                {QStringLiteral("Subsystem"), QStringLiteral("Last executed"), QStringLiteral("Executed"), QStringLiteral("Pending")});

    md += QStringLiteral("\n## Migration lock\n\n");
    const QJsonValue row = lock.value(QStringLiteral("migrations"));
    md += row.isObject() ? table(QJsonArray{row}, {QStringLiteral("owner"), QStringLiteral("ttl"), QStringLiteral("expired"), QStringLiteral("seconds_left")},
                                 {QStringLiteral("Owner"), QStringLiteral("Expiry (UTC)"), QStringLiteral("Expired"), QStringLiteral("Seconds left")})
                         : QStringLiteral("free\n");
    md += QStringLiteral("\n### Sessions with locks on Kong tables\n\n");
    md += table(lock.value(QStringLiteral("sessions")).toArray(),
                {QStringLiteral("pid"), QStringLiteral("user"), QStringLiteral("application"), QStringLiteral("client"),
                 QStringLiteral("state"), QStringLiteral("transaction_seconds"), QStringLiteral("relations"), QStringLiteral("blocked_by")},
                {QStringLiteral("PID"), QStringLiteral("User"), QStringLiteral("Application"), QStringLiteral("Client"),
                 QStringLiteral("State"), QStringLiteral("Tx seconds"), QStringLiteral("Locks"), QStringLiteral("Blocked by")});

    md += QStringLiteral("\n## Entity counts\n\n");
    md += table(r.value(QStringLiteral("entities")).toArray(), {QStringLiteral("table"), QStringLiteral("rows")},
                {QStringLiteral("Table"), QStringLiteral("Rows")});
    md += QStringLiteral("\n## Running nodes (Admin API)\n\n");
    md += table(assessment.value(QStringLiteral("nodes")).toArray(),
                {QStringLiteral("url"), QStringLiteral("version"), QStringLiteral("edition"), QStringLiteral("role"),
                 QStringLiteral("hostname"), QStringLiteral("error")},
                {QStringLiteral("URL"), QStringLiteral("Version"), QStringLiteral("Edition"), QStringLiteral("Role"),
                 QStringLiteral("Hostname"), QStringLiteral("Error")});
    md += QStringLiteral("\n## Hybrid Data Planes\n\n");
    md += table(r.value(QStringLiteral("data_planes")).toArray(),
                {QStringLiteral("hostname"), QStringLiteral("ip"), QStringLiteral("version"), QStringLiteral("sync_status"), QStringLiteral("last_seen")},
                {QStringLiteral("Hostname"), QStringLiteral("IP"), QStringLiteral("Version"), QStringLiteral("Sync status"), QStringLiteral("Last seen")});
    md += QStringLiteral("\n## Configuration (secrets masked)\n\n");
    md += table(r.value(QStringLiteral("config")).toArray(), {QStringLiteral("key"), QStringLiteral("value")},
                {QStringLiteral("Key"), QStringLiteral("Value")});
    return md;
}

} // namespace kuw::core
