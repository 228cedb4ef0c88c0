// SPDX-License-Identifier: GPL-3.0-or-later
// The parallel-datastore path against the scratch PostgreSQL: bootstrap → export → import →
// counts, refused imports that leave the new datastore re-runnable, and the old/new diff.
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "parallel/DatastoreDiff.h"
#include "parallel/ParallelTransfer.h"
#include "support/CliRunner.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "support/TwoDatastoreTest.h"
#include "support/UpgradeChecks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

using namespace kuw;
using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;

namespace {

const QString kTarget = QStringLiteral("2.5.2");
const QString kLoneConsumer = QStringLiteral("c0000000-0000-4000-8000-0000000000aa");

const core::EntityCount *row(const core::CountComparison &c, const QString &entity)
{
    for (const core::EntityCount &r : c.rows)
        if (r.entity == entity)
            return &r;
    return nullptr;
}

} // namespace

class Parallel : public test::TwoDatastoreTest
{
protected:
    /// The old datastore: every entity type as Kong 2.3 nodes write it, brought to 2.5.2, plus
    /// a consumer nothing references (deleted later to see a lone deletion).
    void seedSource()
    {
        TwoDatastoreTest::seedSource();
        if (HasFatalFailure())
            return;
        sql("INSERT INTO consumers (id, created_at, username, ws_id) SELECT '" + kLoneConsumer +
            "', now(), 'lone', id FROM workspaces WHERE name = 'default'");
    }

    core::TransferOptions options(const QString &exportName = QStringLiteral("kong.yml")) const
    {
        core::TransferOptions o;
        o.source = settings();
        o.target = targetSettings();
        o.targetVersion = *test::catalog().resolve(kTarget);
        o.exportPath = m_tmp.filePath(exportName);
        return o;
    }

    qint64 targetRows(const QString &table) const
    {
        auto conn = core::PgConnection::open(targetSettings());
        auto r = (*conn)->exec("SELECT count(*) FROM " + table);
        return r ? r->value(0, 0).toLongLong() : -1;
    }
};

