// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rehearsal.h"

#include "Snapshot.h"
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "migrations/Catalog.h"
#include "sandbox/ScratchPostgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Snapshot)
};
} // namespace
namespace {

qint64 runMs(const RunReport &r)
{
    return r.started.isValid() && r.finished.isValid() ? r.started.msecsTo(r.finished) : 0;
}

/// Records the first failed step of `run` (and its statement) in `rep`.
void noteFailure(RehearsalReport &rep, const RunReport &run)
{
    if (run.ok() || rep.error)
        return;
    rep.cancelled = run.cancelled;
    rep.error = run.error ? *run.error
                          : Error::make(ErrorKind::Cancelled, Text::tr("Rehearsal cancelled."),
                                        Text::tr("Nothing in production was changed; rehearse again when ready."));
    for (const StepReport &s : run.steps) {
        if (s.outcome != StepReport::Outcome::Failed && s.outcome != StepReport::Outcome::Cancelled)
            continue;
        rep.failedStep = QStringLiteral("%1/%2 (%3)").arg(s.subsystem, s.migration,
                                                          s.phase == Phase::Up ? QStringLiteral("up") : QStringLiteral("teardown"));
        const QString detail = s.error ? s.error->detail : QString();
        const qsizetype at = detail.indexOf(QLatin1String("Statement: "));
        if (at >= 0)
            rep.failedStatement = detail.mid(at + 11).trimmed();
        break;
    }
}

} // namespace

QJsonObject RehearsalReport::toJson() const
{
    QJsonObject o{{QStringLiteral("where"), where == RehearsalOptions::Where::ScratchCluster ? QStringLiteral("scratch-cluster")
                                                                                           : QStringLiteral("scratch-database")},
                  {QStringLiteral("snapshot"), snapshotPath},
                  {QStringLiteral("scratch"), scratchLocation},
                  {QStringLiteral("scratch_server_version_num"), scratchServerVersionNum},
                  {QStringLiteral("restore_ms"), restoreMs},
                  {QStringLiteral("up_ms"), upMs},
                  {QStringLiteral("finish_ms"), finishMs},
                  {QStringLiteral("total_ms"), totalMs},
                  {QStringLiteral("lock_retries"), lockRetries},
                  {QStringLiteral("estimated_up_ms"), estimatedUpMs},
                  {QStringLiteral("estimated_finish_ms"), estimatedFinishMs},
                  {QStringLiteral("torn_down"), tornDown},
                  {QStringLiteral("cancelled"), cancelled},
                  {QStringLiteral("ok"), ok()}};
    if (up)
        o.insert(QStringLiteral("up"), up->toJson());
    if (finish)
        o.insert(QStringLiteral("finish"), finish->toJson());
    if (error) {
        o.insert(QStringLiteral("error"), error->toString());
        o.insert(QStringLiteral("failed_step"), failedStep);
        o.insert(QStringLiteral("failed_statement"), failedStatement);
    }
    return o;
}

