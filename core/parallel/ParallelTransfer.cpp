// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/ParallelTransfer.h"

#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "declarative/EntitySchema.h"
#include "migrations/Catalog.h"
#include "migrations/Engine.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QtConcurrent>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Parallel)
};

TransferOutcome failed(TransferOutcome out, const QString &stage, Error error)
{
    out.failedStage = stage;
    out.cancelled = error.kind == ErrorKind::Cancelled;
    out.error = std::move(error);
    return out;
}

/// The transfer's cancel state, also when the caller gave none.
struct Control
{
    std::shared_ptr<PgCancelToken> cancel;
    bool isCancelled() const { return cancel->isCancelled(); }
    Error cancelledError() const
    {
        return Error::make(ErrorKind::Cancelled, Text::tr("The transfer was cancelled."),
                           Text::tr("Nothing was imported into the new datastore: run the transfer again when ready."));
    }
    /// A stage's error, or the cancellation that caused it (an interrupted COPY reads as 57014).
    Error why(Error e) const { return isCancelled() ? cancelledError() : std::move(e); }
};

/// Bootstraps the target when it holds no Kong schema; refuses one at another level.
Status prepareTarget(const Catalog &catalog, const TransferOptions &o, TransferOutcome &out,
                     const std::function<void(const QString &)> &log, const Control &control)
{
    Engine::Options opts;
    opts.target = o.targetVersion;
    opts.plugins = o.plugins;
    Engine engine(catalog, o.target, opts);
    auto conn = PgConnection::open(o.target, control.cancel);
    if (!conn)
        return conn.error();
    auto state = engine.inspect(**conn);
    if (!state)
        return state.error();
    if (!state->needsBootstrap) {
        if (state->kind() != SchemaState::Kind::UpToDate)
            return Error::make(ErrorKind::Unsupported,
                               Text::tr("The new datastore already holds a Kong schema of another version."),
                               Text::tr("Choose an empty database or schema for the new cluster."));
        log(Text::tr("The new datastore is already bootstrapped at Kong %1.").arg(state->target.toString()));
        return {};
    }
    log(Text::tr("Bootstrapping the new datastore at Kong %1…").arg(opts.target.toString()));
    // No cancel token: the bootstrap runs to its end, so a cancelled transfer can be run again.
    out.bootstrap = engine.run(MigrationCommand::Bootstrap);
    if (!out.bootstrap->ok())
        return out.bootstrap->error.value_or(Error::make(ErrorKind::Cancelled, Text::tr("Bootstrap cancelled.")));
    out.bootstrapped = true;
    return {};
}

/// The native exporter reads Kong 2.5's columns: an older datastore lacks some of them.
Status checkExportable(PgConnection &conn)
{
    auto cols = tableColumns(conn);
    if (!cols)
        return cols.error();
    QStringList missing;
    for (const declarative::EntityDef &e : declarative::exportedEntities())
        for (const declarative::FieldDef &fd : e.fields)
            if (!cols->value(e.name).contains(fd.column()))
                missing << e.name + QLatin1Char('.') + fd.column();
    if (missing.isEmpty())
        return {};
    return Error::make(ErrorKind::Unsupported,
                       Text::tr("The old datastore predates Kong 2.5's schema, which the native export reads."),
                       Text::tr("Export it with the old Kong itself (%1 on an old node) and import that file instead.")
                           .arg(QStringLiteral("'kong config db_export kong.yml'")),
                       Text::tr("Missing columns: %1").arg(missing.mid(0, 5).join(QStringLiteral(", "))));
}

} // namespace

Result<CountComparison> compareDatastoreCounts(const ConnectionSettings &old, const ConnectionSettings &fresh)
{
    auto oc = PgConnection::open(old);
    if (!oc)
        return oc.error();
    auto nc = PgConnection::open(fresh);
    if (!nc)
        return nc.error();
    auto oldCounts = countEntities(**oc);
    if (!oldCounts)
        return oldCounts.error();
    auto newCounts = countEntities(**nc);
    if (!newCounts)
        return newCounts.error();
    return compareCounts(*oldCounts, *newCounts);
}

TransferOutcome runTransfer(const Catalog &catalog, const TransferOptions &o, const std::function<void(const QString &)> &logFn)
{
    auto log = [&logFn](const QString &line) {
        if (logFn)
            logFn(line);
    };
    const Control control{o.cancel ? o.cancel : std::make_shared<PgCancelToken>()};
    auto progress = [&o](const QString &stage) {
        return [&o, stage](const QString &entity, qint64 rows) {
            if (o.progress)
                o.progress(stage, entity, rows);
        };
    };
    const auto isCancelled = [&control] { return control.isCancelled(); };
    TransferOutcome out;
    if (Status s = prepareTarget(catalog, o, out, log, control); !s)
        return failed(std::move(out), QStringLiteral("bootstrap"), control.why(s.error()));

    out.importedFile = o.importFile;
    if (o.importFile.isEmpty()) {
        if (control.isCancelled())
            return failed(std::move(out), QStringLiteral("export"), control.cancelledError());
        log(Text::tr("Exporting the old datastore to %1…").arg(o.exportPath));
        auto conn = PgConnection::open(o.source, control.cancel);
        if (!conn)
            return failed(std::move(out), QStringLiteral("export"), control.why(conn.error()));
        if (Status s = checkExportable(**conn); !s)
            return failed(std::move(out), QStringLiteral("export"), control.why(s.error()));
        declarative::Exporter exporter(**conn);
        exporter.setProgress(progress(QStringLiteral("export")));
        exporter.setCancelled(isCancelled);
        auto exported = exporter.exportToFile(o.exportPath);
        if (!exported)
            return failed(std::move(out), QStringLiteral("export"), control.why(exported.error()));
        // The export holds credentials: readable by its owner only.
        QFile::setPermissions(o.exportPath, QFile::ReadOwner | QFile::WriteOwner);
        out.exported = *exported;
        out.importedFile = o.exportPath;
        log(Text::tr("Exported %1 entities.").arg(exported->total()));
    }

    if (control.isCancelled())
        return failed(std::move(out), QStringLiteral("import"), control.cancelledError());
    log(Text::tr("Importing %1 into the new datastore…").arg(out.importedFile));
    {
        auto conn = PgConnection::open(o.target, control.cancel);
        if (!conn)
            return failed(std::move(out), QStringLiteral("import"), control.why(conn.error()));
        declarative::Importer importer(conn->get());
        importer.setProgress(progress(QStringLiteral("import")));
        importer.setCancelled(isCancelled);
        auto imported = importer.importFile(out.importedFile);
        if (!imported) {
            out.issues = importer.issues();
            return failed(std::move(out), QStringLiteral("import"), control.why(imported.error()));
        }
        out.imported = *imported;
        log(Text::tr("Imported %1 entities in one transaction.").arg(imported->total()));
    }

    // Committed: from here on there is nothing to cancel (the counts are a quick read).
    log(Text::tr("Counting every entity type on both sides…"));
    auto counts = compareDatastoreCounts(o.source, o.target);
    if (!counts)
        return failed(std::move(out), QStringLiteral("verify"), counts.error());
    out.counts = *counts;
    log(Text::tr("%1 entity types compared, %2 with different counts.").arg(counts->rows.size()).arg(counts->mismatches()));
    return out;
}

QFuture<TransferOutcome> startTransfer(const Catalog &catalog, TransferOptions options, std::function<void(const QString &)> log)
{
    return QtConcurrent::run([&catalog, options = std::move(options), log = std::move(log)] {
        return runTransfer(catalog, options, log);
    });
}

} // namespace kuw::core
