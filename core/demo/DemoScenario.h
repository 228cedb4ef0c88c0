// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versions/KongVersion.h"

#include <QList>
#include <QString>

#include <optional>

namespace kuw::core {

/// A training preset: a condition seeded into the demo datastore that the assessment must
/// catch, and the remedy the demo applies once trainees have seen the finding.
struct DemoScenario
{
    QString name;        ///< --scenario NAME
    QString title;       ///< one line
    QString description; ///< what is seeded, for --list-scenarios
    QString findingId;   ///< the assessment finding it produces

    /// Start versions it can be seeded at: [minStart, beforeStart). Invalid = no bound.
    KongVersion minStart, beforeStart;
    /// The default start version when the trainer does not pick one (invalid = the demo's default).
    KongVersion defaultStart;

    QString seedSql;      ///< run on the 1.5-level seed, before the engine brings it to the start version
    QString startSql;     ///< run once the datastore is at the start version
    bool leavePending = false; ///< the last hop to the start version runs 'up' only (no 'finish')
    QString configText;   ///< kong.conf lines of the nodes (e.g. role = control_plane)

    QString remedy;       ///< what the demo does about it, one line
    QString remedySql;    ///< run as the remedy (empty with remedyFinish)
    bool remedyFinish = false; ///< the remedy is 'finish' with the start version

    /// Every preset, in --list-scenarios order.
    static const QList<DemoScenario> &all();
    static const DemoScenario *find(const QString &name);
    /// "name — title" lines with descriptions, for --list-scenarios.
    static QString listText();
};

} // namespace kuw::core
