// SPDX-License-Identifier: GPL-3.0-or-later
// The changed-entities watch of the cutover: rows created or updated after `up`, read-only.
#include "db/PgConnection.h"
#include "jobs/ChangedEntitiesJob.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace kuw;

class ChangedEntities : public test::DatabaseTest
{
};

TEST_F(ChangedEntities, ListsRowsCreatedOrUpdatedSinceAndNothingOlder)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.0.5").ok());
    // services get created_at / updated_at from Kong's DAO (no column default): write them as Kong does
    sql("INSERT INTO services (id, name, host, port, protocol, created_at, updated_at) VALUES ('11111111-1111-1111-1111-111111111111', "
        "'before', 'a.example', 80, 'http', now(), now())");
    sql("INSERT INTO consumers (id, username) VALUES ('22222222-2222-2222-2222-222222222222', 'old-consumer')");
    const core::RunReport up = test::runEngine(settings(), core::MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(up.ok());
    QThread::msleep(2600); // Kong rounds these timestamps to the second; the scan starts at the next one
    sql("INSERT INTO services (id, name, host, port, protocol, ws_id, created_at, updated_at) SELECT "
        "'33333333-3333-3333-3333-333333333333', 'after', 'b.example', 80, 'http', id, now(), now() FROM workspaces");
    sql("UPDATE services SET host = 'c.example', updated_at = CURRENT_TIMESTAMP(0) AT TIME ZONE 'UTC' WHERE name = 'before'");
    sql("INSERT INTO keyauth_credentials (id, consumer_id, key, ws_id) SELECT gen_random_uuid(), "
        "'22222222-2222-2222-2222-222222222222', 'top-secret-key', id FROM workspaces");

    auto conn = connect();
    const core::ChangedEntitiesReport r = core::scanChangedEntities(*conn, up.finished);
    ASSERT_FALSE(r.error) << qPrintable(r.error->toString());
    EXPECT_GT(r.tablesScanned, 5);
    EXPECT_EQ(r.total, 3);
    EXPECT_EQ(r.perTable.value("services"), 2);
    EXPECT_EQ(r.perTable.value("keyauth_credentials"), 1);
    EXPECT_FALSE(r.perTable.contains("workspaces")) << "the default workspace is written by up itself";
    EXPECT_FALSE(r.perTable.contains("consumers"));
    bool sawCreated = false, sawUpdated = false;
    for (const core::ChangedEntity &e : r.entities) {
        EXPECT_NE(e.label, "top-secret-key") << "credential keys are never shown";
        if (e.label == "after")
            sawCreated = e.created;
        if (e.label == "before")
            sawUpdated = !e.created && e.updatedAt.isValid();
    }
    EXPECT_TRUE(sawCreated);
    EXPECT_TRUE(sawUpdated);

    // the scan writes nothing: a read-only session is enough
    sql("ALTER DATABASE " + m_db + " SET default_transaction_read_only = on");
    auto ro = connect();
    EXPECT_FALSE(core::scanChangedEntities(*ro, up.finished).error);
}
