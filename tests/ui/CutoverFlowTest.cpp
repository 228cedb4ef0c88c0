// SPDX-License-Identifier: GPL-3.0-or-later
// The blue-green cutover in the real wizard: checkpoints against simulated Kong nodes on
// loopback, the Finish gate and its journaled override, and the whole guided flow from a
// Kong 2.0 datastore to a finished 2.5 one.
#include "UpgradeWizard.h"
#include "cluster/SimulatedKongNode.h"
#include "cluster/TrafficMonitor.h"
#include "pages/AssessmentPage.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "pages/RehearsalPage.h"
#include "pages/RunPage.h"
#include "pages/SnapshotPage.h"
#include "pages/VersionPage.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "support/UiWatchdog.h"
#include "widgets/DataPlanesView.h"
#include "widgets/FinishGate.h"
#include "widgets/HelmCommandsView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
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

#include <iostream>

using namespace kuw;
using namespace std::chrono_literals;
using kuw::test::DatabaseTest;

namespace {

const char *const Target = "2.5.2";
const char *const Start = "2.0.5";

/// Two old and two new simulated nodes pointed at the test database, serving 200 req/s.
struct SimulatedCluster
{
    explicit SimulatedCluster(const QString &db)
    {
        for (SimulatedKongNodePtr *n : {&old1, &old2, &new1, &new2}) {
            (*n)->setDatastore(QStringLiteral("127.0.0.1"), 5432, db);
            EXPECT_TRUE((*n)->start());
        }
        stage(0);
    }
    void stage(int percent) { core::applySimulatedTrafficStage(200, percent, {old1.get(), old2.get()}, {new1.get(), new2.get()}); }
    QList<core::CutoverNode> nodes() const
    {
        return {{old1->adminUrl(), false}, {old2->adminUrl(), false}, {new1->adminUrl(), true}, {new2->adminUrl(), true}};
    }
    using SimulatedKongNodePtr = std::unique_ptr<core::SimulatedKongNode>;
    SimulatedKongNodePtr old1 = std::make_unique<core::SimulatedKongNode>("old-1", Start);
    SimulatedKongNodePtr old2 = std::make_unique<core::SimulatedKongNode>("old-2", Start);
    SimulatedKongNodePtr new1 = std::make_unique<core::SimulatedKongNode>("new-1", "2.5.0");
    SimulatedKongNodePtr new2 = std::make_unique<core::SimulatedKongNode>("new-2", "2.5.0");
};

} // namespace

class CutoverFlow : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        wizard.state().journalDir = journals.path();
        wizard.checkpointsPage()->setMonitorInterval(200ms);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    }
    /// A 2.0 datastore after `up` to 2.5, the wizard state as if it had run up itself.
    void upDoneOutsideTheWizard()
    {
        ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, Start).ok());
        const core::RunReport up = test::runEngine(settings(), core::MigrationCommand::Up, Target);
        ASSERT_TRUE(up.ok());
        ui::WizardState &st = wizard.state();
        st.settings = settings();
        st.target = *st.catalog->resolve(Target);
        st.upReport = up;
        auto j = core::Journal::create(journals.path(), settings().toString(), "guided-upgrade");
        ASSERT_TRUE(j);
        st.journal = *j;
    }
    void next()
    {
        ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << wizard.currentId();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    void waitFinishPlanned()
    {
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::FinishPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.finishPage()->confirmEdit()->isVisible()
                                                 && wizard.finishPage()->logView() && planned; }, 15000));
    }
    void verify(bool expectOk)
    {
        QSignalSpy verified(wizard.checkpointsPage(), &ui::CheckpointsPage::verified);
        QTest::mouseClick(wizard.checkpointsPage()->verifyButton(), Qt::LeftButton);
        ASSERT_TRUE(verified.wait(10000));
        ASSERT_EQ(verified.first().first().toBool(), expectOk)
            << qPrintable(wizard.checkpointsPage()->nodeMessage()->text());
    }
    int journalCount(const QString &step, const QString &event)
    {
        EXPECT_TRUE(wizard.state().flushJournal(10000)); // the journal is saved on a worker thread
        auto j = core::Journal::load(wizard.state().journal->path());
        int n = 0;
        for (const core::JournalEvent &e : j->events())
            n += e.step == step && e.event == event;
        return n;
    }

    QTemporaryDir journals;
    ui::UpgradeWizard wizard;
    bool planned = false;
};

