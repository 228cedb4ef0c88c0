// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnostic report: a read-only session, every section present, secrets in none of the
// formats; and the check / diagnose / path commands of the real CLI binary.
#include "support/EngineHarness.h"
#include "support/CliRunner.h"
#include "support/TestPostgres.h"

#include "assessment/DiagnosticReport.h"
#include "assessment/ReadOnlySession.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "versions/UpgradePath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace kuw::core;
using kuw::test::DatabaseTest;
using kuw::test::CliRun;
using kuw::test::runCli;
using kuw::test::TestPostgres;

namespace {

// Known secrets seeded into the datastore and the configuration; none may reach a report.
const QStringList kSecrets = {
    QStringLiteral("KeyAuth-Secret-7781"), QStringLiteral("BasicAuth-Password-5512"),
    QStringLiteral("Hmac-Secret-4420"),    QStringLiteral("Jwt-Secret-9034"),
    QStringLiteral("OAuth2-Client-Secret-3318"), QStringLiteral("OAuth2-Access-Token-6605"),
    QStringLiteral("PgPassword-Conf-2291")};


} // namespace

class Diagnose : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.0.5")).ok());
    }

    void seedSecrets()
    {
        sql(QStringLiteral(
            "INSERT INTO consumers (id, username) VALUES ('f0000000-0000-4000-8000-000000000001', 'alice');"
            "INSERT INTO keyauth_credentials (id, consumer_id, key) VALUES ('f1000000-0000-4000-8000-000000000001', "
            "'f0000000-0000-4000-8000-000000000001', '%1');"
            "INSERT INTO basicauth_credentials (id, consumer_id, username, password) VALUES "
            "('f2000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'alice', '%2');"
            "INSERT INTO hmacauth_credentials (id, consumer_id, username, secret) VALUES "
            "('f3000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'alice-h', '%3');"
            "INSERT INTO jwt_secrets (id, consumer_id, key, secret, algorithm) VALUES "
            "('f4000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'alice-jwt', '%4', 'HS256');"
            "INSERT INTO oauth2_credentials (id, consumer_id, name, client_id, client_secret, redirect_uris) VALUES "
            "('f5000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'app', 'client-1', '%5', '{https://app.example}');"
            "INSERT INTO oauth2_tokens (id, credential_id, access_token, token_type, expires_in) VALUES "
            "('f6000000-0000-4000-8000-000000000001', 'f5000000-0000-4000-8000-000000000001', '%6', 'bearer', 7200)")
                .arg(kSecrets[0], kSecrets[1], kSecrets[2], kSecrets[3], kSecrets[4], kSecrets[5]));
    }

    QProcessEnvironment kongEnv() const { return kuw::test::kongEnvFor(m_db); }
};

TEST_F(Diagnose, TheSessionIsReadOnly)
{
    auto conn = openReadOnlySession(settings());
    ASSERT_TRUE(conn) << qPrintable(conn.error().toString());
    auto write = (*conn)->exec(QStringLiteral("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'x', now())"));
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().sqlState, QByteArray("25006")) << qPrintable(write.error().toString());
    EXPECT_FALSE((*conn)->exec(QStringLiteral("CREATE TABLE diag_probe (id int)")));
    auto count = connect()->exec(QStringLiteral("SELECT count(*) FROM locks"));
    ASSERT_TRUE(count);
    EXPECT_EQ(count->integer(0, 0), 0);
}

