// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plan.h"

#include "SchemaState.h"

#include <QJsonArray>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Migrations)
};
} // namespace

QString commandName(MigrationCommand command)
{
    switch (command) {
    case MigrationCommand::Bootstrap: return QStringLiteral("bootstrap");
    case MigrationCommand::Up: return QStringLiteral("up");
    case MigrationCommand::Finish: return QStringLiteral("finish");
    }
    return {};
}

QString PlanStep::title() const
{
    return QStringLiteral("%1 %2 (%3)").arg(subsystem, migration,
                                            phase == Phase::Up ? QStringLiteral("up") : QStringLiteral("teardown"));
}

QStringList PlanStep::sqlTexts() const
{
    if (phase == Phase::Up)
        return sql.trimmed().isEmpty() ? QStringList() : QStringList{sql};
    QStringList out;
    for (const TeardownStep &t : teardown) {
        if (!t.sql.isEmpty())
            out << t.sql;
    }
    return out;
}

int Plan::pendingAfter() const
{
    int n = 0;
    for (const PlanStep &s : steps) {
        if (s.phase == Phase::Up && s.recordsPending)
            ++n;
        else if (s.phase == Phase::Teardown)
            --n;
    }
    return command == MigrationCommand::Up ? qMax(0, n) : 0;
}

namespace {
/// True when, in Kong's run order, no pending migration comes after a new one.
bool pendingPrecedeNew(const SchemaState &state)
{
    bool seenNew = false;
    for (const SubsystemState &ss : state.subsystems) {
        for (const MigrationEntry *m : ss.entry->migrationsAt(state.target)) {
            if (ss.fresh.contains(m->name))
                seenNew = true;
            else if (ss.pending.contains(m->name) && seenNew)
                return false;
        }
    }
    return true;
}
} // namespace

Result<Plan> buildPlan(MigrationCommand command, const SchemaState &state, bool force)
{
    if (state.hasUnknown()) {
        QStringList names = state.unknownSubsystems + state.unknownMigrations;
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("The datastore records migrations this tool's catalog does not know: %1")
                               .arg(names.join(QStringLiteral(", "))),
                           Text::tr("These come from Kong Enterprise, custom plugins or a newer Kong. Run "
                                          "this upgrade with the external executor (the real 'kong migrations' "
                                          "CLI of the target version)."));
    }
    if (!state.newerMigrations.isEmpty()) {
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("The datastore is newer than the target Kong %1: %2")
                               .arg(state.target.toString(), state.newerMigrations.join(QStringLiteral(", "))),
                           Text::tr("Choose a newer target version; Kong migrations never go backwards."));
    }
    Plan plan;
    plan.command = command;
    plan.target = state.target;
    auto upStep = [](const SubsystemState &ss, const MigrationEntry &m, const MigrationRevision &rev) {
        PlanStep s;
        s.subsystem = ss.name;
        s.migration = m.name;
        s.phase = Phase::Up;
        s.sql = rev.up;
        s.recordsPending = rev.hasTeardown;
        return s;
    };
    auto teardownStep = [](const SubsystemState &ss, const MigrationEntry &m, const MigrationRevision &rev) {
        PlanStep s;
        s.subsystem = ss.name;
        s.migration = m.name;
        s.phase = Phase::Teardown;
        s.teardown = rev.teardown;
        s.destructive = true;
        return s;
    };

    switch (command) {
    case MigrationCommand::Bootstrap:
        if (!state.needsBootstrap)
            return Error::make(ErrorKind::Sql, Text::tr("Database already bootstrapped"),
                               Text::tr("Use 'migrations up' to apply new migrations, or 'bootstrap --force' "
                                              "to reset and bootstrap again (destroys all data)."));
        plan.createsBookkeeping = true;
        for (const SubsystemState &ss : state.subsystems) {
            for (const MigrationEntry *m : ss.entry->migrationsAt(state.target)) {
                const MigrationRevision *rev = m->revisionFor(state.target);
                plan.steps << upStep(ss, *m, *rev);
                if (rev->hasTeardown) // bootstrap runs each teardown right after its up
                    plan.steps << teardownStep(ss, *m, *rev);
            }
        }
        break;
    case MigrationCommand::Up:
        if (state.needsBootstrap)
            return Error::make(ErrorKind::Sql, Text::tr("Cannot run migrations: ") + state.summary().section(QLatin1Char('\n'), 0, 0),
                               Text::tr("Run 'migrations bootstrap' for a new installation."));
        if (state.hasPending()) {
            // Kong refuses any up while something is pending. We continue only an up that
            // was interrupted: every pending migration sits before every new one, so this
            // run is the rest of the same plan (and ends as one uninterrupted up would).
            if (!state.hasNew() || !pendingPrecedeNew(state)) {
                return Error::make(ErrorKind::Sql, Text::tr("Database has pending migrations; run 'kong migrations finish'"),
                                   force ? Text::tr("--force never re-runs migrations (Kong's re-runs are not idempotent): run 'migrations finish' first.")
                                         : Text::tr("Run 'migrations finish' once the old cluster no longer uses the datastore."));
            }
            plan.notes << Text::tr("Continuing an interrupted 'up': the pending migrations all precede the new "
                                         "ones, so this completes the same upgrade (Kong itself would refuse).");
        }
        for (const SubsystemState &ss : state.subsystems) {
            for (const QString &name : ss.fresh) {
                const MigrationEntry *m = ss.entry->migration(name);
                plan.steps << upStep(ss, *m, *m->revisionFor(state.target));
            }
        }
        break;
    case MigrationCommand::Finish:
        if (state.needsBootstrap)
            return Error::make(ErrorKind::Sql, Text::tr("Cannot run migrations: database needs bootstrapping"),
                               Text::tr("Run 'migrations bootstrap' first."));
        for (const SubsystemState &ss : state.subsystems) {
            for (const QString &name : ss.pending) {
                const MigrationEntry *m = ss.entry->migration(name);
                plan.steps << teardownStep(ss, *m, *m->revisionFor(state.target));
            }
        }
        if (state.hasNew())
            plan.notes << Text::tr("New migrations available; run 'kong migrations up' to proceed");
        break;
    }
    if (!state.unknownPlugins.isEmpty())
        plan.notes << Text::tr("Plugins without catalog entries are skipped: %1")
                          .arg(state.unknownPlugins.join(QStringLiteral(", ")));
    return plan;
}

