// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "db/ConnectionSettings.h"
#include "declarative/Exporter.h"
#include "declarative/Importer.h"
#include "migrations/RunReport.h"
#include "parallel/EntityCounts.h"
#include "versions/KongVersion.h"

#include <QFuture>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace kuw::core {

class Catalog;
class PgCancelToken;

/// What the transfer of the parallel path needs: the old datastore, the new (empty) one.
struct TransferOptions
{
    ConnectionSettings source;     ///< the old datastore (only read)
    ConnectionSettings target;     ///< the new database or schema
    KongVersion targetVersion;     ///< bootstrap level of the new datastore
    QStringList plugins = {QStringLiteral("bundled")};
    QString exportPath;            ///< where the export is written (must not exist yet)
    QString importFile;            ///< non-empty: import this file (e.g. the old Kong's own
                                   ///< `kong config db_export`) instead of exporting natively
    /// Optional: cancel() from any thread stops the transfer. The bootstrap runs to its end (a
    /// half bootstrapped datastore could not simply be used again); the export and the import
    /// stop at their next batch or table and their running statement is interrupted, so the
    /// import's transaction rolls back and the new datastore stays bootstrapped and empty. Once
    /// the import has committed there is nothing left to cancel: the count check runs to its end.
    /// The transfer's connections are opened one after the other, so one token serves them all.
    std::shared_ptr<PgCancelToken> cancel;
    /// Optional, called on the worker thread: rows written so far of `entity` by `stage`
    /// ("export" or "import"), after each batch or table.
    std::function<void(const QString &stage, const QString &entity, qint64 rows)> progress;
};

/// What each stage did; `failedStage` names the one that stopped the transfer.
struct TransferOutcome
{
    bool bootstrapped = false;     ///< this run bootstrapped the target (false: it already was)
    std::optional<RunReport> bootstrap;
    std::optional<declarative::ExportSummary> exported;
    std::optional<declarative::ImportSummary> imported;
    QString importedFile;
    QList<declarative::ImportIssue> issues; ///< the file's problems when the import refused it
    std::optional<CountComparison> counts;
    QString failedStage;           ///< "bootstrap", "export", "import", "verify" or ""
    bool cancelled = false;        ///< stopped through `cancel` (the import was rolled back)
    std::optional<Error> error;
    bool ok() const { return !error.has_value(); }
};

/// Bootstrap the target at `targetVersion` when it is empty (native engine), export the
/// source (unless a file is given), import into the target in one transaction, then count
/// every entity type on both sides. A refused import leaves the target as it was (bootstrapped
/// and empty), so the transfer can simply be run again. `log` is called on the worker thread.
/** Blocks on the network: run it on a worker thread (startTransfer). */
TransferOutcome runTransfer(const Catalog &catalog, const TransferOptions &options,
                            const std::function<void(const QString &)> &log = {});
QFuture<TransferOutcome> startTransfer(const Catalog &catalog, TransferOptions options,
                                       std::function<void(const QString &)> log = {});

/// Counts on both sides (a re-check after the transfer), on the calling thread.
Result<CountComparison> compareDatastoreCounts(const ConnectionSettings &old, const ConnectionSettings &fresh);

} // namespace kuw::core
