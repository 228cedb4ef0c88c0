// SPDX-License-Identifier: GPL-3.0-or-later
// Declarative export/import (kong.yml) against the scratch PostgreSQL: round trip on a
// datastore holding every entity type, older-format imports, and malformed files that must
// leave the target untouched.
#include "declarative/Exporter.h"
#include "declarative/Importer.h"
#include "support/CliRunner.h"
#include "support/EngineHarness.h"
#include "support/Fixtures.h"
#include "support/TestPostgres.h"
#include "support/TwoDatastoreTest.h"
#include "support/UpgradeChecks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

using namespace kuw;
using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;

namespace {

const QString kTarget = QStringLiteral("2.5.2");

QString dataFile(const QString &name)
{
    return QStringLiteral(KUW_TEST_DATA_DIR "/declarative/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return f.readAll();
}

} // namespace

class Declarative : public test::TwoDatastoreTest
{
protected:
    void SetUp() override
    {
        TwoDatastoreTest::SetUp();
        if (HasFatalFailure())
            return;
        // The target to import into: freshly bootstrapped.
        ASSERT_TRUE(test::runEngine(targetSettings(), core::MigrationCommand::Bootstrap, kTarget).ok());
    }

    core::Result<core::declarative::ExportSummary> exportFrom(const core::ConnectionSettings &s, const QString &path)
    {
        auto conn = core::PgConnection::open(s);
        if (!conn)
            return conn.error();
        return core::declarative::Exporter(**conn).exportToFile(path);
    }

    core::Result<core::declarative::ImportSummary> importInto(const QString &path,
                                                              QList<core::declarative::ImportIssue> *issues = nullptr)
    {
        auto conn = core::PgConnection::open(targetSettings());
        if (!conn)
            return conn.error();
        core::declarative::Importer importer(conn->get());
        auto r = importer.importFile(path);
        if (issues)
            *issues = importer.issues();
        return r;
    }

    /// Imports a malformed file; expects exactly one kind of issue and an untouched target.
    core::declarative::ImportIssue expectRejected(const QString &path)
    {
        const QString schemaBefore = test::schemaDump(targetSettings());
        const QString dataBefore = test::dataDump(targetSettings());
        QList<core::declarative::ImportIssue> issues;
        auto r = importInto(path, &issues);
        EXPECT_FALSE(r.ok());
        EXPECT_FALSE(issues.isEmpty());
        EXPECT_EQ(test::schemaDump(targetSettings()), schemaBefore);
        EXPECT_EQ(test::dataDump(targetSettings()), dataBefore);
        if (!r.ok()) {
            EXPECT_EQ(r.error().kind, core::ErrorKind::Config);
        }
        return issues.value(0);
    }
};

// The exporter reads COPY text and PostgreSQL array literals itself: values with the
// characters those formats escape must come back exactly, through the YAML and the importer.
TEST_F(Declarative, AwkwardTextSurvivesExportAndImport)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, kTarget).ok());
    sql(QStringLiteral(
        "INSERT INTO consumers (id, created_at, username, custom_id, tags, ws_id) VALUES "
        "('11111111-1111-4111-8111-111111111111', now(), E'tab\\there\\\\back\\nline', E'quote\" colon: #hash', "
        " ARRAY['a,b', 'with \"quotes\"', E'back\\\\slash', 'NULL', '', '{braces}', 'sp ace', '日本語', '-lead', '123', 'yes'], "
        " (SELECT id FROM workspaces WHERE name = 'default')),"
        "('22222222-2222-4222-8222-222222222222', now(), 'plain', NULL, ARRAY[]::text[], "
        " (SELECT id FROM workspaces WHERE name = 'default'));"
        "INSERT INTO services (id, created_at, updated_at, name, protocol, host, port, path, ws_id) VALUES "
        "('33333333-3333-4333-8333-333333333333', now(), now(), 'svc', 'http', 'example.com', 80, E'/p\\\\q', "
        " (SELECT id FROM workspaces WHERE name = 'default'));"
        "INSERT INTO routes (id, created_at, updated_at, name, service_id, paths, headers, ws_id) VALUES "
        "('44444444-4444-4444-8444-444444444444', now(), now(), 'r', '33333333-3333-4333-8333-333333333333', "
        " ARRAY['/x'], '{\"x-t\": [\"a\\tb\", \"c\\\\d\", \"\\u00e9\"]}'::jsonb, (SELECT id FROM workspaces WHERE name = 'default'));"));
    const QString file = m_tmp.filePath(QStringLiteral("awkward.yml"));
    auto exported = exportFrom(settings(), file);
    ASSERT_TRUE(exported.ok()) << qPrintable(exported.error().toString());
    auto imported = importInto(file);
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error().toString() + "\n" + imported.error().detail);

    const QString query = QStringLiteral(
        "SELECT (SELECT json_agg(json_build_array(username, custom_id, tags) ORDER BY id) FROM consumers)::text"
        " || (SELECT json_agg(json_build_array(path) ORDER BY id) FROM services)::text"
        " || (SELECT json_agg(json_build_array(headers, paths) ORDER BY id) FROM routes)::text");
    auto source = connect()->exec(query);
    auto target = core::PgConnection::open(targetSettings());
    ASSERT_TRUE(source.ok() && target.ok());
    auto copy = (*target)->exec(query);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy->value(0, 0), source->value(0, 0));
    EXPECT_TRUE(source->value(0, 0).contains(QStringLiteral("日本語"))); // the query saw the awkward rows
}