TEST_F(Diagnose, ReportHasEverySectionAndNoSecretInAnyFormat)
{
    seedSecrets();
    sql("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-diag', now() + interval '1 hour')");
    auto config = KongConfig::fromText(QStringLiteral("pg_password = %1\nplugins = bundled\n").arg(kSecrets[6]),
                                       QStringLiteral("kong.conf"));
    ASSERT_TRUE(config);
    auto paths = UpgradePath::loadEmbedded();
    ASSERT_TRUE(paths);
    auto conn = openReadOnlySession(settings());
    ASSERT_TRUE(conn);
    AssessmentOptions options;
    options.target = KongVersion::parse(QStringLiteral("2.5.2")).value();
    auto report = collectDiagnostics(**conn, settings().toString(), *config, kuw::test::catalog(), *paths, options);
    ASSERT_TRUE(report) << qPrintable(report.error().toString());

    const QJsonObject json = report->toJson();
    EXPECT_EQ(json["report_version"].toInt(), 1);
    EXPECT_TRUE(json["environment"]["server_version"].toString().startsWith(QString::number((*conn)->serverVersionNum() / 10000)));
    EXPECT_GT(json["environment"]["database_bytes"].toDouble(), 0);
    EXPECT_FALSE(json["environment"]["tables"].toArray().isEmpty());
    EXPECT_EQ(json["schema"]["level"].toString(), "2.0.0–2.0.5");
    EXPECT_EQ(json["lock"]["migrations"]["owner"].toString(), "node-diag");
    bool sawConsumers = false;
    for (const QJsonValue &e : json["entities"].toArray()) {
        if (e["table"].toString() == "consumers") {
            sawConsumers = true;
            EXPECT_EQ(e["rows"].toInt(), 1);
        }
    }
    EXPECT_TRUE(sawConsumers);
    EXPECT_EQ(json["assessment"]["findings"][0]["id"].toString(), "lock.held");

    for (ReportFormat format : {ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Html}) {
        const QString text = renderReport(*report, format);
        EXPECT_TRUE(text.contains("node-diag")) << int(format);
        EXPECT_TRUE(text.contains("lock.held")) << int(format);
        for (const QString &secret : kSecrets)
            EXPECT_FALSE(text.contains(secret)) << qPrintable(secret) << " in format " << int(format);
    }
    const QString html = renderReport(*report, ReportFormat::Html);
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_FALSE(html.contains("<script")) << "no scripts";
    EXPECT_FALSE(html.contains("src=")) << "no external assets";
    EXPECT_FALSE(html.contains("<link")) << "no external stylesheets";
    EXPECT_TRUE(html.contains("@media print"));
}

TEST_F(Diagnose, CliWritesEachFormatWithoutSecrets)
{
    seedSecrets();
    QProcessEnvironment env = kongEnv();
    env.insert("KONG_PG_PASSWORD", kSecrets[6]); // the socket trusts; the password is only carried
    QTemporaryDir dir;
    for (const QString &fmt : {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json")}) {
        const QString file = dir.filePath("report." + fmt);
        const CliRun r = runCli({"diagnose", "--to", "2.5.2", "-o", file}, env);
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_TRUE(text.contains("keyauth_credentials")) << qPrintable(fmt);
        for (const QString &secret : kSecrets)
            EXPECT_FALSE(text.contains(secret)) << qPrintable(secret) << " in " << qPrintable(fmt);
    }
    const CliRun json = runCli({"diagnose", "--format", "json"}, env);
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).object()["report_version"].toInt(), 1);
}

TEST_F(Diagnose, CliCheckExitsNonZeroOnABlocker)
{
    CliRun r = runCli({"check", "--to", "2.5.2"}, kongEnv());
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains("No findings")) << qPrintable(r.out);

    sql("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-cli', now() + interval '1 hour')");
    r = runCli({"check", "--to", "2.5.2", "--json"}, kongEnv());
    EXPECT_EQ(r.exitCode, 20) << qPrintable(r.err);
    const QJsonObject obj = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_FALSE(obj["findings"].toArray().isEmpty()) << qPrintable(r.out);
    EXPECT_EQ(obj["findings"][0]["id"].toString(), "lock.held");
    EXPECT_EQ(obj["findings"][0]["severity"].toString(), "blocker");

    QProcessEnvironment cassandra = kongEnv();
    cassandra.insert("KONG_DATABASE", "cassandra");
    r = runCli({"check"}, cassandra);
    EXPECT_EQ(r.exitCode, 20) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains("datastore.cassandra"));
}

TEST_F(Diagnose, CliPathPrintsHopsAndRefusesUnknownPaths)
{
    CliRun r = runCli({"path", "--from", "2.2.0.0", "--to", "2.5.0.0", "--json"}, {});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(plan["edition"].toString(), "enterprise");
    EXPECT_EQ(plan["hops"].toArray().size(), 3);

    r = runCli({"path", "--from", "0.14.1", "--to", "2.5.2"}, {});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("0.14.1 → 1.5.x")) << qPrintable(r.out);

    r = runCli({"path", "--from", "0.35", "--to", "2.5.0", "--edition", "enterprise"}, {});
    EXPECT_EQ(r.exitCode, 20) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.err.contains("not allowed")) << qPrintable(r.err);
}
