// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSettings.h"
#include "session/Journal.h"

#include <QDateTime>

#include <optional>

namespace kuw::core {

/// Where a resumed parallel-path session continues. The old datastore is never changed on
/// this path, so its schema says nothing about progress: the journal's parallel events do,
/// checked against the new datastore's state at resume time.
struct ParallelResumePoint
{
    enum class Step {
        Target,       ///< no new datastore chosen yet
        Transfer,     ///< chosen, nothing imported (or the new datastore lost its schema)
        Checkpoints,  ///< imported: the blue-green cutover against the new datastore
        Diff,         ///< every cutover checkpoint passed: the changes since the export
        Decommission, ///< compared: retire the old datastore
        Summary,      ///< decommissioned
    };
    Step step = Step::Target;
    QString reason;                                 ///< one human line: why this page
    std::optional<ConnectionSettings> target;       ///< the new datastore (no password)
    QDateTime exportedAt;                           ///< when the imported export was started
};

/// Whether the journal chose the parallel-datastore path (its last "version path" event).
bool isParallelSession(const Journal &journal);

/// The step from the journal alone; `checkpointsDone` = every cutover checkpoint passed (as
/// Checkpoints::restore() reads them). `targetBootstrapped`: the new datastore's state now
/// (nullopt = not checked): without a Kong schema, an import journaled earlier is gone.
ParallelResumePoint parallelResumePoint(const Journal &journal, bool checkpointsDone,
                                        std::optional<bool> targetBootstrapped = std::nullopt);

} // namespace kuw::core
