// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's state transitions, bookkeeping, locking and failure behaviour on a real datastore.
#include "db/PgConnection.h"
#include "migrations/SchemaState.h"
#include "support/CliRunner.h"
#include "support/EngineHarness.h"
#include "support/Fixtures.h"
#include "support/TestPostgres.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <thread>

using namespace kuw;
using core::MigrationCommand;
using kuw::test::DatabaseTest;

namespace {
core::SchemaState inspect(const core::ConnectionSettings &s, const QString &target = "2.5.2")
{
    core::Engine::Options o;
    o.target = *test::catalog().resolve(target);
    core::Engine e(test::catalog(), s, o);
    auto c = core::PgConnection::open(s);
    EXPECT_TRUE(c);
    auto st = e.inspect(**c);
    EXPECT_TRUE(st);
    return st ? *st : core::SchemaState{};
}

QString errorOf(const core::RunReport &r)
{
    return r.error ? r.error->toString() : QString();
}
} // namespace

class Engine : public DatabaseTest
{
};

TEST_F(Engine, FreshDatastoreNeedsBootstrapAndUpRefusesIt)
{
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::NeedsBootstrap);
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(r.error.has_value());
    EXPECT_TRUE(r.error->message.startsWith("Cannot run migrations")) << qPrintable(r.error->message);
    const auto f = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2");
    ASSERT_TRUE(f.error.has_value());
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::NeedsBootstrap); // nothing created
}

TEST_F(Engine, UpRecordsPendingAndFinishMovesThemLikeKong)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::NewMigrations);
    EXPECT_EQ(inspect(settings(), "1.5.1").kind(), core::SchemaState::Kind::UpToDate);

    const auto up = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(up.ok()) << qPrintable(errorOf(up));
    EXPECT_EQ(up.steps.size(), 19);
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::PendingMigrations);
    // The worked example of kong-upgrade-facts.md §1.1 (observed with real Kong 2.5.0).
    EXPECT_EQ(test::schemaMetaRow(settings(), "core"),
              "013_220_to_230|{000_base,001_14_to_15,002_15_to_1,003_100_to_110,004_110_to_120,005_120_to_130,"
              "006_130_to_140,007_140_to_150,010_210_to_211,011_212_to_213,013_220_to_230}|"
              "{008_150_to_200,009_200_to_210,012_213_to_220}");
    EXPECT_EQ(test::schemaMetaRow(settings(), "bot-detection"), "null|null|{001_200_to_210}");
    EXPECT_EQ(test::schemaMetaRow(settings(), "basic-auth"),
              "002_130_to_140|{000_base_basic_auth,001_14_to_15,002_130_to_140}|{003_200_to_210}");

    // up again: refused while anything is pending, also with --force
    auto again = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(again.error.has_value());
    EXPECT_EQ(again.error->message, "Database has pending migrations; run 'kong migrations finish'");
    core::Engine::Options forced;
    forced.force = true;
    EXPECT_TRUE(test::runEngine(settings(), MigrationCommand::Up, "2.5.2", forced).error.has_value());

    const auto fin = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2");
    ASSERT_TRUE(fin.ok()) << qPrintable(errorOf(fin));
    EXPECT_EQ(fin.steps.size(), 12);
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::UpToDate);
    EXPECT_EQ(test::schemaMetaRow(settings(), "core"),
              "012_213_to_220|{000_base,001_14_to_15,002_15_to_1,003_100_to_110,004_110_to_120,005_120_to_130,"
              "006_130_to_140,007_140_to_150,010_210_to_211,011_212_to_213,013_220_to_230,008_150_to_200,"
              "009_200_to_210,012_213_to_220}|{}");
    EXPECT_EQ(test::schemaMetaRow(settings(), "bot-detection"), "001_200_to_210|{001_200_to_210}|{}");
    // finish again: nothing to do
    const auto fin2 = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2");
    EXPECT_TRUE(fin2.ok());
    EXPECT_TRUE(fin2.steps.isEmpty());
}

