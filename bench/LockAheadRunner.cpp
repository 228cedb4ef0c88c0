// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockAheadRunner.h"

#include "BenchSupport.h"

#include "db/PgConnection.h"
#include "db/PgTransaction.h"
#include "migrations/MigrationLock.h"
#include "migrations/Plan.h"
#include "migrations/SchemaMetaWriter.h"
#include "migrations/TeardownFunctions.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace kuw::bench {
namespace {

QString substitute(const QString &sql, QHash<QString, QString> &uuids)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{uuid:([a-z_]+)\}\})"));
    QString out = sql;
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!uuids.contains(m.captured(1)))
            uuids.insert(m.captured(1), QUuid::createUuid().toString(QUuid::WithoutBraces));
        out.replace(m.captured(0), uuids.value(m.captured(1)));
    }
    return out;
}

/// The existing tables a step takes ACCESS EXCLUSIVE on, sorted (one global order).
core::Result<QStringList> strongLockTables(core::PgConnection &conn, const core::PlanStep &step)
{
    QSet<QString> names;
    for (const core::TableEffect &e : step.risk.effects) {
        if (e.lockMode == QLatin1String("ACCESS EXCLUSIVE"))
            names.insert(e.table);
    }
    if (names.isEmpty())
        return QStringList();
    auto r = conn.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname = ANY($2::text[]) ORDER BY 1"),
                       {conn.schema(), core::pgArrayLiteral(QStringList(names.begin(), names.end()))});
    if (!r)
        return r.error();
    QStringList out;
    for (int i = 0; i < r->rows(); ++i)
        out << r->value(i, 0);
    return out;
}

core::Status runStep(core::PgConnection &conn, const core::PlanStep &step, const LockAheadOptions &o,
                     QHash<QString, QString> &uuids, core::StepReport &report);

/// splitTeardown: one transaction per teardown sub-step; the last one records schema_meta.
core::Status runSplitTeardown(core::PgConnection &conn, const core::PlanStep &step, const LockAheadOptions &o,
                              QHash<QString, QString> &uuids, core::StepReport &report)
{
    LockAheadOptions whole = o;
    whole.splitTeardown = false;
    for (int i = 0; i < step.teardown.size(); ++i) {
        core::PlanStep part = step;
        part.teardown = {step.teardown.at(i)};
        part.risk.effects = step.teardown.at(i).sql.isEmpty() ? QList<core::TableEffect>() : core::analyzeSql(step.teardown.at(i).sql);
        part.migration = i + 1 < step.teardown.size() ? QString() : step.migration; // empty: no schema_meta record
        if (core::Status s = runStep(conn, part, whole, uuids, report); !s)
            return s;
    }
    return {};
}

/// Kong's teardown: each recorded query in its own implicit transaction, then the record.
core::Status runKongTeardown(core::PgConnection &conn, const core::PlanStep &step, const QStringList &queries)
{
    for (const QString &q : queries) {
        if (core::Status s = conn.execScript(q); !s)
            return s;
    }
    auto tx = core::PgTransaction::begin(conn);
    if (!tx)
        return tx.error();
    if (core::Status s = core::schema_meta::recordTeardown(conn, step.subsystem, step.migration); !s)
        return s;
    return tx->commit();
}

