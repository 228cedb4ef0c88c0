// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "cluster/AdminApiTypes.h"
#include "db/ConnectionSettings.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace kuw::core {

class PgConnection;

/// What the datastore's clustering_data_planes table says about the hybrid Data Planes.
struct StoredDataPlanes
{
    /// Rows whose ttl has not passed, as the Control Plane's GET /clustering/data-planes lists
    /// them (the Control Plane writes a row each time a Data Plane pings it).
    QList<DataPlane> dataPlanes;
    bool tableExists = false; ///< false before Kong 2.1 (no hybrid mode)
    std::optional<Error> error;
};

/// Reads the table. Blocks: run it on a worker thread.
StoredDataPlanes readStoredDataPlanes(PgConnection &conn);
/// The same on a worker thread, with its own connection: the fallback when the Control
/// Plane's Admin API does not answer GET /clustering/data-planes (RBAC, a proxy, an outage).
QFuture<StoredDataPlanes> startStoredDataPlanesRead(const ConnectionSettings &settings);

} // namespace kuw::core
