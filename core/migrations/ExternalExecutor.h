// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Plan.h"
#include "db/ConnectionSettings.h"
#include "schema/DatastoreStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace kuw::core {

class EngineObserver;
class PgCancelToken;

/// `kong migrations` subcommands the external executor can run.
enum class KongCliCommand { Bootstrap, Up, Finish, List, Reset };

KongCliCommand toKongCliCommand(MigrationCommand command);
QString kongCliCommandName(KongCliCommand command);

/// How to reach the real Kong CLI (for Enterprise datastores and custom plugins, which
/// the native engine refuses because their migrations are not in the catalog).
struct ExternalKongConfig
{
    /// Runs before the binary, e.g. {"kubectl","exec","-n","kong","deploy/kong","--"} or
    /// {"docker","run","--rm","kong:2.5"}; empty = run the binary directly. `env` below is
    /// set on the local process only: a container needs `-e NAME` in the prefix to see it.
    QStringList commandPrefix;
    QString kongBinary = QStringLiteral("kong");
    QString confPath;                 ///< passed as `-c FILE` when set
    int timeoutSeconds = 3600;        ///< <= 0: no limit
    int killGraceMs = 5000;           ///< after SIGTERM, before SIGKILL
    QHash<QString, QString> env;      ///< e.g. KONG_PG_PASSWORD; secret-looking values are redacted
};

/// Command-line options passed through to `kong migrations`.
struct ExternalRunOptions
{
    bool yes = false;                 ///< --yes (reset without prompt; stdin is never a TTY here)
    bool force = false;               ///< --force
    int dbTimeoutSeconds = 0;         ///< --db-timeout; 0 = Kong's default
    int lockTimeoutSeconds = 0;       ///< --lock-timeout; 0 = Kong's default
    QString prefix;                   ///< -p (Kong 2.3.2+)
    bool verbose = false;             ///< --v
    QStringList extraArgs;
};

/// Changes to one subsystem's schema_meta row between the before and after probes.
struct SubsystemChange
{
    QString subsystem;
    QStringList executed;        ///< newly in `executed`
    QStringList rerun;           ///< appended to `executed` again (--force)
    QStringList pending;         ///< newly in `pending`
    QStringList unpended;        ///< left `pending`
    QStringList unexecuted;      ///< left `executed` (reset, manual edits)
};

/// What a Kong CLI run did, as seen from its output and from schema_meta.
struct ExternalRunReport
{
    KongCliCommand command = KongCliCommand::Up;
    QStringList argv;                  ///< redacted
    bool started = false;
    int exitCode = -1;                 ///< -1 when it never exited normally
    bool timedOut = false;
    bool cancelled = false;
    qint64 durationMs = 0;             ///< start to exit of the child
    QStringList lines;                 ///< stdout and stderr, redacted, in arrival order
    std::optional<DatastoreStatus> before;
    std::optional<DatastoreStatus> after;
    QList<SubsystemChange> changeSet;
    QStringList changes;               ///< e.g. "core: 009_200_to_210 executed"
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    QJsonObject toJson() const;
};

/// Runs the real `kong migrations …` in a child process and reports what changed.
/** Blocks until the child exits: call it on a worker thread (the QProcess lives there). */
class ExternalExecutor
{
public:
    /// With `probe`, schema_meta is read before and after the run (before failing = no run).
    explicit ExternalExecutor(ExternalKongConfig config,
                              std::optional<ConnectionSettings> probe = std::nullopt);

    /// `[prefix…] kong migrations <cmd> [-c FILE] [--yes] [--force] …` (not redacted).
    QStringList buildArgv(KongCliCommand command, const ExternalRunOptions &options) const;

    ExternalRunReport run(KongCliCommand command, const ExternalRunOptions &options,
                          EngineObserver *observer = nullptr,
                          std::shared_ptr<PgCancelToken> cancel = {});
    ExternalRunReport run(MigrationCommand command, const ExternalRunOptions &options,
                          EngineObserver *observer = nullptr,
                          std::shared_ptr<PgCancelToken> cancel = {})
    {
        return run(toKongCliCommand(command), options, observer, std::move(cancel));
    }

    const ExternalKongConfig &config() const { return m_config; }

private:
    ExternalKongConfig m_config;
    std::optional<ConnectionSettings> m_probe;
};

/// Per-subsystem difference of two probes, core first (pure; exposed for tests).
QList<SubsystemChange> diffSchemaMeta(const DatastoreStatus &before, const DatastoreStatus &after);
/// Human lines for a change set, e.g. "core: 009_200_to_210 executed (was pending)".
QStringList describeChanges(const QList<SubsystemChange> &changes);
/// Maps Kong's output and exit code to an error; exit 0 can still be one (the "aborted"
/// line means another node held the lock and nothing ran, facts §1.6).
std::optional<Error> classifyKongOutput(KongCliCommand command, int exitCode, const QStringList &lines);

} // namespace kuw::core
