// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMetaWriter.h"

#include "db/PgConnection.h"

namespace kuw::core::schema_meta {

Status createBookkeeping(PgConnection &conn, const QString &schema)
{
    // Kong 1.2+: create the schema for the current user when missing, ignoring a lack of
    // privilege (the schema may exist but be owned by someone else).
    const QString createSchema = QStringLiteral(
        "DO $kuw$ BEGIN "
        "  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION CURRENT_USER', %1); "
        "EXCEPTION WHEN insufficient_privilege THEN NULL; "
        "END $kuw$;").arg(conn.quoteLiteral(schema));
    return conn.execScript(createSchema + QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_meta ("
        "  key text, subsystem text, last_executed text, executed text[], pending text[],"
        "  PRIMARY KEY (key, subsystem));"
        "CREATE TABLE IF NOT EXISTS locks (key text PRIMARY KEY, owner text, ttl timestamptz);"
        "CREATE INDEX IF NOT EXISTS locks_ttl_idx ON locks (ttl);"));
}

Status recordUp(PgConnection &conn, const QString &subsystem, const QString &name, bool pending)
{
    const QString sql = pending
        ? QStringLiteral("INSERT INTO schema_meta (key, subsystem, pending) VALUES ('schema_meta', $1, ARRAY[$2]) "
                         "ON CONFLICT (key, subsystem) DO UPDATE SET pending = array_append(schema_meta.pending, $2)")
        : QStringLiteral("INSERT INTO schema_meta (key, subsystem, last_executed, executed) "
                         "VALUES ('schema_meta', $1, $2, ARRAY[$2]) "
                         "ON CONFLICT (key, subsystem) DO UPDATE SET last_executed = $2, "
                         "executed = array_append(schema_meta.executed, $2)");
    auto r = conn.exec(sql, {subsystem, name});
    return r ? Status() : Status(r.error());
}

Status recordTeardown(PgConnection &conn, const QString &subsystem, const QString &name)
{
    auto r = conn.exec(QStringLiteral(
                           "INSERT INTO schema_meta (key, subsystem, last_executed, executed) "
                           "VALUES ('schema_meta', $1, $2, ARRAY[$2]) "
                           "ON CONFLICT (key, subsystem) DO UPDATE SET last_executed = $2, "
                           "executed = array_append(schema_meta.executed, $2), "
                           "pending = array_remove(schema_meta.pending, $2)"),
                       {subsystem, name});
    return r ? Status() : Status(r.error());
}

} // namespace kuw::core::schema_meta
