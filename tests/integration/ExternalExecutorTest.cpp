// SPDX-License-Identifier: GPL-3.0-or-later
// The external Kong CLI executor against stand-in `kong` scripts (Kong itself cannot be
// installed here): they print Kong's lines, change schema_meta with psql, exit as told.
#include "db/PgCancelToken.h"
#include "migrations/Engine.h"
#include "migrations/ExternalExecutor.h"
#include "support/TestPostgres.h"
#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <chrono>
#include <thread>

using namespace kuw::core;
using kuw::test::DatabaseTest;

namespace {
const char *kBookkeeping =
    "CREATE TABLE schema_meta (key text, subsystem text, last_executed text, executed text[], "
    "pending text[], PRIMARY KEY (key, subsystem));"
    "CREATE TABLE locks (key text PRIMARY KEY, owner text, ttl timestamptz);"
    "INSERT INTO schema_meta VALUES "
    "('schema_meta','core','008_150_to_200','{000_base,008_150_to_200}','{}'),"
    "('schema_meta','acl','000_base_acl','{000_base_acl}','{}');";

// Kong 2.5 `up` output (facts §1.5) and the schema_meta records it makes.
const char *kUpScript = R"SH(#!/bin/bash
printf '%s\n' "$@" > "$(dirname "$0")/argv.txt"
echo "migrating core on database '$PGDATABASE'..."
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE schema_meta SET pending = array_append(pending, '009_200_to_210') WHERE subsystem = 'core'" || exit 1
echo "core migrated up to: 009_200_to_210 (pending)"
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE schema_meta SET last_executed = '010_210_to_211', executed = array_append(executed, '010_210_to_211') WHERE subsystem = 'core'" || exit 1
echo "core migrated up to: 010_210_to_211 (executed)"
echo "migrating bot-detection on database '$PGDATABASE'..."
psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO schema_meta VALUES ('schema_meta', 'bot-detection', NULL, NULL, '{001_200_to_210}')" || exit 1
echo "bot-detection migrated up to: 001_200_to_210 (pending)"
echo "3 migrations processed"
echo "1 executed"
echo "2 pending"
echo ""
echo "Database has pending migrations; run 'kong migrations finish' when ready"
exit 0
)SH";

struct Collector : EngineObserver
{
    QStringList lines;
    void log(const QString &line) override { lines << line; }
};
} // namespace

class ExternalExecutorTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        ASSERT_TRUE(m_tmp.isValid());
        sql(kBookkeeping);
    }
    void TearDown() override
    {
        Redactor::clear();
        DatabaseTest::TearDown();
    }

    QString script(const QString &name, const QString &body)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(body.toUtf8());
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }
    QString read(const QString &name) const
    {
        QFile f(m_tmp.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// The stand-in reaches the test database through libpq's PG* variables.
    ExternalKongConfig config(const QString &kong) const
    {
        const ConnectionSettings s = settings();
        ExternalKongConfig c;
        c.kongBinary = kong;
        c.timeoutSeconds = 30;
        c.env = {{"PGHOST", s.host}, {"PGPORT", QString::number(s.port)},
                 {"PGUSER", s.user}, {"PGDATABASE", s.database}};
        return c;
    }

    QTemporaryDir m_tmp;
};

TEST_F(ExternalExecutorTest, ArgvHasPrefixConfAndOptionsInKongsOrder)
{
    ExternalKongConfig c;
    c.commandPrefix = {"kubectl", "exec", "-n", "kong", "deploy/kong", "--"};
    c.confPath = "/etc/kong/kong.conf";
    ExternalRunOptions o;
    o.yes = true;
    o.force = true;
    o.dbTimeoutSeconds = 30;
    o.lockTimeoutSeconds = 90;
    EXPECT_EQ(ExternalExecutor(c).buildArgv(KongCliCommand::Reset, o),
              (QStringList{"kubectl", "exec", "-n", "kong", "deploy/kong", "--", "kong", "migrations", "reset",
                           "-c", "/etc/kong/kong.conf", "--yes", "--force", "--db-timeout", "30",
                           "--lock-timeout", "90"}));
    EXPECT_EQ(ExternalExecutor(ExternalKongConfig{}).buildArgv(KongCliCommand::List, {}),
              (QStringList{"kong", "migrations", "list"}));
    EXPECT_EQ(toKongCliCommand(MigrationCommand::Finish), KongCliCommand::Finish);
}

TEST_F(ExternalExecutorTest, RunsThroughTheCommandPrefix)
{
    // A kubectl-exec-like prefix: records its own arguments, runs what follows "--".
    const QString prefix = script("fake-exec", R"SH(#!/bin/bash
printf '%s\n' "$@" > "$(dirname "$0")/prefix.txt"
while [ "$1" != "--" ]; do shift; done; shift
exec "$@"
)SH");
    ExternalKongConfig c = config(script("kong", kUpScript));
    c.commandPrefix = {prefix, "-n", "kong", "--"};
    c.confPath = "/etc/kong/kong.conf";
    ExternalRunOptions o;
    o.dbTimeoutSeconds = 30;
    o.lockTimeoutSeconds = 90;
    const ExternalRunReport r = ExternalExecutor(c, settings()).run(MigrationCommand::Up, o);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    EXPECT_EQ(read("argv.txt"), "migrations\nup\n-c\n/etc/kong/kong.conf\n--db-timeout\n30\n--lock-timeout\n90\n");
    EXPECT_TRUE(read("prefix.txt").startsWith("-n\nkong\n--\n" + m_tmp.filePath("kong") + "\nmigrations\n"));
    EXPECT_EQ(r.argv.first(), prefix);
}

TEST_F(ExternalExecutorTest, UpStreamsLinesInOrderAndReportsExactlyWhatChanged)
{
    Collector obs;
    ExternalExecutor ex(config(script("kong", kUpScript)), settings());
    const ExternalRunReport r = ex.run(KongCliCommand::Up, {}, &obs);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    EXPECT_EQ(r.exitCode, 0);
    const QStringList expected{
        "migrating core on database '" + m_db + "'...", "core migrated up to: 009_200_to_210 (pending)",
        "core migrated up to: 010_210_to_211 (executed)", "migrating bot-detection on database '" + m_db + "'...",
        "bot-detection migrated up to: 001_200_to_210 (pending)", "3 migrations processed", "1 executed",
        "2 pending", "", "Database has pending migrations; run 'kong migrations finish' when ready"};
    EXPECT_EQ(r.lines, expected);
    ASSERT_EQ(obs.lines.size(), expected.size() + 1);
    EXPECT_TRUE(obs.lines.first().startsWith("$ ")); // the command line comes first
    EXPECT_EQ(obs.lines.mid(1), expected);
    ASSERT_TRUE(r.before && r.after);
    EXPECT_EQ(r.before->subsystems.size(), 2);
    EXPECT_EQ(r.after->subsystems.size(), 3);
    EXPECT_EQ(r.changes, (QStringList{"core: 010_210_to_211 executed", "core: 009_200_to_210 pending",
                                      "bot-detection: 001_200_to_210 pending"}));
    ASSERT_EQ(r.changeSet.size(), 2);
    EXPECT_EQ(r.changeSet[1].subsystem, "bot-detection");
    EXPECT_EQ(r.toJson()["changes"].toArray().size(), 3);
}

TEST_F(ExternalExecutorTest, FinishAndForcedRerunAreReportedAsSuch)
{
    sql("UPDATE schema_meta SET pending = '{009_200_to_210}' WHERE subsystem = 'core'");
    const QString kong = script("kong", R"SH(#!/bin/bash
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE schema_meta SET last_executed = '009_200_to_210', executed = array_append(executed, '009_200_to_210'), pending = array_remove(pending, '009_200_to_210') WHERE subsystem = 'core'" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE schema_meta SET executed = array_append(executed, '000_base_acl') WHERE subsystem = 'acl'" || exit 1
echo "core migrated up to: 009_200_to_210 (executed)"
echo "No pending migrations to finish"
)SH");
    const ExternalRunReport r = ExternalExecutor(config(kong), settings()).run(KongCliCommand::Finish, {});
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    EXPECT_EQ(r.changes, (QStringList{"core: 009_200_to_210 executed (was pending)", "acl: 000_base_acl executed again"}));
}

TEST_F(ExternalExecutorTest, AbortedLineWithExitZeroIsAFailureToAct)
{
    const QString kong = script("kong", "#!/bin/bash\necho 'aborted: another node is performing database changes'\nexit 0\n");
    const ExternalRunReport r = ExternalExecutor(config(kong), settings()).run(KongCliCommand::Finish, {});
    EXPECT_EQ(r.exitCode, 0);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, ErrorKind::Timeout);
    EXPECT_TRUE(r.error->message.contains("another node")) << qPrintable(r.error->message);
    EXPECT_FALSE(r.error->remedy.isEmpty());
    EXPECT_TRUE(r.changes.isEmpty());
}

