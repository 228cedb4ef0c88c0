// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace kuw::core {

class PgConnection;

/// BEGIN on construction through begin(); commit() is explicit; the destructor rolls back.
class PgTransaction
{
public:
    static Result<PgTransaction> begin(PgConnection &conn);
    PgTransaction(PgTransaction &&other) noexcept;
    PgTransaction &operator=(PgTransaction &&) = delete;
    ~PgTransaction();

    Status commit();
    void rollback();

private:
    explicit PgTransaction(PgConnection &conn) : m_conn(&conn) {}
    PgConnection *m_conn = nullptr;
    bool m_open = false;
};

} // namespace kuw::core
