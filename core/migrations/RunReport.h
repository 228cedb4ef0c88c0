// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Plan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace kuw::core {

/// What happened to one plan step.
struct StepReport
{
    enum class Outcome { Done, Failed, Cancelled, NotRun };
    QString subsystem;
    QString migration;
    Phase phase = Phase::Up;
    Outcome outcome = Outcome::NotRun;
    QDateTime started;
    QDateTime finished;
    qint64 durationMs = 0;
    qint64 rowsAffected = 0;
    int lockRetries = 0;         ///< lock_timeout hits retried with backoff
    int parts = 0;               ///< > 0: its first teardown sub-step ran as this many concurrent parts
    std::optional<Error> error;
};

/// The structured record of a run, for the wizard, `--json` and the session journal.
struct RunReport
{
    MigrationCommand command = MigrationCommand::Up;
    KongVersion target;
    QDateTime started;
    QDateTime finished;
    QList<StepReport> steps;
    std::optional<Error> error;  ///< why the run stopped, if it did
    bool cancelled = false;
    QString lockOwner;

    bool ok() const { return !error && !cancelled; }
    int executedCount() const;
    QJsonObject toJson() const;
};

QString outcomeName(StepReport::Outcome outcome);

} // namespace kuw::core