TEST_F(Parallel, TransferBootstrapsExportsImportsAndCountsMatch)
{
    seedSource();
    QStringList lines;
    const core::TransferOutcome out = core::runTransfer(test::catalog(), options(), [&lines](const QString &l) { lines << l; });
    ASSERT_TRUE(out.ok()) << qPrintable(out.failedStage + ": " + out.error->toString() + "\n" + out.error->detail);
    EXPECT_TRUE(out.bootstrapped);
    ASSERT_TRUE(out.exported && out.imported && out.counts);
    EXPECT_EQ(out.exported->total(), out.imported->total());
    EXPECT_TRUE(QFile::exists(out.importedFile));
    EXPECT_EQ(QFile::permissions(out.importedFile) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    EXPECT_TRUE(out.counts->allMatch());
    EXPECT_GT(out.counts->oldTotal(), 20);
    EXPECT_EQ(out.counts->oldTotal(), out.counts->newTotal());
    const core::EntityCount *consumers = row(*out.counts, "consumers");
    ASSERT_NE(consumers, nullptr);
    EXPECT_EQ(*consumers->fresh, targetRows("consumers"));
    EXPECT_GT(*consumers->old, 0);
    EXPECT_TRUE(lines.join('\n').contains("Bootstrapping")) << qPrintable(lines.join('\n'));

    // Nothing changed since: the two datastores compare equal by key and content.
    const core::DiffOutcome diff = core::runDiff(settings(), targetSettings());
    ASSERT_TRUE(diff.report) << qPrintable(diff.error->toString());
    EXPECT_TRUE(diff.report->isEmpty()) << diff.report->entries.value(0).entity.toStdString() << " "
                                        << diff.report->entries.value(0).id.toStdString();
    EXPECT_GT(diff.report->entitiesCompared, 10);
}

TEST_F(Parallel, DiffListsWhatChangedOnTheOldDatastoreSinceTheExport)
{
    seedSource();
    ASSERT_TRUE(core::runTransfer(test::catalog(), options()).ok());
    // Admin API writes on the old cluster after the export:
    const QString newService = "5e000000-0000-4000-8000-0000000000bb";
    sql("INSERT INTO services (id, created_at, updated_at, name, host, port, protocol, ws_id) SELECT '" + newService +
        "', now(), now(), 'late-service', 'late.example', 80, 'http', id FROM workspaces WHERE name = 'default'");
    auto conn = connect();
    auto route = conn->exec("SELECT id::text FROM routes ORDER BY id LIMIT 1");
    ASSERT_TRUE(route && route->rows() == 1);
    const QString changedRoute = route->value(0, 0);
    sql("UPDATE routes SET name = 'renamed-after-export', updated_at = now() WHERE id = '" + changedRoute + "'");
    sql("DELETE FROM consumers WHERE id = '" + kLoneConsumer + "'");

    const core::DiffOutcome diff = core::runDiff(settings(), targetSettings());
    ASSERT_TRUE(diff.report) << qPrintable(diff.error->toString());
    const core::DiffReport &r = *diff.report;
    EXPECT_EQ(r.totals.created, 1);
    EXPECT_EQ(r.totals.changed, 1);
    EXPECT_EQ(r.totals.deleted, 1);
    ASSERT_EQ(r.entries.size(), 3);
    EXPECT_EQ(r.perEntity.value("services").created, 1);
    EXPECT_EQ(r.perEntity.value("routes").changed, 1);
    EXPECT_EQ(r.perEntity.value("consumers").deleted, 1);
    for (const core::DiffEntry &e : r.entries) {
        if (e.kind == core::DiffKind::Created)
            EXPECT_EQ(e.id + "/" + e.label, newService + "/late-service");
        else if (e.kind == core::DiffKind::Changed)
            EXPECT_EQ(e.id + "/" + e.label, changedRoute + "/renamed-after-export");
        else
            EXPECT_EQ(e.id + "/" + e.label, kLoneConsumer + "/lone");
    }
}

TEST_F(Parallel, DiffListingIsLimitedButCountsAreFull)
{
    seedSource();
    ASSERT_TRUE(core::runTransfer(test::catalog(), options()).ok());
    sql("INSERT INTO consumers (id, created_at, username, ws_id) SELECT gen_random_uuid(), now(), 'late-' || g, w.id "
        "FROM generate_series(1, 30) g, workspaces w WHERE w.name = 'default'");
    const core::DiffOutcome diff = core::runDiff(settings(), targetSettings(), 5);
    ASSERT_TRUE(diff.report);
    EXPECT_EQ(diff.report->perEntity.value("consumers").created, 30);
    EXPECT_EQ(diff.report->entries.size(), 5);
}

TEST_F(Parallel, RefusedImportNamesFileLineEntityFieldAndCanBeRetried)
{
    seedSource();
    core::TransferOptions bad = options();
    bad.importFile = QStringLiteral(KUW_TEST_DATA_DIR "/declarative/missing-required.yml");
    const core::TransferOutcome refused = core::runTransfer(test::catalog(), bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.failedStage, "import");
    EXPECT_TRUE(refused.bootstrapped);
    ASSERT_FALSE(refused.issues.isEmpty());
    EXPECT_EQ(refused.issues[0].entity, "services");
    EXPECT_EQ(refused.issues[0].field, "host");
    EXPECT_EQ(refused.issues[0].line, 4);
    const QString dataBefore = test::dataDump(targetSettings());
    EXPECT_EQ(targetRows("services"), 0); // bootstrapped, nothing imported

    // Retry with the native export: the target is already bootstrapped, so that step is skipped.
    const core::TransferOutcome retried = core::runTransfer(test::catalog(), options());
    ASSERT_TRUE(retried.ok()) << qPrintable(retried.failedStage + ": " + retried.error->toString());
    EXPECT_FALSE(retried.bootstrapped);
    EXPECT_TRUE(retried.counts->allMatch());
    EXPECT_NE(test::dataDump(targetSettings()), dataBefore);
}

TEST_F(Parallel, CancelDuringImportRollsBackAndTheTransferCanBeRunAgain)
{
    seedSource();
    core::TransferOptions o = options("cancelled.yml");
    auto cancel = std::make_shared<core::PgCancelToken>();
    o.cancel = cancel;
    QString bootstrapped; // the target between bootstrap and import
    QStringList written, afterCancel;
    o.progress = [&](const QString &stage, const QString &entity, qint64 rows) {
        if (stage == "export" && bootstrapped.isEmpty())
            bootstrapped = test::dataDump(targetSettings());
        if (stage == "import" && cancel->isCancelled())
            afterCancel << entity;
        // Cancel inside the import's transaction, once a table of real entities is copied.
        else if (stage == "import" && entity != "parameters" && rows > 0) {
            written << entity;
            cancel->cancel();
        }
    };
    const core::TransferOutcome out = core::runTransfer(test::catalog(), o);
    ASSERT_FALSE(out.ok());
    EXPECT_TRUE(out.cancelled);
    EXPECT_EQ(out.failedStage, "import");
    EXPECT_EQ(out.error->kind, core::ErrorKind::Cancelled) << qPrintable(out.error->toString());
    EXPECT_TRUE(out.bootstrapped);
    EXPECT_TRUE(out.exported.has_value());
    EXPECT_FALSE(out.imported.has_value());
    ASSERT_EQ(written.size(), 1);
    EXPECT_TRUE(afterCancel.isEmpty()) << "the import went on after the cancel: " << qPrintable(afterCancel.join(' '));
    EXPECT_EQ(targetRows(written.first()), 0) << qPrintable(written.first() + " was committed");
    ASSERT_FALSE(bootstrapped.isEmpty());
    EXPECT_EQ(test::dataDump(targetSettings()), bootstrapped) << "the target is not as bootstrapped";
    auto conn = core::PgConnection::open(targetSettings());
    ASSERT_TRUE(conn.ok());
    auto counts = core::countEntities(**conn);
    ASSERT_TRUE(counts.ok());
    counts->remove("parameters"); // the bootstrap's cluster id
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        EXPECT_EQ(it.value(), 0) << qPrintable(it.key() + " was committed");

    // "Run again": bootstrapped and empty, so the next transfer goes through.
    const core::TransferOutcome again = core::runTransfer(test::catalog(), options("again.yml"));
    ASSERT_TRUE(again.ok()) << qPrintable(again.failedStage + ": " + again.error->toString());
    EXPECT_FALSE(again.bootstrapped);
    EXPECT_TRUE(again.counts->allMatch());
    EXPECT_GT(targetRows(written.first()), 0);
}

TEST_F(Parallel, CancelDuringExportRemovesThePartialFileAndWritesNothing)
{
    seedSource();
    core::TransferOptions o = options("partial.yml");
    o.cancel = std::make_shared<core::PgCancelToken>();
    int exportBatches = 0;
    o.progress = [&exportBatches, cancel = o.cancel](const QString &stage, const QString &, qint64) {
        if (stage == "export" && exportBatches++ == 0)
            cancel->cancel();
    };
    const core::TransferOutcome out = core::runTransfer(test::catalog(), o);
    ASSERT_FALSE(out.ok());
    EXPECT_TRUE(out.cancelled);
    EXPECT_EQ(out.failedStage, "export");
    EXPECT_EQ(exportBatches, 1) << "the export went on after the cancel";
    EXPECT_FALSE(QFile::exists(o.exportPath)) << "a partial export was left behind";
    EXPECT_EQ(targetRows("services"), 0);
    // Cancelled before it started: it stops at its first connection.
    auto early = std::make_shared<core::PgCancelToken>();
    early->cancel();
    core::TransferOptions o2 = options("never.yml");
    o2.cancel = early;
    const core::TransferOutcome none = core::runTransfer(test::catalog(), o2);
    EXPECT_TRUE(none.cancelled);
    EXPECT_FALSE(QFile::exists(o2.exportPath));
}

TEST_F(Parallel, SecondTransferIntoAFilledTargetIsRefusedAndChangesNothing)
{
    seedSource();
    ASSERT_TRUE(core::runTransfer(test::catalog(), options("first.yml")).ok());
    const QString before = test::dataDump(targetSettings());
    const core::TransferOutcome again = core::runTransfer(test::catalog(), options("second.yml"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.failedStage, "import");
    EXPECT_TRUE(again.error->message.contains("already holds entities") || again.error->remedy.contains("freshly"))
        << qPrintable(again.error->toString());
    EXPECT_EQ(test::dataDump(targetSettings()), before);
}

TEST_F(Parallel, TargetAtAnotherKongVersionIsRefusedBeforeAnyExport)
{
    seedSource();
    ASSERT_TRUE(test::runEngine(targetSettings(), core::MigrationCommand::Bootstrap, "2.1.4").ok());
    const core::TransferOutcome out = core::runTransfer(test::catalog(), options());
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.failedStage, "bootstrap");
    EXPECT_FALSE(out.exported.has_value());
    EXPECT_FALSE(QFile::exists(options().exportPath));
}

TEST(ParallelCounts, MissingTablesAndMismatchesAreReported)
{
    const core::CountComparison c = core::compareCounts({{"services", 3}, {"routes", 5}},
                                                        {{"services", 3}, {"routes", 4}, {"ca_certificates", 0}});
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.mismatches(), 1);
    EXPECT_EQ(c.oldTotal(), 8);
    EXPECT_EQ(c.newTotal(), 7);
    for (const core::EntityCount &r : c.rows) {
        if (r.entity == "ca_certificates") {
            EXPECT_FALSE(r.old.has_value());
            EXPECT_TRUE(r.ok()); // absent on the old side, empty on the new
        }
        if (r.entity == "routes") {
            EXPECT_FALSE(r.ok());
        }
    }
}

