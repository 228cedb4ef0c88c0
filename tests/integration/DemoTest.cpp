// SPDX-License-Identifier: GPL-3.0-or-later
// Demo mode (issue 7): the seed upgrades cleanly to 2.5 with the real engine, every training
// scenario produces its finding in the real assessment, and the CLI story runs end to end
// without leaving a PostgreSQL process or a temp directory behind.
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include "assessment/Assessment.h"
#include "assessment/ReadOnlySession.h"
#include "db/PgConnection.h"
#include "demo/DemoDatastore.h"
#include "demo/DemoSeeder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace kuw::core;
using kuw::test::DatabaseTest;

namespace {

QStringList findingIds(const Assessment &a)
{
    QStringList ids;
    for (const Finding &f : a.findings)
        ids << f.id;
    return ids;
}

Assessment assessDemo(const DemoDatastore &ds)
{
    auto config = ds.kongConfig();
    EXPECT_TRUE(config);
    auto paths = UpgradePath::loadEmbedded();
    EXPECT_TRUE(paths);
    auto conn = openReadOnlySession(ds.settings());
    EXPECT_TRUE(conn) << (conn ? "" : qPrintable(conn.error().toString()));
    if (!config || !paths || !conn)
        return {};
    AssessmentOptions options;
    options.target = ds.targetVersion();
    auto a = runAssessment(conn->get(), *config, kuw::test::catalog(), *paths, options);
    EXPECT_TRUE(a) << (a ? "" : qPrintable(a.error().toString()));
    return a ? *a : Assessment();
}

qint64 count(PgConnection &conn, const QString &sql)
{
    auto r = conn.exec(sql);
    EXPECT_TRUE(r) << qPrintable(sql) << (r ? "" : qPrintable(r.error().toString()));
    return r ? r->integer(0, 0) : -1;
}

/// Processes whose command line mentions `path` (a postgres started under it would).
QStringList processesMentioning(const QString &path)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        if (cmd.contains(path.toUtf8()))
            found << pid + QLatin1Char(' ') + QString::fromUtf8(cmd).left(160);
    }
    return found;
}

struct DemoRun
{
    int exitCode = -1;
    QString out, err;
};

/// Runs `kong-upgrade demo ARGS` with TMPDIR = `tmp`.
DemoRun runDemo(const QStringList &args, const QString &tmp)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KUW_CLI_PATH), QStringList{QStringLiteral("demo")} + args);
    p.closeWriteChannel();
    const bool done = p.waitForFinished(280000);
    EXPECT_TRUE(done) << "kong-upgrade demo did not finish";
    return {done ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// A private TMPDIR the `postgres` account can traverse (the scratch server runs as it under root).
std::unique_ptr<QTemporaryDir> demoTmp()
{
    auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/kuw-demotest.XXXXXX"));
    EXPECT_TRUE(dir->isValid());
    QFile::setPermissions(dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return dir;
}

} // namespace

// ---- the seed -------------------------------------------------------------------------------

class DemoSeed : public DatabaseTest
{
};

TEST_F(DemoSeed, SeedsEveryEntityKindAndUpgradesCleanlyTo25)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("1.5.1")).ok());
    auto conn = connect();
    const DemoSeeder seeder(DemoSeedSize::small());
    ASSERT_TRUE(seeder.seed(*conn));
    auto counts = DemoSeeder::tableCounts(*conn);
    ASSERT_TRUE(counts);
    qint64 total = 0;
    for (const auto &[table, n] : *counts) {
        EXPECT_GT(n, 0) << qPrintable(table);
        total += n;
    }
    EXPECT_EQ(total, seeder.expectedRows());
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM tags")), total - count(*conn, QStringLiteral("SELECT count(*) FROM oauth2_tokens")));
    const qint64 plugins = count(*conn, QStringLiteral("SELECT count(*) FROM plugins"));
    const qint64 stale = count(*conn, QStringLiteral("SELECT count(*) FROM targets t WHERE EXISTS (SELECT 1 FROM targets o "
                                                     "WHERE o.upstream_id = t.upstream_id AND o.target = t.target AND o.created_at > t.created_at)"));
    EXPECT_GT(stale, 0);
    for (const char *auth : {"key-auth", "basic-auth", "jwt", "hmac-auth", "oauth2", "acl"})
        EXPECT_GT(count(*conn, QStringLiteral("SELECT count(*) FROM plugins WHERE name = '%1'").arg(QLatin1String(auth))), 0) << auth;

    // The real engine carries every seeded row through every migration up to 2.5.
    for (MigrationCommand c : {MigrationCommand::Up, MigrationCommand::Finish}) {
        const RunReport r = kuw::test::runEngine(settings(), c, QStringLiteral("2.5.2"));
        ASSERT_TRUE(r.ok()) << qPrintable(r.error ? r.error->toString() : QString());
    }
    Engine::Options o;
    o.target = KongVersion::parse(QStringLiteral("2.5.2")).value();
    auto state = Engine(kuw::test::catalog(), settings(), o).inspect(*conn);
    ASSERT_TRUE(state);
    EXPECT_EQ(state->kind(), SchemaState::Kind::UpToDate);
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM plugins")), plugins);
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM plugins WHERE ws_id IS NULL")), 0);
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM plugins WHERE config ? 'whitelist'")), 0);
    EXPECT_GT(count(*conn, QStringLiteral("SELECT count(*) FROM plugins WHERE name = 'acl' AND config ? 'allow'")), 0);
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM ca_certificates WHERE cert_digest IS NULL")), 0);
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM targets t WHERE EXISTS (SELECT 1 FROM targets o "
                                          "WHERE o.upstream_id = t.upstream_id AND o.target = t.target AND o.id <> t.id)")),
              0);
}

