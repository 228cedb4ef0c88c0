// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/AdminApiTypes.h"

namespace kuw::core {

QString AdminApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::HttpStatus:
        return QStringLiteral("http_status");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Config:
        return QStringLiteral("config");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

Error AdminApiError::toError() const
{
    ErrorKind mapped = ErrorKind::Internal;
    switch (kind) {
    case Kind::Unreachable:
        mapped = ErrorKind::HostUnreachable;
        break;
    case Kind::Timeout:
        mapped = ErrorKind::Timeout;
        break;
    case Kind::Tls:
        mapped = ErrorKind::Ssl;
        break;
    case Kind::HttpStatus:
        mapped =
            (httpStatus == 401 || httpStatus == 403) ? ErrorKind::Authentication : ErrorKind::Unsupported;
        break;
    case Kind::BadResponse:
        mapped = ErrorKind::Unsupported;
        break;
    case Kind::Config:
        mapped = ErrorKind::Config;
        break;
    case Kind::Cancelled:
        mapped = ErrorKind::Cancelled;
        break;
    }
    QString fullDetail = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!detail.isEmpty())
        fullDetail += QStringLiteral(": ") + detail;
    return Error::make(mapped, message, remedy, fullDetail);
}

QString AdminApiError::toString() const
{
    QString text = kindName(kind) + QStringLiteral(": ") + message;
    if (!url.isEmpty())
        text += QStringLiteral(" (") + url.toDisplayString(QUrl::RemoveUserInfo) + QLatin1Char(')');
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    return text;
}

} // namespace kuw::core
