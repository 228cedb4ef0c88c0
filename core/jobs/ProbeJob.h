// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "db/ConnectionSettings.h"
#include "schema/DatastoreStatus.h"

#include <QFuture>

#include <memory>
#include <optional>

namespace kuw::core {

class PgCancelToken;

/// Result of connecting and probing: a status or an error (default-constructible for QFuture).
struct ProbeOutcome
{
    std::optional<DatastoreStatus> status;
    std::optional<Error> error;
    qint64 elapsedMs = 0;
};

/// Connect + probe on a worker thread. Cancel through the token (works mid-connect).
QFuture<ProbeOutcome> startProbeJob(const ConnectionSettings &settings,
                                    std::shared_ptr<PgCancelToken> cancel);
/// The same work, synchronously (CLI, tests). Blocks on the network.
ProbeOutcome runProbe(const ConnectionSettings &settings, std::shared_ptr<PgCancelToken> cancel = {});

} // namespace kuw::core
