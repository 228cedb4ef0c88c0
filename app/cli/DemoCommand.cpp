// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "CliContext.h"
#include "PathCommand.h"
#include "assessment/Assessment.h"
#include "assessment/ReadOnlySession.h"
#include "cluster/TrafficMonitor.h"
#include "db/PgConnection.h"
#include "demo/DemoEnvironment.h"
#include "jobs/MigrationJob.h"
#include "migrations/Catalog.h"
#include "snapshot/SnapshotJob.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Demo)
};
} // namespace

namespace {

/// Runs the event loop until `future` is done (the simulated nodes keep serving meanwhile).
template<typename T>
T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct AssessmentOutcome
{
    std::optional<core::Assessment> assessment;
    std::optional<core::Error> error;
};

class DemoStory
{
public:
    DemoStory(CliContext &ctx, bool unattended) : m_ctx(ctx), m_yes(unattended) {}

    int run(const core::DemoOptions &options, bool misbehave);

private:
    void step(const QString &title)
    {
        ++m_step;
        m_ctx.out() << Text::tr("\n== Step %1: %2 ==\n").arg(m_step).arg(title);
        m_ctx.out().flush();
    }
    void say(const QString &line)
    {
        m_ctx.out() << line << "\n";
        m_ctx.out().flush();
    }
    /// A checkpoint: Enter continues (EOF too, so a closed stdin never hangs the story).
    void checkpoint(const QString &next)
    {
        if (m_yes) {
            say(Text::tr("-- next: %1").arg(next));
            return;
        }
        m_ctx.out() << Text::tr("-- next: %1. Press Enter to continue… ").arg(next);
        m_ctx.out().flush();
        char buffer[256];
        if (!std::fgets(buffer, sizeof buffer, stdin))
            say(Text::tr("(stdin closed: continuing)"));
    }
    int fail(const core::Error &error)
    {
        m_ctx.out().flush();
        return m_ctx.fail(error);
    }

    AssessmentOutcome assess();
    bool printAssessment(const core::Assessment &a);
    std::optional<core::Error> applyRemedy();
    std::optional<core::Error> runEngine(core::MigrationCommand command, const core::KongVersion &target);
    bool cutover(bool misbehave);
    void teardown();

