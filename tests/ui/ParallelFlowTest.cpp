// SPDX-License-Identifier: GPL-3.0-or-later
// The parallel-datastore path in the real wizard, on scratch databases: Version (path) → new
// datastore → transfer (a refused file first, then the native export) → blue-green
// checkpoints against simulated Kong nodes → diff since the export → decommission checklist.
#include "UpgradeWizard.h"
#include "cluster/SimulatedKongNode.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "pages/ParallelDecommissionPage.h"
#include "pages/ParallelDiffPage.h"
#include "pages/ParallelTargetPage.h"
#include "pages/ParallelTransferPage.h"
#include "pages/ResumePage.h"
#include "pages/SummaryPage.h"
#include "pages/VersionPage.h"
#include "pages/WelcomePage.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "support/UiWatchdog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace kuw;
using namespace std::chrono_literals;
using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;

namespace {

const char *const Target = "2.5.2";

} // namespace

class ParallelFlow : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        m_target = QStringLiteral("kuw_parui_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        auto admin = core::PgConnection::open(TestPostgres::instance().settings());
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE((*admin)->execScript(QStringLiteral("CREATE DATABASE ") + m_target).ok());
        wizard.state().journalDir = journals.path();
        wizard.checkpointsPage()->setMonitorInterval(200ms);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    }
    void TearDown() override
    {
        if (auto admin = core::PgConnection::open(TestPostgres::instance().settings()))
            (void)(*admin)->execScript(QStringLiteral("DROP DATABASE IF EXISTS ") + m_target + " WITH (FORCE)");
        DatabaseTest::TearDown();
    }
    core::ConnectionSettings targetSettings() const { return TestPostgres::instance().settings(m_target); }
    void next()
    {
        ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << wizard.currentId();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    /// With KUW_UI_GRAB_DIR set, saves the current page as PNG (to look at it).
    void grab(const QString &name)
    {
        const QString dir = qEnvironmentVariable("KUW_UI_GRAB_DIR");
        if (!dir.isEmpty())
            wizard.grab().save(QDir(dir).filePath(name + ".png"));
    }
    void probe(ui::ConnectionPage *page, const core::ConnectionSettings &s)
    {
        page->applySettings(s, "test");
        QSignalSpy probed(page, &ui::ConnectionPage::probeFinished);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        ASSERT_TRUE(probed.wait(15000));
        ASSERT_TRUE(probed.first().first().toBool());
    }
    /// Welcome → Connection (the old datastore) → Version (parallel path) → new datastore → transfer.
    void toTransferPage()
    {
        next(); // Welcome: guided upgrade
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ConnectionPageId);
        probe(wizard.connectionPage(), settings());
        next();
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::VersionPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.versionPage()->isInspecting() && wizard.state().state.has_value(); }, 15000));
        QComboBox *path = wizard.versionPage()->pathBox();
        path->setCurrentIndex(path->findData(true));
        grab("parallel-0-version");
        next();

        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ParallelTargetPageId);
        ui::ParallelTargetPage *target = wizard.parallelTargetPage();
        probe(target, settings()); // the old datastore itself is refused
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ParallelTargetPageId);
        probe(target, targetSettings());
        grab("parallel-1-target");
        next();
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ParallelTransferPageId);
    }
    /// The old datastore, as a Kong 2.5 cluster's, with `services` services.
    void seedOld(int services)
    {
        ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, Target).ok());
        sql(QStringLiteral("INSERT INTO services (id, name, host, port, protocol, ws_id, created_at, updated_at) SELECT "
                           "gen_random_uuid(), 'svc-' || g, 'upstream' || g || '.example', 80, 'http', w.id, now(), now() "
                           "FROM generate_series(1, %1) g, workspaces w").arg(services));
    }
    qint64 count(const core::ConnectionSettings &s, const QString &table)
    {
        auto conn = core::PgConnection::open(s);
        auto r = (*conn)->exec("SELECT count(*) FROM " + table);
        return r ? r->value(0, 0).toLongLong() : -1;
    }

    QTemporaryDir journals;
    ui::UpgradeWizard wizard;
    QString m_target;
};

