// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace kuw::core {

class PgConnection;

namespace declarative {

/// One problem in a declarative file, located as precisely as the YAML allows.
struct ImportIssue
{
    QString file;
    int line = 0;    ///< 1-based; 0 when the problem is the file as a whole
    int column = 0;
    QString entity;  ///< entity type, e.g. "routes" ("" for file-level problems)
    QString field;   ///< field name ("" when the entity as a whole is wrong)
    QString message;
    QString toString() const; ///< "kong.yml:12:5: routes.service: …"
};

struct ImportSummary
{
    QString formatVersion;
    QList<QPair<QString, qint64>> counts; ///< rows written per entity type, in write order
    qint64 total() const;
};

/// Loads a declarative file (Kong's db_export output, or a decK-style file with nested
/// entities) into a freshly bootstrapped Kong 2.5 datastore, all or nothing:
/// 1. reads the target (default workspace; refuses a datastore that already holds entities),
/// 2. parses and validates the whole file as a stream (syntax, _format_version, known entity
///    types and fields, required fields, types, duplicate keys and unique values, references
///    that resolve), spooling rows to temporary files, so memory stays bounded,
/// 3. only when there is no issue: one transaction, COPY per table in Kong's order, commit.
/// Any issue or failure leaves the datastore untouched. Blocks: run on a worker thread.
class Importer
{
public:
    /// `conn` may be null for validateFile().
    explicit Importer(PgConnection *conn) : m_conn(conn) {}

    /// Stops collecting after this many issues (the first ones are the useful ones).
    void setMaxIssues(int n) { m_maxIssues = n; }
    void setProgress(std::function<void(const QString &stage, qint64 rows)> progress)
    {
        m_progress = std::move(progress);
    }
    /// Polled between tables and before COMMIT: when it returns true the import stops and its
    /// transaction rolls back (the caller also cancels the running COPY through the connection).
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    /// Parses and validates only (no datastore needed for the content checks).
    Result<ImportSummary> validateFile(const QString &path);
    Result<ImportSummary> importFile(const QString &path);

    /// Every issue found by the last call (empty after success).
    const QList<ImportIssue> &issues() const { return m_issues; }

private:
    Result<ImportSummary> run(const QString &path, bool write);

    PgConnection *m_conn = nullptr;
    int m_maxIssues = 50;
    QList<ImportIssue> m_issues;
    std::function<void(const QString &, qint64)> m_progress;
    std::function<bool()> m_cancelled;
};

} // namespace declarative
} // namespace kuw::core
