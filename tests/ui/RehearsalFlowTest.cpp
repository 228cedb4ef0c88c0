// SPDX-License-Identifier: GPL-3.0-or-later
// The Rehearsal page over the real core: the snapshot restored into a scratch copy, up and
// finish run there, per-migration durations shown, production untouched.
#include "UpgradeWizard.h"
#include "pages/RehearsalPage.h"
#include "pages/RunPage.h"
#include "snapshot/Snapshot.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kuw;
using kuw::test::DatabaseTest;

class RehearsalUi : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1").ok());
        sql("INSERT INTO services (id, name, protocol, host, port) VALUES "
            " ('a0000000-0000-4000-8000-000000000001', 'billing', 'http', 'billing.internal', 8080)");
    }
    /// A wizard that reached the Rehearsal page with `snapshot` taken this session.
    void open(const QString &snapshot)
    {
        ui::WizardState &st = wizard.state();
        st.journalDir = m_tmp.filePath("journals");
        st.settings = settings();
        st.target = *test::catalog().resolve("2.5.2");
        st.snapshotPath = snapshot;
        st.journal = *core::Journal::create(st.journalDir, settings().toString(), "guided-upgrade");
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow(); // mnemonics (Alt+letter) need the active window
        ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
        wizard.startAt(ui::UpgradeWizard::RehearsalPageId);
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::RehearsalPageId);
    }
    QString snapshot()
    {
        core::SnapshotOptions so;
        so.directory = m_tmp.path();
        auto info = core::createSnapshot(settings(), so);
        EXPECT_TRUE(info) << qPrintable(info.error().toString());
        return info ? info->path : QString();
    }
    QAbstractButton *nextButton() { return wizard.button(QWizard::NextButton); }

    QTemporaryDir m_tmp;
    ui::UpgradeWizard wizard;
};

TEST_F(RehearsalUi, RunsThePlanOnAScratchCopyAndReportsPerMigrationDurations)
{
    open(snapshot());
    ui::RehearsalPage *page = wizard.rehearsalPage();
    EXPECT_FALSE(nextButton()->isEnabled()); // recommended: not rehearsed, not skipped
    ASSERT_TRUE(page->runButton()->isEnabled());
    page->scratchDatabaseButton()->setChecked(true); // faster than a scratch cluster here
    QSignalSpy done(page, &ui::RehearsalPage::rehearsalFinished);
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    EXPECT_TRUE(page->isRunning());
    EXPECT_TRUE(page->cancelButton()->isEnabled());
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    ASSERT_TRUE(done.wait(120000));
    ASSERT_TRUE(done.first().first().toBool()) << qPrintable(page->summaryLabel()->text());

    // one row per migration of up (19) and finish (12), each with its measured duration
    const core::RehearsalReport &r = *wizard.state().rehearsal;
    ASSERT_TRUE(r.up && r.finish);
    QTreeWidget *steps = page->stepsView();
    ASSERT_EQ(steps->topLevelItemCount(), 19 + 12);
    qint64 sum = 0;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = steps->topLevelItem(i);
        const core::StepReport &s = i < 19 ? r.up->steps.at(i) : r.finish->steps.at(i - 19);
        EXPECT_EQ(item->text(0), s.subsystem + "/" + s.migration);
        EXPECT_EQ(item->data(2, Qt::UserRole).toLongLong(), s.durationMs);
        EXPECT_EQ(item->text(2), ui::RehearsalPage::formatDuration(s.durationMs));
        EXPECT_EQ(item->text(4), core::outcomeName(core::StepReport::Outcome::Done));
        sum += s.durationMs;
    }
    EXPECT_GT(sum, 0);
    EXPECT_GE(r.upMs, 1);
    EXPECT_TRUE(page->summaryLabel()->text().contains(ui::RehearsalPage::formatDuration(r.estimatedUpMs)));
    // production untouched, the outcome journaled with the estimate
    EXPECT_TRUE(test::schemaMetaRow(settings(), "core").startsWith("007_140_to_150|"));
    ASSERT_TRUE(wizard.state().flushJournal(10000)); // the journal is saved on a worker thread
    const auto journal = core::Journal::load(wizard.state().journal->path());
    ASSERT_TRUE(journal);
    const core::JournalEvent *e = journal->last("rehearsal", "done");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->data.value("estimated_up_ms").toLongLong(), r.estimatedUpMs);

    // the Up page quotes the estimate
    ASSERT_TRUE(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::UpPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.upPage()->runButton()->isEnabled(); }, 15000));
    EXPECT_TRUE(wizard.upPage()->infoLabel()->text().contains("rehearsal estimates about " + ui::RehearsalPage::formatDuration(r.estimatedUpMs)))
        << qPrintable(wizard.upPage()->infoLabel()->text());
}

TEST_F(RehearsalUi, AFailureShowsTheStepAndKeepsTheWizardHereUntilSkippedWithTheSkipRecorded)
{
    sql("CREATE TABLE workspaces (x int)"); // core/009_200_to_210 creates it: up must fail
    const QString broken = snapshot();
    sql("DROP TABLE workspaces");
    open(broken);
    ui::RehearsalPage *page = wizard.rehearsalPage();
    page->scratchDatabaseButton()->setChecked(true);
    QSignalSpy done(page, &ui::RehearsalPage::rehearsalFinished);
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(120000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_TRUE(page->summaryLabel()->text().contains("core/009_200_to_210 (up)")) << qPrintable(page->summaryLabel()->text());
    EXPECT_TRUE(page->summaryLabel()->text().contains("Statement:"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_TRUE(page->runButton()->isEnabled()); // another try is possible

    // keyboard only: Tab from Rehearse reaches the skip box, Space ticks it, Tab to the
    // reason, Enter presses the default button (Next)
    page->runButton()->setFocus();
    for (int i = 0; i < 20 && QApplication::focusWidget() != page->skipBox(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), page->skipBox());
    QTest::keyClick(page->skipBox(), Qt::Key_Space);
    ASSERT_TRUE(page->skipBox()->isChecked());
    QTest::keyClick(page->skipBox(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), page->skipReasonEdit());
    QTest::keyClicks(page->skipReasonEdit(), "known: leftover table, dropped in production");
    ASSERT_TRUE(nextButton()->isEnabled());
    QTest::keyClick(page->skipReasonEdit(), Qt::Key_Return);
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::UpPageId);
    ASSERT_TRUE(wizard.state().flushJournal(10000));
    const auto j = core::Journal::load(wizard.state().journal->path());
    ASSERT_NE(j->last("rehearsal", "failed"), nullptr);
    ASSERT_NE(j->last("rehearsal", "skipped"), nullptr);
    EXPECT_EQ(j->last("rehearsal", "skipped")->detail, "known: leftover table, dropped in production");
}

TEST_F(RehearsalUi, EveryControlHasAnAccessibleName)
{
    open(snapshot());
    for (QWidget *w : wizard.rehearsalPage()->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QTreeWidget *>(w)) {
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
        }
    }
}