TEST_F(ParallelFlow, ParallelPathFromExportToDecommissionOnScratchDatabases)
{
    // The old datastore, as a Kong 2.5 cluster's: two services, a route, a consumer with a key.
    seedOld(2);
    sql("INSERT INTO routes (id, name, service_id, paths, protocols, ws_id, created_at, updated_at) SELECT gen_random_uuid(), "
        "'orders', s.id, '{/orders}', '{http,https}', s.ws_id, now(), now() FROM services s WHERE s.name = 'svc-1'");
    sql("INSERT INTO consumers (id, username, ws_id, created_at) SELECT gen_random_uuid(), 'alice', id, now() FROM workspaces");
    sql("INSERT INTO keyauth_credentials (id, consumer_id, key, ws_id, created_at) SELECT gen_random_uuid(), c.id, "
        "'secret-key-of-alice', c.ws_id, now() FROM consumers c");
    const QString oldBefore = test::dataDump(settings());

    toTransferPage();
    ui::ParallelTransferPage *transfer = wizard.parallelTransferPage();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto dog = std::make_unique<test::UiWatchdog>();
    // A broken file (a service without host) is refused with its location; nothing is written.
    transfer->useFileBox()->setChecked(true);
    transfer->importFileEdit()->setText(QStringLiteral(KUW_TEST_DATA_DIR "/declarative/missing-required.yml"));
    QSignalSpy finished(transfer, &ui::ParallelTransferPage::transferFinished);
    QTest::mouseClick(transfer->runButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_FALSE(finished.last().first().toBool());
    ASSERT_TRUE(transfer->issuesView()->isVisible());
    QTreeWidgetItem *issue = transfer->issuesView()->topLevelItem(0);
    ASSERT_NE(issue, nullptr);
    EXPECT_TRUE(issue->text(0).endsWith("missing-required.yml:4:3")) << qPrintable(issue->text(0));
    EXPECT_EQ(issue->text(1), "services");
    EXPECT_EQ(issue->text(2), "host");
    EXPECT_TRUE(transfer->resultLabel()->text().contains("import")) << qPrintable(transfer->resultLabel()->text());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    // the watch pauses around the test's own SQL, which blocks the UI thread
    qint64 worstGapMs = dog->worstGapMs();
    dog.reset();
    EXPECT_EQ(count(targetSettings(), "services"), 0);
    grab("parallel-2-transfer-refused");
    dog = std::make_unique<test::UiWatchdog>();
    // Retry with the native export.
    transfer->useFileBox()->setChecked(false);
    QTest::mouseClick(transfer->runButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.last().first().toBool()) << qPrintable(transfer->resultLabel()->text() + "\n" + transfer->logView()->toPlainText());
    EXPECT_FALSE(transfer->issuesView()->isVisible());
    QTreeWidget *counts = transfer->countsView();
    ASSERT_GT(counts->topLevelItemCount(), 5);
    bool sawServices = false;
    for (int i = 0; i < counts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *r = counts->topLevelItem(i);
        EXPECT_EQ(r->text(3), "ok") << qPrintable(r->text(0));
        if (r->text(0) == "services") {
            sawServices = true;
            EXPECT_EQ(r->text(1), "2");
            EXPECT_EQ(r->text(2), "2");
        }
    }
    EXPECT_TRUE(sawServices);
    worstGapMs = std::max(worstGapMs, dog->worstGapMs());
    dog.reset();
    EXPECT_EQ(count(targetSettings(), "keyauth_credentials"), 1);
    EXPECT_EQ(test::dataDump(settings()), oldBefore) << "the old datastore is only read";
    grab("parallel-3-transfer-done");
    next();
    dog = std::make_unique<test::UiWatchdog>();

    // The blue-green checkpoints, the new nodes on the new datastore.
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::CheckpointsPageId);
    ui::CheckpointsPage *page = wizard.checkpointsPage();
    auto old1 = std::make_unique<core::SimulatedKongNode>("old-1", "2.3.3");
    auto new1 = std::make_unique<core::SimulatedKongNode>("new-1", "2.5.0");
    old1->setDatastore(QStringLiteral("127.0.0.1"), 5432, m_db);
    new1->setDatastore(QStringLiteral("127.0.0.1"), 5432, m_target);
    ASSERT_TRUE(old1->start());
    ASSERT_TRUE(new1->start());
    core::applySimulatedTrafficStage(100, 0, {old1.get()}, {new1.get()});
    QObject::connect(page, &ui::CheckpointsPage::stageStarted, page, [&](int percent) {
        core::applySimulatedTrafficStage(100, percent, {old1.get()}, {new1.get()});
    });
    page->setNodes({{old1->adminUrl(), false}, {new1->adminUrl(), true}});
    page->oldVersionEdit()->setText("2.3");
    page->stagesEdit()->setText("100");
    QMetaObject::invokeMethod(page->stagesEdit(), "editingFinished");
    page->decommissionPeriod()->setValue(1);
    EXPECT_EQ(page->tabs()->count(), 3) << "no 'changed since up' tab: the diff page does that";
    QSignalSpy verified(page, &ui::CheckpointsPage::verified);
    QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
    ASSERT_TRUE(verified.wait(10000));
    ASSERT_TRUE(verified.first().first().toBool()) << qPrintable(page->nodeMessage()->text());
    EXPECT_TRUE(wizard.state().checkpoints.isDone("configured")) << "the new node uses the new database";
    page->tabs()->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->confirmStageButton()->isEnabled(); }, 15000)) << qPrintable(page->stageLabel()->text());
    QTest::mouseClick(page->confirmStageButton(), Qt::LeftButton);
    old1->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.state().checkpoints.allDone(); }, 15000)) << qPrintable(page->decommissionLabel()->text());
    grab("parallel-4-checkpoints");
    worstGapMs = std::max(worstGapMs, dog->worstGapMs());
    dog.reset();
    // Admin API writes on the old cluster after the export: one service created, the route renamed.
    sql("INSERT INTO services (id, name, host, port, protocol, ws_id, created_at, updated_at) SELECT gen_random_uuid(), "
        "'made-on-the-old-cluster', 'late.example', 80, 'http', id, now(), now() FROM workspaces");
    sql("UPDATE routes SET name = 'orders-v2', updated_at = now()");
    next();

    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ParallelDiffPageId);
    ui::ParallelDiffPage *diff = wizard.parallelDiffPage();
    dog = std::make_unique<test::UiWatchdog>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 30000))
        << qPrintable(diff->summaryLabel()->text());
    worstGapMs = std::max(worstGapMs, dog->worstGapMs());
    EXPECT_TRUE(diff->summaryLabel()->text().contains("1 created, 1 changed, 0 deleted")) << qPrintable(diff->summaryLabel()->text());
    ASSERT_EQ(diff->entriesView()->topLevelItemCount(), 2);
    QStringList listed;
    for (int i = 0; i < 2; ++i)
        listed << diff->entriesView()->topLevelItem(i)->text(0) + "/" + diff->entriesView()->topLevelItem(i)->text(1) + "/" +
                      diff->entriesView()->topLevelItem(i)->text(2);
    listed.sort();
    EXPECT_EQ(listed, QStringList({"routes/changed/orders-v2", "services/created/made-on-the-old-cluster"}));
    grab("parallel-5-diff");
    next();

    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ParallelDecommissionPageId);
    ui::ParallelDecommissionPage *decom = wizard.parallelDecommissionPage();
    EXPECT_TRUE(decom->dropCommandLabel()->text().contains("DROP DATABASE " + m_db)) << qPrintable(decom->dropCommandLabel()->text());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    for (QCheckBox *box : decom->items()) {
        EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        box->setChecked(true);
    }
    grab("parallel-6-decommission");
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::SummaryPageId);
    grab("parallel-7-summary");
    EXPECT_EQ(wizard.nextId(), -1) << "the summary is the last page";
    EXPECT_GT(count(settings(), "services"), 0) << "the old datastore is never dropped";
    EXPECT_LT(worstGapMs, 250) << "the UI thread waited on the network or the database";

    // Every step is in the journal; no secret is.
    ASSERT_TRUE(wizard.state().flushJournal(10000)); // the journal is saved on a worker thread
    const auto journals_ = core::Journal::list(journals.path());
    ASSERT_EQ(journals_.size(), 1);
    const core::Journal &j = journals_.first();
    for (const char *event : {"target", "started", "bootstrapped", "failed", "exported", "imported", "verified", "diff",
                              "decommissioned"})
        EXPECT_NE(j.last("parallel", event), nullptr) << event;
    EXPECT_EQ(j.last("version", "path")->detail, "parallel-datastore");
    EXPECT_EQ(j.last("parallel", "failed")->data.value("stage"), "import");
    EXPECT_TRUE(j.last("parallel", "failed")->data.value("first_issue").contains("services.host"));
    QFile file(j.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("secret-key-of-alice"));
}

