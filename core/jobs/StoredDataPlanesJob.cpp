// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredDataPlanesJob.h"

#include "assessment/DataPlanes.h"
#include "db/PgConnection.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kuw::core {

StoredDataPlanes readStoredDataPlanes(PgConnection &conn)
{
    StoredDataPlanes out;
    auto rows = dataPlanes(conn, &out.tableExists);
    if (!rows) {
        out.error = rows.error();
        return out;
    }
    for (const DataPlaneRow &r : *rows) {
        if (!r.expired) // as Kong's DAO lists them
            out.dataPlanes << DataPlane{r.id, r.hostname, r.ip, r.version, r.syncStatus, r.configHash, r.lastSeenEpoch};
    }
    return out;
}

QFuture<StoredDataPlanes> startStoredDataPlanesRead(const ConnectionSettings &settings)
{
    return QtConcurrent::run([settings] {
        auto conn = PgConnection::open(settings);
        if (!conn) {
            StoredDataPlanes out;
            out.error = conn.error();
            return out;
        }
        return readStoredDataPlanes(**conn);
    });
}

} // namespace kuw::core
