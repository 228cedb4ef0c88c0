// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelmPlan.h"

#include "CheckContext.h"
#include "cluster/HelmCommands.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

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
                       Text::tr("Kubernetes: no helm upgrade commands, a release is not valid"),
                       commands.error().message, commands.error().remedy, guide::kOssUpgrade};
    QStringList lines;
    for (int i = 0; i < commands->size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(commands->at(i).command);
    return Finding{QStringLiteral("kubernetes.helm_commands"), Severity::Info,
                   Text::tr("Kubernetes: run these %1 helm upgrade command(s) in this order").arg(commands->size()),
                   lines.join(QLatin1Char('\n')),
                   Text::tr("Run each after the previous one's pods are ready: the first release runs 'up' "
                                  "(pre-upgrade job), the last one 'finish' (post-upgrade job); set image.tag to "
                                  "your registry's tag of %1 (Enterprise images use the 4-part version)")
                       .arg(target.toString()),
                   guide::kOssUpgrade};
}

} // namespace kuw::core
