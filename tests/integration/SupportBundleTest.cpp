// SPDX-License-Identifier: GPL-3.0-or-later
// Support bundles from the real CLI: one tar.gz with the report in every format, the journals
// of this datastore (redacted), a bundle id; two bundles loaded back and compared.
#include "support/CliRunner.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include "assessment/SupportBundle.h"
#include "session/Journal.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kuw::core;
using kuw::test::CliRun;
using kuw::test::DatabaseTest;
using kuw::test::runCli;

namespace {

const QString kPassword = QStringLiteral("Bundle-PgPassword-8812");

/// Every file of a tar.gz, extracted with the system tar: relative path → contents.
QMap<QString, QString> extract(const QString &archive)
{
    QTemporaryDir dir;
    QProcess tar;
    tar.start("tar", {"-xzf", archive, "-C", dir.path()});
    EXPECT_TRUE(tar.waitForFinished(30000));
    EXPECT_EQ(tar.exitCode(), 0) << tar.readAllStandardError().toStdString();
    QMap<QString, QString> out;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        out.insert(QDir(dir.path()).relativeFilePath(path), QString::fromUtf8(f.readAll()));
    }
    return out;
}

} // namespace

class SupportBundles : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.0.5")).ok());
        m_env = kuw::test::kongEnvFor(m_db);
        m_env.insert("KONG_PG_PASSWORD", kPassword); // the socket trusts; the password is only carried
    }

    /// A journal as an older build might have left it: the password in plain text.
    void writeJournal(const QString &datastore, const QString &detail)
    {
        auto j = Journal::create(m_journals.path(), datastore, QStringLiteral("upgrade"));
        ASSERT_TRUE(j);
        ASSERT_TRUE(j->append(QStringLiteral("connection"), QStringLiteral("tested"), detail).ok());
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_journals;
    QProcessEnvironment m_env;
};

TEST_F(SupportBundles, OneArchiveWithEveryFormatTheJournalsAndAnId)
{
    // The datastore text the CLI derives from KONG_PG_* (password masked).
    const QString datastore = QStringLiteral("postgres@%1:%2/%3 (ssl: disable)")
                                  .arg(kuw::test::TestPostgres::instance().socketDir())
                                  .arg(kuw::test::TestPostgres::instance().port())
                                  .arg(m_db);
    writeJournal(datastore, QStringLiteral("connected with password ") + kPassword);
    writeJournal(QStringLiteral("kong@elsewhere:5432/kong (ssl: disable)"), QStringLiteral("another datastore"));

    const QString file = m_dir.filePath("bundle.tar.gz");
    const CliRun r = runCli({"diagnose", "--to", "2.5.2", "--bundle", file, "--journals", m_journals.path()}, m_env);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    const QRegularExpression idPattern(QStringLiteral("KUW-\\d{8}-\\d{6}-[0-9a-f]{6}"));
    const QString id = idPattern.match(r.out).captured(0);
    ASSERT_FALSE(id.isEmpty()) << qPrintable(r.out);

    const QMap<QString, QString> files = extract(file);
    for (const char *name : {"manifest.json", "report.json", "report.md", "report.html"})
        EXPECT_TRUE(files.contains(id + "/" + name)) << name << " in " << qPrintable(files.keys().join(", "));
    int journals = 0;
    for (auto it = files.begin(); it != files.end(); ++it) {
        EXPECT_FALSE(it.value().contains(kPassword)) << "secret in " << qPrintable(it.key());
        if (it.key().contains("/journals/")) {
            ++journals;
            EXPECT_TRUE(it.value().contains("connected with password ******")) << qPrintable(it.value());
        }
    }
    EXPECT_EQ(journals, 1) << "only the journal of this datastore";
    EXPECT_TRUE(files.value(id + "/manifest.json").contains(id));
    EXPECT_TRUE(files.value(id + "/report.html").startsWith("<!DOCTYPE html>"));

    auto loaded = SupportBundle::load(file);
    ASSERT_TRUE(loaded) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded->id, id);
    EXPECT_EQ(loaded->report.value("schema").toObject().value("level").toString(), "2.0.0–2.0.5");
    EXPECT_TRUE(compareBundles(*loaded, *loaded).isEmpty());
}

TEST_F(SupportBundles, CompareShowsWhatChangedBetweenTwoBundles)
{
    const QString before = m_dir.filePath("before.tar.gz");
    const QString after = m_dir.filePath("after.tar.gz");
    ASSERT_EQ(runCli({"diagnose", "--to", "2.5.2", "--bundle", before, "--journals", m_journals.path()}, m_env).exitCode, 0);
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Up, QStringLiteral("2.1.4")).ok());
    sql("INSERT INTO consumers (id, username) VALUES ('f0000000-0000-4000-8000-000000000009', 'bob');"
        "INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-cmp', now() + interval '1 hour')");
    ASSERT_EQ(runCli({"diagnose", "--to", "2.5.2", "--bundle", after, "--journals", m_journals.path()}, m_env).exitCode, 0);

    auto a = SupportBundle::load(before);
    auto b = SupportBundle::load(after);
    ASSERT_TRUE(a && b);
    const QString diff = compareBundles(*a, *b).join("\n");
    EXPECT_TRUE(diff.contains("~ migration lock owner: — → node-cmp")) << qPrintable(diff);
    EXPECT_TRUE(diff.contains("+ finding lock.held: blocker")) << qPrintable(diff);
    EXPECT_TRUE(diff.contains("+ finding migrations.pending: blocker")) << qPrintable(diff);
    EXPECT_TRUE(diff.contains("~ rows of consumers: 0 → 1")) << qPrintable(diff);
    EXPECT_TRUE(diff.contains("~ subsystem core:")) << qPrintable(diff);
    EXPECT_TRUE(diff.contains("~ blockers: 0 → 2")) << qPrintable(diff);

    const CliRun r = runCli({"diagnose", "--compare", before, after}, QProcessEnvironment::systemEnvironment());
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(a->id) && r.out.contains(b->id)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains("+ finding lock.held")) << qPrintable(r.out);

    const CliRun missing = runCli({"diagnose", "--compare", before}, QProcessEnvironment::systemEnvironment());
    EXPECT_EQ(missing.exitCode, 2) << qPrintable(missing.err);
    QFile junk(m_dir.filePath("junk.tar.gz"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a bundle");
    junk.close();
    const CliRun bad = runCli({"diagnose", "--compare", before, junk.fileName()}, QProcessEnvironment::systemEnvironment());
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains("junk.tar.gz")) << qPrintable(bad.err);
}
