// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "PgResult.h"
#include "Result.h"

#include <QVariantList>

class QIODevice;

#include <functional>
#include <memory>

struct pg_conn;

namespace kuw::core {

class PgCancelToken;

/// One libpq connection (RAII). Belongs to one thread for its whole life.
/** Blocks: open() and exec() wait on the network — call them on a worker thread, never the
 *  UI thread. Values always travel as parameters ($1, $2 …); identifiers through
 *  quoteIdentifier(). The session is set up as Kong's connector does it: schema, UTC. */
class PgConnection
{
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Connects without blocking past settings.connectTimeoutMs, honouring `cancel`.
    static Result<std::unique_ptr<PgConnection>> open(const ConnectionSettings &settings,
                                                      std::shared_ptr<PgCancelToken> cancel = {});

    /// One statement with parameters (null QVariant = SQL NULL; others sent as text).
    Result<PgResult> exec(const QString &sql, const QVariantList &params = {});
    /// One or more statements in the simple protocol (no parameters), e.g. migration SQL.
    Status execScript(const QString &sql);
    /// COPY … FROM STDIN fed from `source` in chunks (defined in PgCopy.cpp); returns rows copied.
    Result<qint64> copyIn(const QString &copySql, QIODevice &source);
    /// COPY … TO STDOUT; `onRow` gets each data row as the server sends it (text format: one
    /// line with its newline). Streams while the server is still producing rows; returns rows
    /// copied. When `onRow` returns false the rest is drained and the call fails.
    Result<qint64> copyOut(const QString &copySql, const std::function<bool(const char *, int)> &onRow);
    /// Rows reported by the INSERT/UPDATE/DELETE statements of the last execScript().
    qint64 lastScriptRows() const { return m_lastScriptRows; }

    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &value) const;
    int serverVersionNum() const;
    QString schema() const { return m_schema; } ///< the schema Kong's tables live in
    const ConnectionSettings &settings() const { return m_settings; }
    bool isBroken() const;
    std::shared_ptr<PgCancelToken> cancelToken() const { return m_cancel; }
    /// The server process id (pg_backend_pid), e.g. for pg_terminate_backend in tests.
    int backendPid() const;

private:
    PgConnection(pg_conn *conn, ConnectionSettings settings, std::shared_ptr<PgCancelToken> cancel);
    Status setUpSession();

    pg_conn *m_conn = nullptr;
    ConnectionSettings m_settings;
    std::shared_ptr<PgCancelToken> m_cancel;
    QString m_schema;
    qint64 m_lastScriptRows = 0;
};

/// A PostgreSQL text-array literal ('{"a","b"}') for passing lists as one parameter.
QString pgArrayLiteral(const QStringList &items);

} // namespace kuw::core
