// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Result.h"

#include <functional>

namespace kuw::core {

class PgConnection;

/// A lock request that timed out (lock_timeout) or lost a deadlock: worth another try.
bool isLockRetryable(const Error &e);

/// Short random backoff: let the queued readers through, and de-synchronize retries.
void lockBackoff();

/// Runs `body` in a transaction that first sets `lock_timeout`, then commits. When a lock
/// request times out or loses a deadlock, the transaction is rolled back and, after a short
/// backoff, run again for as long as `mayRetry()` agrees (it also counts the retry).
Status runRetriedTransaction(PgConnection &conn, int lockTimeoutMs, const std::function<Status()> &body,
                             const std::function<bool()> &mayRetry);

} // namespace kuw::core
