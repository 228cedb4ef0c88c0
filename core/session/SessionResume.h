// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"
#include "db/ConnectionSettings.h"
#include "migrations/Engine.h"
#include "migrations/SchemaState.h"

#include <optional>

namespace kuw::core {

/// Where a resumed session continues. The datastore decides, re-checked at resume time:
/// the journal only says what this session had already done (and confirmed) before.
struct ResumePoint
{
    enum class Step {
        Version,    ///< start over from the version page (nothing to resume, or a fresh install)
        Assessment, ///< the datastore is unchanged: re-run the checks, snapshot, rehearsal, up
        Up,         ///< `up` started in this session but did not complete: run it again
        AfterUp,    ///< `up` is done (pending teardowns wait): the page after Up
        Summary,    ///< the datastore is already at the target level
    };
    Step step = Step::Version;
    QString reason; ///< one human line: why this page
};

/// The connection a journal was written for (from its `datastore` line; never a password).
std::optional<ConnectionSettings> journaledConnection(const Journal &journal);
/// The inverse of ConnectionSettings::toString() (as journaled; never a password).
std::optional<ConnectionSettings> parseConnectionString(const QString &text);
/// The target version the session chose ("version chosen"), empty if none.
QString journaledTarget(const Journal &journal);
/// The verified snapshot this session took, if the file still exists.
QString journaledSnapshot(const Journal &journal);
/// Unfinished journals in `dir`, newest first (what the Welcome page offers).
QList<Journal> unfinishedJournals(const QString &dir);

/// Reads schema_meta now and derives the state for `options.target` (blocks on the network:
/// call it on a worker thread).
Result<SchemaState> recheckDatastore(const Catalog &catalog, const ConnectionSettings &settings,
                                     const Engine::Options &options);

/// Decides where to continue from the session's journal and the datastore's state now.
ResumePoint resumePoint(const Journal &journal, const SchemaState &state);

} // namespace kuw::core