TEST_F(CutoverFlow, FinishIsDisabledUntilTheCheckpointsPassOrAnOverrideIsGiven)
{
    upDoneOutsideTheWizard();
    QObject::connect(wizard.finishPage(), &ui::RunPage::planReady, [this](bool ok) { planned = ok; });
    wizard.startAt(ui::UpgradeWizard::FinishPageId);
    waitFinishPlanned();
    ui::RunPage *finish = wizard.finishPage();
    ui::FinishGate *gate = wizard.finishGate();
    QTest::keyClicks(finish->confirmEdit(), m_db);
    EXPECT_FALSE(finish->runButton()->isEnabled()) << "no checkpoint has passed";
    EXPECT_TRUE(gate->statusLabel()->text().contains("0 of 4")) << qPrintable(gate->statusLabel()->text());
    EXPECT_FALSE(gate->reasonEdit()->isEnabled());
    ASSERT_TRUE(gate->overrideBox()->isVisible());
    QTest::mouseClick(gate->overrideBox(), Qt::LeftButton, {}, QPoint(8, gate->overrideBox()->height() / 2)); // the box, not the row's end
    ASSERT_TRUE(gate->overrideBox()->isChecked());
    EXPECT_FALSE(finish->runButton()->isEnabled()) << "override without a reason";
    QTest::keyClicks(gate->reasonEdit(), "x");
    EXPECT_FALSE(finish->runButton()->isEnabled()) << "\"x\" is not a reason";
    const QString reason = "old nodes already shut down by the platform team";
    gate->reasonEdit()->clear();
    QTest::keyClicks(gate->reasonEdit(), reason);
    ASSERT_TRUE(finish->runButton()->isEnabled());
    EXPECT_EQ(journalCount("finish", "override"), 0) << "journaled when finish runs, not while typing";

    QSignalSpy done(finish, &ui::RunPage::runFinished);
    QTest::mouseClick(finish->runButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(60000));
    ASSERT_TRUE(done.first().first().toBool()) << qPrintable(finish->logView()->toPlainText());
    ASSERT_TRUE(wizard.state().flushJournal(10000));
    auto j = core::Journal::load(wizard.state().journal->path());
    ASSERT_TRUE(j);
    const core::JournalEvent *override = j->last("finish", "override");
    ASSERT_NE(override, nullptr);
    EXPECT_EQ(override->detail, reason);
    EXPECT_EQ(override->data.value("checkpoints_passed"), "0");
    EXPECT_EQ(override->data.value("checkpoints_total"), "4");
}

TEST_F(CutoverFlow, FinishIsEnabledOnceEveryCheckpointPassed)
{
    upDoneOutsideTheWizard();
    core::Checkpoints &cp = wizard.state().checkpoints;
    ASSERT_TRUE(cp.pass("configured", "same db"));
    ASSERT_TRUE(cp.pass("verified", "ok"));
    cp.setStages({100});
    QObject::connect(wizard.finishPage(), &ui::RunPage::planReady, [this](bool ok) { planned = ok; });
    wizard.startAt(ui::UpgradeWizard::FinishPageId);
    waitFinishPlanned();
    QTest::keyClicks(wizard.finishPage()->confirmEdit(), m_db);
    EXPECT_FALSE(wizard.finishPage()->runButton()->isEnabled()) << "2 of 4";
    ASSERT_TRUE(cp.confirmStage(100));
    ASSERT_TRUE(cp.pass("decommissioned", "quiet"));
    wizard.finishGate()->refresh();
    EXPECT_TRUE(wizard.finishPage()->runButton()->isEnabled());
    EXPECT_FALSE(wizard.finishGate()->overrideBox()->isVisible());
}

TEST_F(CutoverFlow, CheckpointsPageVerifiesSimulatedNodesAndCatchesAWrongVersion)
{
    upDoneOutsideTheWizard();
    SimulatedCluster cluster(m_db);
    cluster.new2->setVersion("2.4.1"); // forgot to upgrade one new node
    wizard.startAt(ui::UpgradeWizard::CheckpointsPageId);
    ui::CheckpointsPage *page = wizard.checkpointsPage();
    page->setNodes(cluster.nodes());
    page->oldVersionEdit()->setText("2.0");
    verify(false);
    QTreeWidget *results = page->nodeResults();
    ASSERT_EQ(results->topLevelItemCount(), 4);
    EXPECT_TRUE(results->topLevelItem(0)->text(4).startsWith("OK")) << qPrintable(results->topLevelItem(0)->text(4));
    EXPECT_EQ(results->topLevelItem(3)->text(2), "2.4.1");
    EXPECT_TRUE(results->topLevelItem(3)->text(4).contains("2.5.x")) << qPrintable(results->topLevelItem(3)->text(4));
    EXPECT_TRUE(wizard.state().checkpoints.isDone("configured")) << "both new nodes use this database";
    EXPECT_FALSE(wizard.state().checkpoints.isDone("verified"));

    cluster.new2->setVersion("2.5.1");
    verify(true);
    EXPECT_TRUE(wizard.state().checkpoints.isDone("verified"));
    EXPECT_EQ(page->checkpointList()->item(1)->checkState(), Qt::Checked);
    // a typo in a URL is reported with its line, not sent anywhere
    page->newNodesEdit()->setPlainText(cluster.new1->adminUrl().toString() + "\nhttp//broken");
    QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
    EXPECT_TRUE(page->nodeMessage()->text().contains("line 2")) << qPrintable(page->nodeMessage()->text());
}

