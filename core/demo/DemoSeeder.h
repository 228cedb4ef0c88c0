// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace kuw::core {

class PgConnection;

/// How many entities a demo datastore holds.
struct DemoSeedSize
{
    int services = 0, routes = 0, consumers = 0;
    int keyauth = 0, basicauth = 0, jwt = 0, hmacauth = 0, oauth2 = 0, acls = 0;
    int certificates = 0;  ///< each with two SNIs
    int upstreams = 0;     ///< each with three targets (every third one also with an older copy)

    /// A class-room datastore: a few hundred rows, seeded in well under a second.
    static DemoSeedSize small();
    /// A long run to watch progress on: about 150k entity rows.
    static DemoSeedSize large();
    /// "small" or "large"; nullopt otherwise.
    static std::optional<DemoSeedSize> named(const QString &name);
};

/// Fills a datastore at the Kong 1.5 schema level with realistic entities: services, routes,
/// consumers with key-auth, basic-auth, jwt, hmac-auth, oauth2 and acl credentials, scoped and
/// global plugins with configs as Kong 1.5 stores them, certificates with SNIs, CA certificates,
/// upstreams and targets.
/** The demo seeds at 1.5 and lets the real engine carry the rows to the chosen start version:
 *  every later level then holds exactly what Kong's own migrations leave (ws_id, cache keys,
 *  allow/deny configs …), and the seed is valid for every migration up to 2.5 by construction.
 *  Set-based: one INSERT … SELECT generate_series per table, in one transaction, row triggers off
 *  and the `tags` rows written as sync_tags would. Ids are md5('kuw-demo:<kind>:<n>') as UUIDs. */
class DemoSeeder
{
public:
    explicit DemoSeeder(DemoSeedSize size) : m_size(size) {}

    /// Seeds `conn` (superuser). Fails with a clear error unless core is at the 1.5 level.
    Status seed(PgConnection &conn) const;
    /// Rows per seeded table (SELECT count(*)), for printing.
    static Result<QList<QPair<QString, qint64>>> tableCounts(PgConnection &conn);
    /// The sum of the entity counts the size asks for.
    qint64 expectedRows() const;

private:
    DemoSeedSize m_size;
};

} // namespace kuw::core
