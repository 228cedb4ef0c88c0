// SPDX-License-Identifier: GPL-3.0-or-later
// How steps split into transactions and sections, and which locks their statements take.
#include "migrations/Catalog.h"
#include "migrations/StepSections.h"

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

QString lockOf(const QList<TableEffect> &effects, const QString &table)
{
    QString strongest;
    for (const TableEffect &e : effects) {
        if (e.table == table && (strongest.isEmpty() || e.lockMode == QLatin1String("ACCESS EXCLUSIVE")))
            strongest = e.lockMode;
    }
    return strongest;
}

PlanStep upStep(const QString &sql)
{
    PlanStep s;
    s.phase = Phase::Up;
    s.sql = sql;
    return s;
}

} // namespace

TEST(StepSections, ForeignKeysAndValidationDoNotTakeExclusiveLocks)
{
    const auto fx = analyzeSql(QStringLiteral(
        "ALTER TABLE IF EXISTS ONLY plugins ADD CONSTRAINT p_fk FOREIGN KEY (route_id, ws_id) REFERENCES routes (id, ws_id) ON DELETE CASCADE;"));
    EXPECT_EQ(lockOf(fx, "plugins"), "SHARE ROW EXCLUSIVE");
    EXPECT_EQ(lockOf(fx, "routes"), "SHARE ROW EXCLUSIVE");
    EXPECT_EQ(lockOf(analyzeSql("ALTER TABLE ONLY routes VALIDATE CONSTRAINT x;"), "routes"), "SHARE UPDATE EXCLUSIVE");
    EXPECT_EQ(lockOf(analyzeSql("ALTER TABLE routes ADD COLUMN x INT;"), "routes"), "ACCESS EXCLUSIVE");
    // A second subcommand after the foreign key makes it an ordinary ALTER again.
    EXPECT_EQ(lockOf(analyzeSql("ALTER TABLE a ADD CONSTRAINT f FOREIGN KEY (b) REFERENCES c (id), ADD COLUMN d INT;"), "a"),
              "ACCESS EXCLUSIVE");
    const auto locked = analyzeSql("LOCK TABLE consumers, plugins IN ACCESS EXCLUSIVE MODE;");
    EXPECT_EQ(lockOf(locked, "consumers"), "ACCESS EXCLUSIVE");
    EXPECT_EQ(lockOf(locked, "plugins"), "ACCESS EXCLUSIVE");
}

TEST(StepSections, MarkersSplitTransactionsAndSections)
{
    const auto tx = splitStep(upStep(QStringLiteral("ALTER TABLE a ADD COLUMN x INT;\n"
                                                    "-- kuw:commit\n"
                                                    "CREATE INDEX IF NOT EXISTS i ON b (x);\n"
                                                    "  -- kuw:section\n"
                                                    "ALTER TABLE b DROP CONSTRAINT IF EXISTS k;\n"
                                                    "-- kuw:commitment is not a marker\n")));
    ASSERT_EQ(tx.size(), 2);
    ASSERT_EQ(tx[0].sections.size(), 1);
    EXPECT_EQ(tx[0].sections[0].exclusiveTables.join(","), "a");
    ASSERT_EQ(tx[1].sections.size(), 2);
    EXPECT_TRUE(tx[1].sections[0].exclusiveTables.isEmpty()); // the index build waits for no reader
    EXPECT_EQ(tx[1].sections[1].exclusiveTables.join(","), "b");
    EXPECT_TRUE(tx[1].sections[1].sql.contains("kuw:commitment"));
    EXPECT_EQ(tx[1].sections[1].droppedConstraints.join(","), "k");
}

TEST(StepSections, TeardownsStayOneTransactionWithASectionPerStep)
{
    PlanStep s;
    s.phase = Phase::Teardown;
    s.teardown = {{"rows", "UPDATE plugins SET cache_key = 'x';", {}},
                  {"digest", {}, "core_ca_cert_digest"},
                  {"defaults", "ALTER TABLE plugins ALTER COLUMN ws_id DROP DEFAULT;\n-- kuw:commit\nSELECT 1;", {}}};
    const auto tx = splitStep(s);
    ASSERT_EQ(tx.size(), 1); // a commit marker is only honoured in `up`
    ASSERT_EQ(tx[0].sections.size(), 4);
    EXPECT_TRUE(tx[0].sections[0].exclusiveTables.isEmpty()); // the big UPDATE runs before any exclusive lock
    EXPECT_EQ(tx[0].sections[1].function, "core_ca_cert_digest");
    EXPECT_EQ(tx[0].sections[2].exclusiveTables.join(","), "plugins");
}

