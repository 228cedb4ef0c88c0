// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace kuw::core {

class PgCancelToken;
class PgConnection;
struct TeardownStep;

/// The predicate selecting part `index` (0-based) of `count` over the uuid column `quotedKey`:
/// equal ranges of its first 32 bits, so the parts are disjoint and cover every value.
QString partPredicate(const QString &quotedKey, int index, int count);

/// How a `parts` teardown step runs (see TeardownStep::parts).
struct PartsRun
{
    QString sql;          ///< the step's partSql, {{uuid:…}} already substituted
    int lockTimeoutMs = 30;
    int maxRetries = 300; ///< lock retries over all parts together
};

/// What the parts did.
struct PartsOutcome
{
    qint64 rows = 0;
    int lockRetries = 0;
    /// Parts that could not open their connection (e.g. max_connections reached): their rows
    /// are left to the step's own transaction, which rewrites whatever is left.
    QStringList skipped;
};

/// Runs the parts of a `parts` teardown step, each in its own transaction on its own connection
/// (opened with `conn`'s settings), all at once; returns when all have ended. A part whose lock
/// request times out or deadlocks is retried. The step's statement is idempotent (it only
/// selects rows it has not rewritten yet), so parts committed before a failure or a cancel
/// are kept: the step's own transaction, or a re-run, completes the rest.
/** Blocks: call it on the engine's worker thread. `cancel` reaches every part's query. */
Result<PartsOutcome> runTeardownParts(PgConnection &conn, const TeardownStep &step, const PartsRun &run,
                                      const PgCancelToken &cancel);

/// Rows the planner expects in the table the step rewrites (pg_class.reltuples; 0 when unknown).
Result<qint64> partsTableRows(PgConnection &conn, const TeardownStep &step);

} // namespace kuw::core
