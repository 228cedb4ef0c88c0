// SPDX-License-Identifier: GPL-3.0-or-later
// Where a parallel-path session continues: from the journal's parallel events (the old
// datastore is never changed on that path) and the new datastore's state at resume time.
#include "parallel/ParallelResume.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kuw::core;
using Step = ParallelResumePoint::Step;

namespace {

const QString Target = QStringLiteral("kong@db.example:5432/kong_25 (ssl: disable)");

Journal journal(const QTemporaryDir &dir, const QStringList &parallelEvents, const QString &path = "parallel-datastore")
{
    auto j = Journal::create(dir.path(), "kong@db.example:5432/kong (ssl: disable)", "guided-upgrade");
    EXPECT_TRUE(j);
    j->addEvent("version", "path", path);
    for (const QString &e : parallelEvents)
        j->addEvent("parallel", e, e == "target" ? Target : QString());
    return *j;
}

} // namespace

TEST(ParallelResume, OnlySessionsThatChoseTheParallelPathAreParallel)
{
    QTemporaryDir dir;
    EXPECT_TRUE(isParallelSession(journal(dir, {})));
    EXPECT_FALSE(isParallelSession(journal(dir, {}, "in-place")));
    Journal changed = journal(dir, {});
    changed.addEvent("version", "path", "in-place"); // went back and chose the shared datastore
    EXPECT_FALSE(isParallelSession(changed));
}

TEST(ParallelResume, EachJournaledStageLeadsToTheNextPage)
{
    QTemporaryDir dir;
    EXPECT_EQ(parallelResumePoint(journal(dir, {}), false).step, Step::Target);
    const ParallelResumePoint chosen = parallelResumePoint(journal(dir, {"target"}), false);
    EXPECT_EQ(chosen.step, Step::Transfer);
    ASSERT_TRUE(chosen.target.has_value());
    EXPECT_EQ(chosen.target->database, "kong_25");
    EXPECT_EQ(chosen.target->host, "db.example");
    // A refused import wrote nothing: the transfer again.
    EXPECT_EQ(parallelResumePoint(journal(dir, {"target", "started", "bootstrapped", "failed"}), false).step, Step::Transfer);
    const Journal transferred = journal(dir, {"target", "started", "failed", "started", "exported", "imported", "verified"});
    const ParallelResumePoint afterTransfer = parallelResumePoint(transferred, false);
    EXPECT_EQ(afterTransfer.step, Step::Checkpoints);
    QDateTime lastStart;
    for (const JournalEvent &e : transferred.events())
        if (e.event == "started")
            lastStart = e.at;
    EXPECT_TRUE(lastStart.isValid());
    EXPECT_EQ(afterTransfer.exportedAt, lastStart) << "the start of the run that imported";
    EXPECT_EQ(parallelResumePoint(transferred, true).step, Step::Diff);
    EXPECT_EQ(parallelResumePoint(journal(dir, {"target", "started", "imported", "verified", "diff"}), true).step,
              Step::Decommission);
    EXPECT_EQ(parallelResumePoint(journal(dir, {"target", "started", "imported", "diff", "decommissioned"}), true).step,
              Step::Summary);
}

TEST(ParallelResume, ANewDatastoreThatLostItsSchemaSendsBackToTheTransfer)
{
    QTemporaryDir dir;
    const Journal j = journal(dir, {"target", "started", "imported", "verified", "diff"});
    EXPECT_EQ(parallelResumePoint(j, true, true).step, Step::Decommission);
    const ParallelResumePoint p = parallelResumePoint(j, true, false);
    EXPECT_EQ(p.step, Step::Transfer);
    EXPECT_TRUE(p.reason.contains("no Kong schema")) << qPrintable(p.reason);
}
