// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockRetry.h"

#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QRandomGenerator>
#include <QThread>

namespace kuw::core {

bool isLockRetryable(const Error &e)
{
    return e.sqlState == "55P03" /* lock_not_available */ || e.sqlState == "40P01" /* deadlock_detected */;
}

void lockBackoff()
{
    QThread::msleep(20 + QRandomGenerator::global()->bounded(80));
}

Status runRetriedTransaction(PgConnection &conn, int lockTimeoutMs, const std::function<Status()> &body,
                             const std::function<bool()> &mayRetry)
{
    for (;;) {
        Status result = [&]() -> Status {
            auto tx = PgTransaction::begin(conn);
            if (!tx)
                return tx.error();
            // A statement waits at most this long for a table lock, then backs off and retries,
            // instead of queueing every proxy query behind it.
            if (Status s = conn.execScript(QStringLiteral("SET LOCAL lock_timeout = %1").arg(lockTimeoutMs)); !s)
                return s;
            if (Status s = body(); !s)
                return s;
            return tx->commit();
        }();
        if (result || !isLockRetryable(result.error()) || !mayRetry())
            return result;
        lockBackoff();
    }
}

} // namespace kuw::core
