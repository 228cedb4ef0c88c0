// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-bench-live-traffic: our engine's `up` then `finish` (1.5.1 → 2.5.2) on a live-traffic-sized
// Kong 1.5 datastore while pgbench clients run proxy-like reads. Prints migration times, reader
// transactions, failures and latencies, and what the readers waited for (pg_locks sampling,
// log_lock_waits). Prints figures; never fails on time.
#include "BenchSupport.h"
#include "LockAheadRunner.h"

#include "db/PgConnection.h"
#include "util/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>

using namespace kuw;
using namespace kuw::bench;

namespace {

const QString kTarget = QStringLiteral("2.5.2");
const QString kEngineApp = QStringLiteral("kong-upgrade-wizard");

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

/// A steady clock whose readings convert to wall-clock microseconds (pgbench logs epoch times).
struct Clock
{
    QElapsedTimer timer;
    qint64 epochUsAtStart = 0;
    void start()
    {
        epochUsAtStart = nowUs();
        timer.start();
    }
    qint64 epochUs(qint64 ns) const { return epochUsAtStart + ns / 1000; }
    qint64 nowEpochUs() const { return epochUs(timer.nsecsElapsed()); }
};

struct ReaderTx
{
    int script = 0;
    bool failed = false;
    qint64 startUs = 0;  ///< epoch µs
    qint64 endUs = 0;
    double latencyMs = 0;
};

QList<ReaderTx> readPgbenchLogs(const QString &dir, const QString &prefix)
{
    QList<ReaderTx> txs;
    const QStringList files = QDir(dir).entryList({prefix + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            // client_id transaction_no time script_no time_epoch time_us [schedule_lag] [retries]
            // (pgbench 15 writes "failed"/"skipped" in place of the time, and may omit the epoch
            // fields on such lines: those count for the whole run only)
            const QList<QByteArray> p = f.readLine().trimmed().split(' ');
            if (p.size() < 4)
                continue;
            ReaderTx t;
            t.script = p[3].toInt();
            t.endUs = p.size() >= 6 ? p[4].toLongLong() * 1000000 + p[5].toLongLong() : 0;
            if (p[2] == "failed") {
                t.failed = true;
                t.startUs = t.endUs;
            } else if (p[2] == "skipped" || p.size() < 6) {
                continue;
            } else {
                const qint64 us = p[2].toLongLong();
                t.latencyMs = double(us) / 1000.0;
                t.startUs = t.endUs - us;
            }
            txs << t;
        }
    }
    return txs;
}

struct Window
{
    QString name;
    qint64 fromUs = 0, toUs = 0;
};

struct WindowStats
{
    qint64 count = 0, failed = 0, over50 = 0;
    double max = 0, p50 = 0, p99 = 0, p999 = 0;
};

WindowStats statsFor(const QList<ReaderTx> &txs, qint64 fromUs, qint64 toUs)
{
    WindowStats s;
    QList<double> lat;
    for (const ReaderTx &t : txs) {
        if (t.endUs < fromUs || t.startUs > toUs)
            continue;
        ++s.count;
        if (t.failed) {
            ++s.failed;
            continue;
        }
        lat << t.latencyMs;
        s.over50 += t.latencyMs > 50.0 ? 1 : 0;
    }
    s.max = lat.isEmpty() ? 0 : *std::max_element(lat.begin(), lat.end());
    s.p50 = percentile(lat, 50);
    s.p99 = percentile(lat, 99);
    s.p999 = percentile(lat, 99.9);
    return s;
}

/// Samples ungranted locks in the datastore's database every `intervalMs` and keeps, per
/// (waiter, relation, mode, blockers, engine step), the longest wait seen.
class LockSampler
{
public:
    struct Wait
    {
        double maxMs = 0;
        int samples = 0;
    };

