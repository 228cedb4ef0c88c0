// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema/SchemaDump.h"
#include "db/PgConnection.h"
#include "support/Fixtures.h"
#include "support/TestPostgres.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

using namespace kuw::core;
using kuw::test::DatabaseTest;
using kuw::test::fixtureText;
using kuw::test::unifiedDiff;

namespace {

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

/// Self-test against the reference fixtures: restore a fixture's pg_dump.sql plus its
/// data.txt rows, and our dump must reproduce its schema.txt and data.txt byte for byte.
class SchemaDumpFixture : public DatabaseTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void loadFixture(const QString &version)
    {
        const QString ddl = fixtureText(version, QStringLiteral("pg_dump.sql"));
        ASSERT_FALSE(ddl.isEmpty());
        // pg_dump -n public starts with CREATE SCHEMA public.
        sql(QStringLiteral("DROP SCHEMA public CASCADE;\n") + ddl);
        auto c = connect();
        ASSERT_NE(c, nullptr);
        // data.txt is normalized: put fresh volatile values back so the dump must find and
        // replace them again ("<ts>" becomes a timestamp written "during the migration").
        const QString ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QString wsid = randomUuid(), cid = randomUuid();
        QString table;
        for (QString line : fixtureText(version, QStringLiteral("data.txt")).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("== "))) {
                table = line.mid(3).section(QLatin1Char(' '), 0, 0);
                continue;
            }
            if (line.isEmpty())
                continue;
            line.replace(QLatin1String("<default-ws-id>"), wsid)
                .replace(QLatin1String("<cluster-id>"), cid)
                .replace(QLatin1String("\"<ts>\""), QLatin1Char('"') + ts + QLatin1Char('"'));
            const QString t = QStringLiteral("public.") + c->quoteIdentifier(table);
            auto r = c->exec(
                QStringLiteral("INSERT INTO %1 SELECT * FROM jsonb_populate_record(NULL::%1, $1::jsonb)")
                    .arg(t),
                {line});
            ASSERT_TRUE(r) << qPrintable(r.error().toString());
        }
    }
};

TEST_P(SchemaDumpFixture, ReproducesReferenceDumpExactly)
{
    const QString version = QString::fromLatin1(GetParam());
    ASSERT_NO_FATAL_FAILURE(loadFixture(version));
    auto c = connect();
    ASSERT_NE(c, nullptr);

    auto schema = dumpSchemaText(*c, QStringLiteral("public"));
    ASSERT_TRUE(schema) << qPrintable(schema.error().toString());
    const QString expectedSchema = fixtureText(version, QStringLiteral("schema.txt"));
    EXPECT_EQ(*schema, expectedSchema) << qPrintable(unifiedDiff(expectedSchema, *schema));

    auto data = dumpDataText(*c, QStringLiteral("public"));
    ASSERT_TRUE(data) << qPrintable(data.error().toString());
    const QString expectedData = fixtureText(version, QStringLiteral("data.txt"));
    EXPECT_EQ(*data, expectedData) << qPrintable(unifiedDiff(expectedData, *data));
}

INSTANTIATE_TEST_SUITE_P(KongVersions, SchemaDumpFixture,
                         ::testing::Values("1.0.4", "1.1.3", "1.2.3", "1.3.1", "1.4.3", "1.5.1", "2.0.5",
                                           "2.1.4", "2.2.2", "2.3.3", "2.4.1", "2.5.0", "2.5.2"),
                         [](const auto &info) {
                             std::string n = info.param;
                             std::replace(n.begin(), n.end(), '.', '_');
                             return "v" + n;
                         });

class SchemaDump : public DatabaseTest
{
protected:
    // A default workspace with a random id referenced elsewhere, a random cluster id, and
    // timestamps before the cutoff, during the "migration" (now) and far in the future.
    void seed()
    {
        sql("CREATE TABLE workspaces (id uuid PRIMARY KEY, name text, created_at timestamptz);"
            "CREATE TABLE parameters (key text PRIMARY KEY, value text, created_at timestamptz);"
            "CREATE TABLE services (id uuid PRIMARY KEY, ws_id uuid REFERENCES workspaces (id), name text,"
            "  created_at timestamptz, updated_at timestamp, valid_from date);"
            "INSERT INTO workspaces VALUES (gen_random_uuid(), 'default', now()),"
            "  ('00000000-0000-4000-8000-000000000001', 'other', '2020-05-01 12:00:00+00');"
            "INSERT INTO parameters VALUES ('cluster_id', gen_random_uuid()::text, NULL);"
            "INSERT INTO services SELECT '00000000-0000-4000-8000-00000000000a', id, 'svc',"
            "  '2020-05-01 12:00:00+00', now() AT TIME ZONE 'UTC', '2999-01-01'"
            "  FROM workspaces WHERE name = 'default';");
    }
};

