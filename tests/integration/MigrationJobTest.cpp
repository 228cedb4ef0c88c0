// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/MigrationJob.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include <QSignalSpy>
#include <QTest>

using namespace kuw;
using kuw::test::DatabaseTest;

class MigrationJobTest : public DatabaseTest
{
protected:
    core::Engine::Options options(const QString &target)
    {
        core::Engine::Options o;
        o.target = *test::catalog().resolve(target);
        return o;
    }
};

TEST_F(MigrationJobTest, RunsOnAWorkerAndReportsProgressLinesAndResult)
{
    core::MigrationJob job(test::catalog(), settings(), options("2.5.2"), core::MigrationCommand::Bootstrap);
    QSignalSpy progress(&job, &core::MigrationJob::progress);
    QSignalSpy lines(&job, &core::MigrationJob::logLine);
    QSignalSpy done(&job, &core::MigrationJob::finished);
    job.start();
    EXPECT_TRUE(job.isRunning()); // start() returned at once
    ASSERT_TRUE(done.wait(60000));
    const core::RunReport report = job.report();
    ASSERT_TRUE(report.ok()) << qPrintable(report.error ? report.error->toString() : QString());
    ASSERT_FALSE(progress.isEmpty());
    const QList<QVariant> last = progress.last();
    EXPECT_EQ(last.at(0).toInt(), last.at(1).toInt()); // done == total at the end
    EXPECT_EQ(last.at(1).toInt(), int(report.steps.size()));
    bool sawMigrating = false;
    for (const auto &l : lines)
        sawMigrating = sawMigrating || l.first().toString().startsWith("migrating core on database");
    EXPECT_TRUE(sawMigrating);
    for (const core::StepReport &s : report.steps) {
        EXPECT_EQ(s.outcome, core::StepReport::Outcome::Done);
        EXPECT_TRUE(s.started.isValid());
        EXPECT_GE(s.finished, s.started);
    }
}

TEST_F(MigrationJobTest, CancelStopsAtASafePointAndReleasesTheLock)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1").ok());
    // Block the run inside a step so Cancel must interrupt a running statement.
    auto blocker = connect();
    ASSERT_TRUE(blocker->execScript("BEGIN; LOCK TABLE routes IN ACCESS EXCLUSIVE MODE;"));
    core::Engine::Options o = options("2.5.2");
    o.ddlLockTimeoutMs = 60000;
    core::MigrationJob job(test::catalog(), settings(), o, core::MigrationCommand::Up);
    QSignalSpy done(&job, &core::MigrationJob::finished);
    QSignalSpy progress(&job, &core::MigrationJob::progress);
    job.start();
    ASSERT_TRUE(progress.wait(20000));
    QTest::qWait(500);
    job.cancel();
    ASSERT_TRUE(done.wait(20000));
    ASSERT_TRUE(blocker->execScript("ROLLBACK"));
    const core::RunReport r = job.report();
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok());
    auto c = connect();
    EXPECT_EQ(c->exec("SELECT count(*) FROM locks")->integer(0, 0), 0);
    // what committed is recorded; a later run completes the upgrade
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Up, "2.5.2").ok());
}