TEST_F(DemoSeed, RefusesADatastoreNotAtThe15Level)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.0.5")).ok());
    auto conn = connect();
    const Status s = DemoSeeder(DemoSeedSize::small()).seed(*conn);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains("1.5 level")) << qPrintable(s.error().message);
    EXPECT_TRUE(s.error().message.contains("008_150_to_200")) << qPrintable(s.error().message);
    EXPECT_EQ(count(*conn, QStringLiteral("SELECT count(*) FROM services")), 0); // nothing half-written
}

// ---- the datastore and its scenarios ----------------------------------------------------------

TEST(DemoDatastoreTest, DefaultStartsAtTheNewestLevelBeforeTheTargetsAndTearsDown)
{
    auto tmp = demoTmp();
    qputenv("TMPDIR", tmp->path().toUtf8());
    QString dir;
    {
        auto ds = DemoDatastore::create(DemoOptions{}, kuw::test::catalog());
        ASSERT_TRUE(ds) << qPrintable(ds.error().toString());
        // 2.3 to 2.5 share one schema level: the newest older level is 2.2's.
        EXPECT_EQ((*ds)->startVersion().toString().toStdString(), "2.2.2");
        EXPECT_EQ((*ds)->targetVersion().toString().toStdString(), "2.5.2");
        dir = (*ds)->directory();
        EXPECT_TRUE(dir.startsWith(tmp->path())) << qPrintable(dir);
        const Assessment a = assessDemo(**ds);
        EXPECT_FALSE(a.hasBlocker()) << qPrintable(a.toText());
        EXPECT_TRUE(a.level.toString().endsWith("2.2.2")) << qPrintable(a.toText());
    }
    qunsetenv("TMPDIR");
    EXPECT_FALSE(QFileInfo::exists(dir));
    EXPECT_TRUE(processesMentioning(tmp->path()).isEmpty()) << qPrintable(processesMentioning(tmp->path()).join('\n'));
}

