// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real wizard over the real core against a scratch PostgreSQL, as an admin would.
#include "UpgradeWizard.h"
#include "pages/AssessmentPage.h"
#include "pages/ConnectionPage.h"
#include "pages/RehearsalPage.h"
#include "pages/RunPage.h"
#include "pages/SnapshotPage.h"
#include "pages/SummaryPage.h"
#include "pages/VersionPage.h"
#include "pages/WelcomePage.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "support/UiWatchdog.h"
#include "widgets/FinishGate.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace kuw;
using kuw::test::DatabaseTest;


class WizardFlow : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        wizard.state().journalDir = journals.path();
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    }
    void next()
    {
        ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << wizard.currentId();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    void connectPage()
    {
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ConnectionPageId);
        wizard.connectionPage()->applySettings(settings(), "test");
        QSignalSpy probed(wizard.connectionPage(), &ui::ConnectionPage::probeFinished);
        QTest::mouseClick(wizard.connectionPage()->testButton(), Qt::LeftButton);
        ASSERT_TRUE(probed.wait(15000));
        ASSERT_TRUE(probed.first().first().toBool());
        next();
    }
    void waitInspected()
    {
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::VersionPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.versionPage()->isInspecting() && wizard.state().state.has_value(); }, 15000));
    }
    void run(ui::RunPage *page)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return page->runButton()->isEnabled(); }, 15000));
        QSignalSpy done(page, &ui::RunPage::runFinished);
        QTest::mouseClick(page->runButton(), Qt::LeftButton);
        test::UiWatchdog dog; // the UI thread keeps ticking while the job runs on a worker
        ASSERT_TRUE(done.wait(60000));
        worstGapMs = std::max(worstGapMs, dog.worstGapMs());
        ASSERT_TRUE(done.first().first().toBool()) << qPrintable(page->logView()->toPlainText());
    }

    QTemporaryDir journals;
    ui::UpgradeWizard wizard;
    qint64 worstGapMs = 0;
};

TEST_F(WizardFlow, GuidedUpgradeFromKong15ReachesAFinished25Datastore)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1").ok());
    next(); // Welcome: guided upgrade is the default
    connectPage();
    waitInspected();
    EXPECT_EQ(wizard.versionPage()->targetBox()->currentText(), "2.5.2");
    EXPECT_EQ(wizard.state().state->kind(), core::SchemaState::Kind::NewMigrations);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::AssessmentPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.assessmentPage()->assessment().has_value(); }, 20000));
    EXPECT_FALSE(wizard.assessmentPage()->assessment()->hasBlocker()) << qPrintable(wizard.assessmentPage()->assessment()->toText());
    // acknowledge every warning, as an admin must
    QTreeWidget *findings = wizard.assessmentPage()->findingsView();
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        if (findings->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
            findings->topLevelItem(i)->setCheckState(0, Qt::Checked);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::SnapshotPageId);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no snapshot, no reason yet
    QTest::keyClicks(wizard.snapshotPage()->skipReasonEdit(), "x");
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // not a reason
    QSignalSpy snap(wizard.snapshotPage(), &ui::SnapshotPage::snapshotFinished);
    QTest::mouseClick(wizard.snapshotPage()->snapshotButton(), Qt::LeftButton);
    ASSERT_TRUE(snap.wait(60000));
    ASSERT_TRUE(snap.first().first().toBool());
    EXPECT_TRUE(QFile::exists(wizard.snapshotPage()->snapshotPath()));
    QFile::remove(wizard.snapshotPage()->snapshotPath());
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::RehearsalPageId); // rehearsed in RehearsalFlowTest
    wizard.rehearsalPage()->skipBox()->setChecked(true);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::UpPageId);
    run(wizard.upPage());
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isEnabled()); // no way back past a run
    EXPECT_EQ(test::schemaMetaRow(settings(), "core").section('|', 2), "{008_150_to_200,009_200_to_210,012_213_to_220}");
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::CheckpointsPageId);
    next(); // no nodes here (CutoverFlowTest has them): finish needs the override below
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::FinishPageId);
    wizard.finishGate()->overrideBox()->setChecked(true);
    QTest::keyClicks(wizard.finishGate()->reasonEdit(), "scratch datastore, no Kong nodes");
    ui::RunPage *finish = wizard.finishPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finish->confirmEdit()->isVisible(); }, 5000));
    QTest::qWait(300);
    EXPECT_FALSE(finish->runButton()->isEnabled()); // destructive: typed confirmation first
    QTest::keyClicks(finish->confirmEdit(), "wrong");
    EXPECT_FALSE(finish->runButton()->isEnabled());
    finish->confirmEdit()->clear();
    QTest::keyClicks(finish->confirmEdit(), m_db);
    run(finish);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::SummaryPageId);
    EXPECT_TRUE(wizard.summaryPage()->text().contains("Finish: 12 step(s)")) << qPrintable(wizard.summaryPage()->text());
    ASSERT_TRUE(wizard.state().flushJournal(10000)); // the journal is saved on a worker thread
    EXPECT_NE(core::Journal::list(journals.path()).first().last("assessment", "checked"), nullptr);
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").startsWith("012_213_to_220|"));
    EXPECT_LT(worstGapMs, 100);
    // the journal recorded the session and is closed
    const auto listed = core::Journal::list(journals.path());
    ASSERT_EQ(listed.size(), 1);
    EXPECT_TRUE(listed.first().isClosed());
    EXPECT_NE(listed.first().last("up", "done"), nullptr);
    EXPECT_NE(listed.first().last("finish", "confirmed"), nullptr);
}

