// SPDX-License-Identifier: GPL-3.0-or-later
// Safety snapshots: pg_dump of the Kong schema, verification, restore in place / into a new
// database, the client-version check, and where the password goes (environment only).
#include "db/PgConnection.h"
#include "snapshot/Snapshot.h"
#include "snapshot/SnapshotJob.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kuw;
using core::ErrorKind;
using kuw::test::DatabaseTest;

namespace {

QStringList s_captured; // every Qt message, before redaction
QMutex s_capturedMutex;

void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&s_capturedMutex);
    s_captured << msg;
}

/// A pg_dump / pg_restore pair that print `version` and otherwise record argv and
/// environment into `dir`/<tool>.args / .env and fail.
QString fakeTools(const QString &dir, const QString &version)
{
    for (const QString &tool : {QStringLiteral("pg_dump"), QStringLiteral("pg_restore")}) {
        QFile f(dir + "/" + tool);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\n"
                               "if [ \"$1\" = \"--version\" ]; then echo '%1 (PostgreSQL) %2'; exit 0; fi\n"
                               "printf '%s\\n' \"$@\" > '%3/%1.args'\n"
                               "env > '%3/%1.env'\n"
                               "echo '%1: error: simulated failure' >&2\n"
                               "exit 1\n")
                    .arg(tool, version, dir)
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return dir;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int serverMajor(const core::ConnectionSettings &s)
{
    auto c = core::PgConnection::open(s);
    EXPECT_TRUE(c);
    return c ? (*c)->serverVersionNum() / 10000 : 0;
}

} // namespace

class SnapshotTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        ASSERT_TRUE(m_tmp.isValid());
        m_options.directory = m_tmp.path() + "/snapshots";
    }

    /// A 1.5.1 datastore with a few services, routes, consumers and credentials.
    void bootstrapWithRows()
    {
        const auto r = test::runEngine(settings(), core::MigrationCommand::Bootstrap, "1.5.1");
        ASSERT_TRUE(r.ok()) << qPrintable(r.error ? r.error->toString() : QString());
        sql("INSERT INTO services (id, name, protocol, host, port) VALUES "
            " ('a0000000-0000-4000-8000-000000000001', 'billing', 'http', 'billing.internal', 8080),"
            " ('a0000000-0000-4000-8000-000000000002', 'users', 'https', 'users.internal', 443);"
            "INSERT INTO routes (id, service_id, name, protocols, paths) VALUES "
            " ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'r1', '{http}', '{/billing}');"
            "INSERT INTO consumers (id, username) VALUES "
            " ('c0000000-0000-4000-8000-000000000001', 'alice'), ('c0000000-0000-4000-8000-000000000002', 'bob');"
            "INSERT INTO keyauth_credentials (id, consumer_id, key) VALUES "
            " ('d0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'alice-key');");
    }

    core::SnapshotInfo snapshot(const core::ConnectionSettings &s)
    {
        auto info = core::createSnapshot(s, m_options);
        EXPECT_TRUE(info) << qPrintable(info ? QString() : info.error().toString());
        return info ? *info : core::SnapshotInfo{};
    }

    QStringList snapshotFiles() const { return QDir(m_options.directory).entryList(QDir::Files); }

    QTemporaryDir m_tmp;
    core::SnapshotOptions m_options;
};

