// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatastoreProbe.h"

#include "db/PgConnection.h"

#include <algorithm>

namespace kuw::core {

Result<DatastoreStatus> probeDatastore(PgConnection &conn)
{
    DatastoreStatus st;
    st.schema = conn.schema();
    auto facts = conn.exec(QStringLiteral(
        "SELECT current_setting('server_version'), current_setting('server_version_num')::int, "
        "current_user, current_database(), "
        "EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1), "
        "CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) "
        "     THEN has_schema_privilege($1, 'CREATE') ELSE false END, "
        // Kong's own test: information_schema only lists tables the role may use
        "EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'schema_meta'), "
        "EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "        WHERE n.nspname = $1 AND c.relname = 'schema_meta' AND c.relkind = 'r'), "
        "EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'locks')"),
        {st.schema});
    if (!facts)
        return facts.error();
    st.serverVersion = facts->value(0, 0);
    st.serverVersionNum = int(facts->integer(0, 1));
    st.currentUser = facts->value(0, 2);
    st.database = facts->value(0, 3);
    st.schemaExists = facts->boolean(0, 4);
    st.canCreate = facts->boolean(0, 5);
    st.schemaMetaPresent = facts->boolean(0, 6);
    st.schemaMetaHiddenByPrivileges = !st.schemaMetaPresent && facts->boolean(0, 7);
    st.locksTablePresent = facts->boolean(0, 8);

    if (st.schemaMetaPresent) {
        auto rows = conn.exec(QStringLiteral(
            "SELECT subsystem, last_executed, array_to_json(executed)::text, array_to_json(pending)::text "
            "FROM schema_meta WHERE key = 'schema_meta'"));
        if (!rows)
            return rows.error();
        for (int r = 0; r < rows->rows(); ++r) {
            SubsystemMeta m;
            m.subsystem = rows->value(r, 0);
            m.lastExecuted = rows->value(r, 1);
            m.executed = rows->jsonArray(r, 2);
            m.pending = rows->jsonArray(r, 3);
            m.executedIsNull = rows->isNull(r, 2);
            m.pendingIsNull = rows->isNull(r, 3);
            st.subsystems.append(m);
        }
        // Kong's order: core first, then plugins by byte order of the name.
        std::sort(st.subsystems.begin(), st.subsystems.end(), [](const SubsystemMeta &a, const SubsystemMeta &b) {
            if ((a.subsystem == QLatin1String("core")) != (b.subsystem == QLatin1String("core")))
                return a.subsystem == QLatin1String("core");
            return a.subsystem.toUtf8() < b.subsystem.toUtf8();
        });
    }
    if (st.locksTablePresent) {
        auto lock = conn.exec(QStringLiteral(
            "SELECT owner, to_char(ttl AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            "ttl < now(), floor(extract(epoch FROM ttl - now()))::bigint "
            "FROM locks WHERE key = 'migrations'"));
        if (!lock)
            return lock.error();
        if (lock->rows() > 0) {
            LockInfo li;
            li.owner = lock->value(0, 0);
            li.ttl = QDateTime::fromString(lock->value(0, 1), Qt::ISODateWithMs);
            li.expired = lock->boolean(0, 2);
            li.secondsLeft = lock->integer(0, 3);
            st.lock = li;
        }
    }
    return st;
}

} // namespace kuw::core
