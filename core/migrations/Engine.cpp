// SPDX-License-Identifier: GPL-3.0-or-later
#include "Engine.h"

#include "Catalog.h"
#include "MigrationLock.h"
#include "SchemaMetaWriter.h"
#include "LockRetry.h"
#include "StepSections.h"
#include "TeardownParts.h"
#include "TeardownFunctions.h"
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "schema/DatastoreProbe.h"
#include "util/Log.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUuid>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Migrations)
};
} // namespace

Engine::Engine(const Catalog &catalog, ConnectionSettings settings, Options options)
    : m_catalog(catalog), m_settings(std::move(settings)), m_options(std::move(options))
{
    if (!m_options.target.isValid())
        m_options.target = m_catalog.newest();
    m_settings.statementTimeoutMs = m_options.statementTimeoutMs;
}

Result<SchemaState> Engine::inspect(PgConnection &conn) const
{
    auto status = probeDatastore(conn);
    if (!status)
        return status.error();
    return SchemaState::derive(*status, m_catalog, m_options.target, m_options.plugins);
}

Result<Plan> Engine::plan(PgConnection &conn, MigrationCommand command) const
{
    auto state = inspect(conn);
    if (!state)
        return state.error();
    auto plan = buildPlan(command, *state, m_options.force);
    if (!plan)
        return plan.error();
    if (Status s = annotateRisks(*plan, conn); !s)
        return s.error();
    return plan;
}

QString Engine::substitute(const QString &sql)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{uuid:([a-z_]+)\}\})"));
    QString out = sql;
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (!m_uuids.contains(name))
            m_uuids.insert(name, QUuid::createUuid().toString(QUuid::WithoutBraces));
        out.replace(m.captured(0), m_uuids.value(name));
    }
    return out;
}

namespace {

/// Takes ACCESS EXCLUSIVE on every existing table the section locks, and on the tables that the
/// foreign keys it drops reference, all at once in name order: the section never holds some of
/// them while waiting for others (no deadlock cycle with readers that join those tables).
Status lockTablesAhead(PgConnection &conn, const StepSection &section)
{
    if (section.exclusiveTables.isEmpty())
        return {};
    auto existing = conn.exec(QStringLiteral(
                                  "SELECT relname FROM (SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname = ANY($2::text[]) "
                                  "UNION SELECT r.relname FROM pg_constraint k "
                                  "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "JOIN pg_class r ON r.oid = k.confrelid "
                                  "WHERE n.nspname = $1 AND k.contype = 'f' AND c.relname = ANY($2::text[]) AND k.conname = ANY($3::text[]) "
                                  ") t ORDER BY relname COLLATE \"C\""),
                              {conn.schema(), pgArrayLiteral(section.exclusiveTables), pgArrayLiteral(section.droppedConstraints)});
    if (!existing)
        return existing.error();
    QStringList quoted;
    for (int i = 0; i < existing->rows(); ++i)
        quoted << conn.quoteIdentifier(existing->value(i, 0));
    if (quoted.isEmpty())
        return {};
    return conn.execScript(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(quoted.join(QStringLiteral(", "))));
}

} // namespace

