// SPDX-License-Identifier: GPL-3.0-or-later
// Rehearsal: the snapshot restored into a throwaway copy, `up` + `finish` run there, the
// copy torn down, production untouched.
#include "db/PgConnection.h"
#include "snapshot/RehearsalJob.h"
#include "snapshot/Snapshot.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kuw;
using core::StepReport;
using kuw::test::DatabaseTest;

namespace {

/// Processes whose command line mentions `needle` (e.g. a scratch cluster's directory).
int processesMentioning(const QString &needle)
{
    int n = 0;
    for (const QString &pid : QDir("/proc").entryList(QDir::Dirs)) {
        QFile f("/proc/" + pid + "/cmdline");
        if (!pid.front().isDigit() || !f.open(QIODevice::ReadOnly))
            continue;
        if (QString::fromLocal8Bit(f.readAll()).contains(needle))
            ++n;
    }
    return n;
}

void expectAllDone(const core::RunReport &r, int steps)
{
    EXPECT_TRUE(r.ok()) << qPrintable(r.error ? r.error->toString() : QString());
    EXPECT_EQ(r.steps.size(), steps);
    for (const StepReport &s : r.steps) {
        EXPECT_EQ(s.outcome, StepReport::Outcome::Done) << qPrintable(s.migration);
        EXPECT_GE(s.durationMs, 0);
    }
}

} // namespace

class RehearsalTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        const auto r = test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1");
        ASSERT_TRUE(r.ok()) << qPrintable(r.error ? r.error->toString() : QString());
        sql("INSERT INTO services (id, name, protocol, host, port) VALUES "
            " ('a0000000-0000-4000-8000-000000000001', 'billing', 'http', 'billing.internal', 8080);"
            "INSERT INTO consumers (id, username) VALUES ('c0000000-0000-4000-8000-000000000001', 'alice');");
        core::SnapshotOptions so;
        so.directory = m_tmp.path();
        auto info = core::createSnapshot(settings(), so);
        ASSERT_TRUE(info) << qPrintable(info.error().toString());
        m_snapshot = info->path;
        m_schema = test::schemaDump(settings());
        m_data = test::dataDump(settings());
        m_options.engine.target = *test::catalog().resolve("2.5.2");
    }

    void expectProductionUntouched()
    {
        EXPECT_EQ(test::schemaDump(settings()), m_schema);
        EXPECT_EQ(test::dataDump(settings()), m_data);
        EXPECT_EQ(test::schemaMetaRow(settings(), "core").section('|', 0, 0), "007_140_to_150");
    }

    QTemporaryDir m_tmp;
    QString m_snapshot, m_schema, m_data;
    core::RehearsalOptions m_options;
};

TEST_F(RehearsalTest, OnAScratchClusterRunsUpAndFinishAndLeavesNothingBehind)
{
    m_options.scratchDirTemplate = "/tmp/kuw-pg.rh1-XXXXXX"; // only this test uses the prefix
    const core::RehearsalReport r = core::rehearse(test::catalog(), m_snapshot, m_options);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    ASSERT_TRUE(r.up.has_value());
    ASSERT_TRUE(r.finish.has_value());
    expectAllDone(*r.up, 19);
    expectAllDone(*r.finish, 12);
    for (const StepReport &s : r.up->steps)
        EXPECT_EQ(s.phase, core::Phase::Up);
    for (const StepReport &s : r.finish->steps)
        EXPECT_EQ(s.phase, core::Phase::Teardown);
    EXPECT_EQ(r.lockRetries, 0);
    EXPECT_GT(r.upMs, 0);
    EXPECT_GT(r.restoreMs, 0);
    EXPECT_GE(r.totalMs, r.restoreMs + r.upMs + r.finishMs);
    EXPECT_GE(r.estimatedUpMs, r.upMs);
    EXPECT_GE(r.estimatedFinishMs, r.finishMs);
    EXPECT_GE(r.scratchServerVersionNum, 100000);
    EXPECT_TRUE(r.toJson().value("ok").toBool());

    EXPECT_TRUE(r.tornDown);
    EXPECT_TRUE(r.scratchLocation.startsWith("/tmp/kuw-pg.rh1-")) << qPrintable(r.scratchLocation);
    EXPECT_FALSE(QDir(r.scratchLocation).exists());
    EXPECT_EQ(QDir("/tmp").entryList({"kuw-pg.rh1-*"}, QDir::Dirs | QDir::Hidden), QStringList());
    EXPECT_EQ(processesMentioning(r.scratchLocation), 0);
    expectProductionUntouched();
}

