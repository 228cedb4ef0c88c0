// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace kuw::core {

Error Error::make(ErrorKind kind, QString message, QString remedy, QString detail)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.remedy = std::move(remedy);
    e.detail = std::move(detail);
    return e;
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Config: return QStringLiteral("config");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case ErrorKind::HostUnreachable: return QStringLiteral("host_unreachable");
    case ErrorKind::ConnectionRefused: return QStringLiteral("connection_refused");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Authentication: return QStringLiteral("authentication_failed");
    case ErrorKind::DatabaseMissing: return QStringLiteral("database_missing");
    case ErrorKind::Ssl: return QStringLiteral("ssl");
    case ErrorKind::Privilege: return QStringLiteral("insufficient_privilege");
    case ErrorKind::Sql: return QStringLiteral("sql");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Environment: return QStringLiteral("environment");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::toString() const
{
    QString s = message;
    if (!detail.isEmpty())
        s += QStringLiteral("\n  ") + detail;
    if (!remedy.isEmpty())
        s += QStringLiteral("\n  Remedy: ") + remedy;
    return s;
}

} // namespace kuw::core