    LockSampler(core::ConnectionSettings settings, int intervalMs, const StepClock &steps)
        : m_settings(std::move(settings)), m_intervalMs(intervalMs), m_steps(steps)
    {
        m_settings.applicationName = QStringLiteral("kuw-bench-sampler");
    }
    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    const QMap<QString, Wait> &waits() const { return m_waits; }
    int rounds() const { return m_rounds; }
    QString error() const { return m_error; }

private:
    void loop()
    {
        auto conn = core::PgConnection::open(m_settings);
        if (!conn) {
            m_error = conn.error().toString();
            return;
        }
        const QString sql = QStringLiteral(
            "SELECT a.application_name, coalesce(l.relation::regclass::text, l.locktype), l.mode, "
            "       coalesce(extract(epoch FROM clock_timestamp() - l.waitstart) * 1000, 0)::float8, "
            "       (SELECT string_agg(DISTINCT b.application_name, ',') FROM pg_stat_activity b "
            "         WHERE b.pid = ANY (pg_blocking_pids(a.pid))) "
            "  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            " WHERE NOT l.granted AND a.datname = current_database()");
        while (!m_stop) {
            const QString step = m_steps.current();
            auto r = (*conn)->exec(sql);
            ++m_rounds;
            if (!r) {
                m_error = r.error().toString();
                return;
            }
            for (int i = 0; i < r->rows(); ++i) {
                const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                        .arg(r->value(i, 0), r->value(i, 1), r->value(i, 2), r->value(i, 4),
                                             step.isEmpty() ? QStringLiteral("(between steps)") : step);
                Wait &w = m_waits[key];
                w.maxMs = std::max(w.maxMs, r->value(i, 3).toDouble());
                ++w.samples;
            }
            QThread::msleep(ulong(m_intervalMs));
        }
    }

    core::ConnectionSettings m_settings;
    int m_intervalMs;
    const StepClock &m_steps;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    QMap<QString, Wait> m_waits;
    int m_rounds = 0;
    QString m_error;
};

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(path));
    f.write(text.toUtf8());
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kuw-bench-live-traffic"));
    core::installRedactingMessageHandler();
    quietLogging();

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Engine up+finish (1.5.1 → 2.5.2) under pgbench proxy-like reads."));
    cli.addHelpOption();
    QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("Datastore size relative to the live-traffic default (1.0)."),
                                QStringLiteral("factor"), QStringLiteral("1.0"));
    QCommandLineOption setupOpt(QStringLiteral("setup"),
                                QStringLiteral("Datastore: 'kong' = exactly the setup of the team's measurement of real Kong "
                                               "(20k services/routes, 100k consumers/key-auth credentials, 50k plugins; "
                                               "default), or 'extended' = also 50k ACLs, 20k basic-auth credentials, "
                                               "1k upstreams with targets."),
                                QStringLiteral("kong|extended"), QStringLiteral("kong"));
    QCommandLineOption clientsOpt(QStringLiteral("clients"), QStringLiteral("pgbench clients (2)."), QStringLiteral("n"), QStringLiteral("2"));
    QCommandLineOption durationOpt(QStringLiteral("duration"), QStringLiteral("pgbench -T seconds; must cover warm-up + up + finish (40)."),
                                   QStringLiteral("s"), QStringLiteral("40"));
    QCommandLineOption warmupOpt(QStringLiteral("warmup"), QStringLiteral("Seconds of reads before the engine starts (3)."),
                                 QStringLiteral("s"), QStringLiteral("3"));
    QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("pgbench -R transactions/s in total (0 = as fast as possible)."),
                               QStringLiteral("tps"), QStringLiteral("0"));
    QCommandLineOption lockTimeoutOpt(QStringLiteral("ddl-lock-timeout-ms"),
                                      QStringLiteral("Engine::Options::ddlLockTimeoutMs (default: the engine's)."), QStringLiteral("ms"));
    QCommandLineOption partsOpt(QStringLiteral("parts-min-rows"),
                                QStringLiteral("Engine::Options::partsMinRows: a `parts` teardown step runs as concurrent "
                                               "parts on tables this large (default: the engine's; -1 = never)."),
                                QStringLiteral("rows"));
    QCommandLineOption lockAheadOpt(QStringLiteral("lock-ahead"),
                                    QStringLiteral("PROTOTYPE: run the plan with LockAheadRunner (all strong locks up front, in one "
                                                   "order, lock_timeout ms per lock, jittered retries) instead of core::Engine."),
                                    QStringLiteral("ms"));
    QCommandLineOption splitOpt(QStringLiteral("split-teardown"),
                                QStringLiteral("With --lock-ahead: one transaction per teardown sub-step (PROTOTYPE)."));
    QCommandLineOption kongMannerOpt(QStringLiteral("kong-manner"),
                                     QStringLiteral("Baseline: the same plan run as Kong runs it (one transaction per step, "
                                                    "no lock_timeout, no sections), for time and reader figures under the same load."));
    QCommandLineOption kongSqlOpt(QStringLiteral("kong-sql"),
                                  QStringLiteral("Baseline with Kong's own migrations: like --kong-manner, but each step runs "
                                                 "the SQL Kong's migration modules produce, rendered with lua5.1 from the "
                                                 "git directory of a Kong/kong mirror (GITDIR or GITDIR@TAG, tag default "
                                                 "2.5.2); steps Kong's tree lacks run our catalog's SQL and are listed."),
                                  QStringLiteral("gitdir[@tag]"));
    QCommandLineOption keyReadsOpt(QStringLiteral("key-auth-reads"),
                                   QStringLiteral("Add a third reader script of equal weight: a key-auth credential by "
                                                  "its key (a proxy's lookup on a cache miss), so credential-table "
                                                  "migrations meet readers too (not in the team's reference setup)."));
    QCommandLineOption keepOpt(QStringLiteral("keep"),
                               QStringLiteral("Keep the scratch cluster running, with an untouched copy 'kong_pristine' of the 1.5 datastore."));
    QCommandLineOption sampleOpt(QStringLiteral("sample-ms"), QStringLiteral("pg_locks sampling interval (10)."),
                                 QStringLiteral("ms"), QStringLiteral("10"));
    cli.addOptions({scaleOpt, setupOpt, clientsOpt, durationOpt, warmupOpt, rateOpt, lockTimeoutOpt, partsOpt, lockAheadOpt, splitOpt, kongMannerOpt, kongSqlOpt, keyReadsOpt, keepOpt, sampleOpt});
    cli.process(app);
    const double scale = cli.value(scaleOpt).toDouble();
    const int clients = std::max(1, cli.value(clientsOpt).toInt());
    const int duration = std::max(5, cli.value(durationOpt).toInt());
    const int warmup = std::max(0, cli.value(warmupOpt).toInt());
    const int rate = cli.value(rateOpt).toInt();
    core::Engine::Options engineOptions;
    if (cli.isSet(lockTimeoutOpt))
        engineOptions.ddlLockTimeoutMs = cli.value(lockTimeoutOpt).toInt();
    if (cli.isSet(partsOpt))
        engineOptions.partsMinRows = cli.value(partsOpt).toLongLong();
    const bool kongManner = cli.isSet(kongMannerOpt) || cli.isSet(kongSqlOpt);
    const bool lockAhead = cli.isSet(lockAheadOpt) || kongManner;
    LockAheadOptions lockAheadOptions;
    if (cli.isSet(lockAheadOpt))
        lockAheadOptions.lockTimeoutMs = cli.value(lockAheadOpt).toInt();
    lockAheadOptions.lockAhead = !kongManner;
    std::optional<KongSql> kongSql;
    if (cli.isSet(kongSqlOpt)) {
        const QString spec = cli.value(kongSqlOpt);
        const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
        QList<QPair<QString, QString>> migrations;
        for (const core::SubsystemEntry &ss : catalog().subsystems())
            for (const core::MigrationEntry &m : ss.migrations)
                migrations.append({ss.name, m.name});
        auto loaded = loadKongSql(at < 0 ? spec : spec.left(at), at < 0 ? QStringLiteral("2.5.2") : spec.mid(at + 1),
                                  migrations);
        if (!loaded)
            die(QStringLiteral("--kong-sql"), loaded.error());
        kongSql = *loaded;
        lockAheadOptions.kongSql = &*kongSql;
    }
    lockAheadOptions.splitTeardown = cli.isSet(splitOpt);

    const QString pgbench = findPgTool(QStringLiteral("pgbench"));
    if (pgbench.isEmpty())
        die(QStringLiteral("pgbench not found (apt-get install postgresql-15 or postgresql-contrib)"));

    core::ScratchPostgres *pg = &startCluster();
    print(QStringLiteral("scratch PostgreSQL in %1, port %2; pgbench %3").arg(pg->directory()).arg(pg->port()).arg(pgbench));
    {
        auto c = core::PgConnection::open(pg->settings());
        if (!c)
            die(QStringLiteral("connect"), c.error());
        // Lock waits longer than deadlock_timeout (1 s) are logged, with the blocking pids.
        for (const char *sql : {"ALTER SYSTEM SET log_lock_waits = on", "SELECT pg_reload_conf()"}) {
            if (core::Status s = (*c)->execScript(QString::fromLatin1(sql)); !s)
                die(QStringLiteral("log_lock_waits"), s.error());
        }
    }
    print(QStringLiteral("machine: %1").arg(machineLoad()));
    const QString setup = cli.value(setupOpt);
    if (setup != QLatin1String("kong") && setup != QLatin1String("extended"))
        die(QStringLiteral("--setup must be 'kong' or 'extended', not '%1'").arg(setup));
    const DatastoreSize size =
        (setup == QLatin1String("kong") ? DatastoreSize::kongReference() : DatastoreSize::liveTraffic()).scaled(scale);
    print(QStringLiteral("setup: %1").arg(setup));
    const QString db = QStringLiteral("kong");
    prepareKong15Datastore(*pg, db, size);
    if (cli.isSet(keepOpt)) {
        auto c = core::PgConnection::open(pg->settings());
        if (!c)
            die(QStringLiteral("connect"), c.error());
        if (core::Status s = (*c)->execScript(QStringLiteral("CREATE DATABASE kong_pristine TEMPLATE kong")); !s)
            die(QStringLiteral("CREATE DATABASE kong_pristine"), s.error());
        pg->release();
        print(QStringLiteral("--keep: cluster stays up (psql -h %1 -p %2 -U postgres kong_pristine; stop: pg_ctl -D %1/data stop)")
                  .arg(pg->directory()).arg(pg->port()));
    }

    QTemporaryDir work(QStringLiteral("/tmp/kuw-bench-live.XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));
    const QString routeId = DatastoreGenerator::routeIdSql(QStringLiteral(":rid"));
    const QString scriptA = work.filePath(QStringLiteral("route_service.sql"));
    const QString scriptB = work.filePath(QStringLiteral("route_plugins.sql"));
    // Proxy-like reads: a route with its service, and the plugins of a route.
    writeFile(scriptA, QStringLiteral("\\set rid random(1, %1)\n"
                                      "SELECT r.*, s.* FROM routes r JOIN services s ON s.id = r.service_id WHERE r.id = %2;\n")
                           .arg(size.routes).arg(routeId));
    writeFile(scriptB, QStringLiteral("\\set rid random(1, %1)\n"
                                      "SELECT * FROM plugins WHERE route_id = %2;\n")
                           .arg(size.routes).arg(routeId));
    const QString scriptC = work.filePath(QStringLiteral("key_auth.sql"));
    writeFile(scriptC, QStringLiteral("\\set k random(1, %1)\n"
                                      "SELECT * FROM keyauth_credentials WHERE key = md5('kuw-bench:key:' || :k);\n")
                           .arg(std::max(1, size.keyauthCredentials)));

    QStringList args = {QStringLiteral("-n"), QStringLiteral("-c"), QString::number(clients),
                        QStringLiteral("-j"), QString::number(std::min(clients, 2)),
                        QStringLiteral("-T"), QString::number(duration),
                        QStringLiteral("-f"), scriptA + QStringLiteral("@1"), QStringLiteral("-f"), scriptB + QStringLiteral("@1"),
                        QStringLiteral("-r"), QStringLiteral("--failures-detailed"), QStringLiteral("--verbose-errors"),
                        QStringLiteral("--max-tries=1"), QStringLiteral("-l"),
                        QStringLiteral("--log-prefix=%1/pgbench_log").arg(work.path()),
                        QStringLiteral("-h"), pg->directory(), QStringLiteral("-p"), QString::number(pg->port()),
                        QStringLiteral("-U"), QStringLiteral("postgres")};
    if (cli.isSet(keyReadsOpt))
        args << QStringLiteral("-f") << scriptC + QStringLiteral("@1");
    if (rate > 0)
        args << QStringLiteral("-R") << QString::number(rate);
    args << db;

    QProcess bench;
    bench.setWorkingDirectory(work.path());
    bench.setStandardOutputFile(work.filePath(QStringLiteral("pgbench.out")));
    bench.setStandardErrorFile(work.filePath(QStringLiteral("pgbench.err")));
    Clock clock;
    clock.start();
    bench.start(pgbench, args);
    if (!bench.waitForStarted(10000))
        die(QStringLiteral("pgbench did not start"));
    const qint64 benchStartUs = clock.nowEpochUs();
    print(QStringLiteral("pgbench: %1 client(s), -T %2 s%3; engine starts after %4 s of reads")
              .arg(clients).arg(duration).arg(rate > 0 ? QStringLiteral(", -R %1").arg(rate) : QString()).arg(warmup));
    QThread::sleep(ulong(warmup));

    auto migrate = [&](core::MigrationCommand command, core::EngineObserver *observer) {
        if (lockAhead)
            return runLockAhead(pg->settings(db), command, version(kTarget), lockAheadOptions, observer);
        return runEngine(pg->settings(db), command, kTarget, engineOptions, observer);
    };
    StepClock steps(clock.timer);
    LockSampler sampler(pg->settings(db), cli.value(sampleOpt).toInt(), steps);
    sampler.start();

    const qint64 upStartUs = clock.nowEpochUs();
    steps.setPrefix({});
    const core::RunReport up = migrate(core::MigrationCommand::Up, &steps);
    const qint64 upEndUs = clock.nowEpochUs();
    core::RunReport finish;
    if (up.ok())
        finish = migrate(core::MigrationCommand::Finish, &steps);
    const qint64 finishEndUs = clock.nowEpochUs();
    sampler.stop();
    const bool readersCovered = bench.state() == QProcess::Running;

    if (!bench.waitForFinished((duration + 60) * 1000))
        die(QStringLiteral("pgbench did not finish"));
    const QString benchOut = readFile(work.filePath(QStringLiteral("pgbench.out")));
    const QString benchErr = readFile(work.filePath(QStringLiteral("pgbench.err")));

    // ---- report -------------------------------------------------------------------------
    print();
    print(QStringLiteral("Kong 1.5.1 → %1 under %2 pgbench reader(s); %3").arg(kTarget).arg(clients).arg(size.toString()));
    QStringList ranOurs; // steps of this run that Kong's tree has no module for
    if (kongSql) {
        for (const core::RunReport *r : {&up, static_cast<const core::RunReport *>(&finish)})
            for (const core::StepReport &st : r->steps)
                if (kongSql->missing.contains(KongSql::key(st.subsystem, st.migration)))
                    ranOurs << KongSql::key(st.subsystem, st.migration);
        ranOurs.removeDuplicates();
    }
    if (kongSql)
        print(QStringLiteral("runner: Kong's own migration SQL from %1, run as Kong runs it (up: one transaction "
                             "per migration; teardown: each query on its own; no lock_timeout); rendered without rows "
                             "for Kong's per-row loops; not in Kong's tree, so our SQL ran: %2")
                  .arg(kongSql->source, ranOurs.isEmpty() ? QStringLiteral("-") : ranOurs.join(QStringLiteral(", "))));
    else if (!lockAheadOptions.lockAhead)
        print(QStringLiteral("runner: Kong's manner (one transaction per step, no lock_timeout, no sections)"));
    else if (lockAhead)
        print(QStringLiteral("runner: PROTOTYPE LockAheadRunner, lock_timeout %1 ms per lock, up to %2 retries%3")
                  .arg(lockAheadOptions.lockTimeoutMs).arg(lockAheadOptions.maxRetries)
                  .arg(lockAheadOptions.splitTeardown ? QStringLiteral(", one transaction per teardown sub-step") : QString()));
    else
        print(QStringLiteral("runner: core::Engine, ddlLockTimeoutMs=%1, maxLockRetries=%2, partsMinRows=%3")
                  .arg(engineOptions.ddlLockTimeoutMs).arg(engineOptions.maxLockRetries).arg(engineOptions.partsMinRows));
    if (!up.ok())
        print(QStringLiteral("ENGINE UP FAILED: %1").arg(up.error ? up.error->toString() : QStringLiteral("cancelled")));
    else if (!finish.ok())
        print(QStringLiteral("ENGINE FINISH FAILED: %1").arg(finish.error ? finish.error->toString() : QStringLiteral("cancelled")));
    if (!readersCovered)
        print(QStringLiteral("WARNING: pgbench ended before the engine finished; raise --duration"));

    const QList<ReaderTx> txs = readPgbenchLogs(work.path(), QStringLiteral("pgbench_log"));
    const WindowStats all = statsFor(txs, 0, std::numeric_limits<qint64>::max());
    const WindowStats base = statsFor(txs, benchStartUs, upStartUs);
    const WindowStats upW = statsFor(txs, upStartUs, upEndUs);
    const WindowStats finW = statsFor(txs, upEndUs, finishEndUs);
    const WindowStats migW = statsFor(txs, upStartUs, finishEndUs);

    // Per-step figures of the engine: duration, lock retries.
    QList<QStringList> stepRows;
    const QList<StepClock::Entry> clocked = steps.entries();
    QList<core::StepReport> reports = up.steps;
    reports += finish.steps;
    for (int i = 0; i < clocked.size(); ++i) {
        const StepClock::Entry &e = clocked.at(i);
        const qint64 s = clock.epochUs(e.startNs), en = e.endNs >= 0 ? clock.epochUs(e.endNs) : finishEndUs;
        const WindowStats w = statsFor(txs, s, en);
        const int retries = i < reports.size() ? reports.at(i).lockRetries : 0;
        const int parts = i < reports.size() ? reports.at(i).parts : 0;
        const QString title = parts > 0 ? QStringLiteral("%1 [%2 parts]").arg(e.title).arg(parts) : e.title;
        stepRows << QStringList{title, fmtMs(double(en - s) / 1000.0, 1), QString::number(retries),
                                QString::number(w.count), QString::number(w.failed), fmtMs(w.max, 1)};
    }
    print();
    print(QStringLiteral("engine steps (reader tx overlapping each step):"));
    printTable({QStringLiteral("step"), QStringLiteral("ms"), QStringLiteral("lock retries"), QStringLiteral("reader tx"),
                QStringLiteral("failed"), QStringLiteral("reader max ms")},
               stepRows);

    print();
    QList<QStringList> winRows;
    auto row = [](const QString &name, const WindowStats &w) {
        return QStringList{name, QString::number(w.count), QString::number(w.failed), fmtMs(w.p50, 2), fmtMs(w.p99, 2),
                           fmtMs(w.p999, 2), fmtMs(w.max, 1), QString::number(w.over50)};
    };
    winRows << row(QStringLiteral("baseline (before up)"), base) << row(QStringLiteral("during up"), upW)
            << row(QStringLiteral("during finish"), finW) << row(QStringLiteral("during up+finish"), migW)
            << row(QStringLiteral("whole pgbench run"), all);
    print(QStringLiteral("reader transactions (pgbench --log, per transaction):"));
    printTable({QStringLiteral("window"), QStringLiteral("tx"), QStringLiteral("failed"), QStringLiteral("p50 ms"),
                QStringLiteral("p99 ms"), QStringLiteral("p99.9 ms"), QStringLiteral("max ms"), QStringLiteral(">50 ms")},
               winRows);

    // The slowest reader transactions and the engine step(s) they overlapped.
    QList<ReaderTx> slow = txs;
    std::sort(slow.begin(), slow.end(), [](const ReaderTx &a, const ReaderTx &b) { return a.latencyMs > b.latencyMs; });
    print();
    print(QStringLiteral("slowest reader transactions:"));
    QList<QStringList> slowRows;
    for (int i = 0; i < std::min<qsizetype>(8, slow.size()); ++i) {
        const ReaderTx &t = slow.at(i);
        QStringList overl;
        for (const StepClock::Entry &e : clocked) {
            const qint64 s = clock.epochUs(e.startNs), en = e.endNs >= 0 ? clock.epochUs(e.endNs) : finishEndUs;
            if (t.startUs <= en && t.endUs >= s)
                overl << e.title;
        }
        slowRows << QStringList{fmtMs(t.latencyMs, 1), t.script == 0   ? QStringLiteral("route+service")
                                                      : t.script == 1 ? QStringLiteral("route plugins")
                                                                      : QStringLiteral("key-auth key"),
                                fmtMs(double(t.startUs - upStartUs) / 1000.0, 0), overl.join(QStringLiteral(", "))};
    }
    printTable({QStringLiteral("latency ms"), QStringLiteral("script"), QStringLiteral("start (ms after up began)"),
                QStringLiteral("engine step(s) overlapped")},
               slowRows, 0);
    // left-align the last column visually by placing it last; fine for a console table

    // Lock waits seen by the sampler.
    print();
    print(QStringLiteral("ungranted locks sampled every %1 ms (%2 samples%3), longest wait per waiter/relation/mode/blocker/step:")
              .arg(cli.value(sampleOpt)).arg(sampler.rounds())
              .arg(sampler.error().isEmpty() ? QString() : QStringLiteral("; sampler error: ") + sampler.error()));
    QList<QPair<double, QStringList>> waitRows;
    for (auto it = sampler.waits().begin(); it != sampler.waits().end(); ++it) {
        const QStringList k = it.key().split(QLatin1Char('|'));
        waitRows.append({it->maxMs, QStringList{k.value(0), k.value(1), k.value(2), k.value(3), k.value(4),
                                                QString::number(it->samples), fmtMs(it->maxMs, 1)}});
    }
    std::sort(waitRows.begin(), waitRows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<QStringList> wr;
    for (int i = 0; i < std::min<qsizetype>(20, waitRows.size()); ++i)
        wr << waitRows.at(i).second;
    printTable({QStringLiteral("waiter"), QStringLiteral("relation"), QStringLiteral("mode"), QStringLiteral("blocked by"),
                QStringLiteral("engine step"), QStringLiteral("samples"), QStringLiteral("max wait ms")},
               wr, 5);

    // pgbench's own summary and errors.
    print();
    print(QStringLiteral("pgbench summary:"));
    static const QRegularExpression keep(QStringLiteral(
        "^(number of (transactions actually processed|failed transactions|deadlock failures|serialization failures)|"
        "latency average|latency stddev|tps|number of transactions above)"));
    for (const QString &l : benchOut.split(QLatin1Char('\n'))) {
        if (keep.match(l).hasMatch())
            print(QStringLiteral("  ") + l.trimmed());
    }
    static const QRegularExpression failedRe(QStringLiteral(R"(number of failed transactions: (\d+))"));
    const qint64 summaryFailed = failedRe.match(benchOut).hasMatch() ? failedRe.match(benchOut).captured(1).toLongLong() : -1;
    const int deadlocks = int(benchErr.count(QStringLiteral("deadlock detected")));
    const int aborted = int(benchErr.count(QStringLiteral("aborted")));
    const int errors = int(benchErr.count(QStringLiteral("ERROR:")));
    print(QStringLiteral("pgbench stderr: %1 error(s), %2 \"deadlock detected\", %3 client abort(s)").arg(errors).arg(deadlocks).arg(aborted));
    int shown = 0;
    for (const QString &l : benchErr.split(QLatin1Char('\n'))) {
        if ((l.contains(QStringLiteral("ERROR")) || l.contains(QStringLiteral("aborted"))) && shown++ < 6)
            print(QStringLiteral("  ") + l.trimmed());
    }

    // Server log: deadlocks and lock waits longer than deadlock_timeout.
    const QString serverLog = readFile(pg->directory() + QStringLiteral("/server.log"));
    QStringList logLines;
    const QStringList lines = serverLog.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (l.contains(QStringLiteral("deadlock detected")) || l.contains(QStringLiteral("still waiting for"))
            || l.contains(QStringLiteral("canceling statement due to lock timeout"))) {
            logLines << l.trimmed();
            for (int j = i + 1; j < lines.size() && j <= i + 4; ++j) {
                if (lines.at(j).contains(QStringLiteral("DETAIL:")) || lines.at(j).startsWith(QLatin1Char('\t'))
                    || lines.at(j).startsWith(QStringLiteral("  ")))
                    logLines << QStringLiteral("    ") + lines.at(j).trimmed();
                else if (lines.at(j).contains(QStringLiteral("STATEMENT:")))
                    logLines << QStringLiteral("    ") + lines.at(j).trimmed().left(160);
            }
        }
    }
    print();
    print(QStringLiteral("server log (deadlocks, lock waits > deadlock_timeout, lock timeouts): %1 line(s)").arg(logLines.size()));
    for (int i = 0; i < std::min<qsizetype>(30, logLines.size()); ++i)
        print(QStringLiteral("  ") + logLines.at(i).left(300));

    // The headline figures, against the team's reference (real Kong on this setup).
    const double upMs = double(upEndUs - upStartUs) / 1000.0, finMs = double(finishEndUs - upEndUs) / 1000.0;
    print();
    print(QStringLiteral("RESULT (machine: %1)").arg(machineLoad()));
    if (!up.ok() || !finish.ok())
        print(QStringLiteral("THE MIGRATION FAILED (%1): %2")
                  .arg(!up.ok() ? QStringLiteral("up") : QStringLiteral("finish"),
                       (!up.ok() ? up.error : finish.error).value_or(core::Error()).toString()));
    if (setup != QLatin1String("kong"))
        print(QStringLiteral("note: Kong's reference figures were measured on the 'kong' setup, not on '%1'").arg(setup));
    printTable({QStringLiteral("figure"), QStringLiteral("ours"), QStringLiteral("Kong (team reference)"), QStringLiteral("target")},
               {{QStringLiteral("up time"), fmtMs(upMs / 1000.0, 2) + QStringLiteral(" s"), QStringLiteral("1.7 s"), QString()},
                {QStringLiteral("finish time"), fmtMs(finMs / 1000.0, 2) + QStringLiteral(" s"), QStringLiteral("4.3-4.6 s"), QString()},
                {QStringLiteral("up + finish"), fmtMs((upMs + finMs) / 1000.0, 2) + QStringLiteral(" s"), QStringLiteral("6.0-6.3 s"),
                 QStringLiteral("<= Kong")},
                {QStringLiteral("reader tx (whole run)"), QString::number(all.count), QString(), QString()},
                {QStringLiteral("reader tx during up+finish"), QString::number(migW.count), QString(), QString()},
                {QStringLiteral("failed reader tx"),
                 QStringLiteral("%1 (%2 deadlock)").arg(std::max(all.failed, summaryFailed)).arg(deadlocks),
                 QStringLiteral("2 (deadlock)"), QStringLiteral("0")},
                {QStringLiteral("reader max latency"), fmtMs(all.max, 1) + QStringLiteral(" ms"), QStringLiteral("120-160 ms"),
                 QStringLiteral("< 50 ms")},
                {QStringLiteral("reader p99 latency"), fmtMs(all.p99, 2) + QStringLiteral(" ms"), QString(), QString()}},
               1);
    stopCluster();
    return 0;
}
