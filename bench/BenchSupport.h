// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatastoreGenerator.h"
#include "Result.h"
#include "db/ConnectionSettings.h"
#include "migrations/Catalog.h"
#include "migrations/Engine.h"
#include "sandbox/ScratchPostgres.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kuw::bench {

/// stdout, flushed by every print().
QTextStream &out();
void print(const QString &line = {});
[[noreturn]] void die(const QString &what, const core::Error &error);
[[noreturn]] void die(const QString &what);

/// "load average 1.23 0.98 0.75 (2 CPUs)" from /proc/loadavg: benchmarks print it, since a busy
/// machine skews every figure.
QString machineLoad();

/// Silences the engine's info logging (benchmarks print their own tables).
void quietLogging();

/// The embedded migration catalog (exits on failure).
const core::Catalog &catalog();
core::KongVersion version(const QString &text);

/// Runs one engine command with default options except `target` (and `tweak`).
core::RunReport runEngine(const core::ConnectionSettings &settings, core::MigrationCommand command,
                          const QString &target, core::Engine::Options options = {},
                          core::EngineObserver *observer = nullptr);

/// Starts the benchmark's scratch cluster (exits on failure). It is owned here, so die() and
/// the end of main() both stop it and delete its directory.
core::ScratchPostgres &startCluster();
/// Stops the cluster startCluster() started (unless released); main() calls it before returning.
void stopCluster();

/// CREATE DATABASE `db`, bootstrap Kong 1.5.1 with our engine, generate `size`, print counts.
void prepareKong15Datastore(core::ScratchPostgres &pg, const QString &db, const DatastoreSize &size);

/// A client tool next to the server binaries ScratchPostgres uses (e.g. psql, pgbench), else
/// on PATH; empty when not found.
QString findPgTool(const QString &name);

/// The value at percentile p (0..100) of `values` (sorted in place).
double percentile(QList<double> &values, double p);

/// Prints a fixed-width table: first `leftColumns` columns left-aligned, the rest right-aligned.
void printTable(const QStringList &headers, const QList<QStringList> &rows, int leftColumns = 1);
QString fmtMs(double ms, int decimals = 1);

/// Records when each engine step starts and finishes (steady clock, ns since `clock` started).
class StepClock : public core::EngineObserver
{
public:
    struct Entry
    {
        QString title;
        qint64 startNs = 0;
        qint64 endNs = -1;
    };
    explicit StepClock(const QElapsedTimer &clock) : m_clock(clock) {}
    void stepStarted(int index, int total, const core::PlanStep &step) override;
    void stepFinished(int index, int total, const core::StepReport &report) override;
    QList<Entry> entries() const;
    /// The title of the step running now ("" between steps).
    QString current() const;
    void setPrefix(const QString &prefix);

private:
    const QElapsedTimer &m_clock;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    QString m_prefix;
};

} // namespace kuw::bench