TEST_F(Parallel, OldDatastoreBelowTheExportersLevelPointsToTheOldKongsOwnExport)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.1.4").ok());
    const core::TransferOutcome out = core::runTransfer(test::catalog(), options());
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.failedStage, "export");
    EXPECT_TRUE(out.error->message.contains("predates Kong 2.5")) << qPrintable(out.error->toString());
    EXPECT_TRUE(out.error->remedy.contains("kong config db_export")) << qPrintable(out.error->remedy);
    EXPECT_TRUE(out.error->detail.contains("certificates.cert_alt")) << qPrintable(out.error->detail);
    EXPECT_FALSE(QFile::exists(options().exportPath));

    // The old Kong's own export (here a Kong 2.1 file) goes in instead; counts then compare
    // against the old datastore (empty here, the file is not its export: the counts differ).
    core::TransferOptions fromFile = options();
    fromFile.importFile = QStringLiteral(KUW_TEST_DATA_DIR "/declarative/kong-2.1-export.yml");
    const core::TransferOutcome imported = core::runTransfer(test::catalog(), fromFile);
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.failedStage + ": " + imported.error->toString());
    EXPECT_FALSE(imported.bootstrapped) << "bootstrapped by the first attempt already";
    EXPECT_FALSE(imported.exported.has_value());
    EXPECT_GT(imported.imported->total(), 0);
    EXPECT_FALSE(imported.counts->allMatch());
}

