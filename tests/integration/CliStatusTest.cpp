// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real kong-upgrade binary the way an admin would: KONG_* environment and kong.conf.
#include "support/CliRunner.h"
#include "support/TestPostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;

using kuw::test::CliRun;
using kuw::test::runCli;

class CliStatus : public DatabaseTest
{
protected:
    QProcessEnvironment kongEnv() const { return kuw::test::kongEnvFor(m_db); }
};

TEST_F(CliStatus, ListsSubsystemsAndMigrationsOfAKongSchema)
{
    sql("CREATE TABLE schema_meta (key text, subsystem text, last_executed text, executed text[], pending text[], PRIMARY KEY (key, subsystem));"
        "CREATE TABLE locks (key text PRIMARY KEY, owner text, ttl timestamptz);"
        "INSERT INTO schema_meta VALUES ('schema_meta','core','007_140_to_150','{000_base,003_100_to_110,007_140_to_150}','{}'),"
        "('schema_meta','key-auth','002_130_to_140','{000_base_key_auth,002_130_to_140}',NULL)");
    CliRun r = runCli({"status", "-c", "/nonexistent-is-not-used"}, kongEnv());
    // -c with a missing file is a config error, naming the file
    EXPECT_EQ(r.exitCode, 10) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains("/nonexistent-is-not-used"));

    r = runCli({"status"}, kongEnv());
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("core")) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains("000_base, 003_100_to_110, 007_140_to_150"));
    EXPECT_TRUE(r.out.contains("key-auth"));
    EXPECT_TRUE(r.out.contains("Migration lock: free"));

    r = runCli({"status", "--json"}, kongEnv());
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QJsonObject obj = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(obj["connected"].toBool());
    EXPECT_TRUE(obj["schema_meta_present"].toBool());
    const QJsonArray subs = obj["subsystems"].toArray();
    ASSERT_EQ(subs.size(), 2);
    EXPECT_EQ(subs[0].toObject()["subsystem"].toString(), "core");
    EXPECT_EQ(subs[1].toObject()["executed"].toArray().size(), 2);
}

TEST_F(CliStatus, ReadsAKongConfFileAndEnvironmentWins)
{
    QTemporaryDir dir;
    QFile conf(dir.filePath("kong.conf"));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("pg_host = %1\npg_port = %2\npg_user = postgres\npg_database = wrong_db\n")
                   .arg(TestPostgres::instance().socketDir())
                   .arg(TestPostgres::instance().port())
                   .toUtf8());
    conf.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    CliRun r = runCli({"status", "-c", conf.fileName()}, env);
    EXPECT_EQ(r.exitCode, 13) << qPrintable(r.err); // database does not exist
    EXPECT_TRUE(r.err.contains("wrong_db"));
    env.insert("KONG_PG_DATABASE", m_db);
    r = runCli({"status", "-c", conf.fileName()}, env);
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("needs bootstrapping"));
}

TEST_F(CliStatus, AuthenticationFailureNeverPrintsThePassword)
{
    sql("CREATE ROLE cli_user LOGIN PASSWORD 'correct-horse'");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KONG_PG_HOST", "127.0.0.1");
    env.insert("KONG_PG_PORT", QString::number(TestPostgres::instance().port()));
    env.insert("KONG_PG_USER", "cli_user");
    env.insert("KONG_PG_PASSWORD", "battery-staple-wrong");
    env.insert("KONG_PG_DATABASE", m_db);
    CliRun r = runCli({"status", "--vv"}, env);
    EXPECT_EQ(r.exitCode, 12) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains("Authentication failed"));
    EXPECT_FALSE(r.out.contains("battery-staple-wrong"));
    EXPECT_FALSE(r.err.contains("battery-staple-wrong"));
    r = runCli({"status", "--json"}, env);
    EXPECT_EQ(r.exitCode, 12);
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object()["error"].toObject()["error"].toString(),
              "authentication_failed");
}

TEST_F(CliStatus, CassandraAndDblessGetTheirOwnMessages)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("KONG_DATABASE", "cassandra");
    CliRun r = runCli({"status"}, env);
    EXPECT_EQ(r.exitCode, 16);
    EXPECT_TRUE(r.err.contains("Cassandra"));
    env.insert("KONG_DATABASE", "off");
    r = runCli({"status"}, env);
    EXPECT_EQ(r.exitCode, 16);
    EXPECT_TRUE(r.err.contains("DB-less mode has no datastore to migrate"));
}

TEST(CliBasics, HelpAndVersion)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    CliRun r = runCli({"--version"}, env);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("kong-upgrade "));
    r = runCli({"--help"}, env);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("Exit codes"));
    r = runCli({"no-such-command"}, env);
    EXPECT_EQ(r.exitCode, 2);
}
