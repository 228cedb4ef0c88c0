// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryFile>

#include <functional>
#include <memory>


Q_DECLARE_LOGGING_CATEGORY(lcSnapshot)

namespace kuw::core {

class PgCancelToken;

/// Receives one human-readable progress line (called on the worker thread; never a secret).
using SnapshotLog = std::function<void(const QString &line)>;

/// The system's pg_dump / pg_restore of one PostgreSQL major version.
struct PgClientTools
{
    QString bindir;
    QString pgDump;
    QString pgRestore;
    int versionNum = 0;  ///< pg_dump --version as server_version_num, e.g. 150018
    QString versionText; ///< e.g. "15.18"

    /// hint, else PG_BINDIR, else the newest /usr/lib/postgresql/N/bin, else PATH (on Debian
    /// PATH has pg_wrapper, which picks a version itself, so it comes last). A hint or
    /// PG_BINDIR is authoritative: a directory without the tools is an error, not skipped.
    static Result<PgClientTools> find(const QString &hint = {});
    /// An Environment error naming the package to install unless major(client) ≥ major(server).
    Status checkServer(int serverVersionNum) const;

    /// "15" for 150018, "9.6" for 90624.
    static QString majorName(int versionNum);
    /// Parses "pg_dump (PostgreSQL) 15.18 (Debian …)" into 150018; 0 if unrecognised.
    static int parseVersion(const QString &versionOutput);
};

/// A program, its arguments and its environment. Connection parameters and the password
/// travel in the environment only (PGHOST … PGPASSWORD), never in `args`.
struct ToolCommand
{
    QString program;
    QStringList args;
    QProcessEnvironment env;
    /// "pg_dump -Fc …" for logs: program and args only (never the environment).
    QString display() const;
};

/// The libpq environment for `settings`: the inherited one without any PG* variable, plus
/// PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, PGSSLROOTCERT, PGAPPNAME,
/// PGCONNECT_TIMEOUT. Several CA files are concatenated into `caHolder` (keep it alive).
Result<QProcessEnvironment> pgEnvironment(const ConnectionSettings &settings,
                                          std::unique_ptr<QTemporaryFile> &caHolder);

/// Runs `cmd` with umask 077, polling `cancel` (kills the process) and `timeoutMs` (0 = none).
/// Returns stdout; a failure carries stderr (redacted) in the detail.
Result<QByteArray> runTool(const ToolCommand &cmd, const QString &what,
                           const std::shared_ptr<PgCancelToken> &cancel, int timeoutMs = 0);

} // namespace kuw::core