TEST_F(CutoverFlow, GuidedUpgradeFromKong20ThroughTheCutoverReachesAFinished25Datastore)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, Start).ok());
    SimulatedCluster cluster(m_db);
    next(); // Welcome: guided upgrade
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ConnectionPageId);
    wizard.connectionPage()->applySettings(settings(), "test");
    QSignalSpy probed(wizard.connectionPage(), &ui::ConnectionPage::probeFinished);
    QTest::mouseClick(wizard.connectionPage()->testButton(), Qt::LeftButton);
    ASSERT_TRUE(probed.wait(15000));
    next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.versionPage()->isInspecting() && wizard.state().state.has_value(); }, 15000));
    EXPECT_EQ(wizard.versionPage()->deploymentBox()->currentData().toInt(), int(core::DeploymentKind::Traditional));
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::AssessmentPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.assessmentPage()->assessment().has_value(); }, 20000));
    QTreeWidget *findings = wizard.assessmentPage()->findingsView();
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        if (findings->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
            findings->topLevelItem(i)->setCheckState(0, Qt::Checked);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::SnapshotPageId);
    QTest::keyClicks(wizard.snapshotPage()->skipReasonEdit(), "scratch database of an automated test");
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::RehearsalPageId); // rehearsed in RehearsalFlowTest
    wizard.rehearsalPage()->skipBox()->setChecked(true);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::UpPageId);
    ui::RunPage *up = wizard.upPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return up->runButton()->isEnabled(); }, 15000));
    QSignalSpy upDone(up, &ui::RunPage::runFinished);
    QTest::mouseClick(up->runButton(), Qt::LeftButton);
    ASSERT_TRUE(upDone.wait(60000));
    ASSERT_TRUE(upDone.first().first().toBool()) << qPrintable(up->logView()->toPlainText());
    next();

    // the cutover
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::CheckpointsPageId);
    ui::CheckpointsPage *page = wizard.checkpointsPage();
    // polling, verifying and scanning all happen off the UI thread (the test's own SQL below
    // blocks it, so the watch pauses around that)
    auto dog = std::make_unique<test::UiWatchdog>();
    EXPECT_EQ(page->oldVersionEdit()->text(), "2.0") << "inferred from schema_meta before up";
    QObject::connect(page, &ui::CheckpointsPage::stageStarted, page, [&cluster](int percent) { cluster.stage(percent); });
    page->setNodes(cluster.nodes());
    page->stagesEdit()->setText("50, 100");
    QMetaObject::invokeMethod(page->stagesEdit(), "editingFinished");
    page->decommissionPeriod()->setValue(1);
    verify(true);
    page->tabs()->setCurrentIndex(1); // Traffic
    for (int stage : {50, 100}) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return page->confirmStageButton()->isEnabled(); }, 15000))
            << stage << " % never observed: " << qPrintable(page->stageLabel()->text());
        QTest::mouseClick(page->confirmStageButton(), Qt::LeftButton);
    }
    EXPECT_TRUE(wizard.state().checkpoints.isDone("traffic"));
    EXPECT_FALSE(wizard.state().checkpoints.isDone("decommissioned"));
    cluster.old1->stop(); // one old node shut down, the other out of the load balancer (idle)
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.state().checkpoints.allDone(); }, 15000))
        << qPrintable(page->decommissionLabel()->text());

    // an Admin API write through a new node would land in the shared datastore: it is listed
    qint64 worstGapMs = dog->worstGapMs();
    std::cout << "[ figures ] cutover: worst UI-thread gap " << worstGapMs << " ms, ending " << dog->worstGapEndedAtMs()
              << " ms after the watch started (verification starts at 0, the Traffic tab opens after it)" << std::endl;
    dog.reset();
    sql("INSERT INTO services (id, name, host, port, protocol, ws_id, created_at, updated_at) SELECT gen_random_uuid(), "
        "'made-during-cutover', 'example.com', 80, 'http', id, now(), now() FROM workspaces LIMIT 1"); // as Kong's DAO writes it
    page->tabs()->setCurrentIndex(3); // Changed since up
    dog = std::make_unique<test::UiWatchdog>(); // the scan runs on a worker
    QSignalSpy scanned(page, &ui::CheckpointsPage::entitiesScanned);
    QTest::mouseClick(page->refreshEntitiesButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !scanned.isEmpty() && scanned.last().first().toLongLong() > 0; }, 10000))
        << qPrintable(page->entitiesLabel()->text());
    ASSERT_EQ(scanned.last().first().toLongLong(), 1);
    EXPECT_EQ(page->entitiesView()->topLevelItem(0)->text(0), "services");
    EXPECT_EQ(page->entitiesView()->topLevelItem(0)->text(1), "made-during-cutover");
    worstGapMs = std::max(worstGapMs, dog->worstGapMs()); // (finish's run is watched in WizardFlowTest)
    next();

    // finish: open without any override
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::FinishPageId);
    ui::RunPage *finish = wizard.finishPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finish->confirmEdit()->isVisible(); }, 5000));
    EXPECT_FALSE(wizard.finishGate()->overrideBox()->isVisible());
    QTest::keyClicks(finish->confirmEdit(), m_db);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finish->runButton()->isEnabled(); }, 15000));
    QSignalSpy finishDone(finish, &ui::RunPage::runFinished);
    QTest::mouseClick(finish->runButton(), Qt::LeftButton);
    ASSERT_TRUE(finishDone.wait(60000));
    ASSERT_TRUE(finishDone.first().first().toBool()) << qPrintable(finish->logView()->toPlainText());
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::SummaryPageId);

    // a finished 2.5 datastore: nothing pending anywhere
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").startsWith("012_213_to_220|")) << qPrintable(test::schemaMetaRow(settings(), "core"));
    auto conn = connect();
    auto pending = conn->exec("SELECT count(*) FROM schema_meta WHERE pending IS NOT NULL AND pending <> '{}'");
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->integer(0, 0), 0);
    // Network, database and journal (JournalWriter) work are all off the UI thread. What is left
    // is UI work: the first Admin API requests and the traffic chart's first paint, while the
    // simulated nodes also answer on this thread. Measured at load ~11 on 2 cores (11 runs):
    // 51–169 ms, median ~70 ms (before the JournalWriter: 101–111 ms and a 250 ms bar).
    std::cout << "[ figures ] cutover phase: worst UI-thread gap " << worstGapMs << " ms" << std::endl;
    EXPECT_LT(worstGapMs, 200) << "the UI thread waited on the network, the database or the disk";

    ASSERT_TRUE(wizard.state().flushJournal(10000));
    const auto listed = core::Journal::list(journals.path());
    ASSERT_EQ(listed.size(), 1);
    int passed = 0;
    for (const core::JournalEvent &e : listed.first().events())
        passed += e.step == "checkpoints" && e.event == "passed";
    EXPECT_EQ(passed, 4);
    EXPECT_EQ(listed.first().last("finish", "override"), nullptr);
    const core::Checkpoints restored = core::Checkpoints::restore(listed.first().events());
    EXPECT_TRUE(restored.allDone()) << "resume sees the cutover as done";
    EXPECT_EQ(restored.nodes().size(), 4);
}

