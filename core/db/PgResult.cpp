// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgResult.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <libpq-fe.h>

namespace kuw::core {

PgResult::PgResult(pg_result *result) : m_result(result, PQclear) {}

int PgResult::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }

int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

bool PgResult::isNull(int row, int col) const
{
    return !m_result || PQgetisnull(m_result.get(), row, col);
}

QString PgResult::value(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, col),
                             PQgetlength(m_result.get(), row, col));
}

QString PgResult::value(int row, const char *name) const
{
    const int c = column(name);
    return c < 0 ? QString() : value(row, c);
}

QByteArray PgResult::raw(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, col), PQgetlength(m_result.get(), row, col));
}

bool PgResult::boolean(int row, int col) const
{
    return !isNull(row, col) && PQgetvalue(m_result.get(), row, col)[0] == 't';
}

qint64 PgResult::integer(int row, int col) const
{
    return isNull(row, col) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, col)).toLongLong();
}

QStringList PgResult::jsonArray(int row, int col) const
{
    QStringList out;
    if (isNull(row, col))
        return out;
    const QJsonArray arr = QJsonDocument::fromJson(raw(row, col)).array();
    for (const QJsonValue &v : arr)
        out.append(v.toString());
    return out;
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

} // namespace kuw::core
