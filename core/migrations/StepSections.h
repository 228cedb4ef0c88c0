// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kuw::core {

/// A run of statements that takes its exclusive table locks together, just before it starts.
/** The engine wraps each section in a savepoint: when its lock request times out or loses a
 *  deadlock, only the section is rolled back and retried, never the work done before it. */
struct StepSection
{
    QString sql;                  ///< empty for a teardown function
    QString function;             ///< TeardownFunctions name
    QStringList exclusiveTables;  ///< tables its statements lock ACCESS EXCLUSIVE
    /// Constraints it drops by name: a dropped foreign key also locks the table it references,
    /// which only the live catalog can tell.
    QStringList droppedConstraints;
};

/// Sections committed together; a step's schema_meta record goes in its last transaction.
struct StepTransaction
{
    QList<StepSection> sections;
};

/// Splits a step along the catalog's markers, lines of their own in the SQL:
///   `-- kuw:section` starts a new section in the same transaction (heavy work under weak
///                    locks first, then a short section that takes the exclusive locks);
///   `-- kuw:commit`  (up only) commits what precedes it, so metadata-only changes such as
///                    new columns never keep their exclusive locks during later heavy work.
/// Every part must be idempotent: a run interrupted between commits is completed by a re-run.
/// Teardowns are one transaction; each teardown step is at least one section.
QList<StepTransaction> splitStep(const PlanStep &step);

} // namespace kuw::core
