// SPDX-License-Identifier: GPL-3.0-or-later
// A `parts` teardown step (core 009's plugin cache-key rewrite) runs as concurrent transactions
// over id ranges: the parts must cover every row exactly once, end in Kong's data, and a part
// that fails must leave a state that a re-run of `finish` completes.
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "migrations/TeardownParts.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include <QElapsedTimer>
#include <QThread>

#include <future>

using namespace kuw;
using core::MigrationCommand;
using kuw::test::DatabaseTest;

namespace {
constexpr int kPlugins = 3000;
const char *kWsOf = "(SELECT id FROM workspaces WHERE name = 'default')";
} // namespace

class TeardownParts : public DatabaseTest
{
protected:
    /// A 2.0 datastore with kPlugins global plugins in the pre-2.1 cache-key form, migrated `up`.
    void upWithPlugins()
    {
        ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
        sql(QStringLiteral("INSERT INTO plugins (id, name, config, enabled, cache_key) "
                           "SELECT md5('kuw-parts:' || g)::uuid, 'key-auth', '{}', true, 'plugins:key-auth::::' || g || ':' "
                           "FROM generate_series(1, %1) g; ANALYZE plugins; "
                           "CREATE TABLE kuw_test_keys AS SELECT id, cache_key FROM plugins")
                .arg(kPlugins));
        const auto up = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
        ASSERT_TRUE(up.ok()) << qPrintable(up.error->toString());
    }

    qint64 scalar(const QString &query)
    {
        auto c = connect();
        auto r = c->exec(query);
        EXPECT_TRUE(r) << qPrintable(query);
        return r ? r->integer(0, 0) : -1;
    }

    /// Plugins whose cache key is not yet the 2.1 form (old key + ':' + default workspace id).
    qint64 oldKeys(const QString &where = QStringLiteral("TRUE"))
    {
        return scalar(QStringLiteral("SELECT count(*) FROM plugins p JOIN kuw_test_keys k USING (id) "
                                     "WHERE (%1) AND p.cache_key <> k.cache_key || ':' || %2")
                          .arg(where, QLatin1String(kWsOf)));
    }

    static core::Engine::Options alwaysParts()
    {
        core::Engine::Options o;
        o.partsMinRows = 0;
        return o;
    }
};

TEST_F(TeardownParts, PredicatesCoverEveryIdExactlyOnce)
{
    upWithPlugins();
    sql("INSERT INTO plugins (id, name, config, enabled, cache_key, ws_id) VALUES "
        "('00000000-0000-0000-0000-000000000000', 'a', '{}', true, 'edge:1', " + QString(kWsOf) + "), "
        "('7fffffff-ffff-ffff-ffff-ffffffffffff', 'a', '{}', true, 'edge:2', " + QString(kWsOf) + "), "
        "('80000000-0000-0000-0000-000000000000', 'a', '{}', true, 'edge:3', " + QString(kWsOf) + "), "
        "('ffffffff-ffff-ffff-ffff-ffffffffffff', 'a', '{}', true, 'edge:4', " + QString(kWsOf) + ")");
    for (int count : {2, 3, 8}) {
        QStringList matches;
        for (int i = 0; i < count; ++i)
            matches << QStringLiteral("(%1)::int").arg(core::partPredicate(QStringLiteral("id"), i, count));
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM plugins WHERE %1 <> 1").arg(matches.join(" + "))), 0)
            << count << " parts";
        // Random ids spread over the parts (no part is empty with 3000 ids).
        for (int i = 0; i < count; ++i)
            EXPECT_GT(scalar(QStringLiteral("SELECT count(*) FROM plugins WHERE %1").arg(core::partPredicate("id", i, count))), 100);
    }
}

TEST_F(TeardownParts, FinishInPartsEndsInKongsCacheKeys)
{
    upWithPlugins();
    EXPECT_EQ(oldKeys(), kPlugins);
    const auto finish = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2", alwaysParts());
    ASSERT_TRUE(finish.ok()) << qPrintable(finish.error->toString());
    EXPECT_EQ(oldKeys(), 0);
    bool seen = false;
    for (const core::StepReport &s : finish.steps) {
        if (s.migration == "009_200_to_210" && s.phase == core::Phase::Teardown) {
            seen = true;
            EXPECT_EQ(s.parts, 2);
            EXPECT_EQ(s.rowsAffected, kPlugins); // rewritten by the parts; the step's own pass found none
        }
    }
    EXPECT_TRUE(seen);
    EXPECT_EQ(test::schemaMetaRow(settings(), "core").section('|', 2), "{}"); // nothing pending
}

TEST_F(TeardownParts, SmallTablesRunInOneTransaction)
{
    upWithPlugins();
    const auto finish = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2"); // default: 20000 rows
    ASSERT_TRUE(finish.ok()) << qPrintable(finish.error->toString());
    EXPECT_EQ(oldKeys(), 0);
    for (const core::StepReport &s : finish.steps)
        EXPECT_EQ(s.parts, 0) << qPrintable(s.migration);
}