TEST(StepSections, CoreWorkspacesMigrationHoldsExclusiveLocksOnlyForMetadata)
{
    auto catalog = Catalog::loadEmbedded();
    ASSERT_TRUE(catalog) << qPrintable(catalog.error().message);
    const MigrationEntry *m = catalog->subsystem("core")->migration("009_200_to_210");
    ASSERT_NE(m, nullptr);
    for (const MigrationRevision &r : m->revisions) {
        auto tx = splitStep(upStep(r.up));
        ASSERT_GE(tx.size(), 10) << qPrintable(r.since.toString());
        // New columns are committed table by table: never two exclusive locks at once.
        for (int i = 0; i + 1 < tx.size(); ++i) {
            for (const StepSection &s : tx[i].sections)
                EXPECT_LE(s.exclusiveTables.size(), 1) << qPrintable(s.exclusiveTables.join(','));
        }
        tx.removeFirst();
        while (tx.size() > 1)
            tx.removeFirst();
        // The heavy part (validations, index builds, foreign keys) locks nothing exclusively...
        ASSERT_EQ(tx[0].sections.size(), 2);
        EXPECT_TRUE(tx[0].sections[0].exclusiveTables.isEmpty()) << qPrintable(tx[0].sections[0].exclusiveTables.join(','));
        EXPECT_TRUE(tx[0].sections[0].sql.contains("CREATE UNIQUE INDEX"));
        // ...and the section that does takes every table up front.
        QStringList all = tx[0].sections[1].exclusiveTables;
        all.sort();
        EXPECT_EQ(all.join(","), "certificates,consumers,plugins,routes,services,snis,targets,upstreams");
    }
}

TEST(StepSections, CredentialTableMigrationsHoldExclusiveLocksOnlyForMetadata)
{
    auto catalog = Catalog::loadEmbedded();
    ASSERT_TRUE(catalog) << qPrintable(catalog.error().message);
    const QList<std::pair<QString, QString>> migrations{
        {"key-auth", "003_200_to_210"}, {"basic-auth", "003_200_to_210"}, {"hmac-auth", "003_200_to_210"},
        {"jwt", "003_200_to_210"},      {"acl", "003_200_to_210"},        {"oauth2", "004_200_to_210"}};
    for (const auto &[subsystem, name] : migrations) {
        const MigrationEntry *m = catalog->subsystem(subsystem)->migration(name);
        ASSERT_NE(m, nullptr) << qPrintable(subsystem);
        for (const MigrationRevision &r : m->revisions) {
            const QString where = subsystem + ' ' + name + ' ' + r.since.toString();
            const auto tx = splitStep(upStep(r.up));
            ASSERT_GE(tx.size(), 2) << qPrintable(where);
            // Every new column commits on its own, before any heavy work.
            for (int i = 0; i + 1 < tx.size(); ++i) {
                for (const StepSection &s : tx[i].sections)
                    EXPECT_LE(s.exclusiveTables.size(), 1) << qPrintable(where);
            }
            // Then index builds and foreign keys under weak locks, and one short exclusive section.
            const StepTransaction &last = tx.last();
            ASSERT_EQ(last.sections.size(), 2) << qPrintable(where);
            EXPECT_TRUE(last.sections[0].exclusiveTables.isEmpty())
                << qPrintable(where + ": " + last.sections[0].exclusiveTables.join(','));
            EXPECT_TRUE(last.sections[0].sql.contains("CREATE UNIQUE INDEX")) << qPrintable(where);
            EXPECT_FALSE(last.sections[1].sql.contains("CREATE UNIQUE INDEX")) << qPrintable(where);
            EXPECT_TRUE(last.sections[1].exclusiveTables.contains("consumers") || subsystem == "oauth2")
                << qPrintable(where);
        }
    }
}
