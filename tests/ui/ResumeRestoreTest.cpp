// SPDX-License-Identifier: GPL-3.0-or-later
// Session resume (a new wizard after the old one was destroyed mid-flow) and snapshot
// restore (Welcome → Restore page, Snapshot page → dialog) against the real scratch PostgreSQL.
#include "UpgradeWizard.h"
#include "session/Checkpoints.h"
#include "pages/AssessmentPage.h"
#include "pages/ConnectionPage.h"
#include "pages/RehearsalPage.h"
#include "pages/RestorePage.h"
#include "pages/ResumePage.h"
#include "pages/RunPage.h"
#include "pages/SnapshotPage.h"
#include "pages/VersionPage.h"
#include "pages/WelcomePage.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "widgets/RestorePanel.h"
#include "widgets/RestoreSnapshotDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kuw;
using kuw::test::DatabaseTest;
using W = ui::UpgradeWizard;

class ResumeRestoreUi : public DatabaseTest
{
protected:
    std::unique_ptr<W> makeWizard()
    {
        auto w = std::make_unique<W>();
        w->state().journalDir = m_tmp.filePath("journals");
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
    static void next(W &w)
    {
        ASSERT_TRUE(w.button(QWizard::NextButton)->isEnabled()) << w.currentId();
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    }
    /// Tests the connection with the settings the page holds (prefilled by kong.conf, the
    /// journal or `apply`), then goes on.
    void testConnectionAndGoOn(W &w, bool apply)
    {
        ASSERT_EQ(w.currentId(), W::ConnectionPageId);
        if (apply)
            w.connectionPage()->applySettings(settings(), "test");
        QSignalSpy probed(w.connectionPage(), &ui::ConnectionPage::probeFinished);
        QTest::mouseClick(w.connectionPage()->testButton(), Qt::LeftButton);
        ASSERT_TRUE(probed.wait(15000));
        ASSERT_TRUE(probed.first().first().toBool());
        next(w);
    }
    /// Welcome → (resume the latest session) → Connection from the journal → Resume page checked.
    void resume(W &w)
    {
        ASSERT_EQ(w.currentId(), W::WelcomePageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.welcomePage()->resumeLatestButton()->isVisible(); }, 5000));
        shoot(w, "welcome-resume-offer");
        QTest::mouseClick(w.welcomePage()->resumeLatestButton(), Qt::LeftButton);
        ASSERT_EQ(w.connectionPage()->settings().database, m_db); // prefilled from the journal
        ASSERT_EQ(w.connectionPage()->settings().host, settings().host);
        testConnectionAndGoOn(w, false);
        ASSERT_EQ(w.currentId(), W::ResumePageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.resumePage()->isComplete(); }, 15000))
            << qPrintable(w.resumePage()->summaryLabel()->text());
        shoot(w, "resume-page");
    }
    /// KUW_SCREENSHOT_DIR=DIR saves the window as DIR/<name>.png (for reviewing the pages).
    static void shoot(QWidget &w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("KUW_SCREENSHOT_DIR"); !dir.isEmpty())
            w.grab().save(dir + "/" + name + ".png");
    }
    QString dumps(const core::ConnectionSettings &s) { return test::schemaDump(s) + test::dataDump(s); }

    QTemporaryDir m_tmp;
};