Result<qint64> Engine::runSection(PgConnection &conn, const PlanStep &step, const StepSection &section,
                                  StepReport &report, const PgCancelToken &cancel)
{
    for (;;) {
        if (Status s = conn.execScript(QStringLiteral("SAVEPOINT kuw_section")); !s)
            return s.error();
        Result<qint64> rows = [&]() -> Result<qint64> {
            if (Status s = lockTablesAhead(conn, section); !s)
                return s.error();
            if (!section.function.isEmpty()) {
                const TeardownFunction *fn = TeardownFunctions::find(section.function);
                if (!fn)
                    return Error::make(ErrorKind::Internal, Text::tr("Unknown teardown function %1").arg(section.function));
                return (*fn)(conn, TeardownContext{step.subsystem, step.migration});
            }
            if (Status s = conn.execScript(substitute(section.sql)); !s)
                return s.error();
            return conn.lastScriptRows();
        }();
        if (rows) {
            if (Status s = conn.execScript(QStringLiteral("RELEASE SAVEPOINT kuw_section")); !s)
                return s.error();
            return rows;
        }
        if (!isLockRetryable(rows.error()) || report.lockRetries >= m_options.maxLockRetries || cancel.isCancelled())
            return rows;
        // Only this section is undone: its locks go, the work before it stays.
        if (Status s = conn.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT kuw_section")); !s)
            return s.error();
        ++report.lockRetries;
        lockBackoff();
    }
}

Result<qint64> Engine::runPartsFirst(PgConnection &conn, const PlanStep &step, StepReport &report,
                                     const PgCancelToken &cancel)
{
    if (step.phase != Phase::Teardown || step.teardown.isEmpty() || step.teardown.first().parts < 2 || m_options.partsMinRows < 0)
        return qint64(0);
    // The heavy row rewrite first, spread over concurrent transactions; the step's own
    // transaction then runs it once more and finds only rows written meanwhile.
    const TeardownStep &t = step.teardown.first();
    auto estimate = partsTableRows(conn, t);
    if (!estimate)
        return estimate.error();
    if (*estimate < m_options.partsMinRows)
        return qint64(0);
    auto parts = runTeardownParts(conn, t, PartsRun{substitute(t.partSql), m_options.ddlLockTimeoutMs, m_options.maxLockRetries},
                                  cancel);
    if (!parts)
        return parts.error();
    report.lockRetries += parts->lockRetries;
    report.parts = t.parts - int(parts->skipped.size());
    for (const QString &why : parts->skipped)
        qCWarning(lcEngine).noquote() << QStringLiteral("%1: a part ran in the step's own transaction instead: %2").arg(step.title(), why);
    return parts->rows;
}

Status Engine::executeStep(PgConnection &conn, const PlanStep &step, StepReport &report,
                           const PgCancelToken &cancel)
{
    const QList<StepTransaction> transactions = splitStep(step);
    auto partsRows = runPartsFirst(conn, step, report, cancel);
    if (!partsRows)
        return partsRows.error();
    qint64 rows = *partsRows;
    auto mayRetry = [&] {
        if (report.lockRetries >= m_options.maxLockRetries || cancel.isCancelled())
            return false;
        ++report.lockRetries;
        return true;
    };
    for (int t = 0; t < transactions.size(); ++t) {
        const bool last = t == transactions.size() - 1;
        qint64 txRows = 0;
        const Status result = runRetriedTransaction(conn, m_options.ddlLockTimeoutMs, [&]() -> Status {
            txRows = 0;
            for (const StepSection &section : transactions.at(t).sections) {
                auto n = runSection(conn, step, section, report, cancel);
                if (!n)
                    return n.error();
                txRows += *n;
            }
            if (!last)
                return {};
            return step.phase == Phase::Up ? schema_meta::recordUp(conn, step.subsystem, step.migration, step.recordsPending)
                                           : schema_meta::recordTeardown(conn, step.subsystem, step.migration);
        }, mayRetry);
        if (!result)
            return result;
        rows += txRows;
    }
    report.rowsAffected = rows;
    return {};
}

RunReport Engine::run(MigrationCommand command, EngineObserver *observer, std::shared_ptr<PgCancelToken> cancel)
{
    if (!cancel)
        cancel = std::make_shared<PgCancelToken>();
    RunReport report;
    report.command = command;
    report.target = m_options.target;
    report.started = QDateTime::currentDateTimeUtc();
    auto say = [observer](const QString &line) {
        if (observer)
            observer->log(line);
        qCInfo(lcEngine).noquote() << line;
    };
    auto finish = [&report](std::optional<Error> error) {
        report.error = std::move(error);
        report.finished = QDateTime::currentDateTimeUtc();
        return report;
    };

    auto conn = PgConnection::open(m_settings, cancel);
    if (!conn)
        return finish(conn.error());
    auto planned = plan(**conn, command);
    if (!planned)
        return finish(planned.error());
    m_lastPlan = *planned;
    if (m_options.dryRun)
        return finish(std::nullopt);

    if (m_lastPlan.createsBookkeeping) {
        if (Status s = schema_meta::createBookkeeping(**conn, (*conn)->schema()); !s)
            return finish(s.error());
    }
    MigrationLock::Options lo;
    lo.ttlSeconds = m_options.lockTtlSeconds;
    lo.wait = (command == MigrationCommand::Up); // as Kong: only up waits
    lo.waitSeconds = m_options.lockWaitSeconds;
    auto lock = MigrationLock::acquire(**conn, lo, cancel);
    if (!lock)
        return finish(lock.error());
    report.lockOwner = (*lock)->owner();

    // Re-check under the lock: another runner may have changed the state while we waited.
    if (command == MigrationCommand::Bootstrap) {
        auto st = probeDatastore(**conn);
        if (!st)
            return finish(st.error());
        if (!st->subsystems.isEmpty())
            return finish(Error::make(ErrorKind::Sql, Text::tr("Database already bootstrapped"),
                                      Text::tr("Another node bootstrapped it meanwhile.")));
    } else {
        planned = plan(**conn, command);
        if (!planned)
            return finish(planned.error());
        m_lastPlan = *planned;
    }
    const QList<PlanStep> &steps = m_lastPlan.steps;
    for (const PlanStep &s : steps) {
        StepReport r;
        r.subsystem = s.subsystem;
        r.migration = s.migration;
        r.phase = s.phase;
        report.steps << r;
    }
    QString lastSubsystem;
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep &step = steps.at(i);
        StepReport &r = report.steps[i];
        if (cancel->isCancelled()) {
            report.cancelled = true;
            say(QStringLiteral("cancelled before %1; completed steps are kept").arg(step.title()));
            break;
        }
        if (step.subsystem != lastSubsystem) {
            say(QStringLiteral("migrating %1 on database '%2'...").arg(step.subsystem, m_settings.database));
            lastSubsystem = step.subsystem;
        }
        if (observer)
            observer->stepStarted(i, int(steps.size()), step);
        r.started = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        const Status s = executeStep(**conn, step, r, *cancel);
        r.durationMs = timer.elapsed();
        r.finished = QDateTime::currentDateTimeUtc();
        if (!s) {
            r.outcome = cancel->isCancelled() ? StepReport::Outcome::Cancelled : StepReport::Outcome::Failed;
            Error e = s.error();
            e.message = Text::tr("failed to run migration '%1' %2: %3")
                            .arg(step.migration, step.phase == Phase::Up ? QStringLiteral("up") : QStringLiteral("teardown"), e.message);
            r.error = e;
            if (observer)
                observer->stepFinished(i, int(steps.size()), r);
            report.cancelled = cancel->isCancelled();
            say(e.message);
            (*lock)->release();
            return finish(e);
        }
        r.outcome = StepReport::Outcome::Done;
        if (observer)
            observer->stepFinished(i, int(steps.size()), r);
        const bool pending = step.phase == Phase::Up && step.recordsPending && command != MigrationCommand::Bootstrap;
        if (step.phase == Phase::Teardown || !step.recordsPending || command != MigrationCommand::Bootstrap)
            say(QStringLiteral("%1 migrated up to: %2 (%3)")
                    .arg(step.subsystem, step.migration, pending ? QStringLiteral("pending") : QStringLiteral("executed")));
    }
    if (Status s = (*lock)->release(); !s)
        say(QStringLiteral("warning: %1").arg(s.error().message));
    return finish(std::nullopt);
}

Status Engine::reset(EngineObserver *observer)
{
    auto conn = PgConnection::open(m_settings);
    if (!conn)
        return conn.error();
    auto state = inspect(**conn);
    if (!state)
        return state.error();
    if (state->needsBootstrap)
        return Error::make(ErrorKind::Sql, Text::tr("Database not bootstrapped, nothing to reset"));
    MigrationLock::Options lo;
    lo.ttlSeconds = m_options.lockTtlSeconds;
    auto lock = MigrationLock::acquire(**conn, lo);
    if (!lock)
        return lock.error();
    if (observer)
        observer->log(QStringLiteral("Resetting database..."));
    const QString schema = (*conn)->quoteIdentifier((*conn)->schema());
    // Kong: drop the schema with everything in it and recreate it for the current user.
    Status s = (*conn)->execScript(QStringLiteral("BEGIN; DROP SCHEMA %1 CASCADE; CREATE SCHEMA %1 AUTHORIZATION CURRENT_USER; COMMIT;")
                                       .arg(schema));
    (*lock).reset(); // the locks table went with the schema; nothing left to release
    if (!s)
        return s;
    if (observer)
        observer->log(QStringLiteral("Database successfully reset"));
    return {};
}

} // namespace kuw::core
