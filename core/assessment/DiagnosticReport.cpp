// SPDX-License-Identifier: GPL-3.0-or-later
// Collects the diagnostic report and gives its JSON form (the other formats render the JSON).
#include "DiagnosticReport.h"

#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "util/Redactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace kuw::core {

namespace {

const QStringList kSettings = {
    QStringLiteral("server_version"), QStringLiteral("server_encoding"), QStringLiteral("TimeZone"),
    QStringLiteral("max_connections"), QStringLiteral("shared_buffers"), QStringLiteral("work_mem"),
    QStringLiteral("maintenance_work_mem"), QStringLiteral("statement_timeout"), QStringLiteral("lock_timeout"),
    QStringLiteral("idle_in_transaction_session_timeout"), QStringLiteral("password_encryption"),
    QStringLiteral("ssl"), QStringLiteral("max_locks_per_transaction"), QStringLiteral("wal_level"),
    QStringLiteral("default_transaction_read_only"), QStringLiteral("search_path")};

// Kong entity tables (core and bundled plugins); counted when present.
const QStringList kEntities = {
    QStringLiteral("workspaces"), QStringLiteral("services"), QStringLiteral("routes"), QStringLiteral("consumers"),
    QStringLiteral("plugins"), QStringLiteral("upstreams"), QStringLiteral("targets"), QStringLiteral("certificates"),
    QStringLiteral("ca_certificates"), QStringLiteral("snis"), QStringLiteral("tags"),
    QStringLiteral("clustering_data_planes"), QStringLiteral("acls"), QStringLiteral("basicauth_credentials"),
    QStringLiteral("hmacauth_credentials"), QStringLiteral("jwt_secrets"), QStringLiteral("keyauth_credentials"),
    QStringLiteral("oauth2_credentials"), QStringLiteral("oauth2_authorization_codes"), QStringLiteral("oauth2_tokens"),
    QStringLiteral("sessions"), QStringLiteral("acme_storage"), QStringLiteral("ratelimiting_metrics"),
    QStringLiteral("response_ratelimiting_metrics"), QStringLiteral("cluster_events")};

QJsonArray pairs(const QList<QPair<QString, QString>> &list, const char *k, const char *v)
{
    QJsonArray a;
    for (const auto &p : list)
        a.append(QJsonObject{{QLatin1String(k), p.first}, {QLatin1String(v), p.second}});
    return a;
}

/// Every string of a JSON value through the Redactor.
QJsonValue redactAll(const QJsonValue &v)
{
    if (v.isString())
        return Redactor::redact(v.toString());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(redactAll(x));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), redactAll(it.value()));
        return out;
    }
    return v;
}

} // namespace

Result<DiagnosticReport> collectDiagnostics(PgConnection &conn, const QString &connectionText, const KongConfig &config,
                                            const Catalog &catalog, const UpgradePath &paths,
                                            const AssessmentOptions &options)
{
    DiagnosticReport r;
    r.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    r.connection = connectionText;
    r.config = config.redactedEntries();

    auto settings = conn.exec(QStringLiteral("SELECT name, setting || coalesce(' ' || nullif(unit, ''), '') FROM pg_settings "
                                             "WHERE name = ANY($1::text[]) ORDER BY name"),
                              {pgArrayLiteral(kSettings)});
    if (!settings)
        return settings.error();
    for (int i = 0; i < settings->rows(); ++i)
        r.serverSettings << qMakePair(settings->value(i, 0), settings->value(i, 1));

    auto db = conn.exec(QStringLiteral("SELECT pg_database_size(current_database()), pg_is_in_recovery()"));
    if (!db)
        return db.error();
    r.databaseBytes = db->integer(0, 0);
    r.inRecovery = db->boolean(0, 1);

    auto tables = conn.exec(QStringLiteral(
        "SELECT c.relname, pg_total_relation_size(c.oid), c.reltuples::bigint FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') "
        "ORDER BY 2 DESC, 1"),
        {conn.schema()});
    if (!tables)
        return tables.error();
    QStringList present;
    for (int i = 0; i < tables->rows(); ++i) {
        r.tables << TableSize{tables->value(i, 0), tables->integer(i, 1), tables->integer(i, 2)};
        present << tables->value(i, 0);
    }
    for (const QString &entity : kEntities) {
        if (!present.contains(entity))
            continue;
        auto n = conn.exec(QStringLiteral("SELECT count(*) FROM %1").arg(conn.quoteIdentifier(entity)));
        if (!n)
            return n.error();
        r.entityCounts << qMakePair(entity, n->integer(0, 0));
    }
    auto sessions = lockSessions(conn);
    if (!sessions)
        return sessions.error();
    r.lockSessions = *sessions;
    auto dps = dataPlanes(conn);
    if (!dps)
        return dps.error();
    r.dataPlanes = *dps;

    auto assessment = runAssessment(&conn, config, catalog, paths, options);
    if (!assessment)
        return assessment.error();
    r.assessment = *assessment;
    return r;
}