QString Plan::toText(bool withSql) const
{
    QString out = Text::tr("Plan: %1 to Kong %2, %3 step(s)\n")
                      .arg(commandName(command), target.toString()).arg(steps.size());
    if (createsBookkeeping)
        out += Text::tr("  0. create schema_meta and locks (Kong's bookkeeping tables)\n");
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep &s = steps.at(i);
        out += QStringLiteral("  %1. %2%3\n").arg(i + 1).arg(s.title(), s.destructive ? QStringLiteral("  [destructive]") : QString());
        if (!s.risk.strongestLock.isEmpty()) {
            QStringList tables;
            for (const TableEffect &e : s.risk.effects) {
                const QString t = QStringLiteral("%1 (%2)").arg(e.table, e.lockMode);
                if (!tables.contains(t))
                    tables << t;
            }
            out += Text::tr("       locks: %1; ~%2 rows%3%4\n")
                       .arg(tables.join(QStringLiteral(", ")))
                       .arg(s.risk.rowEstimate)
                       .arg(s.risk.buildsIndex ? Text::tr("; builds an index") : QString(),
                            s.risk.rewritesRows ? Text::tr("; rewrites rows") : QString());
        }
        for (const TeardownStep &t : s.teardown)
            out += QStringLiteral("       - %1\n").arg(t.description);
        if (withSql) {
            for (const QString &sql : s.sqlTexts())
                out += QStringLiteral("       | %1\n").arg(sql.trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n       | ")));
        }
    }
    if (command == MigrationCommand::Up && pendingAfter() > 0)
        out += Text::tr("  %1 migration(s) will be left pending until 'finish'.\n").arg(pendingAfter());
    for (const QString &n : notes)
        out += Text::tr("  Note: %1\n").arg(n);
    return out;
}

QJsonObject Plan::toJson() const
{
    QJsonArray arr;
    for (const PlanStep &s : steps) {
        QJsonArray effects;
        for (const TableEffect &e : s.risk.effects)
            effects.append(QJsonObject{{QStringLiteral("table"), e.table},
                                       {QStringLiteral("lock"), e.lockMode},
                                       {QStringLiteral("action"), e.action}});
        QJsonArray teardown;
        for (const TeardownStep &t : s.teardown)
            teardown.append(t.description);
        arr.append(QJsonObject{
            {QStringLiteral("subsystem"), s.subsystem},
            {QStringLiteral("migration"), s.migration},
            {QStringLiteral("phase"), s.phase == Phase::Up ? QStringLiteral("up") : QStringLiteral("teardown")},
            {QStringLiteral("destructive"), s.destructive},
            {QStringLiteral("records_pending"), s.recordsPending},
            {QStringLiteral("teardown_steps"), teardown},
            {QStringLiteral("effects"), effects},
            {QStringLiteral("row_estimate"), s.risk.rowEstimate},
            {QStringLiteral("strongest_lock"), s.risk.strongestLock},
        });
    }
    return QJsonObject{{QStringLiteral("command"), commandName(command)},
                       {QStringLiteral("target"), target.toString()},
                       {QStringLiteral("creates_bookkeeping"), createsBookkeeping},
                       {QStringLiteral("steps"), arr},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace kuw::core
