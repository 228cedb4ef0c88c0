// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeJob.h"

#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "schema/DatastoreProbe.h"

#include <QElapsedTimer>
#include <QtConcurrent>

namespace kuw::core {

ProbeOutcome runProbe(const ConnectionSettings &settings, std::shared_ptr<PgCancelToken> cancel)
{
    QElapsedTimer timer;
    timer.start();
    ProbeOutcome out;
    auto conn = PgConnection::open(settings, std::move(cancel));
    if (!conn) {
        out.error = conn.error();
    } else if (auto st = probeDatastore(**conn); !st) {
        out.error = st.error();
    } else {
        out.status = *st;
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

QFuture<ProbeOutcome> startProbeJob(const ConnectionSettings &settings, std::shared_ptr<PgCancelToken> cancel)
{
    return QtConcurrent::run([settings, cancel] { return runProbe(settings, cancel); });
}

} // namespace kuw::core
