// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's journal is saved off the UI thread: a burst of records never stalls it,
// closing the wizard right after still leaves every event on disk in order, and a failed
// save is shown to the user.
#include "UpgradeWizard.h"
#include "support/UiWatchdog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace kuw;

namespace {

std::unique_ptr<ui::UpgradeWizard> openWizard(const QString &journalDir)
{
    auto w = std::make_unique<ui::UpgradeWizard>();
    auto j = core::Journal::create(journalDir, "kong@127.0.0.1:5432/kong", "guided-upgrade");
    EXPECT_TRUE(j);
    w->state().journal = *j;
    w->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    return w;
}

} // namespace

TEST(JournalWriterUi, ManyRecordsStayInOrderAndNeverStallTheUiThread)
{
    QTemporaryDir dir;
    auto w = openWizard(dir.path());
    const QString path = w->state().journal->path();
    const int n = 400;
    test::UiWatchdog dog;
    qint64 worstRecordMs = 0;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        w->state().record("checkpoints", "progress", QStringLiteral("event %1").arg(i), {{"i", QString::number(i)}});
        worstRecordMs = std::max(worstRecordMs, t.elapsed());
        if (i % 20 == 0)
            QTest::qWait(15); // let the watchdog tick between bursts, as UI events would
    }
    QTest::qWait(50);
    std::cout << "[ figures ] worst record() " << worstRecordMs << " ms, worst UI gap " << dog.worstGapMs()
              << " ms over " << n << " records" << std::endl;
    EXPECT_LT(worstRecordMs, 50) << "record() must not save on the UI thread";
    EXPECT_LT(dog.worstGapMs(), 100);
    w.reset(); // closed right after the last record: the destructor flushes

    // For comparison, what saving on the calling thread (the former record()) costs per event.
    auto sync = core::Journal::load(path);
    qint64 worstSyncMs = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        ASSERT_TRUE(sync->append("checkpoints", "progress", "synchronous"));
        worstSyncMs = std::max(worstSyncMs, t.elapsed());
    }
    std::cout << "[ figures ] worst synchronous append (QSaveFile + fsync on the caller) " << worstSyncMs << " ms" << std::endl;

    const auto back = core::Journal::load(path);
    ASSERT_TRUE(back) << qPrintable(back.error().toString());
    ASSERT_EQ(back->events().size(), n + 20);
    for (int i = 0; i < n; ++i)
        ASSERT_EQ(back->events().at(i).data.value("i"), QString::number(i)) << "event " << i << " lost or out of order";
}

TEST(JournalWriterUi, AFailedSaveIsShownToTheUser)
{
    QTemporaryDir dir;
    auto w = openWizard(dir.filePath("journals"));
    // the journal's folder is replaced by a file mid-session: saves fail (even as root)
    ASSERT_TRUE(QDir(dir.filePath("journals")).removeRecursively());
    QFile blocker(dir.filePath("journals"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    w->state().record("up", "done", "19 migrations");
    w->state().record("checkpoints", "passed", "configured");
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = w->findChild<QMessageBox *>("journalError")) && box->isVisible(); }, 10000));
    EXPECT_TRUE(box->informativeText().contains(w->state().journal->path())) << qPrintable(box->informativeText());
    ASSERT_TRUE(w->state().flushJournal(10000));
    QTest::qWait(50);
    EXPECT_EQ(w->findChildren<QMessageBox *>("journalError").size(), 1) << "one notice, not one per failed save";
    box->close();
}
