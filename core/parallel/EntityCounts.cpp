// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/EntityCounts.h"

#include "db/PgConnection.h"
#include "declarative/EntitySchema.h"

#include <QSet>

namespace kuw::core {

Result<QHash<QString, QSet<QString>>> tableColumns(PgConnection &conn)
{
    auto r = conn.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1"),
                       {conn.schema()});
    if (!r)
        return r.error();
    QHash<QString, QSet<QString>> out;
    for (int i = 0; i < r->rows(); ++i)
        out[r->value(i, 0)].insert(r->value(i, 1));
    return out;
}

Result<QMap<QString, qint64>> countEntities(PgConnection &conn)
{
    auto tables = conn.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = $1 AND table_type = 'BASE TABLE'"),
                            {conn.schema()});
    if (!tables)
        return tables.error();
    QSet<QString> present;
    for (int i = 0; i < tables->rows(); ++i)
        present.insert(tables->value(i, 0));
    // One statement, so every count comes from the same snapshot.
    QStringList parts;
    for (const declarative::EntityDef &e : declarative::exportedEntities())
        if (present.contains(e.name))
            parts << QStringLiteral("SELECT %1, count(*) FROM %2").arg(conn.quoteLiteral(e.name), conn.quoteIdentifier(e.name));
    QMap<QString, qint64> out;
    if (parts.isEmpty())
        return out;
    auto counts = conn.exec(parts.join(QStringLiteral(" UNION ALL ")));
    if (!counts)
        return counts.error();
    for (int i = 0; i < counts->rows(); ++i)
        out.insert(counts->value(i, 0), counts->value(i, 1).toLongLong());
    return out;
}

int CountComparison::mismatches() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const EntityCount &c) { return !c.ok(); }));
}

qint64 CountComparison::oldTotal() const
{
    qint64 n = 0;
    for (const EntityCount &c : rows)
        n += c.old.value_or(0);
    return n;
}

qint64 CountComparison::newTotal() const
{
    qint64 n = 0;
    for (const EntityCount &c : rows)
        n += c.fresh.value_or(0);
    return n;
}

CountComparison compareCounts(const QMap<QString, qint64> &old, const QMap<QString, qint64> &fresh)
{
    CountComparison out;
    for (const declarative::EntityDef &e : declarative::exportedEntities()) {
        if (!old.contains(e.name) && !fresh.contains(e.name))
            continue;
        EntityCount c{e.name, {}, {}};
        if (old.contains(e.name))
            c.old = old.value(e.name);
        if (fresh.contains(e.name))
            c.fresh = fresh.value(e.name);
        out.rows << c;
    }
    return out;
}

} // namespace kuw::core