TEST_F(TeardownParts, AFailedPartIsCompletedByARerun)
{
    upWithPlugins();
    // One plugin in the upper id range refuses the update: that part fails, the other commits.
    const QString victim = QString::number(scalar("SELECT g FROM generate_series(1, 3000) g "
                                                  "WHERE md5('kuw-parts:' || g)::uuid >= '80000000-0000-0000-0000-000000000000' LIMIT 1"));
    sql("CREATE FUNCTION kuw_test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'kuw test: plugin % refused', OLD.id; END $$; "
        "CREATE TRIGGER kuw_test_refuse BEFORE UPDATE ON plugins FOR EACH ROW "
        "WHEN (OLD.id = md5('kuw-parts:' || " + victim + ")::uuid) EXECUTE FUNCTION kuw_test_refuse()");
    const auto failed = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2", alwaysParts());
    ASSERT_TRUE(failed.error.has_value());
    EXPECT_TRUE(failed.error->message.contains("009_200_to_210")) << qPrintable(failed.error->message);
    EXPECT_TRUE(failed.error->message.contains("refused")) << qPrintable(failed.error->message);
    const QString lower = QStringLiteral("id < '80000000-0000-0000-0000-000000000000'");
    EXPECT_EQ(oldKeys(lower), 0);                                        // the lower part committed
    EXPECT_EQ(oldKeys(QStringLiteral("NOT (%1)").arg(lower)), scalar("SELECT count(*) FROM plugins WHERE NOT (" + lower + ")"))
        << "the upper part rolled back";
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").section('|', 2).contains("009_200_to_210")); // still pending

    sql("DROP TRIGGER kuw_test_refuse ON plugins");
    const auto again = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2", alwaysParts());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error->toString());
    EXPECT_EQ(oldKeys(), 0);
    EXPECT_EQ(test::schemaMetaRow(settings(), "core").section('|', 2), "{}");
}

TEST_F(TeardownParts, CancelReachesEveryPartAndTheLockIsReleased)
{
    upWithPlugins();
    // One row of the upper part sleeps in a trigger: that part is still running when we cancel.
    const QString victim = QString::number(scalar("SELECT g FROM generate_series(1, 3000) g "
                                                  "WHERE md5('kuw-parts:' || g)::uuid >= '80000000-0000-0000-0000-000000000000' LIMIT 1"));
    sql("CREATE FUNCTION kuw_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$; "
        "CREATE TRIGGER kuw_test_slow BEFORE UPDATE ON plugins FOR EACH ROW "
        "WHEN (OLD.id = md5('kuw-parts:' || " + victim + ")::uuid) EXECUTE FUNCTION kuw_test_slow()");
    auto cancel = std::make_shared<core::PgCancelToken>();
    core::Engine::Options o = alwaysParts();
    o.target = test::catalog().resolve("2.5.2").value();
    core::Engine engine(test::catalog(), settings(), o);
    QElapsedTimer clock;
    clock.start();
    auto run = std::async(std::launch::async, [&] { return engine.run(MigrationCommand::Finish, nullptr, cancel); });
    // Cancel once the sleeping part is seen in pg_stat_activity.
    bool sleeping = false;
    while (!sleeping && clock.elapsed() < 30000) {
        sleeping = scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'") > 0;
        if (!sleeping)
            QThread::msleep(20);
    }
    ASSERT_TRUE(sleeping);
    cancel->cancel();
    const core::RunReport report = run.get();
    EXPECT_LT(clock.elapsed(), 30000) << "the sleeping part was not cancelled";
    EXPECT_TRUE(report.cancelled);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_EQ(scalar("SELECT count(*) FROM locks"), 0);                    // the cluster mutex is released
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").section('|', 2).contains("009_200_to_210"));

    sql("DROP TRIGGER kuw_test_slow ON plugins");
    const auto again = test::runEngine(settings(), MigrationCommand::Finish, "2.5.2", alwaysParts());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error->toString());
    EXPECT_EQ(oldKeys(), 0);
}

TEST_F(TeardownParts, PartsThatCannotConnectAreLeftToTheStepsOwnTransaction)
{
    // The datastore's owner may open only 2 connections (the run's and the lock renewer's), so
    // the parts cannot connect: the rewrite still completes, in the step's own transaction.
    const QString role = "kuw_lim_" + m_db;
    sql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'lim-password'; GRANT CREATE ON SCHEMA public TO %1").arg(role));
    const core::ConnectionSettings owner = test::TestPostgres::instance().tcpSettings(m_db, role, "lim-password");
    ASSERT_TRUE(test::runEngine(owner, MigrationCommand::Bootstrap, "2.0.5").ok());
    sql(QStringLiteral("INSERT INTO plugins (id, name, config, enabled, cache_key) "
                       "SELECT md5('kuw-parts:' || g)::uuid, 'key-auth', '{}', true, 'plugins:key-auth::::' || g || ':' "
                       "FROM generate_series(1, %1) g; CREATE TABLE kuw_test_keys AS SELECT id, cache_key FROM plugins")
            .arg(kPlugins));
    ASSERT_TRUE(test::runEngine(owner, MigrationCommand::Up, "2.5.2").ok());
    sql(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 2").arg(role));
    const auto finish = test::runEngine(owner, MigrationCommand::Finish, "2.5.2", alwaysParts());
    ASSERT_TRUE(finish.ok()) << qPrintable(finish.error->toString());
    EXPECT_EQ(oldKeys(), 0);
    for (const core::StepReport &s : finish.steps) {
        if (s.migration == "009_200_to_210" && s.phase == core::Phase::Teardown) {
            EXPECT_LT(s.parts, 2) << "at most one part got a connection (if the lock renewer had not taken it yet)";
            EXPECT_EQ(s.rowsAffected, kPlugins);
        }
    }
}