TEST_F(ExternalExecutorTest, PendingPrecheckOnStderrBecomesATypedError)
{
    const QString kong = script("kong", R"SH(#!/bin/bash
echo "Error: Database has pending migrations; run 'kong migrations finish'" >&2
echo "" >&2
echo "  Run with --v (verbose) or --vv (debug) for more details" >&2
exit 1
)SH");
    const ExternalRunReport r = ExternalExecutor(config(kong), settings()).run(KongCliCommand::Up, {});
    EXPECT_EQ(r.exitCode, 1);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, ErrorKind::Sql);
    EXPECT_EQ(r.error->message, "Database has pending migrations from a previous upgrade");
    EXPECT_EQ(r.error->detail, "Database has pending migrations; run 'kong migrations finish'");
    EXPECT_TRUE(r.error->remedy.contains("kong migrations finish"));
}

TEST_F(ExternalExecutorTest, KnownFailureLinesMapToErrors)
{
    const auto kindOf = [](KongCliCommand c, int exit, const QStringList &lines) {
        const auto e = classifyKongOutput(c, exit, lines);
        return e ? Error::kindName(e->kind) : QString("ok");
    };
    const QString migFail = "Error: [PostgreSQL error] cluster_mutex callback threw an error: "
                            "/usr/local/share/lua/5.1/kong/db/init.lua:530: [PostgreSQL error] failed to run "
                            "migration '009_200_to_210' up: ERROR: column \"x\" does not exist";
    const auto mig = classifyKongOutput(KongCliCommand::Up, 1, {"migrating core on database 'kong'...", migFail});
    ASSERT_TRUE(mig);
    EXPECT_EQ(mig->message, "Migration 009_200_to_210 failed (up)");
    EXPECT_EQ(mig->detail, "ERROR: column \"x\" does not exist");
    EXPECT_EQ(kindOf(KongCliCommand::Up, 1, {"Error: Cannot run migrations: Database needs bootstrapping or is older than Kong 1.0."}), "sql");
    EXPECT_EQ(kindOf(KongCliCommand::Finish, 0, {"cannot run migrations: database not bootstrapped"}), "sql"); // 1.0, exit 0
    EXPECT_EQ(kindOf(KongCliCommand::Up, 1, {"Error: [PostgreSQL error] timeout"}), "timeout");
    EXPECT_EQ(kindOf(KongCliCommand::Reset, 1, {"Error: not a tty: invoke 'reset' non-interactively with the --yes flag"}), "config");
    EXPECT_EQ(kindOf(KongCliCommand::Up, 127, {"sh: 1: kong: not found"}), "environment");
    EXPECT_EQ(kindOf(KongCliCommand::Bootstrap, 0, {"Database already bootstrapped"}), "sql");
    EXPECT_EQ(kindOf(KongCliCommand::Up, 1, {"Error: connection refused"}), "connection_refused");
    EXPECT_EQ(kindOf(KongCliCommand::List, 4, {"Pending migrations:", "core: 009_200_to_210"}), "ok");
    EXPECT_EQ(kindOf(KongCliCommand::Up, 0, {"Database has pending migrations; run 'kong migrations finish' when ready"}), "ok");
    EXPECT_EQ(kindOf(KongCliCommand::Up, 0, {"Database is already up-to-date"}), "ok");
}

