// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_result;

namespace kuw::core {

/// A successful query result (RAII over PGresult; libpq stays out of this header).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    int rows() const;
    int columns() const;
    int column(const char *name) const;       ///< -1 when absent
    bool isNull(int row, int col) const;
    QString value(int row, int col) const;    ///< empty when NULL
    QString value(int row, const char *name) const;
    QByteArray raw(int row, int col) const;
    bool boolean(int row, int col) const;     ///< 't' → true
    qint64 integer(int row, int col) const;
    /// A column holding `array_to_json(...)::text`; NULL gives an empty list.
    QStringList jsonArray(int row, int col) const;
    qint64 affectedRows() const;              ///< for INSERT/UPDATE/DELETE

private:
    std::shared_ptr<pg_result> m_result;
};

} // namespace kuw::core
