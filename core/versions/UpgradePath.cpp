// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade-path planner: walks the rules of resources/paths/upgrade-paths.yaml.
#include "UpgradePath.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Paths)
};
} // namespace

namespace {

/// Compares the first `n` numeric parts of a and b (a shorter version counts as zeros).
int comparePrefix(const KongVersion &a, const KongVersion &b, int n)
{
    for (int i = 0; i < n; ++i) {
        const int x = a.parts().value(i), y = b.parts().value(i);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QString majorMinor(const KongVersion &v)
{
    return QStringLiteral("%1.%2").arg(v.major()).arg(v.minor());
}

PathStop stopFor(const KongVersion &v)
{
    return PathStop{v, v.toString()};
}

} // namespace

QString editionName(Edition edition)
{
    return edition == Edition::Oss ? QStringLiteral("oss") : QStringLiteral("enterprise");
}

std::optional<Edition> parseEdition(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("oss") || t == QLatin1String("community"))
        return Edition::Oss;
    if (t == QLatin1String("enterprise") || t == QLatin1String("ee"))
        return Edition::Enterprise;
    return std::nullopt;
}

QString upgradeKindName(UpgradeKind kind)
{
    switch (kind) {
    case UpgradeKind::None: return QStringLiteral("none");
    case UpgradeKind::Patch: return QStringLiteral("patch");
    case UpgradeKind::Minor: return QStringLiteral("minor");
    case UpgradeKind::Major: return QStringLiteral("major");
    case UpgradeKind::Downgrade: return QStringLiteral("downgrade");
    }
    return {};
}

QString PathStop::display() const
{
    return text.count(QLatin1Char('.')) == 1 ? text + QStringLiteral(".x") : text;
}

bool PathRule::covers(const KongVersion &t) const
{
    const auto key = std::make_pair(t.major(), t.minor());
    return key >= std::make_pair(minMajor, minMinor) && key <= std::make_pair(maxMajor, maxMinor);
}

UpgradeKind UpgradePath::classify(const KongVersion &from, const KongVersion &to)
{
    const auto order = from <=> to;
    if (order == 0)
        return UpgradeKind::None;
    if (order > 0)
        return UpgradeKind::Downgrade;
    if (from.major() != to.major())
        return UpgradeKind::Major;
    if (from.minor() != to.minor())
        return UpgradeKind::Minor;
    return UpgradeKind::Patch;
}

Edition UpgradePath::guessEdition(const KongVersion &from, const KongVersion &to)
{
    return from.isEnterprise() || to.isEnterprise() ? Edition::Enterprise : Edition::Oss;
}

UpgradeHop UpgradePath::makeHop(const PathStop &from, const PathStop &to, const EditionRules &rules,
                                const PathRule *rule) const
{
    UpgradeHop hop{from, to, classify(from.version, to.version), {}, {}};
    if (rule) {
        hop.notes = rule->notes;
        hop.link = rule->link;
    } else if (!rules.patchNote.isEmpty()) {
        hop.notes << rules.patchNote;
    }
    for (const MajorWarning &w : m_majorWarnings) {
        if (from.version.major() == w.from && to.version.major() == w.to)
            hop.notes << w.note;
    }
    return hop;
}

Status UpgradePath::chain(const PathStop &from, const PathStop &to, Edition edition, const QString &extraNote,
                          QList<UpgradeHop> &hops, int depth) const
{
    const EditionRules &er = rules(edition);
    const QString ed = editionName(edition);
    if (depth > 16)
        return Error::make(ErrorKind::Internal, Text::tr("the upgrade-path rules loop at %1").arg(to.display()));
    const bool notOlder = to.version.givenParts() == 2 ? comparePrefix(from.version, to.version, 2) >= 0
                                                       : (from.version <=> to.version) >= 0;
    if (notOlder)
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("%1 is not older than %2: nothing to upgrade (downgrades are not supported)")
                               .arg(from.display(), to.display()),
                           Text::tr("pick a newer target version"));

    auto append = [&](const PathRule *rule) {
        UpgradeHop hop = makeHop(from, to, er, rule);
        if (!extraNote.isEmpty())
            hop.notes.prepend(extraNote);
        hops << hop;
    };
    if (er.patchDirect && from.version.sameMinor(to.version)) {
        append(nullptr);
        return {};
    }
    const PathRule *rule = nullptr;
    for (const PathRule &r : er.rules) {
        if (r.covers(to.version)) {
            rule = &r;
            break;
        }
    }
    if (!rule)
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("no known %1 upgrade path to %2").arg(ed, to.display()),
                           Text::tr("check the target version and edition (--edition oss|enterprise)"));
    if (from.version < rule->fromMin) {
        if (!rule->belowVia)
            return Error::make(ErrorKind::Unsupported,
                               Text::tr("%1 upgrade from %2 to %3 is not allowed: the lowest documented source is %4")
                                   .arg(ed, from.display(), to.display(), rule->fromMin.toString()),
                               Text::tr("no documented path; ask Kong support for a migration plan"),
                               rule->link);
        if (Status s = chain(from, *rule->belowVia, edition, rule->belowNote, hops, depth + 1); !s)
            return s;
        return chain(*rule->belowVia, to, edition, extraNote, hops, depth + 1);
    }
    PathStop cur = from;
    if (!rule->directFrom.contains(majorMinor(from.version))) {
        for (const PathStop &stop : rule->stops) {
            const int n = int(stop.version.givenParts());
            if (comparePrefix(cur.version, stop.version, n) < 0 && comparePrefix(stop.version, to.version, n) < 0) {
                hops << makeHop(cur, stop, er, rule);
                cur = stop;
            }
        }
    }
    UpgradeHop last = makeHop(cur, to, er, rule);
    if (!extraNote.isEmpty())
        last.notes.prepend(extraNote);
    hops << last;
    return {};
}

Result<UpgradePlan> UpgradePath::plan(const KongVersion &from, const KongVersion &to, Edition edition) const
{
    if (!from.isValid() || !to.isValid())
        return Error::make(ErrorKind::Config, Text::tr("both versions are required"),
                           Text::tr("give versions such as 2.1.4 or 2.4.1.0"));
    UpgradePlan plan;
    plan.edition = edition;
    plan.from = stopFor(from);
    plan.to = stopFor(to);
    plan.kind = classify(from, to);
    if (Status s = chain(plan.from, plan.to, edition, {}, plan.hops, 0); !s)
        return s.error();
    return plan;
}

bool UpgradePlan::crossesMajor() const
{
    return from.version.major() != to.version.major();
}

} // namespace kuw::core
