// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionResume.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kuw::core;
using Step = ResumePoint::Step;

namespace {

SchemaState stateWith(QStringList fresh, QStringList pending, bool needsBootstrap = false)
{
    SchemaState st;
    st.needsBootstrap = needsBootstrap;
    SubsystemState core;
    core.name = "core";
    core.fresh = std::move(fresh);
    core.pending = std::move(pending);
    st.subsystems = {core};
    return st;
}

} // namespace

TEST(SessionResume, TheJournaledDatastoreLineGivesBackTheConnectionWithoutAPassword)
{
    QTemporaryDir dir;
    ConnectionSettings s;
    s.host = "db.example";
    s.port = 6432;
    s.database = "kong_prod";
    s.user = "kong_admin";
    s.password = "s3cret-never-journaled";
    s.schema = "kong";
    s.ssl = true;
    s.sslVerify = true;
    auto j = Journal::create(dir.path(), s.toString(), "guided-upgrade");
    ASSERT_TRUE(j);
    QFile f(j->path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("s3cret"));

    const auto back = journaledConnection(*Journal::load(j->path()));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->host, "db.example");
    EXPECT_EQ(back->port, 6432);
    EXPECT_EQ(back->database, "kong_prod");
    EXPECT_EQ(back->user, "kong_admin");
    EXPECT_EQ(back->schema, "kong");
    EXPECT_TRUE(back->ssl);
    EXPECT_TRUE(back->sslVerify);
    EXPECT_TRUE(back->password.isEmpty());
    EXPECT_EQ(back->toString(), s.toString());

    auto other = Journal::create(dir.path(), "not a datastore line", "guided-upgrade");
    ASSERT_TRUE(other);
    EXPECT_FALSE(journaledConnection(*other).has_value());
}

TEST(SessionResume, TheDatastoreStateDecidesWhereToContinue)
{
    QTemporaryDir dir;
    auto j = Journal::create(dir.path(), "kong@/tmp:5432/kong (ssl: disable)", "guided-upgrade");
    ASSERT_TRUE(j);
    ASSERT_TRUE(j->append("version", "chosen", "2.5.2"));
    EXPECT_EQ(journaledTarget(*j), "2.5.2");

    // nothing ran yet: the checks run again
    EXPECT_EQ(resumePoint(*j, stateWith({"009_200_to_210"}, {})).step, Step::Assessment);
    // the journal says up is done and the datastore agrees: the page after Up
    ASSERT_TRUE(j->append("up", "started", "3 steps"));
    ASSERT_TRUE(j->append("up", "done", "3 steps"));
    EXPECT_EQ(resumePoint(*j, stateWith({}, {"009_200_to_210"})).step, Step::AfterUp);
    // ... but someone restored the snapshot since: up again, not finish
    EXPECT_EQ(resumePoint(*j, stateWith({"009_200_to_210"}, {})).step, Step::Up);
    // an interrupted up (some pending, some new) is resumed on the Up page
    EXPECT_EQ(resumePoint(*j, stateWith({"012_213_to_220"}, {"009_200_to_210"})).step, Step::Up);
    // finish happened (here or elsewhere): Summary
    EXPECT_EQ(resumePoint(*j, stateWith({}, {})).step, Step::Summary);
    EXPECT_EQ(resumePoint(*j, stateWith({}, {}, true)).step, Step::Version);
}

TEST(SessionResume, OnlyUnfinishedJournalsAreOfferedAndAVanishedSnapshotIsNotReused)
{
    QTemporaryDir dir;
    auto open = Journal::create(dir.path(), "a", "guided-upgrade");
    auto closed = Journal::create(dir.path(), "b", "guided-upgrade");
    ASSERT_TRUE(open && closed);
    ASSERT_TRUE(closed->close("finished"));
    const auto offered = unfinishedJournals(dir.path());
    ASSERT_EQ(offered.size(), 1);
    EXPECT_EQ(offered.first().datastore(), "a");

    const QString dump = dir.filePath("kong.dump");
    QFile f(dump);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    ASSERT_TRUE(open->append("snapshot", "done", dump));
    EXPECT_EQ(journaledSnapshot(*open), dump);
    QFile::remove(dump);
    EXPECT_TRUE(journaledSnapshot(*open).isEmpty());
}