core::Status runStep(core::PgConnection &conn, const core::PlanStep &step, const LockAheadOptions &o,
                     QHash<QString, QString> &uuids, core::StepReport &report)
{
    const QString kongKey = KongSql::key(step.subsystem, step.migration);
    if (o.kongSql && step.phase == core::Phase::Teardown && o.kongSql->teardown.contains(kongKey))
        return runKongTeardown(conn, step, o.kongSql->teardown.value(kongKey));
    const QString upSql = o.kongSql && o.kongSql->up.contains(kongKey) ? o.kongSql->up.value(kongKey)
                                                                       : substitute(step.sql, uuids);
    if (o.splitTeardown && step.phase == core::Phase::Teardown && step.teardown.size() > 1)
        return runSplitTeardown(conn, step, o, uuids, report);
    auto tables = o.lockAhead ? strongLockTables(conn, step) : core::Result<QStringList>(QStringList());
    if (!tables)
        return tables.error();
    QStringList quoted;
    for (const QString &t : *tables)
        quoted << conn.quoteIdentifier(t);
    for (int attempt = 0;; ++attempt) {
        core::Status result = [&]() -> core::Status {
            auto tx = core::PgTransaction::begin(conn);
            if (!tx)
                return tx.error();
            QString head = QStringLiteral("SET LOCAL lock_timeout = %1;").arg(o.lockAhead ? o.lockTimeoutMs : 0);
            if (!quoted.isEmpty())
                head += QStringLiteral(" LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE;").arg(quoted.join(QStringLiteral(", ")));
            if (core::Status s = conn.execScript(head); !s)
                return s;
            if (step.phase == core::Phase::Up) {
                if (!upSql.trimmed().isEmpty()) {
                    if (core::Status s = conn.execScript(upSql); !s)
                        return s;
                }
                if (core::Status s = core::schema_meta::recordUp(conn, step.subsystem, step.migration, step.recordsPending); !s)
                    return s;
            } else {
                for (const core::TeardownStep &t : step.teardown) {
                    if (!t.sql.isEmpty()) {
                        if (core::Status s = conn.execScript(substitute(t.sql, uuids)); !s)
                            return s;
                    } else {
                        const core::TeardownFunction *fn = core::TeardownFunctions::find(t.function);
                        if (!fn)
                            return core::Error::make(core::ErrorKind::Internal, QStringLiteral("unknown function %1").arg(t.function));
                        if (auto n = (*fn)(conn, core::TeardownContext{step.subsystem, step.migration}); !n)
                            return n.error();
                    }
                }
                if (!step.migration.isEmpty()) {
                    if (core::Status s = core::schema_meta::recordTeardown(conn, step.subsystem, step.migration); !s)
                        return s;
                }
            }
            return tx->commit();
        }();
        if (result || result.error().sqlState != "55P03" || attempt >= o.maxRetries)
            return result;
        ++report.lockRetries;
        // Jittered, slowly growing backoff: let the queued readers through, then try again.
        QThread::msleep(ulong(10 + std::min(attempt, 10) * 5 + int(QRandomGenerator::global()->bounded(20))));
    }
}

} // namespace

core::RunReport runLockAhead(const core::ConnectionSettings &settings, core::MigrationCommand command,
                             const core::KongVersion &target, const LockAheadOptions &options,
                             core::EngineObserver *observer)
{
    core::RunReport report;
    report.command = command;
    report.target = target;
    report.started = QDateTime::currentDateTimeUtc();
    auto fail = [&report](const core::Error &e) {
        report.error = e;
        report.finished = QDateTime::currentDateTimeUtc();
        return report;
    };
    core::ConnectionSettings s = settings;
    s.statementTimeoutMs = options.statementTimeoutMs;
    core::Engine::Options eo;
    eo.target = target;
    core::Engine planner(catalog(), s, eo);
    auto conn = core::PgConnection::open(s);
    if (!conn)
        return fail(conn.error());
    core::MigrationLock::Options lo;
    lo.wait = command == core::MigrationCommand::Up;
    auto lock = core::MigrationLock::acquire(**conn, lo);
    if (!lock)
        return fail(lock.error());
    auto plan = planner.plan(**conn, command); // under the lock, as the engine re-plans
    if (!plan)
        return fail(plan.error());
    QHash<QString, QString> uuids;
    const QList<core::PlanStep> &steps = plan->steps;
    for (int i = 0; i < steps.size(); ++i) {
        const core::PlanStep &step = steps.at(i);
        core::StepReport r;
        r.subsystem = step.subsystem;
        r.migration = step.migration;
        r.phase = step.phase;
        if (observer)
            observer->stepStarted(i, int(steps.size()), step);
        QElapsedTimer t;
        t.start();
        const core::Status st = runStep(**conn, step, options, uuids, r);
        r.durationMs = t.elapsed();
        r.outcome = st ? core::StepReport::Outcome::Done : core::StepReport::Outcome::Failed;
        if (!st)
            r.error = st.error();
        if (observer)
            observer->stepFinished(i, int(steps.size()), r);
        report.steps << r;
        if (!st)
            return fail(st.error());
    }
    (*lock)->release();
    report.finished = QDateTime::currentDateTimeUtc();
    return report;
}

} // namespace kuw::bench
