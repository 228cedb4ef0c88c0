// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Journal.h"
#include "util/Redactor.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kuw::core;

TEST(Journal, RecordsEventsAtomicallyAndLoadsThemBack)
{
    QTemporaryDir dir;
    auto j = Journal::create(dir.path(), "kong@db:5432/kong", "guided");
    ASSERT_TRUE(j) << qPrintable(j.error().toString());
    ASSERT_TRUE(j->append("connection", "tested", "PostgreSQL 15.4", {{"elapsed_ms", "12"}}));
    ASSERT_TRUE(j->append("assessment", "acknowledged", "warning: custom plugin", {{"finding", "custom-plugins"}}));
    ASSERT_TRUE(j->append("up", "done", "19 migrations", {{"duration_ms", "1800"}}));
    EXPECT_EQ(QFile(j->path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    auto back = Journal::load(j->path());
    ASSERT_TRUE(back) << qPrintable(back.error().toString());
    EXPECT_EQ(back->id(), j->id());
    EXPECT_EQ(back->datastore(), "kong@db:5432/kong");
    ASSERT_EQ(back->events().size(), 3);
    EXPECT_EQ(back->lastStep(), "up");
    ASSERT_NE(back->last("assessment", "acknowledged"), nullptr);
    EXPECT_EQ(back->last("assessment")->data.value("finding"), "custom-plugins");
    EXPECT_FALSE(back->isClosed());
    ASSERT_TRUE(back->close("finished"));
    EXPECT_TRUE(Journal::load(j->path())->isClosed());
}

TEST(Journal, NeverContainsSecrets)
{
    QTemporaryDir dir;
    Redactor::addSecret("journal-secret-pw");
    auto j = Journal::create(dir.path(), "kong@db/kong", "guided");
    ASSERT_TRUE(j);
    ASSERT_TRUE(j->append("connection", "failed", "password journal-secret-pw rejected",
                          {{"conninfo", "host=db password=other-secret-77"}}));
    QFile f(j->path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_FALSE(text.contains("journal-secret-pw"));
    EXPECT_FALSE(text.contains("other-secret-77"));
}

TEST(Journal, ListsNewestFirstAndReportsDamagedFilesWithPosition)
{
    QTemporaryDir dir;
    auto a = Journal::create(dir.path(), "a", "guided");
    auto b = Journal::create(dir.path(), "b", "guided");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(Journal::list(dir.path()).size(), 2);
    QFile bad(dir.filePath("upgrade-broken.yaml"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("id: x\nevents: [ {step: up\n");
    bad.close();
    auto loaded = Journal::load(bad.fileName());
    ASSERT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().message.contains("upgrade-broken.yaml:")) << qPrintable(loaded.error().message);
    EXPECT_EQ(Journal::list(dir.path()).size(), 2); // damaged ones are skipped
}
