// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "jobs/ProbeJob.h"
#include "schema/DatastoreProbe.h"
#include "support/TestPostgres.h"

#include <QJsonArray>

using namespace kuw::core;
using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;

namespace {
// The bookkeeping tables exactly as Kong's bootstrap creates them.
const char *kBookkeeping =
    "CREATE TABLE schema_meta (key text, subsystem text, last_executed text, executed text[], "
    "pending text[], PRIMARY KEY (key, subsystem));"
    "CREATE TABLE locks (key text PRIMARY KEY, owner text, ttl timestamptz);";
} // namespace

class Probe : public DatabaseTest
{
};

TEST_F(Probe, EmptyDatabaseNeedsBootstrap)
{
    auto c = connect();
    ASSERT_NE(c, nullptr);
    auto st = probeDatastore(*c);
    ASSERT_TRUE(st) << qPrintable(st.error().toString());
    EXPECT_FALSE(st->schemaMetaPresent);
    EXPECT_FALSE(st->locksTablePresent);
    EXPECT_TRUE(st->subsystems.isEmpty());
    EXPECT_TRUE(st->canCreate);
    EXPECT_EQ(st->currentUser, "postgres");
    EXPECT_EQ(st->database, m_db);
    EXPECT_GE(st->serverVersionNum, 90500);
    EXPECT_TRUE(st->toText().contains("needs bootstrapping"));
}

TEST_F(Probe, ReadsSchemaMetaRowsInKongsOrderKeepingNullVersusEmpty)
{
    sql(kBookkeeping);
    sql("INSERT INTO schema_meta VALUES "
        "('schema_meta','rate-limiting','000_base_rate_limiting','{000_base_rate_limiting}',NULL),"
        "('schema_meta','core','008_150_to_200','{000_base,003_100_to_110,008_150_to_200}','{009_200_to_210}'),"
        "('schema_meta','acl','000_base_acl','{000_base_acl}','{}'),"
        "('schema_meta','bot-detection',NULL,NULL,'{001_200_to_210}'),"
        "('other_key','ignored',NULL,NULL,NULL)");
    auto c = connect();
    ASSERT_NE(c, nullptr);
    auto st = probeDatastore(*c);
    ASSERT_TRUE(st) << qPrintable(st.error().toString());
    ASSERT_TRUE(st->schemaMetaPresent);
    ASSERT_EQ(st->subsystems.size(), 4);
    EXPECT_EQ(st->subsystems[0].subsystem, "core");
    EXPECT_EQ(st->subsystems[1].subsystem, "acl");
    EXPECT_EQ(st->subsystems[2].subsystem, "bot-detection");
    EXPECT_EQ(st->subsystems[3].subsystem, "rate-limiting");
    const SubsystemMeta *core = st->subsystem("core");
    ASSERT_NE(core, nullptr);
    EXPECT_EQ(core->executed, (QStringList{"000_base", "003_100_to_110", "008_150_to_200"}));
    EXPECT_EQ(core->pending, QStringList{"009_200_to_210"});
    EXPECT_EQ(core->lastExecuted, "008_150_to_200");
    EXPECT_TRUE(st->subsystem("rate-limiting")->pendingIsNull);
    EXPECT_FALSE(st->subsystem("acl")->pendingIsNull);
    EXPECT_TRUE(st->subsystem("bot-detection")->executedIsNull);
    const QJsonObject json = st->toJson();
    EXPECT_TRUE(json["subsystems"].toArray()[3].toObject()["pending"].isNull());
    EXPECT_TRUE(json["subsystems"].toArray()[1].toObject()["pending"].isArray());
}

TEST_F(Probe, HeldAndExpiredLocksAreReported)
{
    sql(kBookkeeping);
    sql("INSERT INTO locks VALUES ('migrations', 'node-a', now() + interval '45 seconds')");
    auto c = connect();
    ASSERT_NE(c, nullptr);
    auto held = probeDatastore(*c);
    ASSERT_TRUE(held);
    ASSERT_TRUE(held->lock.has_value());
    EXPECT_EQ(held->lock->owner, "node-a");
    EXPECT_FALSE(held->lock->expired);
    EXPECT_GT(held->lock->secondsLeft, 30);
    EXPECT_LE(held->lock->secondsLeft, 45);
    EXPECT_TRUE(held->toText().contains("HELD by node-a"));

    sql("UPDATE locks SET ttl = now() - interval '2 minutes'");
    auto stale = probeDatastore(*c);
    ASSERT_TRUE(stale);
    ASSERT_TRUE(stale->lock.has_value());
    EXPECT_TRUE(stale->lock->expired);
    EXPECT_LT(stale->lock->secondsLeft, -100);
}

TEST_F(Probe, SchemaMetaHiddenByPrivilegesIsDetected)
{
    sql(kBookkeeping);
    sql("CREATE ROLE probe_limited LOGIN PASSWORD 'limited-pw'; REVOKE CREATE ON SCHEMA public FROM PUBLIC;");
    auto c = PgConnection::open(TestPostgres::instance().tcpSettings(m_db, "probe_limited", "limited-pw"));
    ASSERT_TRUE(c) << qPrintable(c.error().toString());
    auto st = probeDatastore(**c);
    ASSERT_TRUE(st) << qPrintable(st.error().toString());
    EXPECT_FALSE(st->schemaMetaPresent);           // what Kong would see
    EXPECT_TRUE(st->schemaMetaHiddenByPrivileges); // what is really there
    EXPECT_FALSE(st->canCreate);
}

TEST_F(Probe, JobRunsOffTheCallingThreadAndReportsErrors)
{
    ConnectionSettings s = settings();
    auto future = startProbeJob(s, std::make_shared<PgCancelToken>());
    future.waitForFinished();
    ASSERT_TRUE(future.result().status.has_value());
    EXPECT_FALSE(future.result().error.has_value());

    s.database = "missing_db_for_probe";
    auto bad = startProbeJob(s, std::make_shared<PgCancelToken>());
    bad.waitForFinished();
    ASSERT_TRUE(bad.result().error.has_value());
    EXPECT_EQ(bad.result().error->kind, ErrorKind::DatabaseMissing);
}
