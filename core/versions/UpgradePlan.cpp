// SPDX-License-Identifier: GPL-3.0-or-later
// Printable forms of an UpgradePlan (CLI text, stable JSON).
#include "UpgradePath.h"

#include <QJsonArray>

namespace kuw::core {

QJsonObject UpgradePlan::toJson() const
{
    QJsonArray hopsJson;
    for (const UpgradeHop &h : hops) {
        hopsJson.append(QJsonObject{{QStringLiteral("from"), h.from.display()},
                                    {QStringLiteral("to"), h.to.display()},
                                    {QStringLiteral("kind"), upgradeKindName(h.kind)},
                                    {QStringLiteral("notes"), QJsonArray::fromStringList(h.notes)},
                                    {QStringLiteral("link"), h.link.isEmpty() ? QJsonValue() : QJsonValue(h.link)}});
    }
    return QJsonObject{{QStringLiteral("edition"), editionName(edition)},
                       {QStringLiteral("from"), from.display()},
                       {QStringLiteral("to"), to.display()},
                       {QStringLiteral("kind"), upgradeKindName(kind)},
                       {QStringLiteral("allowed"), true},
                       {QStringLiteral("direct"), direct()},
                       {QStringLiteral("hops"), hopsJson}};
}

QString UpgradePlan::toText() const
{
    QString out = QStringLiteral("Upgrade %1 → %2 (%3, %4 upgrade): %5\n")
                      .arg(from.display(), to.display(), editionName(edition), upgradeKindName(kind),
                           direct() ? QStringLiteral("direct")
                                    : QStringLiteral("%1 hops").arg(hops.size()));
    int n = 0;
    for (const UpgradeHop &h : hops) {
        out += QStringLiteral("\n%1. %2 → %3 (%4)\n").arg(++n).arg(h.from.display(), h.to.display(), upgradeKindName(h.kind));
        for (const QString &note : h.notes)
            out += QStringLiteral("   - %1\n").arg(note);
        if (!h.link.isEmpty())
            out += QStringLiteral("   see %1\n").arg(h.link);
    }
    return out;
}

} // namespace kuw::core
