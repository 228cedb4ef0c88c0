// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/HelmCommands.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Cutover)
};
} // namespace
namespace {

// Helm release names: DNS-1123 label-ish, at most 53 characters; namespaces at most 63.
const QRegularExpression DnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
const QRegularExpression ImageTag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
const QRegularExpression ImageRepo(QStringLiteral("^[a-z0-9]+([._/:-][a-z0-9]+)*$"));
const QRegularExpression ChartRef(QStringLiteral("^[A-Za-z0-9_./:-]+$"));

Error invalid(const QString &where, const QString &what, const QString &remedy)
{
    return Error::make(ErrorKind::Config, QStringLiteral("%1: %2").arg(where, what), remedy);
}

QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

Result<QList<HelmRelease>> parseHelmReleases(const QString &text)
{
    QList<HelmRelease> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int line = 0; line < lines.size(); ++line) {
        for (QString item : lines.at(line).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            item = item.trimmed();
            if (item.isEmpty())
                continue;
            const QString where = Text::tr("Helm releases, line %1").arg(line + 1);
            HelmRelease r;
            const qsizetype slash = item.indexOf(QLatin1Char('/'));
            r.name = slash < 0 ? item : item.mid(slash + 1);
            r.namespaceName = slash < 0 ? QString() : item.left(slash);
            if (!DnsLabel.match(r.name).hasMatch() || r.name.size() > 53)
                return invalid(where, Text::tr("release name \"%1\" is not valid").arg(r.name),
                               Text::tr("Use the name `helm list` shows (lowercase letters, digits, '-', at most 53)."));
            if (slash >= 0 && (!DnsLabel.match(r.namespaceName).hasMatch() || r.namespaceName.size() > 63))
                return invalid(where, Text::tr("namespace \"%1\" is not valid").arg(r.namespaceName),
                               Text::tr("Write namespace/release, e.g. kong/kong-proxy."));
            for (const HelmRelease &seen : out)
                if (seen.name == r.name && seen.namespaceName == r.namespaceName)
                    return invalid(where, Text::tr("release \"%1\" is listed twice").arg(item),
                                   Text::tr("List each release once, in the order to upgrade."));
            out.append(r);
        }
    }
    if (out.isEmpty())
        return invalid(Text::tr("Helm releases"), Text::tr("no release given"),
                       Text::tr("List the releases of the Kong chart that share this datastore, one per line."));
    return out;
}

Result<QList<HelmCommand>> helmUpgradeCommands(const QList<HelmRelease> &releases, const HelmOptions &options)
{
    if (releases.isEmpty())
        return invalid(Text::tr("Helm releases"), Text::tr("no release given"),
                       Text::tr("List the releases of the Kong chart that share this datastore."));
    if (!ImageTag.match(options.imageTag).hasMatch())
        return invalid(Text::tr("Helm image tag"), Text::tr("\"%1\" is not a valid image tag").arg(options.imageTag),
                       Text::tr("Use the target Kong version, e.g. 2.5."));
    if (!ImageRepo.match(options.imageRepository).hasMatch())
        return invalid(Text::tr("Helm image repository"), Text::tr("\"%1\" is not valid").arg(options.imageRepository),
                       Text::tr("e.g. kong or kong/kong-gateway."));
    if (!ChartRef.match(options.chart).hasMatch())
        return invalid(Text::tr("Helm chart"), Text::tr("\"%1\" is not valid").arg(options.chart),
                       Text::tr("e.g. kong/kong."));
    QList<HelmCommand> out;
    for (int i = 0; i < releases.size(); ++i) {
        HelmCommand c;
        c.release = releases.at(i);
        c.preUpgrade = i == 0;
        c.postUpgrade = i == releases.size() - 1;
        QStringList words = {QStringLiteral("helm"), QStringLiteral("upgrade"), c.release.name, options.chart};
        if (!c.release.namespaceName.isEmpty())
            words << QStringLiteral("--namespace") << c.release.namespaceName;
        words << QStringLiteral("--reuse-values")
              << QStringLiteral("--set") << QStringLiteral("image.repository=") + options.imageRepository
              << QStringLiteral("--set") << QStringLiteral("image.tag=") + options.imageTag
              << QStringLiteral("--set") << QStringLiteral("migrations.preUpgrade=") + flag(c.preUpgrade)
              << QStringLiteral("--set") << QStringLiteral("migrations.postUpgrade=") + flag(c.postUpgrade);
        c.command = words.join(QLatin1Char(' '));
        out.append(c);
    }
    return out;
}

} // namespace kuw::core