TEST_F(Engine, UpgradedSchemaEqualsFreshBootstrapExceptLegacyApis)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Up, "2.5.2").ok());
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Finish, "2.5.2").ok());
    QStringList actual = test::schemaDump(settings()).split('\n');
    // Real Kong keeps 1.x's apis table and plugins.api_id forever (fixture README).
    actual.erase(std::remove_if(actual.begin(), actual.end(), [](const QString &l) {
                     return l.startsWith("table apis") || l.contains("api_id");
                 }),
                 actual.end());
    const QString expected = test::fixtureText("2.5.2", "schema.txt");
    EXPECT_TRUE(actual.join('\n') == expected) << qPrintable(test::unifiedDiff(expected, actual.join('\n')));
}

TEST_F(Engine, DryRunChangesNothing)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    const QString schemaBefore = test::schemaDump(settings()), dataBefore = test::dataDump(settings());
    core::Engine::Options dry;
    dry.dryRun = true;
    core::Engine engine(test::catalog(), settings(), [&] { dry.target = test::catalog().newest(); return dry; }());
    const auto r = engine.run(MigrationCommand::Up);
    ASSERT_TRUE(r.ok()) << qPrintable(errorOf(r));
    EXPECT_TRUE(r.steps.isEmpty());               // nothing executed
    EXPECT_GT(engine.lastPlan().steps.size(), 10); // but a full plan was built
    EXPECT_EQ(test::schemaDump(settings()), schemaBefore);
    EXPECT_EQ(test::dataDump(settings()), dataBefore);
}

TEST_F(Engine, PlanCarriesRiskTagsFromTheLiveDatastore)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    sql("INSERT INTO consumers (id, username) SELECT gen_random_uuid(), 'u' || g FROM generate_series(1, 500) g; ANALYZE consumers;");
    core::Engine::Options o;
    o.target = test::catalog().newest();
    core::Engine engine(test::catalog(), settings(), o);
    auto c = core::PgConnection::open(settings());
    ASSERT_TRUE(c);
    auto plan = engine.plan(**c, MigrationCommand::Up);
    ASSERT_TRUE(plan) << qPrintable(plan.error().toString());
    const core::PlanStep *ws = nullptr;
    for (const core::PlanStep &s : plan->steps)
        if (s.subsystem == "core" && s.migration == "009_200_to_210")
            ws = &s;
    ASSERT_NE(ws, nullptr);
    EXPECT_EQ(ws->risk.strongestLock, "ACCESS EXCLUSIVE");
    EXPECT_GE(ws->risk.rowEstimate, 500);
    EXPECT_TRUE(ws->recordsPending);
    EXPECT_TRUE(plan->toText().contains("consumers (ACCESS EXCLUSIVE)"));
}

TEST_F(Engine, UnknownMigrationsAreRefusedAndNamed)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.5.2").ok());
    sql("INSERT INTO schema_meta VALUES ('schema_meta', 'enterprise', '001_1500_to_2100', '{001_1500_to_2100}', NULL);"
        "UPDATE schema_meta SET executed = executed || '{007_1500_to_2100}' WHERE subsystem = 'core';");
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, core::ErrorKind::Unsupported);
    EXPECT_TRUE(r.error->message.contains("enterprise"));
    EXPECT_TRUE(r.error->message.contains("core/007_1500_to_2100"));
    EXPECT_TRUE(r.error->remedy.contains("external executor"));
}

TEST_F(Engine, DatastoreNewerThanTargetIsRefused)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.5.2").ok());
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.0.5");
    ASSERT_TRUE(r.error.has_value());
    EXPECT_TRUE(r.error->message.contains("newer than the target")) << qPrintable(r.error->message);
}