RehearsalReport rehearse(const Catalog &catalog, const QString &snapshotPath, const RehearsalOptions &options,
                         EngineObserver *observer, std::shared_ptr<PgCancelToken> cancel)
{
    if (!cancel)
        cancel = std::make_shared<PgCancelToken>();
    QElapsedTimer total;
    total.start();
    RehearsalReport rep;
    rep.where = options.where;
    rep.snapshotPath = snapshotPath;
    const bool cluster = options.where == RehearsalOptions::Where::ScratchCluster;
    auto say = [observer](const QString &line) {
        if (observer)
            observer->log(line);
        qCInfo(lcSnapshot).noquote() << line;
    };

    auto info = verifySnapshot(snapshotPath, options.bindir, cancel);
    if (!info) {
        rep.error = info.error();
        rep.cancelled = cancel->isCancelled();
        rep.tornDown = true; // nothing was set up
        return rep;
    }
    std::unique_ptr<ScratchPostgres> scratch;
    ConnectionSettings admin;
    QString db;
    if (cluster) {
        say(QStringLiteral("Starting a scratch PostgreSQL for the rehearsal"));
        ScratchPostgres::Options so;
        so.tcp = false;
        so.dirTemplate = options.scratchDirTemplate;
        auto pg = ScratchPostgres::start(so);
        if (!pg) {
            rep.error = pg.error();
            rep.tornDown = true; // start() removes what it created
            return rep;
        }
        scratch = std::move(*pg);
        rep.scratchLocation = scratch->directory();
        admin = scratch->settings();
        db = QStringLiteral("kong");
    } else {
        admin = options.server;
        db = options.scratchDatabase.isEmpty()
                 ? QStringLiteral("kuw_rehearsal_") + QUuid::createUuid().toString(QUuid::Id128).left(8)
                 : options.scratchDatabase;
        rep.scratchLocation = db;
    }

    RestoreOptions ro;
    ro.newDatabase = db;
    ro.bindir = options.bindir;
    bool created = false;
    const RestoreOutcome restored = restoreSnapshot(admin, snapshotPath, ro, cancel, [observer](const QString &l) {
        if (observer) // restoreSnapshot logs to lcSnapshot itself
            observer->log(l);
    });
    rep.restoreMs = restored.durationMs;
    if (!restored.ok()) {
        rep.error = restored.error;
        if (cluster && rep.error->kind != ErrorKind::Cancelled)
            rep.error->remedy = Text::tr("If production runs a newer PostgreSQL (%1) than this machine's server, "
                                               "install that version's server package, or rehearse in a scratch "
                                               "database on the production server.").arg(info->serverVersion);
    } else {
        created = true;
        ConnectionSettings work = admin;
        work.database = db;
        work.schema = info->schema;
        Engine probe(catalog, work, options.engine);
        const Result<SchemaState> state = [&]() -> Result<SchemaState> {
            auto conn = PgConnection::open(work, cancel); // closed before the engine runs
            if (!conn)
                return conn.error();
            rep.scratchServerVersionNum = (*conn)->serverVersionNum();
            return probe.inspect(**conn);
        }();
        if (!state) {
            rep.error = state.error();
        } else if (state->kind() == SchemaState::Kind::NeedsBootstrap) {
            rep.error = Error::make(ErrorKind::Sql, Text::tr("The snapshot's datastore is not bootstrapped: nothing to rehearse."));
        } else {
            if (state->kind() == SchemaState::Kind::NewMigrations) {
                say(QStringLiteral("Rehearsing up to %1").arg(options.engine.target.toString()));
                Engine engine(catalog, work, options.engine);
                rep.up = engine.run(MigrationCommand::Up, observer, cancel);
                rep.upMs = runMs(*rep.up);
                noteFailure(rep, *rep.up);
            } else {
                say(QStringLiteral("Production has no new migrations for up (%1)").arg(state->summary()));
            }
            if (options.runFinish && !rep.error) {
                say(QStringLiteral("Rehearsing finish"));
                Engine engine(catalog, work, options.engine);
                rep.finish = engine.run(MigrationCommand::Finish, observer, cancel);
                rep.finishMs = runMs(*rep.finish);
                noteFailure(rep, *rep.finish);
            }
        }
    }
    for (const auto *run : {rep.up ? &*rep.up : nullptr, rep.finish ? &*rep.finish : nullptr}) {
        for (const StepReport &s : run ? run->steps : QList<StepReport>())
            rep.lockRetries += s.lockRetries;
    }
    const double factor = options.estimateFactor > 0 ? options.estimateFactor : (cluster ? 1.5 : 1.2);
    rep.estimatedUpMs = qint64(rep.upMs * factor);
    rep.estimatedFinishMs = qint64(rep.finishMs * factor);

    // Teardown, also after a failure or a cancel.
    if (cluster) {
        const QString dir = scratch->directory();
        scratch.reset();
        rep.tornDown = !QDir(dir).exists();
    } else if (created) {
        auto conn = PgConnection::open(admin); // a fresh token: cleanup ignores an earlier cancel
        Status s = conn ? (*conn)->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1%2")
                                                  .arg((*conn)->quoteIdentifier(db),
                                                       (*conn)->serverVersionNum() >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString()))
                        : Status(conn.error());
        rep.tornDown = s.ok();
        if (!s)
            say(QStringLiteral("warning: could not drop the scratch database %1: %2").arg(db, s.error().message));
    } else {
        rep.tornDown = true;
    }
    rep.cancelled = rep.cancelled || (rep.error && rep.error->kind == ErrorKind::Cancelled);
    rep.totalMs = total.elapsed();
    say(QStringLiteral("Rehearsal %1 in %2 ms (up %3 ms, finish %4 ms)")
            .arg(rep.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed")).arg(rep.totalMs).arg(rep.upMs).arg(rep.finishMs));
    return rep;
}

} // namespace kuw::core