TEST_F(ResumeRestoreUi, AfterTheWizardIsDestroyedPastUpANewOneResumesAfterUpWithTheStateRechecked)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1").ok());
    {
        auto w = makeWizard();
        next(*w);
        testConnectionAndGoOn(*w, true);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !w->versionPage()->isInspecting() && w->state().state.has_value(); }, 15000));
        next(*w);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w->assessmentPage()->assessment().has_value(); }, 20000));
        QTreeWidget *findings = w->assessmentPage()->findingsView();
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            if (findings->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
                findings->topLevelItem(i)->setCheckState(0, Qt::Checked);
        next(*w);
        ASSERT_EQ(w->currentId(), W::SnapshotPageId);
        QTest::keyClicks(w->snapshotPage()->skipReasonEdit(), "test datastore, nothing to keep");
        next(*w);
        ASSERT_EQ(w->currentId(), W::RehearsalPageId);
        w->rehearsalPage()->skipBox()->setChecked(true);
        next(*w);
        ASSERT_EQ(w->currentId(), W::UpPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w->upPage()->runButton()->isEnabled(); }, 15000));
        QSignalSpy done(w->upPage(), &ui::RunPage::runFinished);
        QTest::mouseClick(w->upPage()->runButton(), Qt::LeftButton);
        ASSERT_TRUE(done.wait(60000));
        ASSERT_TRUE(done.first().first().toBool());
        // the first cutover checkpoint passes, as the checkpoints page journals it
        core::Checkpoints &cp = w->state().checkpoints;
        auto passed = cp.pass(cp.items().first().id, "new nodes configured against the datastore");
        ASSERT_TRUE(passed);
        w->state().record(core::Checkpoints::Step, passed->event, passed->detail, passed->data);
    } // the wizard (the "app") goes away mid-flow, between up and finish

    auto w = makeWizard();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->welcomePage()->sessionsView()->count() == 1; }, 5000));
    EXPECT_TRUE(w->welcomePage()->sessionsView()->item(0)->text().contains("last step: checkpoints"));
    resume(*w);
    EXPECT_EQ(w->state().state->kind(), core::SchemaState::Kind::PendingMigrations); // re-read, not assumed
    EXPECT_EQ(w->state().target.toString(), "2.5.2");                               // from the journal
    ASSERT_EQ(w->resumePage()->point()->step, core::ResumePoint::Step::AfterUp);
    next(*w);
    EXPECT_EQ(w->currentId(), w->upPage()->nextId());
    EXPECT_EQ(w->currentId(), W::CheckpointsPageId); // the cutover checkpoints come before finish
    EXPECT_EQ(w->state().checkpoints.doneCount(), 1); // the cutover resumes where it stopped
    // the same journal continues
    ASSERT_TRUE(w->state().flushJournal(10000)); // the journal is saved on a worker thread
    const auto journals = core::Journal::list(m_tmp.filePath("journals"));
    ASSERT_EQ(journals.size(), 1);
    EXPECT_NE(journals.first().last("resume", "resumed"), nullptr);
    EXPECT_NE(journals.first().last("up", "done"), nullptr);
}

TEST_F(ResumeRestoreUi, ResumeBelievesTheDatastoreOverTheJournal)
{
    // The journal stopped after up; meanwhile finish ran (e.g. from the CLI).
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.0.5").ok());
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Up, "2.5.2").ok());
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Finish, "2.5.2").ok());
    auto j = core::Journal::create(m_tmp.filePath("journals"), settings().toString(), "guided-upgrade");
    ASSERT_TRUE(j);
    ASSERT_TRUE(j->append("version", "chosen", "2.5.2"));
    ASSERT_TRUE(j->append("up", "started", "7 step(s)"));
    ASSERT_TRUE(j->append("up", "done", "7 step(s)"));
    auto w = makeWizard();
    resume(*w);
    EXPECT_EQ(w->resumePage()->point()->step, core::ResumePoint::Step::Summary);
    next(*w);
    EXPECT_EQ(w->currentId(), W::SummaryPageId);
}