TEST_F(Declarative, RoundTripOfEveryEntityTypeGivesAnIdenticalFile)
{
    seedSource();
    const QString first = m_tmp.filePath("first.yml"), second = m_tmp.filePath("second.yml");
    auto exported = exportFrom(settings(), first);
    ASSERT_TRUE(exported.ok()) << qPrintable(exported.error().toString());

    // Every exported entity type of Kong 2.5 is present in the seed, none Kong skips.
    QStringList types;
    for (const auto &[name, rows] : exported->counts)
        if (rows > 0)
            types << name;
    EXPECT_EQ(types, QStringList({"sessions", "certificates", "services", "consumers", "oauth2_credentials",
                                  "oauth2_tokens", "oauth2_authorization_codes", "keyauth_credentials",
                                  "jwt_secrets", "hmacauth_credentials", "basicauth_credentials", "acme_storage",
                                  "acls", "upstreams", "targets", "snis", "routes", "plugins", "parameters",
                                  "ca_certificates"}));
    const QByteArray text = readAll(first);
    EXPECT_TRUE(text.startsWith("_format_version: \"2.1\"\n_transform: false\n")) << text.left(80).constData();
    EXPECT_FALSE(text.contains("ratelimiting_metrics")); // db_export = false in Kong
    EXPECT_FALSE(text.contains("clustering_data_planes"));
    EXPECT_FALSE(text.contains("\nworkspaces:"));
    EXPECT_FALSE(text.contains("ws_id"));
    EXPECT_FALSE(text.contains("cache_key"));

    auto imported = importInto(first);
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error().toString() + "\n" + imported.error().detail);
    EXPECT_EQ(imported->total(), exported->total());
    ASSERT_TRUE(exportFrom(targetSettings(), second).ok());
    const QByteArray again = readAll(second);
    EXPECT_TRUE(again == text) << qPrintable(test::unifiedDiff(QString::fromUtf8(text), QString::fromUtf8(again)));

    // Beyond the file: the imported rows equal the source rows (cache keys, ws_id, tags rows
    // included), apart from what db_export does not carry (ttl columns).
    // A 2.3 node wrote window-route without request/response_buffering (NULL); Kong's DAO
    // reads such a required field as its default, so the export carries `true`.
    sql("UPDATE routes SET request_buffering = coalesce(request_buffering, true), "
        "response_buffering = coalesce(response_buffering, true)");
    const QString source = test::dataDump(settings()), target = test::dataDump(targetSettings());
    auto withoutTtl = [](QString dump) {
        static const QRegularExpression ttl(QStringLiteral(R"("ttl": "[^"]*")"));
        return dump.replace(ttl, QStringLiteral(R"("ttl": null)"));
    };
    auto section = [](const QString &dump, const QString &table) {
        const qsizetype at = dump.indexOf("== " + table + " ");
        return at < 0 ? QString() : dump.mid(at, dump.indexOf("\n==", at + 1) - at);
    };
    for (const char *table : {"consumers", "services", "routes", "plugins", "acls", "targets", "upstreams",
                                 "certificates", "snis", "ca_certificates", "oauth2_credentials", "tags"})
        EXPECT_EQ(section(withoutTtl(target), table), section(withoutTtl(source), table))
            << table << qPrintable(test::unifiedDiff(section(withoutTtl(source), table), section(withoutTtl(target), table)));
}

TEST_F(Declarative, ImportsKong20And21ExportsIntoA25Datastore)
{
    for (const char *name : {"kong-2.0-export.yml", "kong-2.1-export.yml"}) {
        SCOPED_TRACE(name);
        auto r = importInto(dataFile(name));
        ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString() + "\n" + r.error().detail);
        auto conn = core::PgConnection::open(targetSettings());
        ASSERT_TRUE(conn.ok());
        // Fields the older versions did not have get Kong 2.5's defaults.
        auto route = (*conn)->exec("SELECT path_handling, request_buffering, response_buffering, "
                                   "https_redirect_status_code, protocols::text, ws_id IS NOT NULL FROM routes");
        ASSERT_TRUE(route.ok());
        ASSERT_EQ(route->rows(), 1);
        EXPECT_EQ(route->value(0, 0), "v0");
        EXPECT_TRUE(route->boolean(0, 1));
        EXPECT_TRUE(route->boolean(0, 2));
        EXPECT_EQ(route->value(0, 3), "426");
        EXPECT_EQ(route->value(0, 4), "{http,https}");
        EXPECT_TRUE(route->boolean(0, 5));
        auto plugin = (*conn)->exec("SELECT cache_key, config->>'minute' FROM plugins");
        ASSERT_TRUE(plugin.ok());
        ASSERT_EQ(plugin->rows(), 1);
        EXPECT_TRUE(plugin->value(0, 0).startsWith("plugins:rate-limiting::a1000000-0000-4000-8000-000000000001:::"));
        EXPECT_EQ(plugin->value(0, 1), "20");
        auto counts = (*conn)->exec("SELECT (SELECT count(*) FROM consumers), (SELECT count(*) FROM keyauth_credentials), "
                                    "(SELECT count(*) FROM tags WHERE entity_name = 'services')");
        ASSERT_TRUE(counts.ok());
        EXPECT_EQ(counts->value(0, 0), "2");
        EXPECT_EQ(counts->value(0, 1), "1");
        EXPECT_EQ(counts->value(0, 2), "1"); // Kong's sync_tags trigger fired
        // Back to a fresh target for the next file.
        TearDown();
        SetUp();
    }
}

