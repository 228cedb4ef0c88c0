// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgClientTools.h"
#include "migrations/Engine.h"
#include "migrations/RunReport.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace kuw::core {

class Catalog;
class PgCancelToken;

struct RehearsalOptions
{
    enum class Where {
        ScratchCluster,  ///< an embedded ScratchPostgres on this machine (default)
        ScratchDatabase, ///< CREATE DATABASE on the production server, dropped afterwards
    };
    Where where = Where::ScratchCluster;
    ConnectionSettings server;  ///< ScratchDatabase: the production connection (role needs CREATEDB)
    QString scratchDatabase;    ///< ScratchDatabase: name; empty = kuw_rehearsal_<random>
    Engine::Options engine;     ///< exactly the real run's options (target, plugins, timeouts)
    bool runFinish = true;      ///< run `finish` after `up`
    QString bindir;             ///< pg_restore directory; empty = PgClientTools::find()
    QString scratchDirTemplate = QStringLiteral("/tmp/kuw-pg.XXXXXX");
    double estimateFactor = 0;  ///< real run ≈ rehearsal × factor; 0 = 1.5 (cluster) / 1.2 (database)
};

/// What the rehearsal measured. Lock retries count lock_timeout hits on the scratch copy
/// (no live traffic there): lock waits in production come on top of the estimate.
struct RehearsalReport
{
    RehearsalOptions::Where where = RehearsalOptions::Where::ScratchCluster;
    QString snapshotPath;
    QString scratchLocation;   ///< the scratch cluster's directory or the scratch database name
    int scratchServerVersionNum = 0;
    qint64 restoreMs = 0;
    qint64 upMs = 0;
    qint64 finishMs = 0;
    qint64 totalMs = 0;
    std::optional<RunReport> up;      ///< absent when production had already run `up`
    std::optional<RunReport> finish;  ///< absent when not requested or `up` failed
    int lockRetries = 0;
    std::optional<Error> error;       ///< the first failure (a step's detail names the statement)
    QString failedStep;               ///< "core/009_200_to_210 (up)" when a migration failed
    QString failedStatement;          ///< the statement the server rejected, if known
    qint64 estimatedUpMs = 0;
    qint64 estimatedFinishMs = 0;
    bool tornDown = false;            ///< scratch cluster/database removed
    bool cancelled = false;

    bool ok() const { return !error; }
    QJsonObject toJson() const;
};

/// Restores `snapshotPath` into a scratch copy, runs `up` then `finish` with
/// options.engine, and tears the copy down. Production is never written.
/** Blocks for as long as the migrations take: run it on a worker thread (RehearsalJob).
 *  `observer` receives the engine's progress of both runs. */
RehearsalReport rehearse(const Catalog &catalog, const QString &snapshotPath, const RehearsalOptions &options,
                         EngineObserver *observer = nullptr, std::shared_ptr<PgCancelToken> cancel = {});

} // namespace kuw::core
