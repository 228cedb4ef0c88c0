// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationLock.h"

#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "db/PgTransaction.h"
#include "util/Log.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHostInfo>
#include <QThread>
#include <QUuid>

#include <unistd.h>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Migrations)
};
} // namespace
namespace {

/// One attempt, in one transaction like Kong: purge expired rows, insert ours if absent.
Result<bool> tryAcquire(PgConnection &conn, const QString &owner, int ttl)
{
    auto tx = PgTransaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto r = conn.exec(QStringLiteral("DELETE FROM locks WHERE ttl < now()")); !r)
        return r.error();
    auto ins = conn.exec(QStringLiteral("INSERT INTO locks (key, owner, ttl) "
                                        "VALUES ('migrations', $1, now() + $2::int * interval '1 second') "
                                        "ON CONFLICT DO NOTHING"),
                         {owner, ttl});
    if (!ins)
        return ins.error();
    const bool got = ins->affectedRows() == 1;
    if (Status s = tx->commit(); !s)
        return s.error();
    return got;
}

QString holderDescription(PgConnection &conn)
{
    auto r = conn.exec(QStringLiteral("SELECT owner, floor(extract(epoch FROM ttl - now()))::bigint "
                                      "FROM locks WHERE key = 'migrations'"));
    if (!r || r->rows() == 0)
        return Text::tr("unknown holder");
    return Text::tr("%1 (expires in %2 s)").arg(r->value(0, 0)).arg(r->integer(0, 1));
}

} // namespace

QString MigrationLock::makeOwner()
{
    return QStringLiteral("%1 kong-upgrade-wizard host=%2 pid=%3 since=%4")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QHostInfo::localHostName())
        .arg(::getpid())
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

Result<std::unique_ptr<MigrationLock>> MigrationLock::acquire(PgConnection &conn, const Options &options,
                                                              std::shared_ptr<PgCancelToken> cancel)
{
    std::unique_ptr<MigrationLock> lock(new MigrationLock);
    lock->m_conn = &conn;
    lock->m_owner = makeOwner();
    lock->m_ttl = qMax(1, options.ttlSeconds);
    QDeadlineTimer deadline(qint64(qMax(0, options.waitSeconds)) * 1000);
    // Kong's back-off: 0.1, 0.3, 0.9, then 2 s steps.
    const int sleeps[] = {100, 300, 900, 2000};
    int attempt = 0;
    while (true) {
        auto got = tryAcquire(conn, lock->m_owner, lock->m_ttl);
        if (!got)
            return got.error();
        if (*got)
            break;
        if (!options.wait) {
            return Error::make(ErrorKind::Timeout,
                               Text::tr("aborted: another node is performing database changes"),
                               Text::tr("Wait for it to finish (holder: %1), or, if no migration is "
                                              "running, wait for the lock to expire.")
                                   .arg(holderDescription(conn)));
        }
        if (deadline.hasExpired()) {
            return Error::make(ErrorKind::Timeout,
                               Text::tr("Timed out after %1 s waiting for the migration lock").arg(options.waitSeconds),
                               Text::tr("Another node holds it: %1. Retry later or raise --lock-timeout.")
                                   .arg(holderDescription(conn)));
        }
        const int nap = int(qMin<qint64>(sleeps[qMin(attempt++, 3)], qMax<qint64>(1, deadline.remainingTime())));
        for (int slept = 0; slept < nap; slept += 50) {
            if (cancel && cancel->isCancelled())
                return Error::make(ErrorKind::Cancelled, Text::tr("Cancelled while waiting for the migration lock."));
            QThread::msleep(50);
        }
    }
    lock->m_held = true;
    lock->startRenewer(conn.settings());
    qCInfo(lcEngine).noquote() << "migration lock taken by" << lock->m_owner;
    return lock;
}

void MigrationLock::startRenewer(const ConnectionSettings &settings)
{
    // Renew at a third of the TTL from a separate connection, so a long statement on the
    // main connection never lets the row expire under us.
    m_renewer = std::thread([this, settings] {
        auto conn = PgConnection::open(settings);
        if (!conn) {
            qCWarning(lcEngine).noquote() << "lock renewer could not connect:" << conn.error().message;
            return;
        }
        const auto interval = std::chrono::milliseconds(qMax(300, m_ttl * 1000 / 3));
        std::unique_lock<std::mutex> guard(m_mutex);
        while (!m_cv.wait_for(guard, interval, [this] { return m_stop; })) {
            auto r = (*conn)->exec(QStringLiteral("UPDATE locks SET ttl = now() + $2::int * interval '1 second' "
                                                  "WHERE key = 'migrations' AND owner = $1"),
                                   {m_owner, m_ttl});
            if (r && r->affectedRows() == 1)
                ++m_renewals;
            else
                qCWarning(lcEngine) << "migration lock renewal failed";
        }
    });
}

void MigrationLock::stopRenewer()
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_renewer.joinable())
        m_renewer.join();
}

Status MigrationLock::release()
{
    stopRenewer();
    if (!m_held)
        return {};
    m_held = false;
    std::unique_ptr<PgConnection> fresh;
    PgConnection *conn = m_conn;
    if (conn->isBroken()) {
        // The run's connection died (e.g. terminated by a DBA): release over a new one, so
        // the next run need not wait for the TTL.
        auto c = PgConnection::open(m_conn->settings());
        if (!c)
            return Error::make(ErrorKind::HostUnreachable,
                               Text::tr("Connection lost; the migration lock expires by itself after %1 s").arg(m_ttl));
        fresh = std::move(*c);
        conn = fresh.get();
    }
    auto r = conn->exec(QStringLiteral("DELETE FROM locks WHERE key = 'migrations' AND owner = $1"), {m_owner});
    if (!r)
        return r.error();
    qCInfo(lcEngine) << "migration lock released";
    return {};
}

MigrationLock::~MigrationLock()
{
    release();
}

} // namespace kuw::core
