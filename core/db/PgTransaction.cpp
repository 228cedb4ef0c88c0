// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTransaction.h"

#include "PgConnection.h"

namespace kuw::core {

Result<PgTransaction> PgTransaction::begin(PgConnection &conn)
{
    PgTransaction tx(conn);
    if (Status s = conn.execScript(QStringLiteral("BEGIN")); !s)
        return s.error();
    tx.m_open = true;
    return tx;
}

PgTransaction::PgTransaction(PgTransaction &&other) noexcept
    : m_conn(other.m_conn), m_open(other.m_open)
{
    other.m_open = false;
}

PgTransaction::~PgTransaction()
{
    rollback();
}

Status PgTransaction::commit()
{
    if (!m_open)
        return Error::make(ErrorKind::Internal, QStringLiteral("commit() without an open transaction"));
    m_open = false;
    return m_conn->execScript(QStringLiteral("COMMIT"));
}

void PgTransaction::rollback()
{
    if (m_open && !m_conn->isBroken())
        m_conn->execScript(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace kuw::core