TEST_F(Declarative, NestedDeckStyleEntitiesGetTheirParent)
{
    auto r = importInto(dataFile("nested.yml"));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString() + "\n" + r.error().detail);
    auto conn = core::PgConnection::open(targetSettings());
    auto rows = (*conn)->exec("SELECT r.name, s.name FROM routes r JOIN services s ON s.id = r.service_id "
                              "UNION ALL SELECT k.key, c.username FROM keyauth_credentials k "
                              "JOIN consumers c ON c.id = k.consumer_id ORDER BY 1");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->rows(), 2);
    EXPECT_EQ(rows->value(0, 0) + "/" + rows->value(0, 1), "alice-key/alice");
    EXPECT_EQ(rows->value(1, 0) + "/" + rows->value(1, 1), "orders-route/orders");
}

TEST_F(Declarative, SyntaxErrorIsLocatedAndNothingIsWritten)
{
    const auto i = expectRejected(dataFile("bad-syntax.yml"));
    EXPECT_TRUE(i.message.startsWith("YAML syntax error")) << qPrintable(i.toString());
    EXPECT_EQ(i.line, 7);
    EXPECT_TRUE(i.toString().startsWith(dataFile("bad-syntax.yml") + ":7:")) << qPrintable(i.toString());
}

TEST_F(Declarative, UnknownEntityTypeIsNamed)
{
    const auto i = expectRejected(dataFile("unknown-entity.yml"));
    EXPECT_EQ(i.entity, "gateways");
    EXPECT_EQ(i.line, 9);
    EXPECT_TRUE(i.message.contains("unknown entity type 'gateways'")) << qPrintable(i.toString());
}

TEST_F(Declarative, MissingRequiredFieldNamesEntityAndField)
{
    const auto i = expectRejected(dataFile("missing-required.yml"));
    EXPECT_EQ(i.entity, "services");
    EXPECT_EQ(i.field, "host");
    EXPECT_EQ(i.line, 4);
    EXPECT_EQ(i.message, "required field missing");
}

TEST_F(Declarative, DanglingReferenceIsReported)
{
    const auto i = expectRejected(dataFile("dangling-reference.yml"));
    EXPECT_EQ(i.entity, "routes");
    EXPECT_EQ(i.field, "service");
    EXPECT_EQ(i.line, 13);
    EXPECT_TRUE(i.message.contains("references services 'a0000000-0000-4000-8000-00000000dead'")) << qPrintable(i.toString());
}

