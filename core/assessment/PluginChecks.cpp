// SPDX-License-Identifier: GPL-3.0-or-later
// Custom plugins, and plugins in use that `plugins` does not enable (Kong refuses to start).
#include "CheckContext.h"

#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "migrations/Catalog.h"

#include <QSet>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

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
                       Text::tr("Custom plugins are enabled"),
                       Text::tr("plugins = %1; not bundled with Kong: %2")
                           .arg(setting.join(QLatin1Char(',')), custom.join(QStringLiteral(", "))),
                       Text::tr("Install versions compatible with the target on every node (Control Plane first, then "
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
            refused << Text::tr("%1 (%2 instances)").arg(name).arg(rows->integer(i, 1));
    }
    if (!refused.isEmpty()) {
        out << Finding{QStringLiteral("plugins.in_use_not_enabled"), Severity::Blocker,
                       Text::tr("Plugins are configured in the database but not enabled in 'plugins'"),
                       Text::tr("plugins table: %1; plugins = %2")
                           .arg(refused.join(QStringLiteral(", ")), setting.join(QLatin1Char(','))),
                       Text::tr("Kong refuses to start (\"plugin is in use but not enabled\"): add them to 'plugins' "
                                      "(and install them), or delete their instances before the upgrade"),
                       guide::kOssUpgrade};
    }
}

} // namespace kuw::core
