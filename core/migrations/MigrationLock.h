// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace kuw::core {

class PgCancelToken;
class PgConnection;

/// Kong's cluster mutex: the `migrations` row of `locks`, written exactly as Kong writes it
/// (so Kong CLIs on other hosts see us as the leader and vice versa), plus what Kong lacks:
/// the TTL is renewed from a second connection while we hold it, and the owner names us.
class MigrationLock
{
public:
    struct Options
    {
        int ttlSeconds = 60;     ///< --lock-timeout: TTL of the row
        bool wait = false;       ///< up waits; bootstrap/finish/reset abort at once (as Kong)
        int waitSeconds = 60;    ///< how long to wait for another holder
    };

    ~MigrationLock();
    /// Takes the lock: expired rows (any key) are deleted first, as Kong does.
    static Result<std::unique_ptr<MigrationLock>> acquire(PgConnection &conn, const Options &options,
                                                          std::shared_ptr<PgCancelToken> cancel = {});
    /// Deletes our row (by key and owner). Also done by the destructor.
    Status release();
    QString owner() const { return m_owner; }
    int renewals() const { return m_renewals.load(); }

    /// "<uuid> kong-upgrade-wizard host=<h> pid=<p> since=<iso>": unique, and says who holds it.
    static QString makeOwner();

private:
    MigrationLock() = default;
    void startRenewer(const ConnectionSettings &settings);
    void stopRenewer();

    PgConnection *m_conn = nullptr;
    QString m_owner;
    int m_ttl = 60;
    bool m_held = false;
    std::thread m_renewer;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    std::atomic<int> m_renewals{0};
};

} // namespace kuw::core
