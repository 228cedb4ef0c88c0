// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kuw::core::declarative {

/// How a field travels between the declarative file and its PostgreSQL column.
enum class FieldType {
    Uuid,        ///< uuid column, string in the file
    String,      ///< text
    Integer,     ///< integer / bigint / smallint
    Boolean,
    TimestampS,  ///< timestamptz column, integer epoch seconds in the file (auto_timestamp_s)
    TimestampMs, ///< timestamptz column, epoch seconds with 3 decimals (auto_timestamp_ms)
    StringArray, ///< text[] (Kong "set"/"array" of strings)
    UuidArray,   ///< uuid[] (services.ca_certificates)
    Json,        ///< jsonb record or map (plugins.config, routes.headers …)
    JsonArray,   ///< jsonb[] (routes.sources / destinations)
    Foreign,     ///< `<field>_id` uuid column, the referenced entity's id in the file
};

/// One field of a Kong 2.5 entity schema, as `kong config db_export` writes it.
struct FieldDef
{
    QString name;
    FieldType type = FieldType::String;
    bool required = false;
    bool unique = false;
    QString reference;     ///< entity a Foreign field points to
    QString defaultJson;   ///< Kong's default as JSON ("" = none, i.e. null)

    QString column() const { return type == FieldType::Foreign ? name + QStringLiteral("_id") : name; }
};

/// One entity type of a Kong 2.5 datastore (core entities and plugin DAOs).
struct EntityDef
{
    QString name;           ///< Kong schema name = table name
    QString primaryKey;     ///< "id", or "key" for parameters
    bool workspaceable = true;
    bool dbExport = true;   ///< false: Kong's db_export skips it (tags, clustering_data_planes, …)
    QStringList cacheKey;   ///< fields of the cache_key column ("" when the table has none)
    QList<FieldDef> fields; ///< in Kong's schema order (it decides the topological order)

    const FieldDef *field(const QString &fieldName) const;
};

/// The entity types Kong 2.5 knows with its bundled plugins loaded, in Kong's export order:
/// topologically sorted by foreign keys, core entities after plugin entities when unrelated,
/// alphabetical otherwise (kong/db/schema/topological_sort.lua). Only exported types.
const QList<EntityDef> &exportedEntities();
/// The exported entity named `name`, or nullptr.
const EntityDef *findEntity(const QString &name);
/// Entity names Kong 2.5 knows but never exports or imports (rejected with a clear message).
const QStringList &skippedEntityNames();

} // namespace kuw::core::declarative
