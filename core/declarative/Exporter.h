// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <iosfwd>

namespace kuw::core {

class PgConnection;

namespace declarative {

struct FieldDef;

/// The SQL expression giving a field's value as Kong's DAO reads it and the export writes it
/// (NULL required fields as their default, timestamps as epoch seconds). Also what the
/// parallel path's datastore diff compares, so an imported copy compares equal.
QString exportedValueSql(PgConnection &conn, const FieldDef &fd);

/// Rows written per entity type, in file order.
struct ExportSummary
{
    QList<QPair<QString, qint64>> counts;
    qint64 total() const;
};

/// Writes what Kong 2.5's `kong config db_export` writes: `_format_version: "2.1"`,
/// `_transform: false`, then one list per exported entity type in Kong's topological order,
/// rows ordered by primary key, every schema field present (null as `~`), foreign keys as
/// the referenced id. Streams: one read-only REPEATABLE READ snapshot, one `COPY … TO STDOUT`
/// per entity type, each row rendered as it arrives and written in large pieces, so memory
/// does not grow with the datastore. Blocks on the network: run on a worker thread.
class Exporter
{
public:
    explicit Exporter(PgConnection &conn) : m_conn(conn) {}

    void setBatchSize(int rows) { m_batchSize = rows; }
    /// Called every `rows` rows (and at the end of each type) with the entity type and its rows so far.
    void setProgress(std::function<void(const QString &entity, qint64 rows)> progress)
    {
        m_progress = std::move(progress);
    }
    /// Polled before each entity type and after each batch: true stops the export (an
    /// exportToFile() file is removed).
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    /// Writes to a new file; refuses an existing one (as Kong does).
    Result<ExportSummary> exportToFile(const QString &path);
    Result<ExportSummary> exportToStream(std::ostream &out);

private:
    PgConnection &m_conn;
    int m_batchSize = 2000;
    std::function<void(const QString &, qint64)> m_progress;
    std::function<bool()> m_cancelled;
};

} // namespace declarative
} // namespace kuw::core
