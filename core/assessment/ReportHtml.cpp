// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnostic report as one self-contained HTML page (inline CSS, no scripts, no external
// assets), rendered from its JSON form; prints on A4/Letter.
#include "DiagnosticReport.h"

#include <QJsonArray>

namespace kuw::core {

namespace {

const char *kStyle =
    "body{font:13px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222}"
    "h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:1.6em}"
    "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:3px 6px;"
    "text-align:left;vertical-align:top}th{background:#f2f2f2}td{white-space:pre-wrap;word-break:break-word}"
    ".blocker{background:#fde2e1}.warning{background:#fff4d6}.info{background:#e8f1fb}"
    ".meta{color:#555}@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}";

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isArray()) {
        QStringList l;
        for (const QJsonValue &x : v.toArray())
            l << text(x);
        return l.join(QStringLiteral(", "));
    }
    return v.isNull() ? QStringLiteral("—") : QString();
}

QString esc(const QJsonValue &v)
{
    return text(v).toHtmlEscaped();
}

QString table(const QJsonArray &rows, const QStringList &keys, const QStringList &headers, const QString &classKey = {})
{
    if (rows.isEmpty())
        return QStringLiteral("<p class=\"meta\">none</p>\n");
    QString out = QStringLiteral("<table><tr>");
    for (const QString &h : headers)
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>\n");
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        out += classKey.isEmpty() ? QStringLiteral("<tr>")
                                  : QStringLiteral("<tr class=\"%1\">").arg(esc(o.value(classKey)));
        for (const QString &k : keys)
            out += QStringLiteral("<td>%1</td>").arg(esc(o.value(k)));
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString renderHtml(const QJsonObject &r)
{
    const QJsonObject env = r.value(QStringLiteral("environment")).toObject();
    const QJsonObject schema = r.value(QStringLiteral("schema")).toObject();
    const QJsonObject lock = r.value(QStringLiteral("lock")).toObject();
    const QJsonObject a = r.value(QStringLiteral("assessment")).toObject();
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                               "<title>Kong datastore diagnostic report</title><style>%1</style></head><body>\n")
                    .arg(QLatin1String(kStyle));
    h += QStringLiteral("<h1>Kong datastore diagnostic report</h1>\n<p class=\"meta\">Generated %1 by %2<br>"
                        "Connection: %3<br>Read-only session: yes</p>\n")
             .arg(esc(r.value(QStringLiteral("generated_at"))), esc(r.value(QStringLiteral("tool"))),
                  esc(r.value(QStringLiteral("connection"))));
    h += QStringLiteral("<h2>Findings</h2>\n<p>Target %1 (%2): %3 blocker(s), %4 warning(s), %5 info(s)</p>\n")
             .arg(esc(a.value(QStringLiteral("target"))), esc(a.value(QStringLiteral("edition"))),
                  esc(a.value(QStringLiteral("blockers"))), esc(a.value(QStringLiteral("warnings"))),
                  esc(a.value(QStringLiteral("infos"))));
    h += table(a.value(QStringLiteral("findings")).toArray(),
               {QStringLiteral("severity"), QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("evidence"),
                QStringLiteral("remedy"), QStringLiteral("link")},
               {QStringLiteral("Severity"), QStringLiteral("Id"), QStringLiteral("Finding"), QStringLiteral("Evidence"),
                QStringLiteral("Remedy"), QStringLiteral("Guide")},
               QStringLiteral("severity"));
    h += QStringLiteral("<h2>Environment</h2>\n<p>PostgreSQL %1 (%2)%3; database size %4 bytes</p>\n")
             .arg(esc(env.value(QStringLiteral("server_version"))), esc(env.value(QStringLiteral("server_version_num"))),
                  env.value(QStringLiteral("in_recovery")).toBool() ? QStringLiteral(", a standby (in recovery)") : QString(),
                  esc(env.value(QStringLiteral("database_bytes"))));
    h += table(env.value(QStringLiteral("settings")).toArray(), {QStringLiteral("name"), QStringLiteral("value")},
               {QStringLiteral("Setting"), QStringLiteral("Value")});
    h += QStringLiteral("<h3>Table sizes</h3>\n");
    h += table(env.value(QStringLiteral("tables")).toArray(),
               {QStringLiteral("table"), QStringLiteral("bytes"), QStringLiteral("estimated_rows")},
               {QStringLiteral("Table"), QStringLiteral("Bytes"), QStringLiteral("Rows (estimate)")});
    h += QStringLiteral("<h2>Kong schema</h2>\n<p>%1@%2, schema %3; schema level %4</p>\n")
             .arg(esc(schema.value(QStringLiteral("user"))), esc(schema.value(QStringLiteral("database"))),
                  esc(schema.value(QStringLiteral("schema"))), esc(schema.value(QStringLiteral("level"))));
    h += table(schema.value(QStringLiteral("subsystems")).toArray(),
               {QStringLiteral("subsystem"), QStringLiteral("last_executed"), QStringLiteral("executed"), QStringLiteral("pending")},
               {QStringLiteral("Subsystem"), QStringLiteral("Last executed"), QStringLiteral("Executed"), QStringLiteral("Pending")});
    h += QStringLiteral("<h2>Migration lock</h2>\n");
    const QJsonValue row = lock.value(QStringLiteral("migrations"));
    h += row.isObject() ? table(QJsonArray{row}, {QStringLiteral("owner"), QStringLiteral("ttl"), QStringLiteral("expired"), QStringLiteral("seconds_left")},
                                {QStringLiteral("Owner"), QStringLiteral("Expiry (UTC)"), QStringLiteral("Expired"), QStringLiteral("Seconds left")})
                        : QStringLiteral("<p>free</p>\n");
    h += QStringLiteral("<h3>Sessions with locks on Kong tables</h3>\n");
    h += table(lock.value(QStringLiteral("sessions")).toArray(),
               {QStringLiteral("pid"), QStringLiteral("user"), QStringLiteral("application"), QStringLiteral("client"),
                QStringLiteral("state"), QStringLiteral("transaction_seconds"), QStringLiteral("relations"), QStringLiteral("blocked_by")},
               {QStringLiteral("PID"), QStringLiteral("User"), QStringLiteral("Application"), QStringLiteral("Client"),
                QStringLiteral("State"), QStringLiteral("Tx seconds"), QStringLiteral("Locks"), QStringLiteral("Blocked by")});
    h += QStringLiteral("<h2>Entity counts</h2>\n");
    h += table(r.value(QStringLiteral("entities")).toArray(), {QStringLiteral("table"), QStringLiteral("rows")},
               {QStringLiteral("Table"), QStringLiteral("Rows")});
    h += QStringLiteral("<h2>Running nodes (Admin API)</h2>\n");
    h += table(a.value(QStringLiteral("nodes")).toArray(),
               {QStringLiteral("url"), QStringLiteral("version"), QStringLiteral("edition"), QStringLiteral("role"),
                QStringLiteral("hostname"), QStringLiteral("error")},
               {QStringLiteral("URL"), QStringLiteral("Version"), QStringLiteral("Edition"), QStringLiteral("Role"),
                QStringLiteral("Hostname"), QStringLiteral("Error")});
    h += QStringLiteral("<h2>Hybrid Data Planes</h2>\n");
    h += table(r.value(QStringLiteral("data_planes")).toArray(),
               {QStringLiteral("hostname"), QStringLiteral("ip"), QStringLiteral("version"), QStringLiteral("sync_status"), QStringLiteral("last_seen")},
               {QStringLiteral("Hostname"), QStringLiteral("IP"), QStringLiteral("Version"), QStringLiteral("Sync status"), QStringLiteral("Last seen")});
    h += QStringLiteral("<h2>Configuration (secrets masked)</h2>\n");
    h += table(r.value(QStringLiteral("config")).toArray(), {QStringLiteral("key"), QStringLiteral("value")},
               {QStringLiteral("Key"), QStringLiteral("Value")});
    return h + QStringLiteral("</body></html>\n");
}

} // namespace kuw::core
