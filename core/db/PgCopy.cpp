// SPDX-License-Identifier: GPL-3.0-or-later
// COPY FROM STDIN for bulk loads (declarative import); kept apart from PgConnection.cpp.
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

} // namespace kuw::core
