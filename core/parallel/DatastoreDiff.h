// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"

#include <QFuture>

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kuw::core {

class PgConnection;

/// How an entity of the old datastore differs from the new one.
enum class DiffKind {
    Created, ///< on the old side only: written on the old cluster after the export
    Changed, ///< on both sides with different content
    Deleted, ///< on the new side only: deleted on the old cluster after the export
};

QString diffKindId(DiffKind kind); ///< "created", "changed", "deleted"

struct DiffEntry
{
    QString entity; ///< entity type (= table), e.g. "routes"
    QString id;     ///< primary key
    QString label;  ///< name / username / custom_id / target when it has one (never a secret)
    DiffKind kind = DiffKind::Created;
};

struct DiffCounts
{
    qint64 created = 0, changed = 0, deleted = 0;
    qint64 total() const { return created + changed + deleted; }
};

/// An entity type with a table on one side only (e.g. an old datastore at an older schema
/// lacks a newer entity's table): its rows are neither compared nor counted as created or
/// deleted, since "absent" there means "unknown to that Kong version", not "deleted".
struct UncomparedEntity
{
    QString entity;
    bool absentOnOld = true; ///< false: the new datastore lacks the table
    qint64 rows = 0;         ///< rows on the side that has the table
};

struct DiffReport
{
    QList<DiffEntry> entries;           ///< at most the per-entity limit per type, in export order
    QMap<QString, DiffCounts> perEntity; ///< full counts (also beyond the limit), changed types only
    DiffCounts totals;
    int entitiesCompared = 0;
    QList<UncomparedEntity> notComparable; ///< in export order
    bool isEmpty() const { return totals.total() == 0; }
};

/// Compares every exported entity type of two Kong datastores, by primary key and by content
/// (the fields as the export writes them: timestamps at their export precision, a NULL
/// required field as its default; workspace ids and cache keys left out, since a new
/// datastore has its own default workspace). Fields one side lacks are not compared, nor are
/// tables one side lacks (listed in notComparable). Each
/// side is read in one READ ONLY snapshot. Blocks on the network: run on a worker thread.
Result<DiffReport> diffDatastores(PgConnection &old, PgConnection &fresh, int limitPerEntity = 200);

/// A diff or why there is none (default-constructible for QFuture).
struct DiffOutcome
{
    std::optional<DiffReport> report;
    std::optional<Error> error;
};
/// diffDatastores() on a worker thread, with its own two connections.
QFuture<DiffOutcome> startDiff(ConnectionSettings old, ConnectionSettings fresh, int limitPerEntity = 200);
DiffOutcome runDiff(const ConnectionSettings &old, const ConnectionSettings &fresh, int limitPerEntity = 200);

} // namespace kuw::core
