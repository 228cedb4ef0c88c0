// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgClientTools.h"
#include "Result.h"
#include "db/ConnectionSettings.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace kuw::core {

class PgCancelToken;

/// A verified `pg_dump -Fc` of the Kong schema.
struct SnapshotInfo
{
    QString path;
    qint64 sizeBytes = 0;
    qint64 durationMs = 0;     ///< dump + verification
    int tocEntries = 0;        ///< entries listed by pg_restore --list
    QString schema;            ///< the Kong schema (from the schema_meta entry)
    QString database;
    QString serverVersion;     ///< "15.18 (Debian …)" as the archive header records it
    int serverVersionNum = 0;  ///< 0 when only verified (not known from the file)
    QString clientVersion;     ///< pg_dump's, e.g. "15.18"
    QDateTime created;

    QJsonObject toJson() const;
};

struct SnapshotOptions
{
    QString directory;   ///< created 0700 if missing; empty = defaultSnapshotDirectory()
    QString bindir;      ///< pg_dump / pg_restore directory; empty = PgClientTools::find()
    int timeoutMs = 0;   ///< 0 = no limit
};

/// QStandardPaths::AppDataLocation + "/snapshots".
QString defaultSnapshotDirectory();

/// The pg_dump command for `settings` (exposed so tests can check what goes where).
ToolCommand dumpCommand(const PgClientTools &tools, const QString &schema, const QString &file,
                        const QProcessEnvironment &env);

/// Dumps the Kong schema to a new 0600 file (kong-<db>-<UTC time>.dump), then verifies it.
/** Blocks (network, disk): call it on a worker thread (SnapshotJob). Cancel kills pg_dump
 *  and removes the partial file. */
Result<SnapshotInfo> createSnapshot(const ConnectionSettings &settings, const SnapshotOptions &options = {},
                                    std::shared_ptr<PgCancelToken> cancel = {}, const SnapshotLog &log = {});

/// `pg_restore --list`: counts the TOC entries and requires the schema_meta table.
Result<SnapshotInfo> verifySnapshot(const QString &path, const QString &bindir = {},
                                    std::shared_ptr<PgCancelToken> cancel = {});

struct RestoreOptions
{
    /// Empty: replace the Kong schema in the connection's own database (needs `confirmed`).
    /// Otherwise CREATE DATABASE this name on the same server and restore into it.
    QString newDatabase;
    bool confirmed = false; ///< the user confirmed replacing the Kong schema in place
    QString bindir;
    int timeoutMs = 0;
};

/// What a restore did. On failure, `error` says why and (remedy) what to do next.
struct RestoreOutcome
{
    enum class Stage { Prepare, CreateDatabase, DropSchema, Restore, Done };
    QString database;
    bool intoNewDatabase = false;
    qint64 durationMs = 0;
    Stage stage = Stage::Prepare;  ///< where it stopped (Done on success)
    bool targetModified = false;   ///< the existing Kong schema was dropped before the failure
    std::optional<Error> error;

    bool ok() const { return !error; }
};

/// Restores a snapshot (verified first). In place: DROP SCHEMA … CASCADE, CREATE SCHEMA,
/// then pg_restore --clean --if-exists --no-owner --single-transaction. Into a new database:
/// CREATE DATABASE, the same pg_restore, and DROP DATABASE again if that fails.
/** Blocks: call it on a worker thread (SnapshotJob). */
RestoreOutcome restoreSnapshot(const ConnectionSettings &settings, const QString &path, const RestoreOptions &options,
                               std::shared_ptr<PgCancelToken> cancel = {}, const SnapshotLog &log = {});

} // namespace kuw::core
