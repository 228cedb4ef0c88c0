// SPDX-License-Identifier: GPL-3.0-or-later
// The journal writer: saves off the calling thread, in order, nothing lost at destruction,
// failures reported through its signal.
#include "session/JournalWriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QFileInfo>

#include <gtest/gtest.h>

#include <memory>

using namespace kuw::core;

namespace {

void expectInOrder(const Journal &j, int n)
{
    ASSERT_EQ(j.events().size(), n);
    for (int i = 0; i < n; ++i)
        ASSERT_EQ(j.events().at(i).detail, QStringLiteral("event %1").arg(i)) << i;
}

} // namespace

TEST(JournalWriter, ABurstOfEventsIsOnDiskInOrderOnceTheWriterIsGone)
{
    QTemporaryDir dir;
    auto j = Journal::create(dir.path(), "kong@db/kong", "guided");
    ASSERT_TRUE(j);
    const int n = 2000;
    {
        JournalWriter writer;
        for (int i = 0; i < n; ++i) {
            j->addEvent("up", "progress", QStringLiteral("event %1").arg(i), {{"i", QString::number(i)}});
            writer.write(*j);
        }
        j->setOutcome("finished");
        writer.write(*j);
        // destroyed right away, as when the wizard closes just after a record
    }
    auto back = Journal::load(j->path());
    ASSERT_TRUE(back) << qPrintable(back.error().toString());
    expectInOrder(*back, n);
    EXPECT_EQ(back->outcome(), "finished");
}

TEST(JournalWriter, SavesOnItsOwnThreadAndCoalescesQueuedCopies)
{
    QTemporaryDir dir;
    auto j = Journal::create(dir.path(), "kong@db/kong", "guided");
    ASSERT_TRUE(j);
    JournalWriter writer;
    const int n = 300;
    for (int i = 0; i < n; ++i) {
        j->addEvent("up", "progress", QStringLiteral("event %1").arg(i));
        writer.write(*j);
    }
    ASSERT_TRUE(writer.flush(30000));
    EXPECT_GE(writer.savedCount(), 1);
    EXPECT_LE(writer.savedCount(), n) << "one save per queued copy at most";
    expectInOrder(*Journal::load(j->path()), n);

    // a second journal queued behind the first keeps its own file and order
    auto other = Journal::create(dir.path(), "kong@db/other", "guided");
    ASSERT_TRUE(other);
    j->addEvent("finish", "done", "event 300");
    writer.write(*j);
    other->addEvent("connection", "connected", "event 0");
    writer.write(*other);
    ASSERT_TRUE(writer.flush(30000));
    expectInOrder(*Journal::load(j->path()), n + 1);
    expectInOrder(*Journal::load(other->path()), 1);
}

TEST(JournalWriter, AFailedSaveIsReportedWithTheFileAndARemedy)
{
    QTemporaryDir dir;
    auto j = Journal::create(dir.filePath("gone"), "kong@db/kong", "guided");
    ASSERT_TRUE(j);
    ASSERT_TRUE(QDir(dir.filePath("gone")).removeRecursively()); // the folder vanished mid-session
    QFile blocker(dir.filePath("gone")); // and a file took its name
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    JournalWriter writer;
    QSignalSpy failed(&writer, &JournalWriter::failed);
    j->addEvent("up", "done", "event 0");
    writer.write(*j);
    ASSERT_TRUE(writer.flush(30000));
    ASSERT_TRUE(failed.size() == 1 || failed.wait(5000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(j->path())) << qPrintable(failed.first().at(0).toString());
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty()) << "a remedy";
}

TEST(JournalWriter, ABegunJournalTouchesTheDiskOnlyWhenTheWriterSavesIt)
{
    QTemporaryDir dir;
    const QString journals = dir.filePath("not/yet/there");
    Journal j = Journal::begin(journals, "kong@db/kong", "guided");
    EXPECT_FALSE(QFileInfo::exists(journals)) << "begin() is in memory only (the UI thread calls it)";
    JournalWriter writer;
    j.addEvent("connection", "connected", "kong@db/kong");
    writer.write(j);
    ASSERT_TRUE(writer.flush(30000));
    auto back = Journal::load(j.path());
    ASSERT_TRUE(back) << qPrintable(back.error().toString());
    EXPECT_EQ(back->datastore(), "kong@db/kong");
    ASSERT_EQ(back->events().size(), 1);
    EXPECT_EQ(back->events().at(0).step, "connection");
}
