// SPDX-License-Identifier: GPL-3.0-or-later
// The `migrations` row of `locks`: held by a live runner, or left behind by a crashed one.
#include "CheckContext.h"
#include "LockSessions.h"

#include "db/PgConnection.h"

namespace kuw::core {

void checkLock(const CheckContext &ctx, QList<Finding> &out)
{
    if (!ctx.status.lock || !ctx.conn)
        return;
    const LockInfo &lock = *ctx.status.lock;
    QString evidence = QStringLiteral("locks row 'migrations': owner %1, expiry %2 UTC (%3)")
                           .arg(lock.owner, lock.ttl.toString(Qt::ISODate),
                                lock.expired ? QStringLiteral("expired %1 s ago").arg(-lock.secondsLeft)
                                             : QStringLiteral("expires in %1 s").arg(lock.secondsLeft));
    auto sessions = lockSessions(*ctx.conn);
    if (sessions && !sessions->isEmpty()) {
        evidence += QStringLiteral("\nsessions with locks on Kong tables:");
        for (const LockSession &s : *sessions)
            evidence += QStringLiteral("\n  ") + s.toText();
    } else if (sessions) {
        evidence += QStringLiteral("\nno other session holds locks on Kong tables");
    }
    if (lock.expired) {
        out << Finding{QStringLiteral("lock.stale"), Severity::Warning,
                       QStringLiteral("A stale migration lock is left in 'locks'"),
                       evidence,
                       QStringLiteral("Kong's next runner deletes an expired row itself; make sure no migration runs, "
                                      "then start the upgrade (a waiting 'up' would abort as \"not leader\")"),
                       guide::kMigrations};
    } else {
        out << Finding{QStringLiteral("lock.held"), Severity::Blocker,
                       QStringLiteral("Another runner holds the migration lock"),
                       evidence,
                       QStringLiteral("Wait for the other migration to finish (the row expires after its --lock-timeout); "
                                      "delete the row only after confirming that nobody runs migrations"),
                       guide::kMigrations};
    }
}

} // namespace kuw::core