TEST_F(ResumeRestoreUi, SnapshotThenRestoreInPlaceFromWelcomeLeavesTheDatastoreEqualToBefore)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.0.5").ok());
    sql("INSERT INTO services (id, name, protocol, host, port) VALUES "
        " ('a0000000-0000-4000-8000-000000000001', 'billing', 'http', 'billing.internal', 8080);"
        "INSERT INTO consumers (id, username) VALUES ('c0000000-0000-4000-8000-000000000001', 'alice');");
    const QString before = dumps(settings());
    auto w = makeWizard();
    w->state().settings = settings();
    w->startAt(W::SnapshotPageId);
    QSignalSpy snap(w->snapshotPage(), &ui::SnapshotPage::snapshotFinished);
    QTest::mouseClick(w->snapshotPage()->snapshotButton(), Qt::LeftButton);
    ASSERT_TRUE(snap.wait(60000));
    ASSERT_TRUE(snap.first().first().toBool());
    const QString path = w->snapshotPage()->snapshotPath();

    // the upgrade goes wrong in some way: schema and data change
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Up, "2.5.2").ok());
    sql("DELETE FROM consumers; INSERT INTO consumers (id, username) VALUES ('c0000000-0000-4000-8000-000000000002', 'mallory')");
    ASSERT_NE(dumps(settings()), before);

    w->startAt(W::WelcomePageId);
    w->welcomePage()->setMode(ui::WizardMode::Restore);
    next(*w);
    testConnectionAndGoOn(*w, true);
    ASSERT_EQ(w->currentId(), W::RestorePageId);
    EXPECT_EQ(w->nextId(), -1) << "restore is the last page of its mode";
    ui::RestorePanel *panel = w->restorePage()->panel();
    EXPECT_EQ(panel->fileEdit()->text(), path); // this session's snapshot is proposed
    EXPECT_TRUE(panel->inPlaceButton()->isChecked());
    EXPECT_FALSE(panel->restoreButton()->isEnabled()); // destructive: typed confirmation first
    QTest::keyClicks(panel->confirmEdit(), "wrong");
    EXPECT_FALSE(panel->restoreButton()->isEnabled());
    panel->confirmEdit()->clear();
    QTest::keyClicks(panel->confirmEdit(), m_db);
    ASSERT_TRUE(panel->restoreButton()->isEnabled());
    QSignalSpy restored(panel, &ui::RestorePanel::restoreFinished);
    QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
    EXPECT_FALSE(w->button(QWizard::FinishButton)->isEnabled()); // not while it runs
    ASSERT_TRUE(restored.wait(60000));
    ASSERT_TRUE(restored.first().first().toBool()) << qPrintable(panel->resultLabel()->text());
    EXPECT_TRUE(panel->resultLabel()->text().contains("Restored into " + m_db));
    EXPECT_EQ(dumps(settings()), before);
    EXPECT_TRUE(w->button(QWizard::FinishButton)->isEnabled());
    shoot(*w, "restore-page-done");
    QFile::remove(path);
}

TEST_F(ResumeRestoreUi, TheSnapshotPageRestoresIntoANewDatabaseOnTheSameServer)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1").ok());
    sql("INSERT INTO consumers (id, username) VALUES ('c0000000-0000-4000-8000-000000000001', 'alice')");
    auto w = makeWizard();
    w->state().settings = settings();
    w->startAt(W::SnapshotPageId);
    QSignalSpy snap(w->snapshotPage(), &ui::SnapshotPage::snapshotFinished);
    QTest::mouseClick(w->snapshotPage()->snapshotButton(), Qt::LeftButton);
    ASSERT_TRUE(snap.wait(60000));
    QTest::mouseClick(w->snapshotPage()->restoreButton(), Qt::LeftButton);
    auto *dialog = w->snapshotPage()->findChild<ui::RestoreSnapshotDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    ui::RestorePanel *panel = dialog->panel();
    EXPECT_EQ(panel->fileEdit()->text(), w->snapshotPage()->snapshotPath());
    EXPECT_EQ(panel->newDatabaseEdit()->text(), m_db + "_restored"); // proposed for the connected database
    panel->newDatabaseButton()->setChecked(true);
    const QString copy = m_db + "_copy";
    panel->newDatabaseEdit()->setText(copy);
    ASSERT_TRUE(panel->restoreButton()->isEnabled()); // no confirmation needed: nothing is replaced
    QSignalSpy restored(panel, &ui::RestorePanel::restoreFinished);
    QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
    ASSERT_TRUE(restored.wait(60000));
    EXPECT_TRUE(restored.first().first().toBool()) << qPrintable(panel->resultLabel()->text());
    core::ConnectionSettings copied = settings();
    copied.database = copy;
    EXPECT_EQ(dumps(copied), dumps(settings()));
    dialog->reject();
    sql("DROP DATABASE " + copy);
    QFile::remove(w->snapshotPage()->snapshotPath());
}
