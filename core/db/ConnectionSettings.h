// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace kuw::core {

class KongConfig;

/// Everything needed to open a libpq connection to a Kong datastore.
/** The password lives only here, in memory; toString() and every log form mask it. */
struct ConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1"); ///< host name, IP or unix socket directory
    int port = 5432;
    QString database = QStringLiteral("kong");
    QString user = QStringLiteral("kong");
    QString password;                           ///< secret: never logged, never persisted
    QString schema;                             ///< pg_schema; empty = the role's current schema
    int connectTimeoutMs = 5000;                ///< pg_timeout
    int statementTimeoutMs = 0;                 ///< 0 = none (migrations set --db-timeout)
    bool ssl = false;                           ///< pg_ssl
    bool sslVerify = false;                     ///< pg_ssl_verify
    QString sslModeOverride;                    ///< e.g. "verify-ca", "prefer"; empty = derived
    QStringList sslRootCerts;                   ///< lua_ssl_trusted_certificate files
    QString applicationName = QStringLiteral("kong-upgrade-wizard");

    /// The datastore settings of a Kong configuration; Cassandra and DB-less are errors.
    static Result<ConnectionSettings> fromConfig(const KongConfig &config);

    /// libpq sslmode: off → disable, on → require, on + verify → verify-full (stricter than
    /// Kong, which falls back to plaintext and never checks host names; see sslModeOverride).
    QString sslMode() const;
    /// Human form with the password masked, e.g. "kong@db.example:5432/kong (ssl: require)".
    QString toString() const;
};

} // namespace kuw::core
