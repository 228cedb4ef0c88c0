// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoScenario.h"
#include "Result.h"
#include "config/KongConfig.h"
#include "db/ConnectionSettings.h"
#include "versions/KongVersion.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace kuw::core {

class Catalog;
class ScratchPostgres;

/// What a demo is asked to set up (the `--demo-version`, `--size`, `--scenario`, `--keep` flags).
struct DemoOptions
{
    QString startVersion;            ///< e.g. "2.1" or "2.0.5"; empty = the scenario's, else the newest release
                                     ///< of the newest schema level before the target's (2.2.2 for 2.5)
    QString targetVersion;           ///< empty = the newest release the catalog knows
    QString size = QStringLiteral("small"); ///< small | large
    QString scenario;                ///< empty = none (a clean datastore)
    bool keep = false;               ///< leave the datastore running at the end
    /// Start from a copy of the same demo prepared earlier (the user's cache, for 12 hours;
    /// the first run prepares it with the engine and stores it). Off: always prepare afresh.
    bool useCache = true;
    QString templateCache;           ///< the cache directory; empty = ClusterTemplate::defaultRoot()
};

/// Progress lines while a demo datastore is prepared (called on the preparing thread).
using DemoLog = std::function<void(const QString &line)>;

/// The embedded datastore of a demo: a scratch PostgreSQL (system binaries, a directory under
/// /dev/shm when roomy and TMPDIR is unset, else QDir::tempPath(); unix socket; as the unprivileged `postgres` user when run as root) holding
/// a `kong` database that the real engine bootstrapped, seeded with DemoSeeder at the 1.5
/// level, then carried with 'up'/'finish' to the start version, with the scenario applied.
/** create() blocks for seconds: run it on a worker thread. The destructor stops the server
 *  and removes its directory (snapshots included), unless keep() was called. */
class DemoDatastore
{
public:
    ~DemoDatastore();
    DemoDatastore(const DemoDatastore &) = delete;
    DemoDatastore &operator=(const DemoDatastore &) = delete;

    static Result<std::unique_ptr<DemoDatastore>> create(const DemoOptions &options, const Catalog &catalog,
                                                         const DemoLog &log = {});
    /// The start version `options` asks for (validated against the catalog and the scenario).
    static Result<KongVersion> startVersionFor(const DemoOptions &options, const Catalog &catalog,
                                               const KongVersion &target, const DemoScenario *scenario);

    ConnectionSettings settings() const; ///< superuser over the unix socket, database kong
    /// kong.conf of the demo's Kong nodes: this datastore plus the scenario's lines.
    Result<KongConfig> kongConfig() const;
    QString directory() const;           ///< the scratch server's directory
    QString snapshotDirectory() const;   ///< inside directory(): removed with it
    int port() const;
    KongVersion startVersion() const { return m_start; }
    KongVersion targetVersion() const { return m_target; }
    const DemoScenario *scenario() const { return m_scenario; }
    qint64 seededRows() const { return m_rows; }
    /// Copied from the cache instead of bootstrapped and seeded by this run.
    bool fromCache() const { return m_fromCache; }
    /// Phase → milliseconds ("start PostgreSQL", "bootstrap 1.5.1", "seed", …), in order.
    const QList<QPair<QString, qint64>> &timings() const { return m_timings; }

    /// Leave the server running and its directory in place when this object dies.
    void keep();
    bool kept() const { return m_keep; }
    /// How to connect with psql and how to stop the kept server, several lines.
    QString connectHint() const;

private:
    DemoDatastore() = default;
    Status prepare(const DemoOptions &options, const Catalog &catalog, const DemoLog &log);

    std::unique_ptr<ScratchPostgres> m_server;
    KongVersion m_start, m_target;
    const DemoScenario *m_scenario = nullptr;
    qint64 m_rows = 0;
    QList<QPair<QString, qint64>> m_timings;
    bool m_keep = false;
    bool m_fromCache = false;
};

} // namespace kuw::core