QJsonObject DiagnosticReport::toJson() const
{
    const DatastoreStatus &st = assessment.status;
    QJsonArray tablesJson;
    for (const TableSize &t : tables)
        tablesJson.append(QJsonObject{{QStringLiteral("table"), t.name},
                                      {QStringLiteral("bytes"), t.bytes},
                                      {QStringLiteral("estimated_rows"), t.estimatedRows}});
    QJsonArray counts;
    for (const auto &c : entityCounts)
        counts.append(QJsonObject{{QStringLiteral("table"), c.first}, {QStringLiteral("rows"), c.second}});
    QJsonArray sessionsJson;
    for (const LockSession &s : lockSessions)
        sessionsJson.append(s.toJson());
    QJsonArray dpJson;
    for (const DataPlaneRow &dp : dataPlanes)
        dpJson.append(dp.toJson());

    QJsonObject status = st.toJson();
    QJsonObject schema{{QStringLiteral("database"), st.database},
                       {QStringLiteral("schema"), st.schema},
                       {QStringLiteral("user"), st.currentUser},
                       {QStringLiteral("schema_meta_present"), st.schemaMetaPresent},
                       {QStringLiteral("level"), assessment.level.toString()},
                       {QStringLiteral("level_lowest"), assessment.level.lowest ? QJsonValue(assessment.level.lowest->toString()) : QJsonValue()},
                       {QStringLiteral("level_highest"), assessment.level.highest ? QJsonValue(assessment.level.highest->toString()) : QJsonValue()},
                       {QStringLiteral("subsystems"), status.value(QStringLiteral("subsystems"))}};
    const QJsonObject report{
        {QStringLiteral("report_version"), 1},
        {QStringLiteral("generated_at"), generatedAt},
        {QStringLiteral("tool"), QStringLiteral("kong-upgrade %1").arg(QStringLiteral(KUW_VERSION))},
        {QStringLiteral("connection"), connection},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("server_version"), st.serverVersion},
                     {QStringLiteral("server_version_num"), st.serverVersionNum},
                     {QStringLiteral("in_recovery"), inRecovery},
                     {QStringLiteral("database_bytes"), databaseBytes},
                     {QStringLiteral("settings"), pairs(serverSettings, "name", "value")},
                     {QStringLiteral("tables"), tablesJson}}},
        {QStringLiteral("schema"), schema},
        {QStringLiteral("lock"), QJsonObject{{QStringLiteral("migrations"), status.value(QStringLiteral("migration_lock"))},
                                             {QStringLiteral("sessions"), sessionsJson}}},
        {QStringLiteral("entities"), counts},
        {QStringLiteral("data_planes"), dpJson},
        {QStringLiteral("assessment"), assessment.toJson()},
        {QStringLiteral("config"), pairs(config, "key", "value")},
    };
    return redactAll(report).toObject();
}

std::optional<ReportFormat> parseReportFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("json"))
        return ReportFormat::Json;
    if (t == QLatin1String("md") || t == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (t == QLatin1String("html"))
        return ReportFormat::Html;
    return std::nullopt;
}

QString renderReport(const DiagnosticReport &report, ReportFormat format)
{
    const QJsonObject json = report.toJson();
    QString text;
    switch (format) {
    case ReportFormat::Json: text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)); break;
    case ReportFormat::Markdown: text = renderMarkdown(json); break;
    case ReportFormat::Html: text = renderHtml(json); break;
    }
    return Redactor::redact(text);
}

} // namespace kuw::core