TEST_F(Parallel, TablesOnOneSideOnlyAreNotComparableRatherThanCreatedOrDeleted)
{
    // The old datastore at Kong 2.1 has no parameters table; the new one (2.5) holds its cluster id there.
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.1.4").ok());
    ASSERT_TRUE(test::runEngine(targetSettings(), core::MigrationCommand::Bootstrap, kTarget).ok());
    ASSERT_GT(targetRows("parameters"), 0);
    sql("INSERT INTO consumers (id, created_at, username) VALUES ('" + kLoneConsumer + "', now(), 'lone')");

    const core::DiffOutcome diff = core::runDiff(settings(), targetSettings());
    ASSERT_TRUE(diff.report) << qPrintable(diff.error->toString());
    const core::DiffReport &r = *diff.report;
    ASSERT_EQ(r.notComparable.size(), 1);
    EXPECT_EQ(r.notComparable[0].entity, "parameters");
    EXPECT_TRUE(r.notComparable[0].absentOnOld);
    EXPECT_EQ(r.notComparable[0].rows, targetRows("parameters"));
    EXPECT_FALSE(r.perEntity.contains("parameters"));
    EXPECT_EQ(r.totals.deleted, 0) << "the new side's parameters were counted as deleted";
    EXPECT_EQ(r.totals.created, 1) << "the tables both sides have are still compared";
    EXPECT_EQ(r.perEntity.value("consumers").created, 1);

    // The reverse: the table exists on the old side only.
    const core::DiffOutcome reverse = core::runDiff(targetSettings(), settings());
    ASSERT_TRUE(reverse.report) << qPrintable(reverse.error->toString());
    ASSERT_EQ(reverse.report->notComparable.size(), 1);
    EXPECT_EQ(reverse.report->notComparable[0].entity, "parameters");
    EXPECT_FALSE(reverse.report->notComparable[0].absentOnOld);
    EXPECT_EQ(reverse.report->totals.created, 0) << "the old side's parameters were counted as created";
    EXPECT_EQ(reverse.report->totals.deleted, 1);
}

TEST_F(Parallel, CliConfigDiffComparesTheConfiguredDatastoreWithAnother)
{
    seedSource();
    ASSERT_TRUE(core::runTransfer(test::catalog(), options()).ok());
    sql("DELETE FROM consumers WHERE id = '" + kLoneConsumer + "'");
    // pg_database from each file: the environment supplies the rest of the connection
    QProcessEnvironment env = test::kongEnvFor(m_db);
    env.remove("KONG_PG_DATABASE");
    auto conf = [this](const QString &name, const QString &db) {
        QFile f(m_tmp.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(("pg_database = " + db + "\n").toUtf8());
        return f.fileName();
    };
    const QString oldConf = conf("old.conf", m_db), newConf = conf("new.conf", m_target);
    test::CliRun r = test::runCli({"config", "diff", "-c", oldConf, newConf}, env);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains("0 created, 0 changed, 1 deleted")) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains("deleted\tconsumers\t" + kLoneConsumer + "\tlone")) << qPrintable(r.out);
    r = test::runCli({"config", "diff", "-c", oldConf, oldConf}, env);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("same datastore")) << qPrintable(r.err);
}
