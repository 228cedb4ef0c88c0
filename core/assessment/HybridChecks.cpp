// SPDX-License-Identifier: GPL-3.0-or-later
// Hybrid mode: Control Plane first, the Data Plane inventory, and Rate Limiting Advanced's
// `cluster` strategy (which Data Planes cannot use).
#include "CheckContext.h"
#include "DataPlanes.h"

#include "config/KongConfig.h"
#include "db/PgConnection.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

void checkHybrid(const CheckContext &ctx, QList<Finding> &out)
{
    if (ctx.config.string(QStringLiteral("role")) != QLatin1String("control_plane") || !ctx.conn)
        return;
    QString evidence = QStringLiteral("role = control_plane");
    auto dps = dataPlanes(*ctx.conn);
    if (dps && !dps->isEmpty()) {
        evidence += Text::tr("\nData Planes known to this Control Plane (clustering_data_planes):");
        for (const DataPlaneRow &dp : *dps) {
            evidence += QStringLiteral("\n  ") + dp.toText();
            const auto v = KongVersion::parse(dp.version);
            if (v && (v->major() != ctx.target.major() || v->minor() > ctx.target.minor()))
                evidence += Text::tr(" — incompatible with a %1 Control Plane").arg(ctx.target.toString());
        }
    } else if (dps) {
        evidence += Text::tr("\nno Data Planes recorded in clustering_data_planes");
    }
    out << Finding{QStringLiteral("hybrid.control_plane"), Severity::Warning,
                   Text::tr("Hybrid mode: upgrade the Control Plane first, then the Data Planes"),
                   evidence,
                   Text::tr("Run the migrations from the Control Plane; a CP accepts DPs of the same major and the same "
                                  "or an older minor version, so roll the DPs after the CP. Install custom plugins on CP and DPs."),
                   guide::kHybrid};

    if (ctx.tableExists(QStringLiteral("plugins"))) {
        auto rla = ctx.conn->exec(QStringLiteral("SELECT id::text FROM plugins WHERE name = 'rate-limiting-advanced' "
                                                 "AND config->>'strategy' = 'cluster' ORDER BY id"));
        if (rla && rla->rows() > 0) {
            QStringList ids;
            for (int i = 0; i < rla->rows(); ++i)
                ids << rla->value(i, 0);
            out << Finding{QStringLiteral("hybrid.rla_cluster_strategy"), Severity::Blocker,
                           Text::tr("Rate Limiting Advanced uses the 'cluster' strategy in hybrid mode"),
                           Text::tr("plugins with strategy = cluster: %1").arg(ids.join(QStringLiteral(", "))),
                           Text::tr("Switch these plugins to the 'redis' strategy before upgrading"),
                           guide::kHybrid};
        }
    }
}

} // namespace kuw::core
