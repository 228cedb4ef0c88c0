// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on kong.conf alone: the datastore kind (Cassandra, DB-less).
#include "CheckContext.h"

#include "config/KongConfig.h"

namespace kuw::core {

void checkConfig(const CheckContext &ctx, QList<Finding> &out)
{
    const QString database = ctx.config.string(QStringLiteral("database"), QStringLiteral("postgres")).toLower();
    if (database == QLatin1String("cassandra")) {
        out << Finding{QStringLiteral("datastore.cassandra"), Severity::Blocker,
                       QStringLiteral("Cassandra datastore: the wizard upgrades PostgreSQL only"),
                       QStringLiteral("database = cassandra in %1").arg(ctx.config.sourceFile().isEmpty() ? QStringLiteral("the configuration") : ctx.config.sourceFile()),
                       QStringLiteral("Upgrade Cassandra with Kong's own CLI and plan downtime (2.1.x or older), or fill a new "
                                      "keyspace with 'kong config db_export'/'db_import'; Cassandra is removed in 3.4: "
                                      "move to PostgreSQL first"),
                       guide::kOssUpgrade};
    } else if (database == QLatin1String("off")) {
        out << Finding{QStringLiteral("datastore.dbless"), Severity::Info,
                       QStringLiteral("DB-less node: there is no datastore to migrate"),
                       QStringLiteral("database = off (role %1)").arg(ctx.config.string(QStringLiteral("role"), QStringLiteral("traditional"))),
                       QStringLiteral("Roll the nodes to the new version; for 3.x convert declarative files "
                                      "('deck convert' or _format_version 3.0). Data Planes follow their Control Plane."),
                       guide::kHybrid};
    }
}

} // namespace kuw::core
