// SPDX-License-Identifier: GPL-3.0-or-later
// kong-upgrade migrations … as an admin runs it: Kong's exit codes, dry run, confirmations.
#include "support/EngineHarness.h"
#include "support/CliRunner.h"
#include "support/TestPostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kuw;
using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;


class CliMigrations : public DatabaseTest
{
protected:
    kuw::test::CliRun cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        return kuw::test::runCli(QStringList{"migrations"} + args, kuw::test::kongEnvFor(m_db), stdinData);
    }
};

TEST_F(CliMigrations, ListExitCodesFollowKong)
{
    kuw::test::CliRun r = cli({"list"});
    EXPECT_EQ(r.exitCode, 3) << qPrintable(r.err); // needs bootstrap
    EXPECT_TRUE(r.out.contains("Database needs bootstrapping"));

    r = cli({"bootstrap", "--target", "2.0.5", "-q"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    r = cli({"list", "--target", "2.0.5"});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.out); // up to date at 2.0.5
    r = cli({"list"});
    EXPECT_EQ(r.exitCode, 5); // new migrations at 2.5.2
    EXPECT_TRUE(r.out.contains("New migrations available:"));
    EXPECT_TRUE(r.out.contains("Run 'kong migrations up' to proceed"));

    r = cli({"up"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("core migrated up to: 009_200_to_210 (pending)"));
    EXPECT_TRUE(r.out.contains("Database has pending migrations; run 'kong migrations finish' when ready"));
    r = cli({"list"});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.out.contains("Pending migrations:"));
    r = cli({"list", "--json"});
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(json["subsystems"].toArray().first().toObject()["pending"].toArray().size(), 2);

    r = cli({"up"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Database has pending migrations; run 'kong migrations finish'"));
}

TEST_F(CliMigrations, FinishAsksForConfirmationAndRefusesWithoutATty)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.0.5").ok());
    ASSERT_EQ(cli({"up", "-q"}).exitCode, 0);
    kuw::test::CliRun r = cli({"finish"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not a tty: invoke 'finish' non-interactively with the --yes flag")) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("[destructive]")); // the plan was shown before asking
    EXPECT_EQ(cli({"list"}).exitCode, 4);           // nothing ran
    r = cli({"finish", "--yes"});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("core migrated up to: 009_200_to_210 (executed)"));
    EXPECT_EQ(cli({"list"}).exitCode, 0);
    r = cli({"finish", "--yes"});
    EXPECT_TRUE(r.out.contains("No pending migrations to finish"));
}

TEST_F(CliMigrations, DryRunPrintsThePlanAndChangesNothing)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1").ok());
    const QString before = test::schemaDump(settings());
    kuw::test::CliRun r = cli({"up", "--dry-run"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("Plan: up to Kong 2.5.2, 19 step(s)")) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains("core 009_200_to_210 (up)"));
    EXPECT_TRUE(r.out.contains("will be left pending until 'finish'"));
    r = cli({"up", "--dry-run", "--json"});
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(plan["steps"].toArray().size(), 19);
    EXPECT_EQ(test::schemaDump(settings()), before);
}

TEST_F(CliMigrations, ResetAndBootstrapForceAreConfirmed)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.5.2").ok());
    kuw::test::CliRun r = cli({"reset"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not a tty"));
    EXPECT_EQ(cli({"list"}).exitCode, 0); // still there
    r = cli({"bootstrap"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("Database already bootstrapped"));
    r = cli({"bootstrap", "--force", "--target", "2.0.5", "--yes", "-q"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(cli({"list", "--target", "2.0.5"}).exitCode, 0);
    r = cli({"reset", "--yes"});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(cli({"list"}).exitCode, 3);
    r = cli({"up", "--target", "9.9.9"});
    EXPECT_EQ(r.exitCode, 10);
    EXPECT_TRUE(r.err.contains("--target 9.9.9"));
}
