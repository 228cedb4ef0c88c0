// SPDX-License-Identifier: GPL-3.0-or-later
// COPY FROM STDIN / TO STDOUT for bulk loads and exports (declarative); kept apart from PgConnection.cpp.
#include "PgConnection.h"

#include "PgErrorMapper.h"

#include <QIODevice>

#include <libpq-fe.h>

namespace kuw::core {

Result<qint64> PgConnection::copyIn(const QString &copySql, QIODevice &source)
{
    PGresult *start = PQexec(m_conn, copySql.toUtf8().constData());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN) {
        Error e = mapQueryError(start, QString::fromUtf8(PQerrorMessage(m_conn)), copySql);
        if (start)
            PQclear(start);
        return e;
    }
    PQclear(start);
    QString readError;
    QByteArray chunk;
    while (!source.atEnd()) {
        chunk = source.read(256 * 1024);
        if (chunk.isEmpty()) {
            readError = source.errorString();
            break;
        }
        if (PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1)
            break;
    }
    PQputCopyEnd(m_conn, readError.isEmpty() ? nullptr : readError.toUtf8().constData());
    Result<qint64> result = qint64(0);
    while (PGresult *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) == PGRES_COMMAND_OK)
            result = QByteArray(PQcmdTuples(res)).toLongLong();
        else if (result.ok())
            result = mapQueryError(res, QString::fromUtf8(PQerrorMessage(m_conn)), copySql);
        PQclear(res);
    }
    return result;
}

Result<qint64> PgConnection::copyOut(const QString &copySql, const std::function<bool(const char *, int)> &onRow)
{
    PGresult *start = PQexec(m_conn, copySql.toUtf8().constData());
    if (!start || PQresultStatus(start) != PGRES_COPY_OUT) {
        Error e = mapQueryError(start, QString::fromUtf8(PQerrorMessage(m_conn)), copySql);
        if (start)
            PQclear(start);
        return e;
    }
    PQclear(start);
    bool consumerOk = true;
    qint64 rows = 0;
    for (;;) {
        char *buf = nullptr;
        const int len = PQgetCopyData(m_conn, &buf, 0);
        if (len < 0)
            break; // -1: done (the result follows); -2: error (the result says which)
        if (consumerOk) {
            consumerOk = onRow(buf, len);
            ++rows;
        }
        PQfreemem(buf);
    }
    Result<qint64> result = rows;
    while (PGresult *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && result.ok())
            result = mapQueryError(res, QString::fromUtf8(PQerrorMessage(m_conn)), copySql);
        PQclear(res);
    }
    if (result.ok() && !consumerOk)
        return Error::make(ErrorKind::Internal, QStringLiteral("The rows read with COPY could not be processed."));
    return result;
}

} // namespace kuw::core
