// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckContext.h"

#include "db/PgConnection.h"

namespace kuw::core {

bool CheckContext::tableExists(const QString &table) const
{
    if (!conn)
        return false;
    auto r = conn->exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"),
                        {conn->quoteIdentifier(conn->schema()) + QLatin1Char('.') + conn->quoteIdentifier(table)});
    return r && r->boolean(0, 0);
}

bool CheckContext::columnExists(const QString &table, const QString &column) const
{
    if (!conn)
        return false;
    auto r = conn->exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 "
                                       "AND c.relname = $2 AND a.attname = $3 AND NOT a.attisdropped)"),
                        {conn->schema(), table, column});
    return r && r->boolean(0, 0);
}

std::optional<KongVersion> CheckContext::source() const
{
    if (from)
        return from;
    return level.lowest;
}

bool CheckContext::executed(const QString &subsystem, const QString &name) const
{
    const SubsystemMeta *meta = status.subsystem(subsystem);
    return meta && meta->executed.contains(name);
}

} // namespace kuw::core
