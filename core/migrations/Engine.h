// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"
#include "Result.h"
#include "RunReport.h"
#include "SchemaState.h"
#include "db/ConnectionSettings.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace kuw::core {

class Catalog;
class PgCancelToken;
class PgConnection;
struct StepSection;

/// Receives progress from a running engine (called on the engine's worker thread).
class EngineObserver
{
public:
    virtual ~EngineObserver() = default;
    virtual void log(const QString &line) { Q_UNUSED(line); }
    virtual void stepStarted(int index, int total, const PlanStep &step) { Q_UNUSED(index); Q_UNUSED(total); Q_UNUSED(step); }
    virtual void stepFinished(int index, int total, const StepReport &report) { Q_UNUSED(index); Q_UNUSED(total); Q_UNUSED(report); }
};

/// Runs Kong's migrations natively, under Kong's cluster mutex (renewed while held). A step's
/// schema_meta record commits with its last transaction. The catalog splits a step into
/// sections, each taking its exclusive table locks together in one sorted LOCK with a short
/// lock_timeout, retried with backoff on lock timeout or deadlock: a step never queues behind
/// live traffic holding half its locks (the cause of Kong's reader deadlocks). Work that commits
/// before the record (`kuw:commit` parts of an `up`, the concurrent parts of a `parts` teardown
/// step) is idempotent, so an interrupted run is completed by a re-run.
/** Blocks on the network: run it on a worker thread (see MigrationJob). */
class Engine
{
public:
    struct Options
    {
        KongVersion target;                  ///< --target; invalid = the catalog's newest
        QStringList plugins = {QStringLiteral("bundled")};
        bool force = false;
        bool dryRun = false;
        int lockTtlSeconds = 60;             ///< --lock-timeout
        int lockWaitSeconds = 60;
        int statementTimeoutMs = 60000;      ///< --db-timeout
        /// How long a statement waits for a table lock per try. Readers queued behind a waiting
        /// exclusive lock wait as long, so this bounds the stall a migration can cause.
        int ddlLockTimeoutMs = 30;
        int maxLockRetries = 300;            ///< retries per step (20–100 ms random backoff each)
        /// A teardown sub-step marked `parts` runs as concurrent parts when the table it
        /// rewrites holds at least this many rows (planner estimate); -1 = never.
        qint64 partsMinRows = 20000;
    };

    Engine(const Catalog &catalog, ConnectionSettings settings, Options options);

    /// Reads schema_meta and derives Kong's state for the target version.
    Result<SchemaState> inspect(PgConnection &conn) const;
    /// inspect() + buildPlan() + risk annotation, without changing anything.
    Result<Plan> plan(PgConnection &conn, MigrationCommand command) const;
    /// Connects, plans and (unless dryRun) executes under the migration lock.
    RunReport run(MigrationCommand command, EngineObserver *observer = nullptr,
                  std::shared_ptr<PgCancelToken> cancel = {});
    /// Drops and recreates the Kong schema (DESTRUCTIVE; the caller confirms first).
    Status reset(EngineObserver *observer = nullptr);

    const Options &options() const { return m_options; }
    KongVersion target() const { return m_options.target; }
    /// The plan of the last run() (for display after a dry run).
    const Plan &lastPlan() const { return m_lastPlan; }

private:
    Status executeStep(PgConnection &conn, const PlanStep &step, StepReport &report,
                       const PgCancelToken &cancel);
    /// A teardown whose first sub-step is marked `parts`, on a large enough table: runs those
    /// parts (TeardownParts) and returns the rows they rewrote; 0 for every other step.
    Result<qint64> runPartsFirst(PgConnection &conn, const PlanStep &step, StepReport &report,
                                 const PgCancelToken &cancel);
    Result<qint64> runSection(PgConnection &conn, const PlanStep &step, const StepSection &section,
                              StepReport &report, const PgCancelToken &cancel);
    QString substitute(const QString &sql);

    const Catalog &m_catalog;
    ConnectionSettings m_settings;
    Options m_options;
    QHash<QString, QString> m_uuids; ///< {{uuid:NAME}} values, drawn once per engine
    Plan m_lastPlan;
};

} // namespace kuw::core
