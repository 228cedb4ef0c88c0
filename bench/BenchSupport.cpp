// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "db/PgConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kuw::bench {
namespace {
// Destroyed at exit(), after main() returned or die() ran: stops the server.
std::unique_ptr<core::ScratchPostgres> s_cluster;
} // namespace

core::ScratchPostgres &startCluster()
{
    auto pg = core::ScratchPostgres::start();
    if (!pg)
        die(QStringLiteral("starting a scratch PostgreSQL"), pg.error());
    s_cluster = std::move(*pg);
    return *s_cluster;
}

void stopCluster()
{
    s_cluster.reset();
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void print(const QString &line)
{
    out() << line << '\n';
    out().flush();
}

void die(const QString &what, const core::Error &error)
{
    die(QStringLiteral("%1: %2").arg(what, error.toString()));
}

void die(const QString &what)
{
    out().flush();
    fprintf(stderr, "kuw-bench: %s\n", qPrintable(what));
    stopCluster();
    std::exit(1);
}

QString machineLoad()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    const QStringList parts = f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).split(QLatin1Char(' ')) : QStringList();
    return QStringLiteral("load average %1 %2 %3 (%4 CPUs)")
        .arg(parts.value(0), parts.value(1), parts.value(2))
        .arg(QThread::idealThreadCount());
}

void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kuw.*.info=false\nkuw.*.debug=false"));
}

const core::Catalog &catalog()
{
    static const core::Catalog c = [] {
        auto loaded = core::Catalog::loadEmbedded();
        if (!loaded)
            die(QStringLiteral("loading the migration catalog"), loaded.error());
        return *loaded;
    }();
    return c;
}

core::KongVersion version(const QString &text)
{
    auto v = catalog().resolve(text);
    if (!v)
        die(QStringLiteral("unknown Kong version %1").arg(text));
    return *v;
}

core::RunReport runEngine(const core::ConnectionSettings &settings, core::MigrationCommand command,
                          const QString &target, core::Engine::Options options, core::EngineObserver *observer)
{
    options.target = version(target);
    core::Engine engine(catalog(), settings, options);
    return engine.run(command, observer);
}

void prepareKong15Datastore(core::ScratchPostgres &pg, const QString &db, const DatastoreSize &size)
{
    if (core::Status s = pg.createDatabase(db); !s)
        die(QStringLiteral("CREATE DATABASE %1").arg(db), s.error());
    QElapsedTimer t;
    t.start();
    const core::RunReport boot = runEngine(pg.settings(db), core::MigrationCommand::Bootstrap, QStringLiteral("1.5.1"));
    if (!boot.ok())
        die(QStringLiteral("bootstrap 1.5.1"), boot.error.value_or(core::Error::make(core::ErrorKind::Cancelled, QStringLiteral("cancelled"))));
    print(QStringLiteral("bootstrapped Kong 1.5.1 schema in '%1' (%2 ms)").arg(db).arg(t.elapsed()));

    auto conn = core::PgConnection::open(pg.settings(db));
    if (!conn)
        die(QStringLiteral("connect"), conn.error());
    t.restart();
    DatastoreGenerator gen(size);
    print(QStringLiteral("generating %1 ...").arg(size.toString()));
    if (core::Status s = gen.generate(**conn); !s)
        die(QStringLiteral("generating the datastore"), s.error());
    print(QStringLiteral("generated and analyzed in %1 ms").arg(t.elapsed()));
    auto counts = gen.tableCounts(**conn);
    if (!counts)
        die(QStringLiteral("counting rows"), counts.error());
    QStringList parts;
    for (const auto &c : *counts)
        parts << QStringLiteral("%1=%2").arg(c.first).arg(c.second);
    print(QStringLiteral("rows: ") + parts.join(QLatin1Char(' ')));
}

QString findPgTool(const QString &name)
{
    if (auto bindir = core::ScratchPostgres::findBinDir(); bindir) {
        const QString p = *bindir + QLatin1Char('/') + name;
        if (QFile::exists(p))
            return p;
    }
    return QStandardPaths::findExecutable(name);
}

double percentile(QList<double> &values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // nearest-rank
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))), 1, values.size());
    return values.at(rank - 1);
}

void printTable(const QStringList &headers, const QList<QStringList> &rows, int leftColumns)
{
    QList<qsizetype> width;
    for (const QString &h : headers)
        width << h.size();
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], r[i].size());
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < width.size(); ++i) {
            const QString c = cells.value(i);
            padded << (i < leftColumns ? c.leftJustified(width[i]) : c.rightJustified(width[i]));
        }
        print(padded.join(QStringLiteral("  ")));
    };
    line(headers);
    QStringList rule;
    for (qsizetype w : width)
        rule << QString(w, QLatin1Char('-'));
    print(rule.join(QStringLiteral("  ")));
    for (const QStringList &r : rows)
        line(r);
}

QString fmtMs(double ms, int decimals)
{
    return QString::number(ms, 'f', decimals);
}

void StepClock::stepStarted(int, int, const core::PlanStep &step)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append({m_prefix + step.title(), m_clock.nsecsElapsed(), -1});
}

void StepClock::stepFinished(int, int, const core::StepReport &)
{
    QMutexLocker lock(&m_mutex);
    if (!m_entries.isEmpty())
        m_entries.last().endNs = m_clock.nsecsElapsed();
}

QList<StepClock::Entry> StepClock::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

QString StepClock::current() const
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.isEmpty() || m_entries.last().endNs >= 0)
        return {};
    return m_entries.last().title;
}

void StepClock::setPrefix(const QString &prefix)
{
    QMutexLocker lock(&m_mutex);
    m_prefix = prefix;
}

} // namespace kuw::bench
