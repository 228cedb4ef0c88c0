// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kuw::core {

class PgConnection;
struct SchemaState;

enum class MigrationCommand { Bootstrap, Up, Finish };
enum class Phase { Up, Teardown };

/// What one statement does to a table, read from the step's SQL.
struct TableEffect
{
    QString table;
    QString lockMode;   ///< e.g. "ACCESS EXCLUSIVE", "SHARE", "ROW EXCLUSIVE"
    QString action;     ///< "alter", "create index", "rewrite rows", "drop", "create"
};

/// Risk tags of a step, computed from its SQL and the live datastore.
struct StepRisk
{
    QList<TableEffect> effects;
    qint64 rowEstimate = 0;  ///< sum of pg_class.reltuples of the touched tables
    bool buildsIndex = false;
    bool rewritesRows = false;
    QString strongestLock;   ///< the strongest lock mode any statement takes
};

/// One unit of work: a migration's `up` or its teardown, recorded in schema_meta by its last
/// transaction (idempotent work may commit before it: see Engine).
struct PlanStep
{
    QString subsystem;
    QString migration;
    Phase phase = Phase::Up;
    bool destructive = false;      ///< teardowns rewrite or drop data
    bool recordsPending = false;   ///< up of a migration with a teardown
    QString sql;                   ///< up SQL (Phase::Up)
    QList<TeardownStep> teardown;  ///< Phase::Teardown
    StepRisk risk;

    QString title() const;         ///< "core 009_200_to_210 (teardown)"
    /// Every SQL text the step runs (for risk analysis and display).
    QStringList sqlTexts() const;
};

/// A pure, inspectable list of steps: what --dry-run prints and what the engine runs.
struct Plan
{
    MigrationCommand command = MigrationCommand::Up;
    KongVersion target;
    bool createsBookkeeping = false; ///< bootstrap: schema_meta and locks first
    QList<PlanStep> steps;
    QStringList notes;

    bool isEmpty() const { return steps.isEmpty() && !createsBookkeeping; }
    int pendingAfter() const;        ///< migrations left pending when done
    QString toText(bool withSql = false) const;
    QJsonObject toJson() const;
};

/// Builds the plan of `command` for a datastore in `state` (see SchemaState::derive).
/// Refuses unknown migrations and, for `up`, pending ones unless `force`.
Result<Plan> buildPlan(MigrationCommand command, const SchemaState &state, bool force);

/// Fills each step's risk tags: lock modes from its SQL, row estimates from pg_class.
Status annotateRisks(Plan &plan, PgConnection &conn);
/// Lock modes and actions of statements in `sql` (ALTER TABLE, CREATE INDEX, UPDATE …).
QList<TableEffect> analyzeSql(const QString &sql);

QString commandName(MigrationCommand command);

} // namespace kuw::core
