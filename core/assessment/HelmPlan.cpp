// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelmPlan.h"

#include "CheckContext.h"

#include <algorithm>

namespace kuw::core {

namespace {

/// Single-quotes a shell word unless it is plainly safe.
QString shellWord(const QString &w)
{
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:");
    if (!w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar c) { return safe.contains(c); }))
        return w;
    QString q = w;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

QList<HelmUpgradeStep> helmUpgradePlan(const QStringList &releases, const KongVersion &target, const QString &chart)
{
    QList<HelmUpgradeStep> steps;
    for (int i = 0; i < releases.size(); ++i) {
        HelmUpgradeStep s;
        const QString spec = releases[i].trimmed();
        const qsizetype slash = spec.indexOf(QLatin1Char('/'));
        s.release = slash < 0 ? spec : spec.mid(slash + 1);
        s.ns = slash < 0 ? QString() : spec.left(slash);
        s.preUpgrade = i == 0;
        s.postUpgrade = i == releases.size() - 1;
        QStringList words{QStringLiteral("helm"), QStringLiteral("upgrade"), s.release, chart};
        if (!s.ns.isEmpty())
            words << QStringLiteral("--namespace") << s.ns;
        words << QStringLiteral("--reuse-values") << QStringLiteral("--set")
              << QStringLiteral("image.tag=%1").arg(target.toString()) << QStringLiteral("--set")
              << QStringLiteral("migrations.preUpgrade=%1").arg(s.preUpgrade ? QStringLiteral("true") : QStringLiteral("false"))
              << QStringLiteral("--set")
              << QStringLiteral("migrations.postUpgrade=%1").arg(s.postUpgrade ? QStringLiteral("true") : QStringLiteral("false"))
              << QStringLiteral("--wait");
        QStringList quoted;
        for (const QString &w : words)
            quoted << shellWord(w);
        s.command = quoted.join(QLatin1Char(' '));
        steps << s;
    }
    return steps;
}

std::optional<Finding> helmPlanFinding(const QStringList &releases, const KongVersion &target)
{
    if (releases.isEmpty())
        return std::nullopt;
    QStringList lines;
    const auto steps = helmUpgradePlan(releases, target);
    for (int i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps[i].command);
    return Finding{QStringLiteral("kubernetes.helm_commands"), Severity::Info,
                   QStringLiteral("Kubernetes: run these %1 helm upgrade command(s) in this order").arg(steps.size()),
                   lines.join(QLatin1Char('\n')),
                   QStringLiteral("Run each after the previous one's pods are ready: the first release runs 'up' "
                                  "(pre-upgrade job), the last one 'finish' (post-upgrade job); set image.tag to "
                                  "your registry's tag of %1 (Enterprise images use the 4-part version)")
                       .arg(target.toString()),
                   guide::kOssUpgrade};
}

} // namespace kuw::core