TEST_F(ParallelFlow, BackIsDisabledWhileTheTransferRunsAndCancelLeavesTheTargetEmpty)
{
    seedOld(3);
    toTransferPage();
    ui::ParallelTransferPage *transfer = wizard.parallelTransferPage();
    QAbstractButton *back = wizard.button(QWizard::BackButton);
    EXPECT_TRUE(back->isEnabled());
    EXPECT_FALSE(transfer->cancelButton()->isEnabled());
    QSignalSpy finished(transfer, &ui::ParallelTransferPage::transferFinished);
    QTest::mouseClick(transfer->runButton(), Qt::LeftButton);
    EXPECT_FALSE(back->isEnabled()) << "Back would strand the running transfer";
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(transfer->runButton()->isEnabled());
    ASSERT_TRUE(transfer->cancelButton()->isEnabled());
    QTest::mouseClick(transfer->cancelButton(), Qt::LeftButton);
    EXPECT_FALSE(back->isEnabled()) << "still running until the worker has stopped";
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.last().first().toBool());
    EXPECT_TRUE(transfer->resultLabel()->text().contains("cancelled")) << qPrintable(transfer->resultLabel()->text());
    EXPECT_TRUE(back->isEnabled());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(transfer->cancelButton()->isEnabled());
    // Cancelled before the bootstrap (no table: -1) or after it: nothing imported.
    EXPECT_LE(count(targetSettings(), "services"), 0);
    grab("parallel-2b-transfer-cancelled");

    // Run again: the target was left bootstrapped and empty.
    QTest::mouseClick(transfer->runButton(), Qt::LeftButton);
    EXPECT_FALSE(back->isEnabled());
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.last().first().toBool()) << qPrintable(transfer->resultLabel()->text() + "\n" + transfer->logView()->toPlainText());
    EXPECT_TRUE(back->isEnabled());
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(count(targetSettings(), "services"), 3);

    ASSERT_TRUE(wizard.state().flushJournal(10000));
    const auto journals_ = core::Journal::list(journals.path());
    ASSERT_EQ(journals_.size(), 1);
    ASSERT_NE(journals_.first().last("parallel", "cancelled"), nullptr);
}