TEST_F(Engine, FailingMigrationLeavesItsStepUndoneAndARerunCompletes)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    // A foreign object that makes core 009's up fail half-way (its insert of the default row).
    sql("CREATE TABLE workspaces (id int PRIMARY KEY, name text UNIQUE)");
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(r.error.has_value());
    EXPECT_TRUE(r.error->message.contains("009_200_to_210")) << qPrintable(r.error->message);
    EXPECT_TRUE(r.error->detail.contains("Statement:")) << qPrintable(r.error->detail);
    // nothing of 009 is applied or recorded; the step before it is
    auto c = connect();
    auto cols = c->exec("SELECT count(*) FROM information_schema.columns WHERE table_name = 'consumers' AND column_name = 'ws_id'");
    ASSERT_TRUE(cols);
    EXPECT_EQ(cols->integer(0, 0), 0);
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").endsWith("|{}")); // 2.0.5 had nothing pending
    EXPECT_FALSE(test::schemaMetaRow(settings(), "core").contains("009"));
    auto locks = c->exec("SELECT count(*) FROM locks");
    EXPECT_EQ(locks->integer(0, 0), 0); // released on failure
    // the admin removes the obstacle; a re-run completes and the result equals real Kong's
    sql("DROP TABLE workspaces");
    const auto again = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(again.ok()) << qPrintable(errorOf(again));
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Finish, "2.5.2").ok());
    const QString expected = test::fixtureText("2.5.2", "schema.txt");
    const QString actual = test::schemaDump(settings());
    EXPECT_TRUE(actual == expected) << qPrintable(test::unifiedDiff(expected, actual));
}

TEST_F(Engine, HeldLockAbortsFinishAndTimesOutUp)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    sql("INSERT INTO locks VALUES ('migrations', 'other-node', now() + interval '10 minutes')");
    const auto fin = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2");
    // finish has nothing pending here; make it have work first is not needed: the lock comes first
    ASSERT_TRUE(fin.error.has_value());
    EXPECT_EQ(fin.error->message, "aborted: another node is performing database changes");
    EXPECT_TRUE(fin.error->remedy.contains("other-node"));

    core::Engine::Options o;
    o.lockWaitSeconds = 1;
    QElapsedTimer t;
    t.start();
    const auto up = test::runEngine(settings(), MigrationCommand::Up, "2.5.2", o);
    ASSERT_TRUE(up.error.has_value());
    EXPECT_EQ(up.error->kind, core::ErrorKind::Timeout);
    EXPECT_TRUE(up.error->message.contains("waiting for the migration lock"));
    EXPECT_LT(t.elapsed(), 5000);
    auto c = connect();
    auto owner = c->exec("SELECT owner FROM locks");
    ASSERT_EQ(owner->rows(), 1);
    EXPECT_EQ(owner->value(0, 0), "other-node"); // never touched someone else's live lock
    EXPECT_FALSE(test::schemaMetaRow(settings(), "core").contains("009"));
}

TEST_F(Engine, ExpiredLockIsTakenOver)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    sql("INSERT INTO locks VALUES ('migrations', 'crashed-node', now() - interval '1 minute')");
    const auto up = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(up.ok()) << qPrintable(errorOf(up));
    auto c = connect();
    EXPECT_EQ(c->exec("SELECT count(*) FROM locks")->integer(0, 0), 0);
}

TEST_F(Engine, TwoConcurrentRunsApplyEachMigrationOnce)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    core::RunReport a, b;
    std::thread ta([&] { a = test::runEngine(settings(), MigrationCommand::Up, "2.5.2"); });
    std::thread tb([&] { b = test::runEngine(settings(), MigrationCommand::Up, "2.5.2"); });
    ta.join();
    tb.join();
    // exactly one ran the migrations; the other waited, then found them pending
    EXPECT_NE(a.ok(), b.ok()) << qPrintable(errorOf(a)) << " / " << qPrintable(errorOf(b));
    const core::RunReport &loser = a.ok() ? b : a;
    ASSERT_TRUE(loser.error.has_value());
    EXPECT_TRUE(loser.steps.isEmpty());
    auto c = connect();
    auto dup = c->exec("SELECT count(*) FROM schema_meta, unnest(executed || coalesce(pending, '{}')) n "
                       "GROUP BY subsystem, n HAVING count(*) > 1");
    ASSERT_TRUE(dup);
    EXPECT_EQ(dup->rows(), 0);
}

