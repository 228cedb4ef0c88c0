// SPDX-License-Identifier: GPL-3.0-or-later
// pg_ro_* read replicas (unreachable, the primary itself, another primary — real servers) and
// the Enterprise Dev Portal files check, against real seeded scratch datastores.
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include "assessment/Assessment.h"
#include "assessment/ReadOnlySession.h"
#include "assessment/ReplicaCheck.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "sandbox/ScratchPostgres.h"

#include <QTcpServer>

using namespace kuw::core;
using kuw::test::DatabaseTest;

class ReplicaAndPortal : public DatabaseTest
{
protected:
    /// kong.conf naming this test's database, plus `extra` lines.
    QString conf(const QString &extra = {}) const
    {
        const ConnectionSettings s = settings();
        return QStringLiteral("pg_host = %1\npg_port = %2\npg_database = %3\npg_user = %4\n%5\n")
            .arg(s.host).arg(s.port).arg(s.database, s.user, extra);
    }

    Assessment assess(const QString &confText, const QString &target = QStringLiteral("2.5.2"))
    {
        auto config = KongConfig::fromText(confText, QStringLiteral("kong.conf"));
        EXPECT_TRUE(config) << (config ? "" : qPrintable(config.error().toString()));
        auto paths = UpgradePath::loadEmbedded();
        AssessmentOptions options;
        options.target = KongVersion::parse(target).value();
        auto conn = openReadOnlySession(settings());
        EXPECT_TRUE(conn);
        auto a = runAssessment(conn->get(), *config, kuw::test::catalog(), *paths, options);
        EXPECT_TRUE(a) << (a ? "" : qPrintable(a.error().toString()));
        return a ? *a : Assessment();
    }


    static int freePort()
    {
        QTcpServer probe; // bind, read the port, close: nothing listens there afterwards
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
};

TEST_F(ReplicaAndPortal, ReplicaSettingsInheritThePrimaryOnes)
{
    auto config = KongConfig::fromText(conf(QStringLiteral("pg_ro_host = replica.example\npg_ro_user = reader")),
                                       QStringLiteral("kong.conf"));
    ASSERT_TRUE(config);
    const auto s = replicaSettings(*config);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->host, "replica.example");
    EXPECT_EQ(s->user, "reader");
    EXPECT_EQ(s->database, m_db); // inherited
    EXPECT_EQ(s->port, settings().port);
    EXPECT_FALSE(replicaSettings(*KongConfig::fromText(conf(), QStringLiteral("kong.conf"))));
}

TEST_F(ReplicaAndPortal, UnreachableReplicaIsAFinding)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.5.2")).ok());
    EXPECT_FALSE(assess(conf()).finding("replica.unreachable"));
    const Assessment a = assess(conf(QStringLiteral("pg_ro_host = 127.0.0.1\npg_ro_port = %1\npg_ro_timeout = 2000").arg(freePort())));
    const Finding *f = a.finding("replica.unreachable");
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_TRUE(f->evidence.contains("127.0.0.1")) << qPrintable(f->evidence);
}

TEST_F(ReplicaAndPortal, ThePrimaryItselfIsFineAnotherPrimaryIsNot)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.5.2")).ok());
    // pg_ro_host names the same server (by its socket directory): reachable, not a standby, same system.
    Assessment a = assess(conf(QStringLiteral("pg_ro_host = %1").arg(settings().host)));
    for (const char *id : {"replica.unreachable", "replica.not_a_standby", "replica.lagging"})
        EXPECT_FALSE(a.finding(id)) << id << "\n" << qPrintable(a.toText());

    auto other = ScratchPostgres::start();
    ASSERT_TRUE(other) << qPrintable(other.error().toString());
    const ConnectionSettings o = (*other)->settings();
    a = assess(conf(QStringLiteral("pg_ro_host = %1\npg_ro_port = %2\npg_ro_database = postgres").arg(o.host).arg(o.port)));
    const Finding *f = a.finding("replica.not_a_standby");
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_TRUE(f->evidence.contains("not in recovery")) << qPrintable(f->evidence);
}

TEST_F(ReplicaAndPortal, DevPortalFilesFrom15NeedAManualMigration)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("1.5.1")).ok());
    EXPECT_FALSE(assess(conf(), QStringLiteral("2.1.4")).finding("portal.files_manual_migration"));
    // The Enterprise portal's tables, as a 1.5 Enterprise datastore has them.
    sql("CREATE TABLE files (id uuid PRIMARY KEY, path text UNIQUE, contents text, created_at timestamptz);"
        "CREATE TABLE developers (id uuid PRIMARY KEY, email text);"
        "INSERT INTO files VALUES ('a0000000-0000-4000-8000-000000000001', 'themes/base/layouts/index.html', '<html/>', now()),"
        "('a0000000-0000-4000-8000-000000000002', 'specs/petstore.json', '{}', now());"
        "INSERT INTO developers VALUES ('b0000000-0000-4000-8000-000000000001', 'dev@example.com')");
    Assessment a = assess(conf(), QStringLiteral("2.1.4"));
    const Finding *f = a.finding("portal.files_manual_migration");
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_TRUE(f->evidence.contains("2 row(s)")) << qPrintable(f->evidence);
    EXPECT_TRUE(f->evidence.contains("1 developer(s)")) << qPrintable(f->evidence);
    // Not when the target stays below 2.1.
    EXPECT_FALSE(assess(conf(), QStringLiteral("2.0.5")).finding("portal.files_manual_migration"));
}

TEST_F(ReplicaAndPortal, DevPortalAlreadyOn21IsNotFlagged)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.1.4")).ok());
    sql("CREATE TABLE files (id uuid PRIMARY KEY, path text);"
        "INSERT INTO files VALUES ('a0000000-0000-4000-8000-000000000001', 'content/index.txt')");
    EXPECT_FALSE(assess(conf(), QStringLiteral("2.5.2")).finding("portal.files_manual_migration"));
}