TEST(DemoDatastoreTest, BadOptionsAreClearErrors)
{
    DemoOptions o;
    o.startVersion = QStringLiteral("1.2");
    auto ds = DemoDatastore::create(o, kuw::test::catalog());
    ASSERT_FALSE(ds);
    EXPECT_TRUE(ds.error().message.contains("1.5")) << qPrintable(ds.error().message);
    o.startVersion = QStringLiteral("2.3");
    o.scenario = QStringLiteral("duplicate-ca");
    ds = DemoDatastore::create(o, kuw::test::catalog());
    ASSERT_FALSE(ds);
    EXPECT_TRUE(ds.error().message.contains("before 2.1.0")) << qPrintable(ds.error().message);
    o.scenario = QStringLiteral("no-such-scenario");
    ds = DemoDatastore::create(o, kuw::test::catalog());
    ASSERT_FALSE(ds);
    EXPECT_TRUE(ds.error().remedy.contains("--list-scenarios"));
}

TEST(DemoDatastoreTest, SecondStartCopiesThePreparedDatastoreFromTheCache)
{
    QTemporaryDir cache;
    DemoOptions o;
    o.templateCache = cache.path();
    o.scenario = QStringLiteral("stale-lock");
    auto phases = [](const DemoDatastore &ds) {
        QStringList names;
        for (const auto &[name, ms] : ds.timings())
            names << name;
        return names.join(',');
    };
    QString level;
    qint64 services = 0;
    {
        auto ds = DemoDatastore::create(o, kuw::test::catalog());
        ASSERT_TRUE(ds) << qPrintable(ds.error().toString());
        EXPECT_FALSE((*ds)->fromCache());
        EXPECT_TRUE(phases(**ds).contains("bootstrap")) << qPrintable(phases(**ds));
        level = assessDemo(**ds).level.toString();
        auto conn = PgConnection::open((*ds)->settings());
        ASSERT_TRUE(conn);
        services = count(**conn, QStringLiteral("SELECT count(*) FROM services"));
        ASSERT_GT(services, 0);
    }
    {
        auto ds = DemoDatastore::create(o, kuw::test::catalog());
        ASSERT_TRUE(ds) << qPrintable(ds.error().toString());
        EXPECT_TRUE((*ds)->fromCache());
        EXPECT_FALSE(phases(**ds).contains("bootstrap")) << qPrintable(phases(**ds));
        const Assessment a = assessDemo(**ds);
        EXPECT_EQ(a.level.toString(), level);
        EXPECT_TRUE(findingIds(a).contains("lock.stale")) << qPrintable(a.toText());
        auto conn = PgConnection::open((*ds)->settings());
        ASSERT_TRUE(conn);
        EXPECT_EQ(count(**conn, QStringLiteral("SELECT count(*) FROM services")), services);
    }
    o.scenario.clear(); // other options: another datastore, prepared afresh
    auto other = DemoDatastore::create(o, kuw::test::catalog());
    ASSERT_TRUE(other) << qPrintable(other.error().toString());
    EXPECT_FALSE((*other)->fromCache());
    EXPECT_FALSE(findingIds(assessDemo(**other)).contains("lock.stale"));
}

class DemoScenarioTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(DemoScenarioTest, ProducesItsFindingAndTheRemedyClearsTheBlocker)
{
    const DemoScenario *sc = DemoScenario::find(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(sc);
    DemoOptions o;
    o.scenario = sc->name;
    o.useCache = false; // prepared by the engine every time (the cache has its own test)
    auto ds = DemoDatastore::create(o, kuw::test::catalog());
    ASSERT_TRUE(ds) << qPrintable(ds.error().toString());
    const Assessment before = assessDemo(**ds);
    EXPECT_TRUE(findingIds(before).contains(sc->findingId)) << qPrintable(before.toText());

    // The remedy the demo applies (SQL, or 'finish' with the start version).
    if (sc->remedyFinish) {
        Engine::Options eo;
        eo.target = (*ds)->startVersion();
        ASSERT_TRUE(Engine(kuw::test::catalog(), (*ds)->settings(), eo).run(MigrationCommand::Finish).ok());
    } else if (!sc->remedySql.isEmpty()) {
        auto conn = PgConnection::open((*ds)->settings());
        ASSERT_TRUE(conn);
        ASSERT_TRUE((*conn)->execScript(sc->remedySql));
    }
    const Assessment after = assessDemo(**ds);
    EXPECT_FALSE(after.hasBlocker()) << qPrintable(after.toText());
    if (sc->name != QLatin1String("stale-lock")) { // an expired lock stays until the next runner removes it
        EXPECT_FALSE(findingIds(after).contains(sc->findingId)) << qPrintable(after.toText());
    }
    // And the datastore then upgrades to the target with the real engine.
    for (MigrationCommand c : {MigrationCommand::Up, MigrationCommand::Finish}) {
        Engine::Options eo;
        eo.target = (*ds)->targetVersion();
        const RunReport r = Engine(kuw::test::catalog(), (*ds)->settings(), eo).run(c);
        EXPECT_TRUE(r.ok()) << qPrintable(r.error ? r.error->toString() : QString());
    }
}

INSTANTIATE_TEST_SUITE_P(Presets, DemoScenarioTest,
                         ::testing::Values("pending", "stale-lock", "hybrid-rla", "enterprise", "duplicate-ca"),
                         [](const auto &info) { return QString::fromLatin1(info.param).replace('-', '_').toStdString(); });

TEST(DemoScenarioList, EveryPresetIsTested)
{
    EXPECT_EQ(DemoScenario::all().size(), 5); // a new preset needs its line in Presets above
}

// ---- the CLI story ----------------------------------------------------------------------------

TEST(CliDemo, RunsTheWholeStoryAndLeavesNoProcessOrTempDir)
{
    auto tmp = demoTmp();
    const DemoRun run = runDemo({QStringLiteral("--yes")}, tmp->path());
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out) << qPrintable(run.err);
    for (const char *expected : {"Step 1: Start an embedded PostgreSQL", "Assessment", "Snapshot", "Step 4: Up",
                                 "stage 10 %", "stage 50 %", "stage 100 %", "node checks: old 2 up", "Finish",
                                 "The datastore is up to date for Kong 2.5.2.", "PostgreSQL stopped"})
        EXPECT_TRUE(run.out.contains(QLatin1String(expected))) << expected << "\n" << qPrintable(run.out);
    EXPECT_TRUE(QDir(tmp->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        << qPrintable(QDir(tmp->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(' '));
    EXPECT_TRUE(processesMentioning(tmp->path()).isEmpty()) << qPrintable(processesMentioning(tmp->path()).join('\n'));
}

TEST(CliDemo, MisbehavingNewClusterIsWarnedAndRolledBack)
{
    auto tmp = demoTmp();
    const DemoRun run = runDemo({QStringLiteral("--yes"), QStringLiteral("--misbehave"), QStringLiteral("--version"),
                                 QStringLiteral("2.3")}, tmp->path());
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains("WARNING")) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("rolled back")) << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(": Finish ==")) << qPrintable(run.out);
    EXPECT_TRUE(QDir(tmp->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_TRUE(processesMentioning(tmp->path()).isEmpty());
}

TEST(CliDemo, ScenarioStoryShowsTheFindingAndTheRemedy)
{
    auto tmp = demoTmp();
    const DemoRun run = runDemo({QStringLiteral("--yes"), QStringLiteral("--scenario"), QStringLiteral("pending")}, tmp->path());
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains("The assessment caught the training scenario: migrations.pending")) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("Remedy: Run 'finish'")) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("up to date for Kong 2.5.2")) << qPrintable(run.out);
}

TEST(CliDemo, ListsScenariosAndRejectsUnknownOnes)
{
    auto tmp = demoTmp();
    DemoRun run = runDemo({QStringLiteral("--list-scenarios")}, tmp->path());
    EXPECT_EQ(run.exitCode, 0);
    for (const DemoScenario &s : DemoScenario::all())
        EXPECT_TRUE(run.out.contains(s.name + QLatin1Char('\n'))) << qPrintable(s.name);
    run = runDemo({QStringLiteral("--yes"), QStringLiteral("--scenario"), QStringLiteral("nope")}, tmp->path());
    EXPECT_EQ(run.exitCode, 10) << qPrintable(run.out) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("Unknown demo scenario 'nope'")) << qPrintable(run.err);
    EXPECT_TRUE(QDir(tmp->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}
