// SPDX-License-Identifier: GPL-3.0-or-later
// The `migrations` row of `locks`: held by a live runner, or left behind by a crashed one.
#include "CheckContext.h"
#include "LockSessions.h"

#include "db/PgConnection.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

void checkLock(const CheckContext &ctx, QList<Finding> &out)
{
    if (!ctx.status.lock || !ctx.conn)
        return;
    const LockInfo &lock = *ctx.status.lock;
    QString evidence = Text::tr("locks row 'migrations': owner %1, expiry %2 UTC (%3)")
                           .arg(lock.owner, lock.ttl.toString(Qt::ISODate),
                                lock.expired ? Text::tr("expired %1 s ago").arg(-lock.secondsLeft)
                                             : Text::tr("expires in %1 s").arg(lock.secondsLeft));
    auto sessions = lockSessions(*ctx.conn);
    if (sessions && !sessions->isEmpty()) {
        evidence += Text::tr("\nsessions with locks on Kong tables:");
        for (const LockSession &s : *sessions)
            evidence += QStringLiteral("\n  ") + s.toText();
    } else if (sessions) {
        evidence += Text::tr("\nno other session holds locks on Kong tables");
    }
    if (lock.expired) {
        out << Finding{QStringLiteral("lock.stale"), Severity::Warning,
                       Text::tr("A stale migration lock is left in 'locks'"),
                       evidence,
                       Text::tr("Kong's next runner deletes an expired row itself; make sure no migration runs, "
                                      "then start the upgrade (a waiting 'up' would abort as \"not leader\")"),
                       guide::kMigrations};
    } else {
        out << Finding{QStringLiteral("lock.held"), Severity::Blocker,
                       Text::tr("Another runner holds the migration lock"),
                       evidence,
                       Text::tr("Wait for the other migration to finish (the row expires after its --lock-timeout); "
                                      "delete the row only after confirming that nobody runs migrations"),
                       guide::kMigrations};
    }
}

} // namespace kuw::core
