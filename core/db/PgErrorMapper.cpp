// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgErrorMapper.h"

#include "ConnectionSettings.h"
#include "util/Redactor.h"

#include <libpq-fe.h>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Connection)
};
} // namespace
namespace {

QString firstLine(const QString &s)
{
    QString t = s.trimmed();
    const qsizetype nl = t.indexOf(QLatin1Char('\n'));
    return nl < 0 ? t : t.left(nl).trimmed();
}

QString serverPart(const QString &msg)
{
    // libpq: 'connection to server at "h" (ip), port p failed: FATAL:  ...'
    const qsizetype i = msg.lastIndexOf(QLatin1String("failed: "));
    return firstLine(i < 0 ? msg : msg.mid(i + 8));
}

} // namespace

Error mapConnectionError(const QString &libpqMessage, const ConnectionSettings &s)
{
    const QString m = Redactor::redact(libpqMessage);
    const QString where = s.host.startsWith(QLatin1Char('/'))
                              ? QStringLiteral("socket %1/.s.PGSQL.%2").arg(s.host).arg(s.port)
                              : QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    Error e;
    e.detail = firstLine(m);
    if (m.contains(QLatin1String("password authentication failed"))
        || m.contains(QLatin1String("no password supplied"))
        || m.contains(QLatin1String("authentication failed"))) {
        e.kind = ErrorKind::Authentication;
        e.sqlState = "28P01";
        e.message = Text::tr("Authentication failed for user \"%1\" at %2.").arg(s.user, where);
        e.remedy = Text::tr("Check pg_user and pg_password (or KONG_PG_PASSWORD).");
    } else if (m.contains(QLatin1String("no pg_hba.conf entry"))) {
        e.kind = ErrorKind::Authentication;
        e.sqlState = "28000";
        e.message = Text::tr("The server does not allow user \"%1\" to connect from this host (%2).")
                        .arg(s.user, where);
        e.remedy = s.ssl ? Text::tr("Ask the DBA to add a pg_hba.conf entry for this host, user and database.")
                         : Text::tr("Ask the DBA to add a pg_hba.conf entry, or try pg_ssl = on if the entry is 'hostssl'.");
    } else if (m.contains(QLatin1String("does not exist")) && m.contains(QLatin1String("database"))) {
        e.kind = ErrorKind::DatabaseMissing;
        e.sqlState = "3D000";
        e.message = Text::tr("Database \"%1\" does not exist on %2.").arg(s.database, where);
        e.remedy = Text::tr("Create it (CREATE DATABASE %1 OWNER %2;) or fix pg_database.")
                       .arg(s.database, s.user);
    } else if (m.contains(QLatin1String("role")) && m.contains(QLatin1String("does not exist"))) {
        e.kind = ErrorKind::Authentication;
        e.sqlState = "28000";
        e.message = Text::tr("Role \"%1\" does not exist on %2.").arg(s.user, where);
        e.remedy = Text::tr("Create the role or fix pg_user.");
    } else if (m.contains(QLatin1String("SSL")) || m.contains(QLatin1String("certificate"))
               || m.contains(QLatin1String("ssl"))) {
        e.kind = ErrorKind::Ssl;
        e.message = Text::tr("TLS with %1 failed: %2").arg(where, serverPart(m));
        e.remedy = s.ssl ? Text::tr("Check pg_ssl_verify and lua_ssl_trusted_certificate (the CA that signed the server certificate).")
                         : Text::tr("The server requires TLS: set pg_ssl = on.");
    } else if (m.contains(QLatin1String("Connection refused"))) {
        e.kind = ErrorKind::ConnectionRefused;
        e.message = Text::tr("Connection refused by %1: nothing listens there.").arg(where);
        e.remedy = Text::tr("Check that PostgreSQL runs and listens on this address (listen_addresses, port), and pg_host/pg_port.");
    } else if (m.contains(QLatin1String("could not translate host name"))
               || m.contains(QLatin1String("No route to host"))
               || m.contains(QLatin1String("Network is unreachable"))
               || m.contains(QLatin1String("No such file or directory"))) {
        e.kind = ErrorKind::HostUnreachable;
        e.message = Text::tr("Host %1 is unreachable.").arg(where);
        e.remedy = Text::tr("Check pg_host (name resolution, network route, firewall).");
    } else if (m.contains(QLatin1String("timeout expired")) || m.contains(QLatin1String("timed out"))) {
        e.kind = ErrorKind::Timeout;
        e.message = Text::tr("Connecting to %1 timed out after %2 ms.").arg(where).arg(s.connectTimeoutMs);
        e.remedy = Text::tr("Check the network path and firewall, or raise pg_timeout / --db-timeout.");
    } else if (m.contains(QLatin1String("permission denied"))) {
        e.kind = ErrorKind::Privilege;
        e.sqlState = "42501";
        e.message = Text::tr("Permission denied connecting to %1.").arg(where);
        e.remedy = Text::tr("Grant CONNECT on the database to %1.").arg(s.user);
    } else {
        e.kind = ErrorKind::Sql;
        e.message = Text::tr("Could not connect to %1: %2").arg(where, serverPart(m));
        e.remedy = Text::tr("Check the datastore settings in kong.conf.");
    }
    return e;
}

Error mapQueryError(const pg_result *result, const QString &connectionMessage, const QString &statement)
{
    Error e;
    e.kind = ErrorKind::Sql;
    QString primary;
    if (result) {
        e.sqlState = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        primary = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        const QString detail = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
        const QString hint = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_HINT));
        QStringList parts;
        if (!detail.isEmpty())
            parts << QStringLiteral("DETAIL: ") + detail;
        if (!hint.isEmpty())
            parts << QStringLiteral("HINT: ") + hint;
        e.detail = parts.join(QLatin1Char(' '));
    }
    if (primary.isEmpty())
        primary = firstLine(connectionMessage);
    // In a multi-statement script, name the statement the server pointed at.
    QString stmt = firstLine(statement).left(200);
    if (result) {
        const int pos = QByteArray(PQresultErrorField(result, PG_DIAG_STATEMENT_POSITION)).toInt();
        if (pos > 0 && pos <= statement.size()) {
            const qsizetype begin = statement.lastIndexOf(QLatin1Char(';'), pos - 1) + 1;
            qsizetype end = statement.indexOf(QLatin1Char(';'), pos - 1);
            if (end < 0)
                end = statement.size();
            stmt = statement.mid(begin, end - begin).simplified().left(300);
        }
    }
    if (!stmt.isEmpty())
        e.detail = (e.detail.isEmpty() ? QString() : e.detail + QLatin1Char(' '))
                   + QStringLiteral("Statement: ") + stmt;
    e.message = Redactor::redact(primary);
    e.detail = Redactor::redact(e.detail);
    if (e.sqlState == "42501") {
        e.kind = ErrorKind::Privilege;
        e.remedy = Text::tr("Grant the privilege to the Kong role, or run as the schema owner.");
    } else if (e.sqlState == "57014") {
        e.kind = ErrorKind::Cancelled;
        e.remedy = Text::tr("The statement was cancelled (by the user or statement_timeout / --db-timeout).");
    } else if (e.sqlState == "55P03") {
        e.kind = ErrorKind::Timeout;
        e.remedy = Text::tr("Another session holds a conflicting lock; retry when the datastore is quieter.");
    } else if (e.sqlState.startsWith("08") || (!result && !connectionMessage.isEmpty())) {
        e.kind = ErrorKind::HostUnreachable;
        e.remedy = Text::tr("The connection to the datastore was lost; check the server and re-run (completed steps are kept).");
    }
    return e;
}

} // namespace kuw::core
