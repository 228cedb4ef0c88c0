// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/Engine.h"
#include "migrations/RunReport.h"

#include "KongSql.h"

namespace kuw::bench {

/// PROTOTYPE (bench only) of a lock discipline for core::Engine::executeStep: each step first
/// takes ACCESS EXCLUSIVE on every existing table it alters, in one LOCK TABLE statement, in
/// one global (alphabetical) order, with a lock_timeout well under deadlock_timeout; on 55P03
/// it rolls back, sleeps a jittered backoff and retries. The step's SQL then runs with every
/// strong lock already held, so it never waits while holding some of them: a reader can make
/// the engine back off, but never becomes a deadlock victim. Same plan, SQL and schema_meta
/// bookkeeping as the engine, under the same migration lock.
struct LockAheadOptions
{
    int lockTimeoutMs = 50;       ///< per lock; × tables must stay below deadlock_timeout (1 s)
    int maxRetries = 200;
    int statementTimeoutMs = 60000;
    /// Also PROTOTYPE: run each teardown sub-step (TeardownStep) in its own transaction, with
    /// lock-ahead on that sub-step's tables only, so a big row rewrite (ROW EXCLUSIVE) does not
    /// run under the ACCESS EXCLUSIVE locks a later ALTER of the same teardown needs. The
    /// schema_meta record commits with the last sub-step.
    bool splitTeardown = false;
    /// false = Kong's manner, the baseline for "total time no worse than Kong's": no LOCK TABLE
    /// up front, no lock_timeout (a statement queues behind readers as long as it must), one
    /// transaction per step, the catalog's section markers ignored.
    bool lockAhead = true;
    /// With lockAhead = false: run Kong's own SQL (rendered from Kong's repository) where it
    /// has the migration: each `up` in one transaction with its schema_meta record, each
    /// teardown query on its own as Kong's connector sends them, then the record.
    const KongSql *kongSql = nullptr;
};

core::RunReport runLockAhead(const core::ConnectionSettings &settings, core::MigrationCommand command,
                             const core::KongVersion &target, const LockAheadOptions &options,
                             core::EngineObserver *observer);

} // namespace kuw::bench
