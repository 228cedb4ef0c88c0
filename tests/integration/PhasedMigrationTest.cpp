// SPDX-License-Identifier: GPL-3.0-or-later
// Core 009 (workspaces) runs in parts so that proxy reads never queue behind it: the parts must
// add up to Kong's schema, and a run that fails between them must be completed by a re-run.
#include "db/PgConnection.h"
#include "support/EngineHarness.h"
#include "support/Fixtures.h"
#include "support/TestPostgres.h"

using namespace kuw;
using core::MigrationCommand;
using kuw::test::DatabaseTest;

class PhasedMigration : public DatabaseTest
{
protected:
    QStringList constraints(const QString &table)
    {
        auto c = connect();
        auto r = c->exec("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                         "WHERE conrelid = to_regclass($1) ORDER BY conname",
                         {table});
        EXPECT_TRUE(r);
        QStringList out;
        for (int i = 0; r && i < r->rows(); ++i)
            out << r->value(i, 0);
        return out;
    }
};

TEST_F(PhasedMigration, Kong210RevisionKeepsPostgresGeneratedForeignKeyNames)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    const auto r = test::runEngine(settings(), MigrationCommand::Up, "2.1.0");
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    EXPECT_EQ(constraints("plugins").join('\n'),
              QStringList({"plugins_cache_key_key UNIQUE (cache_key)",
                           "plugins_consumer_id_ws_id_fkey FOREIGN KEY (consumer_id, ws_id) REFERENCES consumers(id, ws_id) ON DELETE CASCADE",
                           "plugins_id_ws_id_unique UNIQUE (id, ws_id)",
                           "plugins_pkey PRIMARY KEY (id)",
                           "plugins_route_id_ws_id_fkey FOREIGN KEY (route_id, ws_id) REFERENCES routes(id, ws_id) ON DELETE CASCADE",
                           "plugins_service_id_ws_id_fkey FOREIGN KEY (service_id, ws_id) REFERENCES services(id, ws_id) ON DELETE CASCADE",
                           "plugins_ws_id_fkey FOREIGN KEY (ws_id) REFERENCES workspaces(id)"})
                  .join('\n'));
    // Plugin credential tables likewise (built under their final name, old key dropped).
    EXPECT_EQ(constraints("keyauth_credentials").join('\n'),
              QStringList({"keyauth_credentials_consumer_id_ws_id_fkey FOREIGN KEY (consumer_id, ws_id) REFERENCES consumers(id, ws_id) ON DELETE CASCADE",
                           "keyauth_credentials_id_ws_id_unique UNIQUE (id, ws_id)",
                           "keyauth_credentials_pkey PRIMARY KEY (id)",
                           "keyauth_credentials_ws_id_fkey FOREIGN KEY (ws_id) REFERENCES workspaces(id)",
                           "keyauth_credentials_ws_id_key_unique UNIQUE (ws_id, key)"})
                  .join('\n'));
    auto c = connect();
    auto left = c->exec("SELECT count(*) FILTER (WHERE NOT convalidated), count(*) FILTER (WHERE conname LIKE 'kuw%') FROM pg_constraint");
    ASSERT_TRUE(left);
    EXPECT_EQ(left->integer(0, 0), 0); // every NOT VALID foreign key was validated
    EXPECT_EQ(left->integer(0, 1), 0); // no working names left behind
}

TEST_F(PhasedMigration, FailureAfterTheFirstCommitIsCompletedByARerun)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.0.5").ok());
    // Data that makes part 2 fail: two routes named alike, which the per-workspace unique
    // index rejects (possible only because the test dropped the old global unique first).
    sql("ALTER TABLE routes DROP CONSTRAINT routes_name_key");
    sql("INSERT INTO services (id, name, host) VALUES ('5f0ef8b0-6a59-4c8b-9d7e-2a7c3b3a0001', 's', 'h')");
    sql("INSERT INTO routes (id, name, service_id, paths) VALUES "
        "('5f0ef8b0-6a59-4c8b-9d7e-2a7c3b3a0002', 'twin', '5f0ef8b0-6a59-4c8b-9d7e-2a7c3b3a0001', '{/a}'), "
        "('5f0ef8b0-6a59-4c8b-9d7e-2a7c3b3a0003', 'twin', '5f0ef8b0-6a59-4c8b-9d7e-2a7c3b3a0001', '{/b}')");
    const auto failed = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(failed.error.has_value());
    EXPECT_TRUE(failed.error->message.contains("009_200_to_210")) << qPrintable(failed.error->message);
    EXPECT_TRUE(failed.error->message.contains("routes_ws_id_name_unique")) << qPrintable(failed.error->message);
    // Part 1 (new columns) is committed, the migration is not recorded, and no part-2 object exists.
    auto c = connect();
    auto state = c->exec("SELECT (SELECT count(*) FROM information_schema.columns WHERE table_name = 'routes' AND column_name = 'ws_id'), "
                         "(SELECT count(*) FROM pg_class WHERE relname = 'routes_ws_id_name_unique')");
    ASSERT_TRUE(state);
    EXPECT_EQ(state->integer(0, 0), 1);
    EXPECT_EQ(state->integer(0, 1), 0);
    EXPECT_FALSE(test::schemaMetaRow(settings(), "core").contains("009"));
    // The admin resolves the duplicate; the re-run completes and the schema is Kong's.
    sql("DELETE FROM routes WHERE id = '5f0ef8b0-6a59-4c8b-9d7e-2a7c3b3a0003'");
    const auto again = test::runEngine(settings(), MigrationCommand::Up, "2.5.2");
    ASSERT_TRUE(again.ok()) << qPrintable(again.error->toString());
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Finish, "2.5.2").ok());
    const QString expected = test::fixtureText("2.5.2", "schema.txt");
    const QString actual = test::schemaDump(settings());
    EXPECT_TRUE(actual == expected) << qPrintable(test::unifiedDiff(expected, actual));
}
