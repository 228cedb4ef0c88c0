// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot tests: the diagnostic report of a seeded datastore in md, html and json against
// checked-in golden files (tests/data/golden/), volatile fields normalized; and no seeded
// secret in any format. KUW_UPDATE_GOLDEN=1 rewrites the golden files (review the diff).
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include "assessment/DiagnosticReport.h"
#include "assessment/ReadOnlySession.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "versions/UpgradePath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace kuw::core;
using kuw::test::DatabaseTest;

namespace {

const QStringList kSecrets = {QStringLiteral("Golden-KeyAuth-1147"), QStringLiteral("Golden-Basic-2258"),
                              QStringLiteral("Golden-Hmac-3369"),    QStringLiteral("Golden-OAuth-Secret-4470"),
                              QStringLiteral("Golden-OAuth-Token-5581"), QStringLiteral("Golden-PgPassword-6692")};

QJsonObject setPath(QJsonObject o, const QStringList &path, const QJsonValue &v)
{
    if (path.size() == 1) {
        if (o.contains(path[0]))
            o.insert(path[0], v);
        return o;
    }
    o.insert(path[0], setPath(o.value(path[0]).toObject(), path.mid(1), v));
    return o;
}

/// Replaces what differs between runs and machines (time, tool version, server version and
/// settings, sizes, the per-test database name, lock timing) by fixed placeholders.
QJsonObject normalize(QJsonObject r, const QString &db)
{
    r = setPath(r, {"generated_at"}, "<generated_at>");
    r = setPath(r, {"tool"}, "kong-upgrade <version>");
    r = setPath(r, {"environment", "server_version"}, "<server_version>");
    r = setPath(r, {"environment", "server_version_num"}, 0);
    r = setPath(r, {"environment", "database_bytes"}, 0);
    QJsonArray settings;
    for (const QJsonValue &s : r.value("environment").toObject().value("settings").toArray())
        settings.append(QJsonObject{{"name", s["name"]}, {"value", "<value>"}});
    r = setPath(r, {"environment", "settings"}, settings);
    QList<QJsonObject> tables;
    for (const QJsonValue &t : r.value("environment").toObject().value("tables").toArray())
        tables << QJsonObject{{"table", t["table"]}, {"bytes", 0}, {"estimated_rows", 0}};
    std::sort(tables.begin(), tables.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a["table"].toString() < b["table"].toString();
    });
    QJsonArray sortedTables;
    for (const QJsonObject &t : tables)
        sortedTables.append(t);
    r = setPath(r, {"environment", "tables"}, sortedTables);
    r = setPath(r, {"lock", "migrations", "seconds_left"}, 0);
    QString text = QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Indented));
    text.replace(db, "<database>");
    text.replace(kuw::test::TestPostgres::instance().socketDir(), "<socket>");
    text.replace(QRegularExpression(":\\d+/<database>"), ":<port>/<database>");
    text.replace(QRegularExpression("expired \\d+ s ago"), "expired N s ago");
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString golden(const QString &name)
{
    return QStringLiteral(KUW_TEST_DATA_DIR "/golden/") + name;
}