    CliContext &m_ctx;
    bool m_yes;
    int m_step = 0;
    std::optional<core::Catalog> m_catalog;
    std::unique_ptr<core::DemoEnvironment> m_env;
};

AssessmentOutcome DemoStory::assess()
{
    auto config = m_env->datastore().kongConfig();
    if (!config)
        return {std::nullopt, config.error()};
    const core::ConnectionSettings settings = m_env->datastore().settings();
    const core::KongVersion target = m_env->datastore().targetVersion();
    const core::Catalog catalog = *m_catalog;
    return await(QtConcurrent::run([settings, target, catalog, cfg = *config]() -> AssessmentOutcome {
        auto paths = core::UpgradePath::loadEmbedded();
        if (!paths)
            return {std::nullopt, paths.error()};
        auto conn = core::openReadOnlySession(settings);
        if (!conn)
            return {std::nullopt, conn.error()};
        core::AssessmentOptions options;
        options.target = target;
        auto a = core::runAssessment(conn->get(), cfg, catalog, *paths, options);
        if (!a)
            return {std::nullopt, a.error()};
        return {*a, std::nullopt};
    }));
}

bool DemoStory::printAssessment(const core::Assessment &a)
{
    QString text = core::Redactor::redact(a.toText());
    for (const QString &line : text.split(QLatin1Char('\n')))
        m_ctx.out() << "  " << line << "\n";
    m_ctx.out().flush();
    return a.hasBlocker();
}

std::optional<core::Error> DemoStory::runEngine(core::MigrationCommand command, const core::KongVersion &target)
{
    core::Engine::Options opts;
    opts.target = target;
    if (auto config = m_env->datastore().kongConfig())
        opts.plugins = config->list(QStringLiteral("plugins")); // as the nodes run them
    core::MigrationJob job(*m_catalog, m_env->datastore().settings(), opts, command);
    QEventLoop loop;
    int lastDone = -1;
    QObject::connect(&job, &core::MigrationJob::progress, &job, [&](int done, int total, const QString &current) {
        if (current.isEmpty() || done == lastDone)
            return;
        lastDone = done;
        say(QStringLiteral("  [%1/%2] %3").arg(done + 1).arg(total).arg(current));
    });
    QObject::connect(&job, &core::MigrationJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    job.start();
    if (job.isRunning())
        loop.exec();
    const core::RunReport &r = job.report();
    if (r.error)
        return r.error;
    say(Text::tr("  %1 step(s) done in %2 ms").arg(r.executedCount()).arg(clock.elapsed()));
    return std::nullopt;
}

std::optional<core::Error> DemoStory::applyRemedy()
{
    const core::DemoScenario *sc = m_env->datastore().scenario();
    say(Text::tr("Remedy: %1").arg(sc->remedy));
    if (sc->remedyFinish)
        return runEngine(core::MigrationCommand::Finish, m_env->datastore().startVersion());
    if (sc->remedySql.isEmpty())
        return std::nullopt;
    const core::ConnectionSettings settings = m_env->datastore().settings();
    const QString sql = sc->remedySql;
    auto st = await(QtConcurrent::run([settings, sql]() -> std::optional<core::Error> {
        auto conn = core::PgConnection::open(settings);
        if (!conn)
            return conn.error();
        if (core::Status s = (*conn)->execScript(sql); !s)
            return s.error();
        return std::nullopt;
    }));
    return st;
}

QString percent(const std::optional<double> &fraction)
{
    return fraction ? QStringLiteral("%1 %").arg(*fraction * 100.0, 0, 'f', 1) : QStringLiteral("–");
}

bool DemoStory::cutover(bool misbehave)
{
    core::TrafficMonitor monitor;
    monitor.setNodes(m_env->monitoredNodes());
    monitor.setInterval(std::chrono::milliseconds(500));
    QString warning;
    QObject::connect(&monitor, &core::TrafficMonitor::errorRateWarning, &monitor,
                     [&](double, double, const QString &message) { warning = message; });
    if (misbehave) {
        m_env->setMisbehaving(true);
        say(Text::tr("The new cluster misbehaves (--misbehave): 20 % of its requests fail with 5xx."));
    }
    monitor.start();
    bool ok = true;
    for (const double stage : {10.0, 50.0, 100.0}) {
        checkpoint(Text::tr("send %1 % of the traffic to the new cluster").arg(stage));
        m_env->setTrafficStage(stage);
        pause(2200); // four monitor rounds at the new split
        const auto sample = monitor.lastSample();
        if (!sample) {
            say(Text::tr("  no traffic sample yet"));
            continue;
        }
        say(Text::tr("  stage %1 %: old cluster %2 req/s, new cluster %3 req/s (new share %4); 5xx old %5, new %6")
                .arg(stage).arg(sample->oldRate, 0, 'f', 0).arg(sample->newRate, 0, 'f', 0)
                .arg(percent(sample->newShare), percent(sample->old5xx), percent(sample->new5xx)));
        say(Text::tr("  node checks: old %1 up / %2 down, new %3 up / %4 down")
                .arg(sample->oldUp).arg(sample->oldDown).arg(sample->newUp).arg(sample->newDown));
        for (const core::NodeSample &n : sample->nodes)
            say(QStringLiteral("    %1 %2 %3").arg(n.up ? QStringLiteral("up  ") : Text::tr("DOWN"), n.url.toString(), n.label));
        if (sample->newDown > 0) {
            warning = Text::tr("%1 new node(s) down").arg(sample->newDown);
        }
        if (!warning.isEmpty() || monitor.warningActive()) {
            say(Text::tr("  WARNING: %1").arg(warning.isEmpty() ? Text::tr("the new cluster fails more than the old") : warning));
            say(Text::tr("  Rolling the traffic back to the old cluster (0 %); 'finish' must not run while old nodes are needed."));
            m_env->setTrafficStage(0);
            ok = false;
            break;
        }
    }
    monitor.stop();
    return ok;
}

void DemoStory::teardown()
{
    step(Text::tr("Teardown"));
    const bool keep = m_env->datastore().kept();
    const QString dir = m_env->datastore().directory();
    const QString hint = keep ? m_env->datastore().connectHint() : QString();
    m_env.reset(); // nodes stop, then the datastore (unless kept)
    if (keep) {
        say(Text::tr("Simulated nodes stopped; the datastore is kept (--keep)."));
        m_ctx.out() << hint;
    } else {
        say(Text::tr("Simulated nodes stopped; PostgreSQL stopped; %1 %2.")
                .arg(dir, QFileInfo::exists(dir) ? Text::tr("could NOT be removed") : Text::tr("removed")));
    }
    m_ctx.out().flush();
}

int DemoStory::run(const core::DemoOptions &options, bool misbehave)
{
    auto catalog = core::Catalog::loadEmbedded();
    if (!catalog)
        return fail(catalog.error());
    m_catalog = *catalog;
    QElapsedTimer clock;
    clock.start();

    step(Text::tr("Start an embedded PostgreSQL and seed a Kong datastore"));
    QObject relay; // log lines from the worker are printed on this thread, in order
    auto prepared = await(core::DemoEnvironment::prepare(options, [this, &relay](const QString &line) {
        QMetaObject::invokeMethod(&relay, [this, line] { say(QStringLiteral("  ") + line); }, Qt::QueuedConnection);
    }));
    QCoreApplication::processEvents();
    if (prepared.error)
        return fail(*prepared.error);
    m_env = std::make_unique<core::DemoEnvironment>(std::move(prepared.datastore)); // the only owner: teardown is real
    core::DemoDatastore &ds = m_env->datastore();
    if (options.keep)
        ds.keep();
    if (core::Status s = m_env->startNodes(); !s) {
        teardown();
        return fail(s.error());
    }
    for (const auto &[phase, ms] : ds.timings())
        say(QStringLiteral("  %1: %2 ms").arg(phase).arg(ms));
    say(Text::tr("Ready in %1 ms: Kong %2 datastore with %3 seeded entity rows, in %4 (port %5)")
            .arg(clock.elapsed()).arg(ds.startVersion().toString()).arg(ds.seededRows()).arg(ds.directory()).arg(ds.port()));
    for (const core::MonitoredNode &n : m_env->monitoredNodes())
        say(Text::tr("  simulated node %1 %2").arg(n.url.toString(), n.label));
    if (const core::DemoScenario *sc = ds.scenario())
        say(Text::tr("Training scenario '%1': %2").arg(sc->name, sc->title));

    checkpoint(Text::tr("the preflight assessment for Kong %1").arg(ds.targetVersion().toString()));
    step(Text::tr("Assessment"));
    auto outcome = assess();
    if (!outcome.assessment) {
        teardown();
        return fail(*outcome.error);
    }
    bool blocked = printAssessment(*outcome.assessment);
    if (const core::DemoScenario *sc = ds.scenario()) {
        if (!outcome.assessment->finding(sc->findingId)) {
            teardown();
            return fail(core::Error::make(core::ErrorKind::Internal,
                                          Text::tr("The assessment did not report '%1' for scenario '%2'").arg(sc->findingId, sc->name)));
        }
        say(Text::tr("The assessment caught the training scenario: %1").arg(sc->findingId));
        checkpoint(Text::tr("apply the remedy"));
        if (auto err = applyRemedy()) {
            teardown();
            return fail(*err);
        }
        say(Text::tr("Assessing again after the remedy:"));
        outcome = assess();
        if (!outcome.assessment) {
            teardown();
            return fail(*outcome.error);
        }
        blocked = printAssessment(*outcome.assessment);
    }
    if (blocked) {
        say(Text::tr("Blockers remain: a real upgrade stops here."));
        teardown();
        return ExitBlocked;
    }

    checkpoint(Text::tr("a verified snapshot (pg_dump) before any change"));
    step(Text::tr("Snapshot"));
    core::SnapshotOptions snapOptions;
    snapOptions.directory = ds.snapshotDirectory();
    std::unique_ptr<core::SnapshotJob> snap(core::SnapshotJob::create(ds.settings(), snapOptions));
    {
        QEventLoop loop;
        QObject::connect(snap.get(), &core::SnapshotJob::finished, &loop, &QEventLoop::quit);
        snap->start();
        if (snap->isRunning())
            loop.exec();
    }
    if (!snap->result().ok()) {
        teardown();
        return fail(*snap->result().error);
    }
    const core::SnapshotInfo &info = *snap->result().snapshot;
    say(Text::tr("  %1 (%2 KiB, %3 archive entries, verified, %4 ms)")
            .arg(info.path).arg(info.sizeBytes / 1024).arg(info.tocEntries).arg(info.durationMs));

    checkpoint(Text::tr("'migrations up' to Kong %1 while the old nodes keep serving").arg(ds.targetVersion().toString()));
    step(QStringLiteral("Up"));
    if (auto err = runEngine(core::MigrationCommand::Up, ds.targetVersion())) {
        teardown();
        return fail(*err);
    }

    checkpoint(Text::tr("the blue-green cutover, 10 → 50 → 100 %"));
    step(Text::tr("Simulated cutover"));
    const bool cutOver = cutover(misbehave);
    if (!cutOver) {
        say(Text::tr("The cutover was rolled back: 'finish' is not run. The old cluster serves on the migrated "
                           "schema until the new one is fixed."));
        teardown();
        return ExitOk;
    }
    m_env->retireOldNodes();
    say(Text::tr("All traffic on the new cluster; the old nodes are stopped."));

    checkpoint(Text::tr("'migrations finish' (no old node uses the database any more)"));
    step(Text::tr("Finish"));
    if (auto err = runEngine(core::MigrationCommand::Finish, ds.targetVersion())) {
        teardown();
        return fail(*err);
    }

    step(Text::tr("Verify"));
    const core::ConnectionSettings settings = ds.settings();
    const core::KongVersion target = ds.targetVersion();
    const core::Catalog cat = *m_catalog;
    auto state = await(QtConcurrent::run([settings, target, cat]() -> std::pair<std::optional<core::SchemaState>, std::optional<core::Error>> {
        auto conn = core::PgConnection::open(settings);
        if (!conn)
            return {std::nullopt, conn.error()};
        core::Engine::Options o;
        o.target = target;
        auto st = core::Engine(cat, settings, o).inspect(**conn);
        if (!st)
            return {std::nullopt, st.error()};
        return {*st, std::nullopt};
    }));
    if (!state.first) {
        teardown();
        return fail(*state.second);
    }
    const bool upToDate = state.first->kind() == core::SchemaState::Kind::UpToDate;
    say(QStringLiteral("  %1").arg(state.first->summary()));
    say(upToDate ? Text::tr("The datastore is up to date for Kong %1.").arg(target.toString())
                 : Text::tr("The datastore is NOT up to date for Kong %1.").arg(target.toString()));
    teardown();
    say(Text::tr("\nDemo finished in %1 s.").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    return upToDate ? ExitOk : ExitError;
}

} // namespace

int runDemoCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The whole upgrade story on an embedded, throwaway PostgreSQL and simulated Kong nodes: start, seed, "
        "assessment, snapshot, up, blue-green cutover (10/50/100 %), finish, verify, teardown. Nothing about the "
        "database is fake: the real engine migrates it. Pauses for Enter at each checkpoint unless --yes."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("version"), QStringLiteral("demo-version")},
                      Text::tr("Kong version the datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest "
                                     "schema level before the target's, 2.2.2 for 2.5)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("target"), Text::tr("Kong version to upgrade to (default: the newest known)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("size"), Text::tr("small (a class) or large (100k+ rows)."), QStringLiteral("size"),
                      QStringLiteral("small")});
    parser.addOption({QStringLiteral("scenario"), Text::tr("A training scenario (see --list-scenarios)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("list-scenarios"), Text::tr("List the training scenarios and exit.")});
    parser.addOption({QStringLiteral("keep"), Text::tr("Leave the datastore running at the end (prints how to connect).")});
    parser.addOption({QStringLiteral("misbehave"), Text::tr("The new cluster answers 20 % of its requests with 5xx.")});
    parser.addOption({{QStringLiteral("y"), QStringLiteral("yes")}, Text::tr("Run unattended (no pauses).")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Text::tr("Also print the engine's and pg_dump's log lines.")});
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc, false))
        return rc;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err() << Text::tr("Error: unexpected argument '%1'\n").arg(parser.positionalArguments().first());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("list-scenarios"))) {
        ctx.out() << core::DemoScenario::listText();
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("kuw.*.info=false")); // the story prints its own steps
    core::DemoOptions options;
    options.startVersion = parser.value(QStringLiteral("version"));
    options.targetVersion = parser.value(QStringLiteral("target"));
    options.size = parser.value(QStringLiteral("size"));
    options.scenario = parser.value(QStringLiteral("scenario"));
    options.keep = parser.isSet(QStringLiteral("keep"));
    DemoStory story(ctx, parser.isSet(QStringLiteral("yes")));
    return story.run(options, parser.isSet(QStringLiteral("misbehave")));
}

} // namespace kuw::cli
