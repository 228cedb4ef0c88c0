// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace kuw::core {

/// A throwaway PostgreSQL cluster (initdb + pg_ctl) for demo, rehearsal and tests.
/** Uses the system's server binaries (PG_BINDIR, `pg_config --bindir`, or the newest
 *  /usr/lib/postgresql/N/bin). Listens on a unix socket in its own temp directory and on a
 *  free loopback port; trust on the socket, SCRAM passwords over TCP; superuser `postgres`. As root it runs the
 *  server as the unprivileged `postgres` account (PostgreSQL refuses root). The destructor
 *  stops the server and deletes the directory unless release() was called.
 *  Blocks for about a second: call it off the UI thread. */
class ScratchPostgres
{
public:
    struct Options
    {
        bool tcp = true;          ///< also listen on 127.0.0.1:<free port>
        QString bindir;           ///< override binary lookup
        QString dirTemplate = QStringLiteral("/tmp/kuw-pg.XXXXXX"); ///< short: socket paths are ≤107 bytes
        /// Copy a cached initdb'd template (ClusterTemplate) instead of running initdb. Off by
        /// default: copies share the template's system identifier, so two of them look like
        /// one server to checks that compare identifiers (the replica check). A demo has one.
        bool useTemplateCache = false;
        QString templateCache;    ///< its directory; empty = ClusterTemplate::defaultRoot()
        /// Copy this prepared template (stored by storeTemplate()) when the cache has a usable one.
        QString templateVariant;
        qint64 variantMaxAgeSecs = 12 * 3600;
    };
    /// How the data directory came to be: plain initdb / copy of the cached initdb template /
    /// initdb, then cached / copy of the prepared template `templateVariant`.
    enum class TemplateUse { None, Copied, Built, CopiedVariant };

    ~ScratchPostgres();
    static Result<std::unique_ptr<ScratchPostgres>> start(const Options &options);
    static Result<std::unique_ptr<ScratchPostgres>> start() { return start(Options{}); }
    /// Stops a cluster started elsewhere and released (by its directory).
    static Status stopDirectory(const QString &dir);
    /// Where the server binaries are, or an Error naming what to install.
    static Result<QString> findBinDir(const QString &hint = {});

    QString directory() const { return m_dir; }
    int port() const { return m_port; }
    TemplateUse templateUse() const { return m_templateUse; }
    /// Phase → milliseconds of start() ("initdb", "copy template", "server start", …), in order.
    const QList<QPair<QString, qint64>> &timings() const { return m_timings; }
    /// Settings for database `db` over the unix socket, as superuser.
    ConnectionSettings settings(const QString &db = QStringLiteral("postgres")) const;
    /// Settings over TCP (127.0.0.1) for a role created with createRole() (password needed).
    ConnectionSettings tcpSettings(const QString &db = QStringLiteral("postgres")) const;
    /// libpq conninfo string over the unix socket (trust auth, no password).
    QString conninfo(const QString &db = QStringLiteral("postgres")) const;
    Status createDatabase(const QString &name, const QString &owner = {});
    Status createRole(const QString &name, const QString &password, bool superuser = false);
    /// Stores the cluster as it is now as the prepared template `Options::templateVariant`
    /// (stops the server for a consistent copy, then starts it again on the same port).
    Status storeTemplate();
    /// Keep the cluster running after this object dies (fixtures, --keep).
    void release() { m_released = true; }

private:
    ScratchPostgres() = default;
    Status runTool(const QStringList &args, const QString &what, int timeoutMs);
    Status createDataDirectory(const Options &options, const QString &data);
    Status startServer();
    static QStringList initdbArgs();

    QString m_bindir;
    QString m_dir;
    int m_port = 0;
    bool m_tcp = true;
    bool m_asPostgresUser = false;
    bool m_started = false;
    bool m_released = false;
    TemplateUse m_templateUse = TemplateUse::None;
    Options m_options;
    QList<QPair<QString, qint64>> m_timings;
};

} // namespace kuw::core