TEST_F(Engine, TerminatedConnectionMidRunIsCompletedByARerun)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    // Hold a lock on consumers so the run blocks inside a step, then kill its backend.
    auto blocker = connect();
    ASSERT_TRUE(blocker->execScript("BEGIN; LOCK TABLE consumers IN ACCESS EXCLUSIVE MODE;"));
    core::Engine::Options o;
    o.ddlLockTimeoutMs = 60000; // wait on the blocker instead of retrying
    core::RunReport report;
    std::thread run([&] { report = test::runEngine(settings(), MigrationCommand::Up, "2.5.2", o); });
    auto admin = connect();
    bool killed = false;
    for (int i = 0; i < 100 && !killed; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        auto k = admin->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE application_name = 'kong-upgrade-wizard' AND wait_event_type = 'Lock' AND datname = $1",
                             {m_db});
        killed = k && k->rows() > 0;
    }
    ASSERT_TRUE(killed);
    run.join();
    ASSERT_TRUE(blocker->execScript("ROLLBACK"));
    ASSERT_TRUE(report.error.has_value());
    // some steps committed, the killed one did not; a re-run completes the job
    const auto again = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(again.ok()) << qPrintable(errorOf(again));
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Finish, "2.5.2").ok());
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::UpToDate);
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").startsWith("012_213_to_220|"));
}

TEST_F(Engine, UpOverPendingFromAnUnrelatedEarlierRunIsRefused)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Up, "2.1.0").ok()); // acl 003 pending
    // core has new migrations (2.1.1+) before acl's pending one: not the rest of one plan
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->message, "Database has pending migrations; run 'kong migrations finish'");
    EXPECT_TRUE(r.steps.isEmpty());
}

TEST_F(Engine, ProcessKilledMidUpThenRerunEndsLikeAnUninterruptedRun)
{
    // Reference: an uninterrupted run in a second database.
    const QString refDb = m_db + "_ref";
    {
        auto admin = core::PgConnection::open(test::TestPostgres::instance().settings());
        ASSERT_TRUE(admin);
        ASSERT_TRUE((*admin)->execScript("CREATE DATABASE " + refDb));
    }
    const auto ref = test::TestPostgres::instance().settings(refDb);
    ASSERT_TRUE(test::runEngine(ref, MigrationCommand::Bootstrap, "1.5.1").ok());
    ASSERT_TRUE(test::runEngine(ref, MigrationCommand::Up, "2.5.2").ok());

    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    const QProcessEnvironment env = test::kongEnvFor(m_db);
    // SIGKILL the CLI at a random point of its run (the whole up takes about a second).
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KUW_CLI_PATH), {"migrations", "up", "--lock-timeout", "2", "-q"});
    ASSERT_TRUE(p.waitForStarted());
    const int delay = 30 + int(QRandomGenerator::global()->bounded(250));
    QThread::msleep(delay);
    p.kill();
    p.waitForFinished();
    auto mid = inspect(settings());
    SCOPED_TRACE(QStringLiteral("killed after %1 ms").arg(delay).toStdString());
    // whatever was recorded is fully applied; a re-run (after the dead run's lock expires) completes
    QThread::msleep(2100);
    const auto again = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    if (mid.kind() != core::SchemaState::Kind::PendingMigrations || mid.hasNew()) {
        ASSERT_TRUE(again.ok()) << qPrintable(errorOf(again));
    }
    EXPECT_EQ(test::schemaDump(settings()), test::schemaDump(ref));
    EXPECT_EQ(test::dataDump(settings()), test::dataDump(ref));
    auto admin = core::PgConnection::open(test::TestPostgres::instance().settings());
    ASSERT_TRUE(admin);
    (*admin)->execScript("DROP DATABASE IF EXISTS " + refDb + " WITH (FORCE)");
}

