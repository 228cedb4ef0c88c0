// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <atomic>

struct pg_cancel;

namespace kuw::core {

/// The only database object allowed to cross threads: cancels a connect or a running query.
/** The UI thread calls cancel(); the worker's connect loop polls isCancelled(), and a
 *  running statement is interrupted through libpq's cancel request (SQLSTATE 57014). */
class PgCancelToken
{
public:
    PgCancelToken() = default;
    ~PgCancelToken();
    PgCancelToken(const PgCancelToken &) = delete;
    PgCancelToken &operator=(const PgCancelToken &) = delete;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Used by PgConnection only.
    void attach(pg_cancel *handle);
    void detach();

private:
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    pg_cancel *m_handle = nullptr;
};

} // namespace kuw::core