TEST_F(Declarative, DuplicatesAreReported)
{
    QList<core::declarative::ImportIssue> issues;
    const QString schemaBefore = test::dataDump(targetSettings());
    auto r = importInto(dataFile("duplicates.yml"), &issues);
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(issues.size(), 4) << qPrintable(r.error().detail);
    EXPECT_EQ(issues[0].line, 5); // duplicate YAML key inside one entity
    EXPECT_TRUE(issues[0].message.contains("duplicate key 'host'"));
    EXPECT_EQ(issues[1].field, "id");
    EXPECT_TRUE(issues[1].message.contains("duplicate primary key")) << qPrintable(issues[1].toString());
    EXPECT_EQ(issues[2].field, "username");
    EXPECT_TRUE(issues[2].message.contains("duplicate value 'alice'")) << qPrintable(issues[2].toString());
    EXPECT_EQ(issues[3].entity, "keyauth_credentials");
    EXPECT_EQ(issues[3].field, "key");
    EXPECT_FALSE(r.error().detail.contains("very-secret-key")); // credentials never echoed
    EXPECT_EQ(test::dataDump(targetSettings()), schemaBefore);
}

TEST_F(Declarative, WrongFormatVersionGetsAClearMessage)
{
    const auto i = expectRejected(dataFile("format-3.0.yml"));
    EXPECT_EQ(i.field, "_format_version");
    EXPECT_EQ(i.line, 1);
    EXPECT_TRUE(i.message.contains("'3.0' is not one Kong 2.5 reads")) << qPrintable(i.toString());
}

TEST_F(Declarative, WrongTypeIsReported)
{
    const auto i = expectRejected(dataFile("wrong-type.yml"));
    EXPECT_EQ(i.entity, "services");
    EXPECT_EQ(i.field, "port");
    EXPECT_TRUE(i.message.contains("expected an integer, got 'eighty'")) << qPrintable(i.toString());
}

TEST_F(Declarative, TruncatedExportIsRejected)
{
    seedSource();
    const QString full = m_tmp.filePath("full.yml"), cut = m_tmp.filePath("cut.yml");
    ASSERT_TRUE(exportFrom(settings(), full).ok());
    QByteArray text = readAll(full);
    // Cut inside the certificate's quoted PEM, as a copy interrupted mid-file would.
    const qsizetype at = text.indexOf("-----BEGIN CERTIFICATE-----");
    ASSERT_GT(at, 0);
    QFile out(cut);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.left(at + 40));
    out.close();
    const auto i = expectRejected(cut);
    EXPECT_TRUE(i.message.startsWith("YAML syntax error")) << qPrintable(i.toString());
}

TEST_F(Declarative, ImportRefusesADatastoreThatAlreadyHoldsEntities)
{
    auto conn = core::PgConnection::open(targetSettings());
    ASSERT_TRUE((*conn)->execScript("INSERT INTO consumers (id, username, ws_id) SELECT "
                                    "'c0000000-0000-4000-8000-000000000001', 'x', id FROM workspaces").ok());
    auto r = importInto(dataFile("kong-2.1-export.yml"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, core::ErrorKind::Unsupported);
    EXPECT_TRUE(r.error().message.contains("already holds entities (consumers)")) << qPrintable(r.error().message);
}

TEST_F(Declarative, CliExportImportAndExitCodes)
{
    seedSource();
    const QString file = m_tmp.filePath("cli.yml");
    test::CliRun r = test::runCli({"config", "db_export", file}, test::kongEnvFor(m_db));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    r = test::runCli({"config", "db_export", file}, test::kongEnvFor(m_db));
    EXPECT_EQ(r.exitCode, 10);
    EXPECT_TRUE(r.err.contains("already exists. Will not overwrite it.")) << qPrintable(r.err);
    r = test::runCli({"config", "db_import", dataFile("missing-required.yml")}, test::kongEnvFor(m_target));
    EXPECT_EQ(r.exitCode, 10);
    EXPECT_TRUE(r.err.contains("missing-required.yml:4:3: services.host: required field missing")) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains("nothing was written")) << qPrintable(r.err);
    r = test::runCli({"config", "db_import", file}, test::kongEnvFor(m_target));
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("import successful")) << qPrintable(r.out);
    r = test::runCli({"config", "db_import"}, test::kongEnvFor(m_target));
    EXPECT_EQ(r.exitCode, 2);
}