/// Compares with the golden file (or rewrites it with KUW_UPDATE_GOLDEN=1), line by line.
void expectGolden(const QString &name, const QString &actual)
{
    if (qEnvironmentVariableIsSet("KUW_UPDATE_GOLDEN")) {
        QFile f(golden(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(golden(name));
        f.write(actual.toUtf8());
        return;
    }
    QFile f(golden(name));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(golden(name)) << " missing: run with KUW_UPDATE_GOLDEN=1";
    const QStringList want = QString::fromUtf8(f.readAll()).split('\n');
    const QStringList got = actual.split('\n');
    for (int i = 0; i < std::max(want.size(), got.size()); ++i) {
        ASSERT_EQ(want.value(i).toStdString(), got.value(i).toStdString())
            << qPrintable(name) << " line " << i + 1 << " differs (KUW_UPDATE_GOLDEN=1 rewrites it after review)";
    }
}

} // namespace

class GoldenReport : public DatabaseTest
{
protected:
    DiagnosticReport seededReport()
    {
        EXPECT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.0.5")).ok());
        sql(QStringLiteral(
            "INSERT INTO consumers (id, username) VALUES ('f0000000-0000-4000-8000-000000000001', 'alice');"
            "INSERT INTO services (id, name, protocol, host, port) VALUES ('e0000000-0000-4000-8000-000000000001', 'orders', 'http', 'orders.internal', 80);"
            "INSERT INTO routes (id, service_id, name, paths) VALUES ('d0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001', 'orders', '{/orders}');"
            "INSERT INTO keyauth_credentials (id, consumer_id, key) VALUES ('f1000000-0000-4000-8000-000000000001', "
            "'f0000000-0000-4000-8000-000000000001', '%1');"
            "INSERT INTO basicauth_credentials (id, consumer_id, username, password) VALUES "
            "('f2000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'alice', '%2');"
            "INSERT INTO hmacauth_credentials (id, consumer_id, username, secret) VALUES "
            "('f3000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'alice-h', '%3');"
            "INSERT INTO oauth2_credentials (id, consumer_id, name, client_id, client_secret, redirect_uris) VALUES "
            "('f5000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'app', 'client-1', '%4', '{https://app.example}');"
            "INSERT INTO oauth2_tokens (id, credential_id, access_token, token_type, expires_in) VALUES "
            "('f6000000-0000-4000-8000-000000000001', 'f5000000-0000-4000-8000-000000000001', '%5', 'bearer', 7200);"
            "INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-golden', '2020-01-01 00:00:00+00')")
                .arg(kSecrets[0], kSecrets[1], kSecrets[2], kSecrets[3], kSecrets[4]));
        auto config = KongConfig::fromText(
            QStringLiteral("pg_password = %1\nplugins = bundled\nrole = traditional\n").arg(kSecrets[5]), QStringLiteral("kong.conf"));
        auto paths = UpgradePath::loadEmbedded();
        auto conn = openReadOnlySession(settings());
        EXPECT_TRUE(config && paths && conn);
        AssessmentOptions options;
        options.target = KongVersion::parse(QStringLiteral("2.5.2")).value();
        options.helmReleases = {QStringLiteral("kong/kong-blue"), QStringLiteral("kong/kong-edge")};
        auto report = collectDiagnostics(**conn, settings().toString(), *config, kuw::test::catalog(), *paths, options);
        EXPECT_TRUE(report) << (report ? "" : qPrintable(report.error().toString()));
        return report ? *report : DiagnosticReport();
    }
};

TEST_F(GoldenReport, EveryFormatMatchesItsSnapshotAndHoldsNoSecret)
{
    const DiagnosticReport report = seededReport();
    for (ReportFormat format : {ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Html}) {
        const QString text = renderReport(report, format);
        EXPECT_TRUE(text.contains("node-golden")) << int(format);
        EXPECT_TRUE(text.contains("keyauth_credentials")) << int(format);
        for (const QString &secret : kSecrets)
            EXPECT_FALSE(text.contains(secret)) << qPrintable(secret) << " in format " << int(format);
    }
    const QJsonObject json = normalize(report.toJson(), m_db);
    expectGolden("diagnose-report.json", QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    expectGolden("diagnose-report.md", renderMarkdown(json));
    expectGolden("diagnose-report.html", renderHtml(json));
    for (const char *name : {"diagnose-report.json", "diagnose-report.md", "diagnose-report.html"}) {
        QFile f(golden(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &secret : kSecrets)
            EXPECT_FALSE(text.contains(secret)) << qPrintable(secret) << " in golden " << name;
    }
}

TEST_F(GoldenReport, NormalizationKeepsWhatMatters)
{
    // The snapshot must still fail on real changes: a different seeded state gives another report.
    const DiagnosticReport report = seededReport();
    sql("INSERT INTO consumers (id, username) VALUES ('f0000000-0000-4000-8000-000000000002', 'bob')");
    auto conn = openReadOnlySession(settings());
    auto config = KongConfig::fromText(QStringLiteral("plugins = bundled\n"), QStringLiteral("kong.conf"));
    auto paths = UpgradePath::loadEmbedded();
    AssessmentOptions options;
    options.target = KongVersion::parse(QStringLiteral("2.5.2")).value();
    auto changed = collectDiagnostics(**conn, settings().toString(), *config, kuw::test::catalog(), *paths, options);
    ASSERT_TRUE(changed);
    EXPECT_NE(renderMarkdown(normalize(report.toJson(), m_db)), renderMarkdown(normalize(changed->toJson(), m_db)));
}
