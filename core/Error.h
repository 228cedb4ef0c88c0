// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kuw::core {

/// What went wrong, coarsely; the UI and CLI pick wording and exit codes from it.
enum class ErrorKind {
    Config,            ///< kong.conf / environment could not be read or is invalid
    Unsupported,       ///< e.g. database = cassandra or off
    HostUnreachable,   ///< DNS failure, no route, socket path missing
    ConnectionRefused, ///< nothing listens on host:port
    Timeout,           ///< connect or statement exceeded its time budget
    Authentication,    ///< wrong password, no pg_hba entry
    DatabaseMissing,   ///< the database named in pg_database does not exist
    Ssl,               ///< TLS required by one side, or verification failed
    Privilege,         ///< the role lacks a privilege
    Sql,               ///< any other server error
    Cancelled,         ///< the user cancelled
    Environment,       ///< local environment: missing binaries, no unprivileged user
    Internal,
};

/// An error as a value: a one-line message, detail, SQLSTATE and what to do about it.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;     ///< one line, suitable as a headline
    QString detail;      ///< server DETAIL/HINT, failing statement, file:line
    QByteArray sqlState; ///< "28P01" etc.; empty when not from the server
    QString remedy;      ///< one line: what the user can do

    static Error make(ErrorKind kind, QString message, QString remedy = {}, QString detail = {});
    /// Stable identifier for JSON output and exit-code mapping.
    static QString kindName(ErrorKind kind);
    QString toString() const;
};

} // namespace kuw::core
