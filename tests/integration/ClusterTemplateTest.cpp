// SPDX-License-Identifier: GPL-3.0-or-later
// The cached initdb template behind ScratchPostgres (demo start-up): built once, then copied;
// a damaged or incomplete template is rebuilt and never used; concurrent first runs are safe.
#include "db/PgConnection.h"
#include "sandbox/ClusterTemplate.h"
#include "sandbox/ScratchPostgres.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <gtest/gtest.h>

using namespace kuw::core;
using Use = ScratchPostgres::TemplateUse;

namespace {

class ClusterTemplateTest : public ::testing::Test
{
protected:
    ScratchPostgres::Options options() const
    {
        ScratchPostgres::Options o;
        o.tcp = false;
        o.useTemplateCache = true;
        o.templateCache = cache.path();
        return o;
    }
    /// The one template directory in the cache (empty when none).
    QString templateDir() const
    {
        const QStringList dirs = QDir(cache.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        return dirs.size() == 1 ? cache.path() + QLatin1Char('/') + dirs.first() : QString();
    }
    /// Starts a cluster, checks it serves, optionally creates a database; returns how it was made.
    Use startAndUse(const QString &createDb = {})
    {
        auto pg = ScratchPostgres::start(options());
        EXPECT_TRUE(pg) << qPrintable(pg.error().toString());
        if (!pg)
            return Use::None;
        auto c = PgConnection::open((*pg)->settings());
        EXPECT_TRUE(c) << qPrintable(c.error().toString());
        if (c) {
            auto r = (*c)->exec("SELECT count(*) FROM pg_database WHERE datname = 'made_in_a_copy'");
            EXPECT_TRUE(r);
            if (r) {
                EXPECT_EQ(r->value(0, 0), "0") << "a copy's changes reached the template";
            }
        }
        if (!createDb.isEmpty()) {
            EXPECT_TRUE((*pg)->createDatabase(createDb));
        }
        return (*pg)->templateUse();
    }

    QTemporaryDir cache;
};

} // namespace

TEST_F(ClusterTemplateTest, FirstRunBuildsItLaterRunsCopyItUnchanged)
{
    ASSERT_EQ(startAndUse("made_in_a_copy"), Use::Built);
    const QString dir = templateDir();
    ASSERT_FALSE(dir.isEmpty());
    EXPECT_TRUE(QFile::exists(dir + "/data/PG_VERSION"));
    EXPECT_TRUE(QFile::exists(dir + "/" + ClusterTemplate::kMarker));
    EXPECT_EQ(startAndUse("made_in_a_copy"), Use::Copied);
    EXPECT_EQ(startAndUse(), Use::Copied); // the database made in the copies is not in the template
    EXPECT_EQ(templateDir(), dir);         // nothing else left in the cache (no build or stale dirs)
}

TEST_F(ClusterTemplateTest, DamagedOrIncompleteTemplateIsRebuiltNeverUsed)
{
    ASSERT_EQ(startAndUse(), Use::Built);
    const QString dir = templateDir();
    ASSERT_FALSE(dir.isEmpty());

    // Truncated pg_control (an interrupted copy, a damaged disk).
    QFile control(dir + "/data/global/pg_control");
    ASSERT_TRUE(control.resize(100));
    EXPECT_EQ(startAndUse(), Use::Built);
    EXPECT_EQ(QFile(dir + "/data/global/pg_control").size(), 8192);
    EXPECT_EQ(startAndUse(), Use::Copied);

    // No completion marker: a build that never finished.
    ASSERT_TRUE(QFile::remove(dir + "/" + ClusterTemplate::kMarker));
    EXPECT_EQ(startAndUse(), Use::Built);
    EXPECT_EQ(startAndUse(), Use::Copied);

    // A marker for other binaries or options.
    QFile marker(dir + "/" + ClusterTemplate::kMarker);
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.write("PostgreSQL 9.6\n");
    marker.close();
    EXPECT_EQ(startAndUse(), Use::Built);

    // PG_VERSION of another major version.
    QFile version(dir + "/data/PG_VERSION");
    ASSERT_TRUE(version.open(QIODevice::WriteOnly));
    version.write("9\n");
    version.close();
    EXPECT_EQ(startAndUse(), Use::Built);
    EXPECT_EQ(startAndUse(), Use::Copied);
    EXPECT_EQ(templateDir(), dir);
}

TEST_F(ClusterTemplateTest, ConcurrentFirstRunsBothWorkAndLeaveOneTemplate)
{
    auto run = [this] {
        auto pg = ScratchPostgres::start(options());
        if (!pg)
            return QStringLiteral("failed: ") + pg.error().toString();
        auto c = PgConnection::open((*pg)->settings());
        return c ? QStringLiteral("ok") : QStringLiteral("no connection");
    };
    QFuture<QString> a = QtConcurrent::run(run);
    QFuture<QString> b = QtConcurrent::run(run);
    EXPECT_EQ(a.result(), "ok");
    EXPECT_EQ(b.result(), "ok");
    ASSERT_FALSE(templateDir().isEmpty()) << "one template, no build leftovers";
    EXPECT_EQ(startAndUse(), Use::Copied);
}

TEST_F(ClusterTemplateTest, DisabledCacheRunsInitdbAndStoresNothing)
{
    ScratchPostgres::Options o = options();
    o.useTemplateCache = false;
    auto pg = ScratchPostgres::start(o);
    ASSERT_TRUE(pg) << qPrintable(pg.error().toString());
    EXPECT_EQ((*pg)->templateUse(), Use::None);
    EXPECT_TRUE(QDir(cache.path()).isEmpty());
}

namespace {

/// Sets a file's or directory's modification time to `secsAgo` seconds ago.
void age(const QString &path, qint64 secsAgo)
{
    const qint64 at = QDateTime::currentSecsSinceEpoch() - secsAgo;
    ASSERT_EQ(QProcess::execute(QStringLiteral("touch"), {QStringLiteral("-m"), QStringLiteral("-d"),
                                                          QStringLiteral("@%1").arg(at), path}),
              0);
}

/// A fake cache entry: a template directory whose marker (and use stamp) have the given ages.
void entry(const QString &dir, qint64 markerAge, qint64 usedAge = -1)
{
    ASSERT_TRUE(QDir().mkpath(dir + "/data"));
    for (auto [name, secs] : {std::pair{ClusterTemplate::kMarker, markerAge}, {ClusterTemplate::kUsed, usedAge}}) {
        if (secs < 0)
            continue;
        QFile f(dir + '/' + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.close();
        age(f.fileName(), secs);
    }
    age(dir, markerAge);
}

} // namespace

TEST(ClusterTemplatePrune, KeepsTheCurrentAndRecentlyUsedRemovesStaleOnesAndLeftovers)
{
    QTemporaryDir cache;
    const qint64 day = 24 * 3600;
    const QString root = cache.path();
    entry(root + "/pg15-current", 100 * day);        // kept whatever its age: it was just stored
    entry(root + "/pg15-a", 1 * day);
    entry(root + "/pg15-b", 2 * day);
    entry(root + "/pg15-c", 50 * day, 60);           // old marker, but copied from a minute ago
    entry(root + "/pg15-old", 40 * day);
    ASSERT_TRUE(QDir().mkpath(root + "/.build-crashed/data"));
    age(root + "/.build-crashed", 2 * 3600);
    ASSERT_TRUE(QDir().mkpath(root + "/.build-running/data")); // a concurrent store in progress
    ASSERT_TRUE(QDir().mkpath(root + "/pg15-x.stale.1.2/data"));
    age(root + "/pg15-x.stale.1.2", 2 * 3600);

    ClusterTemplate::prune(root, root + "/pg15-current", 3, 30 * day);

    QStringList left = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    left.sort();
    // keep = 3: the current one plus the two most recently used (c by its use stamp, then a)
    EXPECT_EQ(left.join(','), ".build-running,pg15-a,pg15-c,pg15-current");
}