TEST_F(SnapshotTest, VerifiedSnapshotRestoresInPlaceToExactlyTheSameDatastore)
{
    bootstrapWithRows();
    const QString schemaBefore = test::schemaDump(settings()), dataBefore = test::dataDump(settings());

    const core::SnapshotInfo info = snapshot(settings());
    ASSERT_FALSE(info.path.isEmpty());
    EXPECT_TRUE(info.path.startsWith(m_options.directory + "/kong-" + m_db + "-")) << qPrintable(info.path);
    EXPECT_TRUE(info.path.endsWith("Z.dump"));
    EXPECT_EQ(snapshotFiles(), QStringList{QFileInfo(info.path).fileName()}); // no .partial left
    EXPECT_GT(info.sizeBytes, 1000);
    EXPECT_EQ(info.sizeBytes, QFileInfo(info.path).size());
    EXPECT_GT(info.tocEntries, 50);
    EXPECT_EQ(info.schema, "public");
    EXPECT_EQ(info.database, m_db);
    EXPECT_GE(info.serverVersionNum, 100000);
    EXPECT_FALSE(info.serverVersion.isEmpty());
    EXPECT_FALSE(info.clientVersion.isEmpty());
    struct stat st{};
    ASSERT_EQ(::stat(QFile::encodeName(info.path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(QFile::encodeName(m_options.directory).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);

    auto verified = core::verifySnapshot(info.path);
    ASSERT_TRUE(verified) << qPrintable(verified.error().toString());
    EXPECT_EQ(verified->tocEntries, info.tocEntries);

    // Change the datastore: rows gone, a table that the snapshot does not know.
    sql("DELETE FROM keyauth_credentials; DELETE FROM routes; DELETE FROM consumers WHERE username = 'bob';"
        "CREATE TABLE added_later (x int); UPDATE services SET host = 'changed' WHERE name = 'users';");
    ASSERT_NE(test::dataDump(settings()), dataBefore);

    // In place needs the caller's confirmation; without it nothing happens.
    const auto refused = core::restoreSnapshot(settings(), info.path, {});
    ASSERT_TRUE(refused.error.has_value());
    EXPECT_EQ(refused.error->kind, ErrorKind::Config);
    EXPECT_FALSE(refused.targetModified);

    core::RestoreOptions ro;
    ro.confirmed = true;
    QStringList lines;
    const auto restored = core::restoreSnapshot(settings(), info.path, ro, {}, [&](const QString &l) { lines << l; });
    ASSERT_TRUE(restored.ok()) << qPrintable(restored.error->toString());
    EXPECT_EQ(restored.stage, core::RestoreOutcome::Stage::Done);
    EXPECT_EQ(restored.database, m_db);
    EXPECT_FALSE(restored.intoNewDatabase);
    EXPECT_FALSE(lines.isEmpty());
    EXPECT_EQ(test::schemaDump(settings()), schemaBefore);
    EXPECT_EQ(test::dataDump(settings()), dataBefore);
}

TEST_F(SnapshotTest, RestoresIntoANewDatabaseAndRefusesAnExistingName)
{
    bootstrapWithRows();
    const QString schemaBefore = test::schemaDump(settings()), dataBefore = test::dataDump(settings());
    const core::SnapshotInfo info = snapshot(settings());
    ASSERT_FALSE(info.path.isEmpty());

    core::RestoreOptions ro;
    ro.newDatabase = m_db + "_copy";
    const auto restored = core::restoreSnapshot(settings(), info.path, ro);
    ASSERT_TRUE(restored.ok()) << qPrintable(restored.error->toString());
    EXPECT_TRUE(restored.intoNewDatabase);
    EXPECT_EQ(restored.database, ro.newDatabase);
    const auto copy = test::TestPostgres::instance().settings(ro.newDatabase);
    EXPECT_EQ(test::schemaDump(copy), schemaBefore);
    EXPECT_EQ(test::dataDump(copy), dataBefore);
    EXPECT_EQ(test::dataDump(settings()), dataBefore); // the source is untouched

    // The name exists now: a typed error, and the existing database is left alone.
    sql(QStringLiteral("DELETE FROM routes"));
    const auto again = core::restoreSnapshot(settings(), info.path, ro);
    ASSERT_TRUE(again.error.has_value());
    EXPECT_EQ(again.stage, core::RestoreOutcome::Stage::CreateDatabase);
    EXPECT_FALSE(again.targetModified);
    EXPECT_FALSE(again.error->remedy.isEmpty());
    EXPECT_EQ(test::dataDump(copy), dataBefore);

    sql(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(ro.newDatabase));
}

TEST_F(SnapshotTest, MissingPgDumpIsATypedErrorNamingThePackage)
{
    bootstrapWithRows();
    QTemporaryDir empty;
    const QByteArray saved = qgetenv("PG_BINDIR");
    const bool had = qEnvironmentVariableIsSet("PG_BINDIR");
    qputenv("PG_BINDIR", QFile::encodeName(empty.path()));
    auto info = core::createSnapshot(settings(), m_options);
    had ? qputenv("PG_BINDIR", saved) : qunsetenv("PG_BINDIR");
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().kind, ErrorKind::Environment);
    EXPECT_TRUE(info.error().message.contains("pg_dump")) << qPrintable(info.error().message);
    EXPECT_TRUE(info.error().remedy.contains("postgresql-client-")) << qPrintable(info.error().remedy);
    EXPECT_TRUE(snapshotFiles().isEmpty());
}

TEST_F(SnapshotTest, TooOldPgDumpIsATypedErrorNamingTheServerVersion)
{
    bootstrapWithRows();
    QTemporaryDir bin;
    m_options.bindir = fakeTools(bin.path(), "9.6.24");
    auto info = core::createSnapshot(settings(), m_options);
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().kind, ErrorKind::Environment);
    const QString want = QStringLiteral("postgresql-client-%1").arg(serverMajor(settings()));
    EXPECT_TRUE(info.error().remedy.contains(want)) << qPrintable(info.error().toString());
    EXPECT_TRUE(info.error().message.contains("9.6.24")) << qPrintable(info.error().message);
    EXPECT_FALSE(QFile::exists(bin.path() + "/pg_dump.args")); // never ran a dump
    EXPECT_TRUE(snapshotFiles().isEmpty());
}

TEST_F(SnapshotTest, PasswordTravelsInTheEnvironmentOnlyNeverInArgsOrLogs)
{
    bootstrapWithRows();
    const QString role = "snap_" + m_db, password = "S3cret-" + m_db.right(8) + "-pw";
    sql(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(role, password));
    const core::ConnectionSettings tcp = test::TestPostgres::instance().tcpSettings(m_db, role, password);

    // The command as built: argv has no connection data at all, the environment has it.
    auto tools = core::PgClientTools::find();
    ASSERT_TRUE(tools) << qPrintable(tools.error().toString());
    std::unique_ptr<QTemporaryFile> ca;
    auto env = core::pgEnvironment(tcp, ca);
    ASSERT_TRUE(env);
    const core::ToolCommand cmd = core::dumpCommand(*tools, "public", "/tmp/x.dump", *env);
    EXPECT_EQ(cmd.args, (QStringList{"-Fc", "--schema=\"public\"", "--no-password", "--lock-wait-timeout=60000", "-f", "/tmp/x.dump"}));
    EXPECT_FALSE(cmd.args.join(' ').contains(password));
    EXPECT_FALSE(cmd.display().contains(password));
    EXPECT_EQ(cmd.env.value("PGPASSWORD"), password);
    EXPECT_EQ(cmd.env.value("PGHOST"), "127.0.0.1");
    EXPECT_EQ(cmd.env.value("PGUSER"), role);
    EXPECT_EQ(cmd.env.value("PGDATABASE"), m_db);
    EXPECT_EQ(cmd.env.value("PGSSLMODE"), "disable");

    const QtMessageHandler previous = qInstallMessageHandler(capture);
    s_captured.clear();
    QStringList lines;
    const core::SnapshotLog log = [&](const QString &l) { lines << l; };
    // A real dump over TCP with password authentication: works only if the env carries it.
    auto info = core::createSnapshot(tcp, m_options, {}, log);
    // The argv a (fake) pg_dump actually receives.
    QTemporaryDir bin;
    core::SnapshotOptions fake = m_options;
    fake.bindir = fakeTools(bin.path(), "99.1");
    auto failed = core::createSnapshot(tcp, fake, {}, log);
    qInstallMessageHandler(previous);

    ASSERT_TRUE(info) << qPrintable(info.error().toString());
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().message.contains("simulated failure")) << qPrintable(failed.error().message);
    const QString args = readAll(bin.path() + "/pg_dump.args");
    EXPECT_TRUE(args.startsWith("-Fc\n--schema=\"public\"\n")) << qPrintable(args);
    EXPECT_FALSE(args.contains(password));
    EXPECT_TRUE(readAll(bin.path() + "/pg_dump.env").contains("PGPASSWORD=" + password));
    EXPECT_EQ(snapshotFiles().size(), 1); // the failed attempt left nothing behind

    const QString everything = lines.join('\n') + s_captured.join('\n') + failed.error().toString();
    EXPECT_FALSE(lines.isEmpty());
    EXPECT_FALSE(everything.contains(password));
    sql(QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_F(SnapshotTest, JobRunsOnAWorkerAndCancelKillsPgDump)
{
    bootstrapWithRows();
    {
        std::unique_ptr<core::SnapshotJob> job(core::SnapshotJob::create(settings(), m_options));
        QSignalSpy done(job.get(), &core::SnapshotJob::finished);
        QSignalSpy lines(job.get(), &core::SnapshotJob::logLine);
        job->start();
        EXPECT_TRUE(job->isRunning());
        ASSERT_TRUE(done.wait(60000));
        ASSERT_TRUE(job->result().ok()) << qPrintable(job->result().error->toString());
        ASSERT_TRUE(job->result().snapshot.has_value());
        EXPECT_TRUE(QFile::exists(job->result().snapshot->path));
        EXPECT_FALSE(lines.isEmpty());

        // Restore through the job as well.
        core::RestoreOptions ro;
        ro.newDatabase = m_db + "_job";
        std::unique_ptr<core::SnapshotJob> restore(core::SnapshotJob::restore(settings(), job->result().snapshot->path, ro));
        QSignalSpy restored(restore.get(), &core::SnapshotJob::finished);
        restore->start();
        ASSERT_TRUE(restored.wait(60000));
        ASSERT_TRUE(restore->result().ok()) << qPrintable(restore->result().error->toString());
        EXPECT_EQ(test::dataDump(test::TestPostgres::instance().settings(ro.newDatabase)), test::dataDump(settings()));
        sql(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(ro.newDatabase));
    }
    // pg_dump waits for its ACCESS SHARE lock behind this one until it is cancelled.
    auto blocker = connect();
    ASSERT_NE(blocker, nullptr);
    ASSERT_TRUE(blocker->execScript("BEGIN; LOCK TABLE routes IN ACCESS EXCLUSIVE MODE;"));
    std::unique_ptr<core::SnapshotJob> job(core::SnapshotJob::create(settings(), m_options));
    QSignalSpy done(job.get(), &core::SnapshotJob::finished);
    job->start();
    QTest::qWait(1500);
    EXPECT_TRUE(job->isRunning());
    job->cancel();
    ASSERT_TRUE(done.wait(10000));
    ASSERT_TRUE(job->result().error.has_value());
    EXPECT_EQ(job->result().error->kind, ErrorKind::Cancelled);
    EXPECT_EQ(snapshotFiles().size(), 1); // only the first snapshot; the partial one is gone
}

TEST_F(SnapshotTest, AFailedInPlaceRestoreSaysWhatToDoAndARetryRecovers)
{
    bootstrapWithRows();
    const QString dataBefore = test::dataDump(settings());
    const core::SnapshotInfo info = snapshot(settings());
    ASSERT_FALSE(info.path.isEmpty());

    // pg_restore that lists (verification passes) but fails to restore.
    auto real = core::PgClientTools::find();
    ASSERT_TRUE(real);
    QTemporaryDir bin;
    QFile script(bin.path() + "/pg_restore");
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nif [ \"$1\" = \"--list\" ]; then exec '%1' \"$@\"; fi\n"
                                "echo 'pg_restore: error: could not execute query: ERROR:  out of disk' >&2\nexit 1\n")
                     .arg(real->pgRestore).toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_TRUE(QFile::link(real->pgDump, bin.path() + "/pg_dump"));

    core::RestoreOptions ro;
    ro.confirmed = true;
    ro.bindir = bin.path();
    const auto failed = core::restoreSnapshot(settings(), info.path, ro);
    ASSERT_TRUE(failed.error.has_value());
    EXPECT_EQ(failed.stage, core::RestoreOutcome::Stage::Restore);
    EXPECT_TRUE(failed.targetModified);
    EXPECT_EQ(failed.error->kind, ErrorKind::Sql);
    EXPECT_TRUE(failed.error->message.contains("out of disk")) << qPrintable(failed.error->message);
    EXPECT_TRUE(failed.error->remedy.contains("restore again from " + info.path)) << qPrintable(failed.error->remedy);

    ro.bindir.clear();
    const auto retried = core::restoreSnapshot(settings(), info.path, ro);
    ASSERT_TRUE(retried.ok()) << qPrintable(retried.error->toString());
    EXPECT_EQ(test::dataDump(settings()), dataBefore);
}

TEST_F(SnapshotTest, ADatabaseWithoutKongIsRefusedAndLeavesNoFile)
{
    auto info = core::createSnapshot(settings(), m_options);
    ASSERT_FALSE(info);
    EXPECT_TRUE(info.error().message.contains("no schema_meta")) << qPrintable(info.error().message);
    EXPECT_TRUE(snapshotFiles().isEmpty());
    auto missing = core::verifySnapshot(m_tmp.path() + "/nope.dump");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::Config);
}
