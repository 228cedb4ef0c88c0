// SPDX-License-Identifier: GPL-3.0-or-later
// Custom plugins, and plugins in use that `plugins` does not enable (Kong refuses to start).
#include "CheckContext.h"

#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "migrations/Catalog.h"

#include <QSet>

namespace kuw::core {

void checkPlugins(const CheckContext &ctx, QList<Finding> &out)
{
    const QStringList setting = ctx.config.list(QStringLiteral("plugins"));
    QSet<QString> enabled;
    QStringList custom;
    for (const QString &raw : setting) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || name == QLatin1String("off"))
            continue;
        if (name == QLatin1String("bundled")) {
            for (const QString &b : ctx.paths.bundledPlugins())
                enabled.insert(b);
            for (const QString &b : ctx.catalog.bundledPlugins(ctx.target))
                enabled.insert(b);
            continue;
        }
        enabled.insert(name);
        if (!ctx.paths.bundledPlugins().contains(name) && !ctx.catalog.subsystem(name))
            custom << name;
    }
    if (!custom.isEmpty()) {
        out << Finding{QStringLiteral("plugins.custom"), Severity::Warning,
                       QStringLiteral("Custom plugins are enabled"),
                       QStringLiteral("plugins = %1; not bundled with Kong: %2")
                           .arg(setting.join(QLatin1Char(',')), custom.join(QStringLiteral(", "))),
                       QStringLiteral("Install versions compatible with the target on every node (Control Plane first, then "
                                      "Data Planes); their migrations run only when they are listed in 'plugins'/KONG_PLUGINS "
                                      "and found on the Lua path"),
                       guide::kEnterprise};
    }

    // Enterprise bundles plugins the OSS list does not know; only an explicit list can be judged.
    const bool bundledUnknown = ctx.edition == Edition::Enterprise && setting.contains(QStringLiteral("bundled"));
    if (!ctx.conn || bundledUnknown || !ctx.tableExists(QStringLiteral("plugins")))
        return;
    auto rows = ctx.conn->exec(QStringLiteral("SELECT name, count(*) FROM plugins GROUP BY name ORDER BY name"));
    if (!rows)
        return;
    QStringList refused;
    for (int i = 0; i < rows->rows(); ++i) {
        const QString name = rows->value(i, 0);
        if (!enabled.contains(name))
            refused << QStringLiteral("%1 (%2 instances)").arg(name).arg(rows->integer(i, 1));
    }
    if (!refused.isEmpty()) {
        out << Finding{QStringLiteral("plugins.in_use_not_enabled"), Severity::Blocker,
                       QStringLiteral("Plugins are configured in the database but not enabled in 'plugins'"),
                       QStringLiteral("plugins table: %1; plugins = %2")
                           .arg(refused.join(QStringLiteral(", ")), setting.join(QLatin1Char(','))),
                       QStringLiteral("Kong refuses to start (\"plugin is in use but not enabled\"): add them to 'plugins' "
                                      "(and install them), or delete their instances before the upgrade"),
                       guide::kOssUpgrade};
    }
}

} // namespace kuw::core