TEST_F(CutoverFlow, HybridReadsTheDataPlanesFromTheDatastoreWhenTheAdminApiRefuses)
{
    upDoneOutsideTheWizard();
    // The Control Plane records each Data Plane that pings it; an expired row is not listed.
    sql("INSERT INTO clustering_data_planes (id, hostname, ip, config_hash, version, sync_status, ttl) VALUES "
        "('6a1f0c3e-2b4d-4e8f-9a0b-1c2d3e4f5a01', 'dp-db-1', '10.0.0.1', 'h', '2.5.0', 'normal', now() + interval '1 hour'), "
        "('6a1f0c3e-2b4d-4e8f-9a0b-1c2d3e4f5a02', 'dp-gone', '10.0.0.2', 'h', '2.0.5', 'normal', now() - interval '1 hour')");
    core::SimulatedKongNode oldCp("old-cp", Start), newCp("new-cp", "2.5.0");
    for (core::SimulatedKongNode *n : {&oldCp, &newCp}) {
        n->setRole("control_plane");
        n->setDatastore("127.0.0.1", 5432, m_db);
        ASSERT_TRUE(n->start());
    }
    newCp.setDataPlanesForbidden(true); // RBAC: GET /clustering/data-planes answers 403
    wizard.state().deployment = core::DeploymentKind::Hybrid;
    wizard.startAt(ui::UpgradeWizard::CheckpointsPageId);
    ui::CheckpointsPage *page = wizard.checkpointsPage();
    page->setNodes({{oldCp.adminUrl(), false}, {newCp.adminUrl(), true}});
    page->oldVersionEdit()->setText("2.0");
    verify(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.state().checkpoints.isDone("data-planes"); }, 10000))
        << qPrintable(page->nodeMessage()->text());
    QTreeWidget *dps = page->dataPlanesView()->table();
    ASSERT_EQ(dps->topLevelItemCount(), 1) << "the expired row is left out";
    EXPECT_EQ(dps->topLevelItem(0)->text(0), "dp-db-1");
    EXPECT_EQ(dps->topLevelItem(0)->text(2), "2.5.0");
    EXPECT_TRUE(page->dataPlanesView()->statusLabel()->text().contains("clustering_data_planes"))
        << qPrintable(page->dataPlanesView()->statusLabel()->text());
    EXPECT_TRUE(page->nodeMessage()->text().contains("403")) << qPrintable(page->nodeMessage()->text());
    const core::JournalEvent *passed = wizard.state().journal->last("checkpoints", "passed");
    ASSERT_NE(passed, nullptr);
    EXPECT_TRUE(passed->detail.contains("clustering_data_planes")) << qPrintable(passed->detail);
    if (const QString dir = qEnvironmentVariable("KUW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page->tabs()->setCurrentIndex(1);
        wizard.grab().save(dir + "/cutover-hybrid-data-planes-from-datastore.png");
    }
}