TEST_F(ParallelFlow, ClosingTheWizardCancelsTheTransferWithoutBlocking)
{
    seedOld(3);
    toTransferPage();
    ui::ParallelTransferPage *transfer = wizard.parallelTransferPage();
    QSignalSpy finished(transfer, &ui::ParallelTransferPage::transferFinished);
    QTest::mouseClick(transfer->runButton(), Qt::LeftButton);
    ASSERT_TRUE(transfer->isRunning());
    auto dog = std::make_unique<test::UiWatchdog>();
    EXPECT_FALSE(wizard.close()) << "closed before the worker stopped";
    EXPECT_TRUE(wizard.isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.isVisible(); }, 60000));
    EXPECT_LT(dog->worstGapMs(), 250) << "the UI thread waited for the worker";
    dog.reset();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(transfer->isRunning());
    EXPECT_LE(count(targetSettings(), "services"), 0) << "cancelled before or after the bootstrap: nothing imported";
}

TEST_F(ParallelFlow, DiffPageShowsTablesOnOneSideOnlyAsNotComparable)
{
    // The old datastore at Kong 2.1 lacks the parameters table the new one (2.5) fills at bootstrap.
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.1.4").ok());
    ASSERT_TRUE(test::runEngine(targetSettings(), core::MigrationCommand::Bootstrap, Target).ok());
    wizard.state().settings = settings();
    wizard.state().parallelTarget = targetSettings();
    ui::ParallelDiffPage *diff = wizard.parallelDiffPage();
    QSignalSpy compared(diff, &ui::ParallelDiffPage::compared);
    diff->compare();
    ASSERT_TRUE(compared.wait(30000));
    ASSERT_TRUE(compared.first().first().toBool()) << qPrintable(diff->summaryLabel()->text());
    EXPECT_TRUE(diff->summaryLabel()->text().contains("No differences")) << qPrintable(diff->summaryLabel()->text());
    EXPECT_FALSE(diff->uncomparedLabel()->isHidden());
    const QString text = diff->uncomparedLabel()->text();
    EXPECT_TRUE(text.contains("<b>parameters</b>: no such table on the old datastore")) << qPrintable(text);
    EXPECT_TRUE(text.contains("1 row(s) on the new one")) << qPrintable(text);
    EXPECT_EQ(diff->countsView()->topLevelItemCount(), 0) << "parameters listed as deleted";
}