TEST_F(ExternalExecutorTest, TimeoutTerminatesThenKillsWithinTheGracePeriod)
{
    // Ignores SIGTERM, so only the SIGKILL after the grace period ends it.
    const QString kong = script("kong", "#!/bin/bash\ntrap '' TERM\necho started\nwhile :; do sleep 0.1; done\n");
    ExternalKongConfig c = config(kong);
    c.timeoutSeconds = 1;
    c.killGraceMs = 500;
    QElapsedTimer t;
    t.start();
    const ExternalRunReport r = ExternalExecutor(c, settings()).run(KongCliCommand::Up, {});
    EXPECT_GE(r.durationMs, 1400);  // 1 s timeout + 0.5 s grace
    EXPECT_LT(r.durationMs, 3000);
    EXPECT_LT(t.elapsed(), 15000); // probes included, on a loaded machine
    EXPECT_TRUE(r.timedOut);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.lines, QStringList{"started"});
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, ErrorKind::Timeout);
    EXPECT_TRUE(r.after.has_value()); // still looked at what it left behind
}

TEST_F(ExternalExecutorTest, CancelStopsTheChildFromAWorkerThread)
{
    const QString kong = script("kong", "#!/bin/bash\necho waiting\nwhile :; do sleep 0.1; done\n");
    auto token = std::make_shared<PgCancelToken>();
    ExternalExecutor ex(config(kong), settings());
    QElapsedTimer t;
    t.start();
    auto future = QtConcurrent::run([&] { return ex.run(KongCliCommand::Up, {}, nullptr, token); });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    token->cancel();
    future.waitForFinished();
    const ExternalRunReport r = future.result();
    EXPECT_LT(r.durationMs, 2500); // stopped at once: SIGTERM is honoured
    EXPECT_LT(t.elapsed(), 15000);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.started);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, ErrorKind::Cancelled);
    EXPECT_EQ(r.lines, QStringList{"waiting"});
}

TEST_F(ExternalExecutorTest, SecretsFromTheEnvironmentAreRedacted)
{
    const QString secret = "s3cret-Pa55-for-kong";
    const QString kong = script("kong", R"SH(#!/bin/bash
echo "pg_password = $KONG_PG_PASSWORD"
echo "using $KONG_PG_PASSWORD here" >&2
)SH");
    ExternalKongConfig c = config(kong);
    c.env.insert("KONG_PG_PASSWORD", secret);
    Collector obs;
    const ExternalRunReport r = ExternalExecutor(c, settings()).run(KongCliCommand::Up, {}, &obs);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toString());
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines[0], "pg_password = ******");
    EXPECT_EQ(r.lines[1], "using ****** here");
    EXPECT_FALSE(obs.lines.join('\n').contains(secret));
    EXPECT_FALSE(QJsonDocument(r.toJson()).toJson().contains(secret.toUtf8()));
}

TEST_F(ExternalExecutorTest, MissingKongIsAnEnvironmentErrorWithRemedy)
{
    ExternalKongConfig direct = config(m_tmp.filePath("no-such-kong"));
    const ExternalRunReport r = ExternalExecutor(direct, settings()).run(KongCliCommand::Up, {});
    EXPECT_FALSE(r.started);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, ErrorKind::Environment);
    EXPECT_TRUE(r.error->message.endsWith("not found"));
    EXPECT_TRUE(r.error->remedy.contains("command prefix"));

    // Through a prefix the shell inside reports it, with exit 127.
    ExternalKongConfig viaShell = config("kong-not-installed");
    viaShell.commandPrefix = {"/bin/sh", "-c", "exec \"$@\"", "sh"};
    const ExternalRunReport p = ExternalExecutor(viaShell, settings()).run(KongCliCommand::Up, {});
    EXPECT_TRUE(p.started);
    EXPECT_EQ(p.exitCode, 127);
    ASSERT_TRUE(p.error.has_value());
    EXPECT_EQ(p.error->message, "kong not found");
}

TEST_F(ExternalExecutorTest, UnreadableDatastoreStopsBeforeKongRuns)
{
    ConnectionSettings bad = settings();
    bad.database = "missing_db_for_external";
    const ExternalRunReport r = ExternalExecutor(config(script("kong", kUpScript)), bad).run(KongCliCommand::Up, {});
    EXPECT_FALSE(r.started);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->kind, ErrorKind::DatabaseMissing);
    EXPECT_FALSE(QFile::exists(m_tmp.filePath("argv.txt")));
}