TEST_F(CutoverFlow, HelmDeploymentListsTheCommandsAndConfirmsReleasesInOrder)
{
    upDoneOutsideTheWizard();
    wizard.state().deployment = core::DeploymentKind::KubernetesHelm;
    wizard.state().helmReleases = 2;
    wizard.startAt(ui::UpgradeWizard::CheckpointsPageId);
    ui::CheckpointsPage *page = wizard.checkpointsPage();
    EXPECT_EQ(page->tabs()->count(), 2) << "Helm releases and changed entities, no node provisioning";
    ui::HelmCommandsView *helm = page->helmView();
    ASSERT_EQ(helm->commands().size(), 2);
    EXPECT_TRUE(helm->commands().at(0).command.contains("image.tag=2.5 "));
    EXPECT_TRUE(helm->commands().at(0).preUpgrade);
    EXPECT_TRUE(helm->commands().at(1).postUpgrade);
    EXPECT_FALSE(helm->confirmButton(1)->isEnabled()) << "release 2 before release 1";
    QTest::mouseClick(helm->confirmButton(0), Qt::LeftButton);
    EXPECT_TRUE(wizard.state().checkpoints.isDone("release-1"));
    ASSERT_TRUE(helm->confirmButton(1)->isEnabled());
    QTest::mouseClick(helm->confirmButton(1), Qt::LeftButton);
    EXPECT_TRUE(wizard.state().checkpoints.allDone());
    EXPECT_EQ(journalCount("checkpoints", "passed"), 2);
}

