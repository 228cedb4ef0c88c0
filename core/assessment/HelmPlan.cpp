// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelmPlan.h"

#include "CheckContext.h"
#include "cluster/HelmCommands.h"

namespace kuw::core {

std::optional<Finding> helmPlanFinding(const QStringList &releases, const KongVersion &target)
{
    if (releases.isEmpty())
        return std::nullopt;
    HelmOptions options;
    options.imageTag = target.toString();
    auto parsed = parseHelmReleases(releases.join(QLatin1Char('\n')));
    auto commands = parsed ? helmUpgradeCommands(*parsed, options) : Result<QList<HelmCommand>>(parsed.error());
    if (!commands)
        return Finding{QStringLiteral("kubernetes.helm_releases_invalid"), Severity::Warning,
                       QStringLiteral("Kubernetes: no helm upgrade commands, a release is not valid"),
                       commands.error().message, commands.error().remedy, guide::kOssUpgrade};
    QStringList lines;
    for (int i = 0; i < commands->size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(commands->at(i).command);
    return Finding{QStringLiteral("kubernetes.helm_commands"), Severity::Info,
                   QStringLiteral("Kubernetes: run these %1 helm upgrade command(s) in this order").arg(commands->size()),
                   lines.join(QLatin1Char('\n')),
                   QStringLiteral("Run each after the previous one's pods are ready: the first release runs 'up' "
                                  "(pre-upgrade job), the last one 'finish' (post-upgrade job); set image.tag to "
                                  "your registry's tag of %1 (Enterprise images use the 4-part version)")
                       .arg(target.toString()),
                   guide::kOssUpgrade};
}

} // namespace kuw::core
