// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on kong.conf alone: the datastore kind (Cassandra, DB-less).
#include "CheckContext.h"

#include "config/KongConfig.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

void checkConfig(const CheckContext &ctx, QList<Finding> &out)
{
    const QString database = ctx.config.string(QStringLiteral("database"), QStringLiteral("postgres")).toLower();
    if (database == QLatin1String("cassandra")) {
        out << Finding{QStringLiteral("datastore.cassandra"), Severity::Blocker,
                       Text::tr("Cassandra datastore: the wizard upgrades PostgreSQL only"),
                       Text::tr("database = cassandra in %1").arg(ctx.config.sourceFile().isEmpty() ? Text::tr("the configuration") : ctx.config.sourceFile()),
                       Text::tr("Upgrade Cassandra with Kong's own CLI and plan downtime (2.1.x or older), or fill a new "
                                      "keyspace with 'kong config db_export'/'db_import'; Cassandra is removed in 3.4: "
                                      "move to PostgreSQL first"),
                       guide::kOssUpgrade};
    } else if (database == QLatin1String("off")) {
        out << Finding{QStringLiteral("datastore.dbless"), Severity::Info,
                       Text::tr("DB-less node: there is no datastore to migrate"),
                       Text::tr("database = off (role %1)").arg(ctx.config.string(QStringLiteral("role"), QStringLiteral("traditional"))),
                       Text::tr("Roll the nodes to the new version; for 3.x convert declarative files "
                                      "('deck convert' or _format_version 3.0). Data Planes follow their Control Plane."),
                       guide::kHybrid};
    }
}

} // namespace kuw::core