TEST_F(RehearsalTest, InAScratchDatabaseThroughTheJobDropsItAfterwards)
{
    m_options.where = core::RehearsalOptions::Where::ScratchDatabase;
    m_options.server = settings();
    m_options.scratchDatabase = m_db + "_rh";
    core::RehearsalJob job(test::catalog(), m_snapshot, m_options);
    QSignalSpy done(&job, &core::RehearsalJob::finished);
    QSignalSpy progress(&job, &core::RehearsalJob::progress);
    QSignalSpy lines(&job, &core::RehearsalJob::logLine);
    job.start();
    EXPECT_TRUE(job.isRunning());
    ASSERT_TRUE(done.wait(120000));
    const core::RehearsalReport &r = job.report();
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    expectAllDone(*r.up, 19);
    expectAllDone(*r.finish, 12);
    EXPECT_EQ(r.scratchLocation, m_options.scratchDatabase);
    EXPECT_TRUE(r.tornDown);
    EXPECT_GE(progress.size(), 2 * (19 + 12));
    EXPECT_FALSE(lines.isEmpty());
    auto c = connect();
    auto exists = c->exec("SELECT count(*) FROM pg_database WHERE datname = $1", {m_options.scratchDatabase});
    ASSERT_TRUE(exists);
    EXPECT_EQ(exists->value(0, 0), "0");
    expectProductionUntouched();
}

TEST_F(RehearsalTest, AFailingMigrationIsReportedWithItsStatementAndTornDown)
{
    // A snapshot in which a table that core/009_200_to_210 creates already exists, wrongly.
    m_options.where = core::RehearsalOptions::Where::ScratchDatabase;
    m_options.server = settings();
    sql("CREATE TABLE workspaces (x int)");
    core::SnapshotOptions so;
    so.directory = m_tmp.path();
    auto info = core::createSnapshot(settings(), so);
    ASSERT_TRUE(info);
    sql("DROP TABLE workspaces");
    const core::RehearsalReport r = core::rehearse(test::catalog(), info->path, m_options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.failedStep, "core/009_200_to_210 (up)");
    EXPECT_FALSE(r.failedStatement.isEmpty()) << qPrintable(r.error->toString());
    EXPECT_TRUE(r.tornDown);
    EXPECT_FALSE(r.finish.has_value());
}

TEST_F(RehearsalTest, CancelStopsTheRunAndStillTearsTheScratchClusterDown)
{
    m_options.scratchDirTemplate = "/tmp/kuw-pg.rh2-XXXXXX";
    core::RehearsalJob job(test::catalog(), m_snapshot, m_options);
    QSignalSpy done(&job, &core::RehearsalJob::finished);
    QSignalSpy progress(&job, &core::RehearsalJob::progress);
    job.start();
    ASSERT_TRUE(progress.wait(60000)); // the first up step started
    job.cancel();
    ASSERT_TRUE(done.wait(60000));
    const core::RehearsalReport &r = job.report();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.error->kind, core::ErrorKind::Cancelled);
    EXPECT_FALSE(r.finish.has_value());
    EXPECT_TRUE(r.tornDown);
    EXPECT_FALSE(QDir(r.scratchLocation).exists());
    EXPECT_EQ(processesMentioning(r.scratchLocation), 0);
    expectProductionUntouched();
}
