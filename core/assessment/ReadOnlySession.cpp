// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlySession.h"

#include "db/PgConnection.h"

namespace kuw::core {

Result<std::unique_ptr<PgConnection>> openReadOnlySession(const ConnectionSettings &settings)
{
    auto conn = PgConnection::open(settings);
    if (!conn)
        return conn.error();
    if (Status s = (*conn)->execScript(QStringLiteral("SET default_transaction_read_only = on")); !s)
        return s.error();
    return std::move(*conn);
}

} // namespace kuw::core