TEST_F(SchemaDump, NormalizesVolatileValuesAndKeepsOldTimestamps)
{
    seed();
    auto c = connect();
    ASSERT_NE(c, nullptr);
    auto data = dumpDataText(*c, QStringLiteral("public"));
    ASSERT_TRUE(data) << qPrintable(data.error().toString());
    const QString expected =
        QStringLiteral("== parameters (1 rows)\n"
                       "{\"key\": \"cluster_id\", \"value\": \"<cluster-id>\", \"created_at\": null}\n"
                       "== services (1 rows)\n"
                       "{\"id\": \"00000000-0000-4000-8000-00000000000a\", \"name\": \"svc\", \"ws_id\": "
                       "\"<default-ws-id>\", "
                       "\"created_at\": \"2020-05-01T12:00:00+00:00\", \"updated_at\": \"<ts>\", "
                       "\"valid_from\": \"2999-01-01\"}\n"
                       "== workspaces (2 rows)\n"
                       "{\"id\": \"00000000-0000-4000-8000-000000000001\", \"name\": \"other\", "
                       "\"created_at\": \"2020-05-01T12:00:00+00:00\"}\n"
                       "{\"id\": \"<default-ws-id>\", \"name\": \"default\", \"created_at\": \"<ts>\"}\n");
    EXPECT_EQ(*data, expected) << qPrintable(unifiedDiff(expected, *data));

    auto vol = readVolatiles(*c, QStringLiteral("public"));
    ASSERT_TRUE(vol);
    EXPECT_FALSE(QUuid::fromString(vol->defaultWorkspaceId).isNull());
    EXPECT_FALSE(QUuid::fromString(vol->clusterId).isNull());
}

TEST_F(SchemaDump, CutoffAndNormalizeOptionsAreHonoured)
{
    seed();
    auto c = connect();
    ASSERT_NE(c, nullptr);
    SchemaDumpOptions early;
    early.tsCutoff = QStringLiteral("2019-01-01 00:00:00+00");
    auto masked = dumpDataText(*c, QStringLiteral("public"), early);
    ASSERT_TRUE(masked);
    EXPECT_FALSE(masked->contains("2020-05-01")) << qPrintable(*masked);

    SchemaDumpOptions raw;
    raw.normalize = false;
    auto plain = dumpDataText(*c, QStringLiteral("public"), raw);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->contains('<')) << qPrintable(*plain);
    auto vol = readVolatiles(*c, QStringLiteral("public"));
    ASSERT_TRUE(vol);
    EXPECT_TRUE(plain->contains(vol->defaultWorkspaceId));
    EXPECT_TRUE(plain->contains(vol->clusterId));
}

TEST_F(SchemaDump, OtherSchemaIsQualifiedAsTheScriptSeesItAndSearchPathIsRestored)
{
    sql("CREATE SCHEMA kong;"
        "CREATE TABLE kong.consumers (id uuid PRIMARY KEY);"
        "CREATE TABLE kong.acls (id uuid PRIMARY KEY, consumer_id uuid REFERENCES kong.consumers (id));"
        "CREATE TABLE public.decoy (id int);");
    ConnectionSettings s = settings();
    s.schema = QStringLiteral("kong");
    auto c = PgConnection::open(s);
    ASSERT_TRUE(c) << qPrintable(c.error().toString());
    auto text = dumpSchemaText(**c, QStringLiteral("kong"),
                               {.normalize = true, .tsCutoff = "2021-01-01", .columnOrder = true});
    ASSERT_TRUE(text) << qPrintable(text.error().toString());
    // psql in kong-dump.sh runs with the default search_path, where kong.* is not visible.
    EXPECT_TRUE(text->contains("table acls constraint acls_consumer_id_fkey FOREIGN KEY (consumer_id) "
                               "REFERENCES kong.consumers(id)\n"))
        << qPrintable(*text);
    EXPECT_TRUE(text->contains("table acls column consumer_id uuid #2\n")) << qPrintable(*text);
    EXPECT_FALSE(text->contains("decoy"));
    auto path = (*c)->exec(QStringLiteral("SELECT current_schema()"));
    ASSERT_TRUE(path);
    EXPECT_EQ(path->value(0, 0), "kong");
}

TEST(SchemaDumpHelpers, UnifiedDiffShowsTheDifferingLinesWithContext)
{
    EXPECT_EQ(unifiedDiff("a\nb\n", "a\nb\n"), "");
    EXPECT_EQ(unifiedDiff("a\nb\nc\nd\ne\n", "a\nb\nc\nX\ne\n"),
              "--- expected\n+++ actual\n@@ -2,3 +2,3 @@\n b\n c\n-d\n+X\n");
    EXPECT_TRUE(unifiedDiff("a\n", "a").contains("final newline"));
}