TEST_F(ParallelFlow, AResumedParallelSessionContinuesOnTheParallelPath)
{
    seedOld(2);
    toTransferPage();
    QSignalSpy finished(wizard.parallelTransferPage(), &ui::ParallelTransferPage::transferFinished);
    QTest::mouseClick(wizard.parallelTransferPage()->runButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.first().first().toBool());
    ASSERT_TRUE(wizard.state().flushJournal(10000));
    wizard.hide(); // the first window is left mid-flow, after the transfer

    // A new window: Welcome → the latest session → its connection → the resume re-check.
    auto resumeIn = [this](ui::UpgradeWizard &w) {
        w.state().journalDir = journals.path();
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.welcomePage()->resumeLatestButton()->isVisible(); }, 5000));
        QTest::mouseClick(w.welcomePage()->resumeLatestButton(), Qt::LeftButton);
        ASSERT_EQ(w.currentId(), ui::UpgradeWizard::ConnectionPageId);
        EXPECT_EQ(w.connectionPage()->settings().database, m_db);
        probe(w.connectionPage(), settings());
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        ASSERT_EQ(w.currentId(), ui::UpgradeWizard::ResumePageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.resumePage()->isComplete(); }, 15000))
            << qPrintable(w.resumePage()->summaryLabel()->text());
        ASSERT_TRUE(w.resumePage()->parallelPoint().has_value()) << "resumed as a shared-datastore session";
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    };
    {
        ui::UpgradeWizard second;
        resumeIn(second);
        ASSERT_EQ(second.currentId(), ui::UpgradeWizard::CheckpointsPageId) << "transfer done: the cutover comes next";
        EXPECT_TRUE(second.state().parallel);
        EXPECT_EQ(second.state().parallelTarget.database, m_target);
        EXPECT_TRUE(second.state().exportedAt.isValid());
        EXPECT_EQ(second.nextId(), ui::UpgradeWizard::ParallelDiffPageId) << "no 'finish' on the parallel path";
        QTest::mouseClick(second.button(QWizard::NextButton), Qt::LeftButton);
        ASSERT_EQ(second.currentId(), ui::UpgradeWizard::ParallelDiffPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return second.parallelDiffPage()->isComplete(); }, 30000));
        EXPECT_TRUE(second.parallelDiffPage()->summaryLabel()->text().contains("No differences"))
            << qPrintable(second.parallelDiffPage()->summaryLabel()->text());
        ASSERT_TRUE(second.state().flushJournal(10000));
    }
    ui::UpgradeWizard third;
    resumeIn(third);
    EXPECT_EQ(third.currentId(), ui::UpgradeWizard::ParallelDecommissionPageId) << "diff done: decommission comes next";
    EXPECT_TRUE(third.parallelDecommissionPage()->dropCommandLabel()->text().contains("DROP DATABASE " + m_db));
}
