// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatastore.h"

#include "DemoSeeder.h"
#include "db/PgConnection.h"
#include "migrations/Catalog.h"
#include "migrations/Engine.h"
#include "sandbox/ScratchPostgres.h"
#include "util/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStorageInfo>

#include <unistd.h>

namespace kuw::core {

namespace {

/// The level DemoSeeder writes at.
const QString kSeedLevel = QStringLiteral("1.5");

Status runEngine(const Catalog &catalog, const ConnectionSettings &settings, const KongVersion &target,
                 MigrationCommand command)
{
    Engine::Options opts;
    opts.target = target;
    Engine engine(catalog, settings, opts);
    const RunReport r = engine.run(command);
    if (r.error)
        return *r.error;
    return {};
}

/// Every migration Kong `v` lists with its bundled plugins: equal lists = the same schema level.
QStringList migrationNames(const Catalog &catalog, const KongVersion &v)
{
    QStringList names;
    for (const SubsystemEntry *s : catalog.subsystemsFor(v, {QStringLiteral("bundled")})) {
        for (const MigrationEntry *m : s->migrationsAt(v))
            names << s->name + QLatin1Char('/') + m->name;
    }
    return names;
}

/// What makes two demo datastores equal: the options and this very build (its seed, scenarios
/// and catalog are compiled in, so a rebuilt binary prepares afresh).
QString cacheVariant(const DemoOptions &options, const KongVersion &start, const KongVersion &target)
{
    const QFileInfo exe(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget());
    return QStringLiteral("kong demo datastore\nstart %1\ntarget %2\nsize %3\nscenario %4\nbuild %5 %6 %7 %8")
        .arg(start.toString(), target.toString(), options.size, options.scenario, QStringLiteral(KUW_VERSION),
             exe.filePath())
        .arg(exe.size())
        .arg(exe.lastModified().toMSecsSinceEpoch());
}

/// Where the throwaway cluster lives: in RAM (/dev/shm) when it has room and TMPDIR names no
/// place of its own — on a busy disk, writing the cluster's ~1500 files is most of a warm
/// start — else the temp directory.
QString demoParentDirectory(const QString &size)
{
    const QString shm = QStringLiteral("/dev/shm");
    const qint64 need = (size == QLatin1String("large") ? 2048LL : 512LL) * 1024 * 1024;
    if (qEnvironmentVariableIsEmpty("TMPDIR") && QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()) {
        const QStorageInfo info(shm);
        if (info.isValid() && info.isReady() && !info.isReadOnly() && info.bytesAvailable() >= need)
            return shm;
    }
    return QDir::tempPath();
}

} // namespace

DemoDatastore::~DemoDatastore()
{
    if (m_keep && m_server)
        m_server->release();
}

void DemoDatastore::keep()
{
    m_keep = true;
}

ConnectionSettings DemoDatastore::settings() const
{
    return m_server->settings(QStringLiteral("kong"));
}

QString DemoDatastore::directory() const
{
    return m_server->directory();
}

QString DemoDatastore::snapshotDirectory() const
{
    return m_server->directory() + QStringLiteral("/snapshots");
}

int DemoDatastore::port() const
{
    return m_server->port();
}

Result<KongConfig> DemoDatastore::kongConfig() const
{
    QString text = QStringLiteral("# kong-upgrade demo (embedded, throwaway datastore)\n"
                                  "database = postgres\npg_host = %1\npg_port = %2\npg_user = postgres\npg_database = kong\n")
                       .arg(directory())
                       .arg(port());
    if (m_scenario)
        text += m_scenario->configText;
    return KongConfig::fromText(text, QStringLiteral("demo kong.conf"));
}

QString DemoDatastore::connectHint() const
{
    auto bindir = ScratchPostgres::findBinDir();
    const QString pgCtl = (bindir ? *bindir + QLatin1Char('/') : QString()) + QStringLiteral("pg_ctl");
    const QString asPostgres = ::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") : QString();
    return QStringLiteral("The demo datastore (started at Kong %1%2) is still running.\n"
                          "  connect: psql \"%3\"\n"
                          "  stop:    %4%5 -D %6/data stop && rm -rf %6\n")
        .arg(m_start.toString(), m_scenario ? QStringLiteral(", scenario %1").arg(m_scenario->name) : QString(),
             m_server->conninfo(QStringLiteral("kong")), asPostgres, pgCtl, directory());
}

Result<KongVersion> DemoDatastore::startVersionFor(const DemoOptions &options, const Catalog &catalog,
                                                   const KongVersion &target, const DemoScenario *scenario)
{
    const KongVersion seedLevel = catalog.resolve(kSeedLevel).value_or(KongVersion());
    KongVersion start;
    if (!options.startVersion.isEmpty()) {
        const auto v = catalog.resolve(options.startVersion);
        if (!v)
            return Error::make(ErrorKind::Config, QStringLiteral("Unknown Kong version '%1' for the demo datastore").arg(options.startVersion),
                               QStringLiteral("Pick a release the catalog knows, from %1 to %2 (e.g. 1.5, 2.0, 2.1, 2.3)")
                                   .arg(seedLevel.toString(), target.toString()));
        start = *v;
    } else if (scenario && scenario->defaultStart.isValid()) {
        start = scenario->defaultStart;
    } else {
        // The newest release of the newest schema level before the target's: 'up' has work to do.
        const QStringList atTarget = migrationNames(catalog, target);
        for (const KongVersion &v : catalog.versions()) {
            if (v < target && !v.sameMinor(target) && migrationNames(catalog, v) != atTarget)
                start = v;
        }
    }
    if (!start.isValid() || start < seedLevel)
        return Error::make(ErrorKind::Config, QStringLiteral("The demo starts at Kong %1 or later").arg(kSeedLevel),
                           QStringLiteral("Its seed is written at the 1.5 level; pick 1.5, 2.0, 2.1, 2.3 …"));
    if (!(start < target) || start.sameMinor(target))
        return Error::make(ErrorKind::Config,
                           QStringLiteral("The demo start version %1 is not older than the target %2").arg(start.toString(), target.toString()),
                           QStringLiteral("Pick a start version of an older minor release (e.g. 2.3)"));
    if (scenario && scenario->minStart.isValid() && start < scenario->minStart)
        return Error::make(ErrorKind::Config,
                           QStringLiteral("Scenario '%1' needs a start version of %2 or later").arg(scenario->name, scenario->minStart.toString()),
                           QStringLiteral("Pick --demo-version %1 or later").arg(scenario->minStart.toString()));
    if (scenario && scenario->beforeStart.isValid() && !(start < scenario->beforeStart))
        return Error::make(ErrorKind::Config,
                           QStringLiteral("Scenario '%1' needs a start version before %2").arg(scenario->name, scenario->beforeStart.toString()),
                           QStringLiteral("Pick e.g. --demo-version %1").arg(scenario->defaultStart.toString()));
    return start;
}

Result<std::unique_ptr<DemoDatastore>> DemoDatastore::create(const DemoOptions &options, const Catalog &catalog,
                                                             const DemoLog &log)
{
    std::unique_ptr<DemoDatastore> ds(new DemoDatastore);
    if (Status s = ds->prepare(options, catalog, log ? log : DemoLog([](const QString &) {})); !s)
        return s.error(); // `ds` dies here: the half-built server is stopped and removed
    return ds;
}

Status DemoDatastore::prepare(const DemoOptions &options, const Catalog &catalog, const DemoLog &log)
{
    if (!options.scenario.isEmpty()) {
        m_scenario = DemoScenario::find(options.scenario);
        if (!m_scenario)
            return Error::make(ErrorKind::Config, QStringLiteral("Unknown demo scenario '%1'").arg(options.scenario),
                               QStringLiteral("See 'kong-upgrade demo --list-scenarios'"));
    }
    const auto size = DemoSeedSize::named(options.size);
    if (!size)
        return Error::make(ErrorKind::Config, QStringLiteral("Unknown demo size '%1'").arg(options.size),
                           QStringLiteral("Use --size small or --size large"));
    if (options.targetVersion.isEmpty()) {
        m_target = catalog.newest();
    } else if (const auto t = catalog.resolve(options.targetVersion)) {
        m_target = *t;
    } else {
        return Error::make(ErrorKind::Config, QStringLiteral("Unknown target version '%1'").arg(options.targetVersion),
                           QStringLiteral("Pick a release the catalog knows, up to %1").arg(catalog.newest().toString()));
    }
    auto start = startVersionFor(options, catalog, m_target, m_scenario);
    if (!start)
        return start.error();
    m_start = *start;
    const KongVersion seedLevel = m_start.sameMinor(*catalog.resolve(kSeedLevel)) ? m_start : *catalog.resolve(kSeedLevel);

    QElapsedTimer clock;
    auto phase = [&](const QString &name) {
        m_timings.append({name, clock.restart()});
    };
    clock.start();
    const QString parent = demoParentDirectory(options.size);
    log(QStringLiteral("Starting an embedded PostgreSQL under %1 …").arg(parent));
    ScratchPostgres::Options pgOptions;
    pgOptions.dirTemplate = parent + QStringLiteral("/kuw-demo.XXXXXX");
    pgOptions.useTemplateCache = options.useCache;
    pgOptions.templateCache = options.templateCache;
    pgOptions.templateVariant = cacheVariant(options, m_start, m_target);
    auto pg = ScratchPostgres::start(pgOptions);
    if (!pg)
        return pg.error();
    m_server = std::move(*pg);
    m_timings += m_server->timings(); // initdb or template copy, server start
    clock.restart();
    if (m_server->templateUse() == ScratchPostgres::TemplateUse::CopiedVariant) {
        // The same demo, bootstrapped and seeded by the engine on an earlier run.
        log(QStringLiteral("Started from the cached copy of this demo datastore (Kong %1).").arg(m_start.toString()));
        m_fromCache = true;
        m_rows = DemoSeeder(*size).expectedRows();
        m_keep = options.keep;
        return {};
    }
    if (Status s = m_server->createDatabase(QStringLiteral("kong")); !s)
        return s;
    phase(QStringLiteral("create database"));

    log(QStringLiteral("Bootstrapping Kong %1 with the engine …").arg(seedLevel.toString()));
    if (Status s = runEngine(catalog, settings(), seedLevel, MigrationCommand::Bootstrap); !s)
        return s;
    phase(QStringLiteral("bootstrap %1").arg(seedLevel.toString()));

    auto conn = PgConnection::open(settings());
    if (!conn)
        return conn.error();
    DemoSeeder seeder(*size);
    log(QStringLiteral("Seeding %1 (%2 entity rows: services, routes, consumers, credentials, plugins, certificates, upstreams) …")
            .arg(options.size).arg(seeder.expectedRows()));
    if (Status s = seeder.seed(**conn); !s)
        return s;
    if (m_scenario && !m_scenario->seedSql.isEmpty()) {
        if (Status s = (*conn)->execScript(m_scenario->seedSql); !s)
            return s;
    }
    m_rows = seeder.expectedRows();
    phase(QStringLiteral("seed"));

    if (m_start != seedLevel) {
        // The pending scenario finishes an earlier hop, then runs only 'up' of the last one.
        KongVersion finished = m_start;
        if (m_scenario && m_scenario->leavePending) {
            const KongVersion v21 = KongVersion::parse(QStringLiteral("2.1.0")).value();
            finished = m_start < v21 ? seedLevel : catalog.resolve(QStringLiteral("2.0")).value_or(seedLevel);
        }
        if (finished != seedLevel) {
            log(QStringLiteral("Upgrading the seed to Kong %1 with the engine (up, finish) …").arg(finished.toString()));
            for (MigrationCommand c : {MigrationCommand::Up, MigrationCommand::Finish}) {
                if (Status s = runEngine(catalog, settings(), finished, c); !s)
                    return s;
            }
        }
        if (finished != m_start) {
            log(QStringLiteral("Running 'up' to Kong %1 and leaving it unfinished (scenario) …").arg(m_start.toString()));
            if (Status s = runEngine(catalog, settings(), m_start, MigrationCommand::Up); !s)
                return s;
        }
        phase(QStringLiteral("upgrade seed to %1").arg(m_start.toString()));
    }
    if (m_scenario && !m_scenario->startSql.isEmpty()) {
        log(QStringLiteral("Applying scenario '%1': %2").arg(m_scenario->name, m_scenario->title));
        if (Status s = (*conn)->execScript(m_scenario->startSql); !s)
            return s;
        phase(QStringLiteral("scenario"));
    }
    if (options.useCache) {
        log(QStringLiteral("Caching this demo datastore for the next start …"));
        if (Status s = m_server->storeTemplate(); !s)
            qCWarning(lcSandbox).noquote() << "Could not cache the demo datastore:" << s.error().toString();
        phase(QStringLiteral("store prepared template"));
    }
    m_keep = options.keep; // only a complete datastore is ever left behind
    return {};
}

} // namespace kuw::core
