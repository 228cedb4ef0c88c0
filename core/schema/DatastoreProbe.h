// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatastoreStatus.h"
#include "Result.h"

namespace kuw::core {

class PgConnection;

/// Reads server facts, `schema_meta` and `locks` — read-only, never writes.
/** Blocks on the network; run it on a worker thread (see ProbeJob). */
Result<DatastoreStatus> probeDatastore(PgConnection &conn);

} // namespace kuw::core