TEST_F(WizardFlow, FreshInstallBootstrapsTheChosenVersion)
{
    wizard.welcomePage()->setMode(ui::WizardMode::FreshInstall);
    next();
    connectPage();
    waitInspected();
    wizard.versionPage()->targetBox()->setCurrentText("2.1.4");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard.versionPage()->isInspecting() && wizard.state().state.has_value()
                                             && wizard.state().target.toString() == "2.1.4"; }, 15000));
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::BootstrapPageId);
    run(wizard.bootstrapPage());
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::SummaryPageId);
    EXPECT_TRUE(wizard.summaryPage()->text().contains("kong start"));
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").startsWith("011_212_to_213|"));
}

TEST_F(WizardFlow, GuidedUpgradeRefusesAnEmptyDatastore)
{
    next();
    connectPage();
    waitInspected();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_F(WizardFlow, ABlockerStopsTheWizardUntilResolved)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.0.5").ok());
    sql("INSERT INTO locks VALUES ('migrations', 'other-node', now() + interval '10 minutes')");
    next();
    connectPage();
    waitInspected();
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::AssessmentPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.assessmentPage()->assessment().has_value(); }, 20000));
    EXPECT_TRUE(wizard.assessmentPage()->assessment()->hasBlocker());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    sql("DELETE FROM locks");
    // (Re-check is the page's only push button)
    QTest::mouseClick(wizard.assessmentPage()->findChild<QPushButton *>(), Qt::LeftButton); // Re-check
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.assessmentPage()->assessment().has_value()
                                             && !wizard.assessmentPage()->assessment()->hasBlocker(); }, 20000));
}

TEST_F(WizardFlow, UnfinishedSessionIsOfferedForResume)
{
    auto j = core::Journal::create(journals.path(), "kong@db/kong", "guided-upgrade");
    ASSERT_TRUE(j);
    ASSERT_TRUE(j->append("up", "done", "19 steps"));
    wizard.restart();
    auto *list = wizard.welcomePage()->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->count(), 0); // listed by a worker, not on the UI thread during restart()
    QSignalSpy listed(wizard.welcomePage(), &ui::WelcomePage::sessionsListed);
    ASSERT_TRUE(listed.wait(5000));
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains("last step: up"));
}