TEST_F(Engine, LockIsRenewedWhileAStepRunsLongerThanItsTtl)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    auto blocker = connect();
    ASSERT_TRUE(blocker->execScript("BEGIN; LOCK TABLE routes IN ACCESS EXCLUSIVE MODE;"));
    core::Engine::Options o;
    o.lockTtlSeconds = 1;
    o.ddlLockTimeoutMs = 60000;
    core::RunReport report;
    std::thread run([&] { report = test::runEngine(settings(), MigrationCommand::Up, "2.5.2", o); });
    QThread::msleep(3500); // three TTLs: Kong's lock would have expired twice
    auto c = connect();
    auto row = c->exec("SELECT owner, ttl > now() FROM locks WHERE key = 'migrations'");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->rows(), 1);
    EXPECT_TRUE(row->value(0, 0).contains("kong-upgrade-wizard"));
    EXPECT_TRUE(row->boolean(0, 1)); // still live
    const auto rival = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2");
    ASSERT_TRUE(rival.error.has_value());
    EXPECT_EQ(rival.error->message, "aborted: another node is performing database changes");
    ASSERT_TRUE(blocker->execScript("ROLLBACK"));
    run.join();
    EXPECT_TRUE(report.ok()) << qPrintable(errorOf(report));
}

TEST_F(Engine, DdlWaitsBrieflyForTableLocksAndRetriesInsteadOfQueueing)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    auto blocker = connect();
    ASSERT_TRUE(blocker->execScript("BEGIN; LOCK TABLE consumers IN ACCESS SHARE MODE;")); // a long reader
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        blocker->execScript("COMMIT");
    });
    core::Engine::Options o;
    o.ddlLockTimeoutMs = 200;
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.5.2", o);
    release.join();
    ASSERT_TRUE(r.ok()) << qPrintable(errorOf(r));
    int retries = 0;
    for (const core::StepReport &s : r.steps)
        retries += s.lockRetries;
    EXPECT_GT(retries, 0); // it backed off at least once instead of waiting in the lock queue
}

TEST_F(Engine, StatementTimeoutBoundsAStuckStatement)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    auto blocker = connect();
    ASSERT_TRUE(blocker->execScript("BEGIN; LOCK TABLE consumers IN ACCESS SHARE MODE;"));
    core::Engine::Options o;
    o.ddlLockTimeoutMs = 60000;
    o.statementTimeoutMs = 700; // --db-timeout
    QElapsedTimer t;
    t.start();
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.5.2", o);
    ASSERT_TRUE(blocker->execScript("ROLLBACK"));
    ASSERT_TRUE(r.error.has_value());
    EXPECT_TRUE(r.error->message.contains("statement timeout")) << qPrintable(r.error->message);
    EXPECT_LT(t.elapsed(), 10000);
    EXPECT_FALSE(test::schemaMetaRow(settings(), "core").contains("009")); // rolled back, not recorded
}

TEST_F(Engine, PluginEnabledLaterGetsItsMigrationsOnTheNextUp)
{
    core::Engine::Options few;
    few.plugins = {"key-auth", "acl"};
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.5.2", few).ok());
    EXPECT_TRUE(test::schemaMetaRow(settings(), "session").isEmpty());
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::NewMigrations); // bundled: more plugins
    const auto up = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(up.ok()) << qPrintable(errorOf(up));
    EXPECT_EQ(test::schemaMetaRow(settings(), "session"), "001_add_ttl_index|{000_base_session,001_add_ttl_index}|null");
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Finish, "2.5.2").ok());
    EXPECT_EQ(inspect(settings()).kind(), core::SchemaState::Kind::UpToDate);
    const QString expected = test::fixtureText("2.5.2", "schema.txt");
    const QString actual = test::schemaDump(settings());
    EXPECT_TRUE(actual == expected) << qPrintable(test::unifiedDiff(expected, actual));
}
