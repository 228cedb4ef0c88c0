// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace kuw::core {
class PgConnection;
}

namespace kuw::bench {

/// How many entities of each kind a generated Kong 1.5 datastore holds.
struct DatastoreSize
{
    int services = 20000;
    int routes = 20000;
    int consumers = 100000;
    int keyauthCredentials = 100000;
    int plugins = 50000;          ///< split: 4 global, then 45 % route, 20 % service, 35 % consumer scoped
    int acls = 50000;
    int basicauthCredentials = 20000;
    int upstreams = 1000;
    int targetsPerUpstream = 3;   ///< plus one superseded (older) copy of every third target

    /// Our extended live-traffic datastore (the defaults above): the five entity kinds
    /// plus ACLs, basic-auth credentials, upstreams and targets, so that their migrations run too.
    static DatastoreSize liveTraffic() { return {}; }
    /// Exactly the setup of the team's reference measurement of real Kong (engine issue): 20k
    /// services, 20k routes, 100k consumers, 100k key-auth credentials, 50k plugins, nothing else.
    /// Kong's figures (up 1.7 s, finish 4.3-4.6 s) compare only against this one.
    static DatastoreSize kongReference()
    {
        DatastoreSize s;
        s.acls = 0;
        s.basicauthCredentials = 0;
        s.upstreams = 0;
        return s;
    }
    /// Every count multiplied by `factor` (at least 1 each, global plugins excepted).
    DatastoreSize scaled(double factor) const;
    qint64 targets() const;
    qint64 totalRows() const;     ///< entity rows (without the tags rows mirroring them)
    QString toString() const;
};

/// Fills a database that our engine bootstrapped at Kong 1.5.1 with a realistic 1.5-era
/// datastore, set-based (INSERT … SELECT generate_series …, one statement per table), in one
/// transaction, then VACUUM ANALYZE. Ids are deterministic (md5 of "kuw-bench:<kind>:<n>" as a
/// UUID), so readers can address the n-th route without a lookup (see routeIdSql()).
/// Plugin cache keys use the 1.x form `plugins:<name>:<route>:<service>:<consumer>:<api>` (NULL →
/// empty), ACL cache keys `acls:<consumer>:<group>:::`; the tags table mirrors every entity as
/// the sync_tags triggers would (filled set-based with the row triggers switched off).
class DatastoreGenerator
{
public:
    explicit DatastoreGenerator(DatastoreSize size) : m_size(size) {}

    /// Runs the inserts on `conn` (superuser, Kong schema on the search_path).
    core::Status generate(core::PgConnection &conn);

    /// Rows per table after generate() (SELECT count(*)), for printing.
    core::Result<QList<QPair<QString, qint64>>> tableCounts(core::PgConnection &conn) const;

    /// SQL expression of the id of route number `n` (1-based; `n` is an SQL integer expression,
    /// e.g. ":rid" in a pgbench script).
    static QString routeIdSql(const QString &n);

    const DatastoreSize &size() const { return m_size; }

private:
    DatastoreSize m_size;
};

} // namespace kuw::bench
