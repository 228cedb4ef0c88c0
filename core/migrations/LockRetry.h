// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QRandomGenerator>
#include <QThread>

namespace kuw::core {

/// A lock request that timed out (lock_timeout) or lost a deadlock: worth another try.
inline bool isLockRetryable(const Error &e)
{
    return e.sqlState == "55P03" /* lock_not_available */ || e.sqlState == "40P01" /* deadlock_detected */;
}

/// Short random backoff: let the queued readers through, and de-synchronize retries.
inline void lockBackoff()
{
    QThread::msleep(20 + QRandomGenerator::global()->bounded(80));
}

} // namespace kuw::core