TEST_F(CutoverFlow, HybridVerifiesTheControlPlaneThenItsDataPlanes)
{
    upDoneOutsideTheWizard();
    core::SimulatedKongNode oldCp("old-cp", Start), newCp("new-cp", "2.5.0");
    for (core::SimulatedKongNode *n : {&oldCp, &newCp}) {
        n->setRole("control_plane");
        n->setDatastore("127.0.0.1", 5432, m_db);
        ASSERT_TRUE(n->start());
    }
    newCp.setDataPlanes({{"id-1", "dp-1", "10.0.0.1", "2.5.0", "normal", "h", 0},
                         {"id-2", "dp-2", "10.0.0.2", "2.0.5", "normal", "h", 0}});
    wizard.state().deployment = core::DeploymentKind::Hybrid;
    wizard.startAt(ui::UpgradeWizard::CheckpointsPageId);
    ui::CheckpointsPage *page = wizard.checkpointsPage();
    page->setNodes({{oldCp.adminUrl(), false}, {newCp.adminUrl(), true}});
    page->oldVersionEdit()->setText("2.0");
    EXPECT_EQ(page->tabs()->count(), 4) << "Control Plane, Data Planes, Decommission, Changed since up";
    EXPECT_EQ(page->tabs()->widget(1), page->dataPlanesView());
    verify(true);
    EXPECT_TRUE(wizard.state().checkpoints.isDone("control-plane"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->nodeMessage()->text().contains("dp-2"); }, 10000));
    EXPECT_FALSE(wizard.state().checkpoints.isDone("data-planes")) << "dp-2 still runs 2.0.5";
    // the Data Planes tab lists both with their versions and flags the old one
    QTreeWidget *dps = page->dataPlanesView()->table();
    ASSERT_EQ(dps->topLevelItemCount(), 2);
    EXPECT_EQ(dps->topLevelItem(0)->text(2), "2.5.0");
    EXPECT_TRUE(dps->topLevelItem(0)->text(5).startsWith("OK")) << qPrintable(dps->topLevelItem(0)->text(5));
    EXPECT_EQ(dps->topLevelItem(1)->text(0), "dp-2");
    EXPECT_EQ(dps->topLevelItem(1)->text(2), "2.0.5");
    EXPECT_TRUE(dps->topLevelItem(1)->text(5).contains("2.5.x")) << qPrintable(dps->topLevelItem(1)->text(5));
    EXPECT_EQ(page->dataPlanesView()->outdatedCount(), 1);
    EXPECT_TRUE(page->dataPlanesView()->statusLabel()->text().contains("1 of 2")) << qPrintable(page->dataPlanesView()->statusLabel()->text());
    if (const QString dir = qEnvironmentVariable("KUW_SCREENSHOT_DIR"); !dir.isEmpty()) { // for reviewing the page
        page->tabs()->setCurrentIndex(1);
        wizard.grab().save(dir + "/cutover-hybrid-data-planes.png");
        const QPalette light = wizard.palette();
        QPalette dark = light; // the Data Planes list is redrawn by the next poll in these colours
        for (auto [role, colour] : {std::pair{QPalette::Window, "#2b2b2b"}, {QPalette::Base, "#1e1e1e"}, {QPalette::Button, "#353535"},
                                    {QPalette::WindowText, "#eeeeee"}, {QPalette::Text, "#eeeeee"}, {QPalette::ButtonText, "#eeeeee"}})
            dark.setColor(role, QColor(colour));
        wizard.setPalette(dark);
        QTest::qWait(600);
        wizard.grab().save(dir + "/cutover-hybrid-data-planes-dark.png");
        wizard.setPalette(light);
        page->tabs()->setCurrentIndex(0);
        wizard.grab().save(dir + "/cutover-hybrid-control-plane.png");
    }
    // dp-2 is replaced by a 2.5 Data Plane: the poll notices it without another verification
    newCp.setDataPlanes({{"id-1", "dp-1", "10.0.0.1", "2.5.0", "normal", "h", 0},
                         {"id-3", "dp-3", "10.0.0.3", "2.5.1", "normal", "h", 0}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.state().checkpoints.isDone("data-planes"); }, 10000))
        << qPrintable(page->dataPlanesView()->statusLabel()->text());
    EXPECT_EQ(page->dataPlanesView()->outdatedCount(), 0);
    EXPECT_EQ(journalCount("checkpoints", "passed"), 3) << "configured, control-plane, data-planes";
    if (const QString dir = qEnvironmentVariable("KUW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page->tabs()->setCurrentIndex(1);
        wizard.grab().save(dir + "/cutover-hybrid-data-planes-done.png");
    }
    // An old Data Plane rejoins before the old Control Plane is retired: the checkpoint reopens.
    newCp.setDataPlanes({{"id-1", "dp-1", "10.0.0.1", "2.5.0", "normal", "h", 0},
                         {"id-4", "dp-4", "10.0.0.4", "2.0.5", "normal", "h", 0}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.state().checkpoints.isDone("data-planes"); }, 10000));
    EXPECT_EQ(journalCount("checkpoints", "reopened"), 1);
    const core::JournalEvent *reopened = wizard.state().journal->last("checkpoints", "reopened");
    ASSERT_NE(reopened, nullptr);
    EXPECT_TRUE(reopened->detail.contains("dp-4")) << qPrintable(reopened->detail);
    EXPECT_TRUE(wizard.state().checkpoints.isDone("control-plane")) << "earlier checkpoints stand";
}
