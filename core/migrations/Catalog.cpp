// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include <algorithm>

namespace kuw::core {

bool MigrationEntry::listedAt(const KongVersion &v) const
{
    return since <= v && (!removed || v < *removed);
}

const MigrationRevision *MigrationEntry::revisionFor(const KongVersion &v) const
{
    const MigrationRevision *best = nullptr;
    for (const auto &r : revisions) {
        if (r.since <= v)
            best = &r; // revisions are oldest first
    }
    return best;
}

bool SubsystemEntry::bundledAt(const KongVersion &v) const
{
    return bundledSince && *bundledSince <= v;
}

QList<const MigrationEntry *> SubsystemEntry::migrationsAt(const KongVersion &v) const
{
    QList<const MigrationEntry *> out;
    for (const auto &m : migrations) {
        if (m.listedAt(v))
            out.append(&m);
    }
    return out;
}

const MigrationEntry *SubsystemEntry::migration(const QString &name) const
{
    for (const auto &m : migrations) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

std::optional<KongVersion> Catalog::resolve(const QString &text) const
{
    const auto v = KongVersion::parse(text);
    if (!v)
        return std::nullopt;
    if (v->givenParts() == 2 && v->preRelease().isEmpty()) {
        std::optional<KongVersion> newest;
        for (const auto &known : m_versions) {
            if (known.sameMinor(*v))
                newest = known; // oldest first: the last match is the newest
        }
        return newest;
    }
    for (const auto &known : m_versions) {
        if (known == *v)
            return known;
    }
    return std::nullopt;
}

const SubsystemEntry *Catalog::subsystem(const QString &name) const
{
    for (const auto &s : m_subsystems) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

namespace {
bool byteLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}
} // namespace

QStringList Catalog::bundledPlugins(const KongVersion &v) const
{
    QStringList out;
    for (const auto &s : m_subsystems) {
        if (!s.isCore() && s.bundledAt(v) && !s.migrationsAt(v).isEmpty())
            out.append(s.name);
    }
    std::sort(out.begin(), out.end(), byteLess);
    return out;
}

QList<const SubsystemEntry *> Catalog::subsystemsFor(const KongVersion &v, const QStringList &pluginsSetting,
                                                     QStringList *unknownPlugins) const
{
    QStringList names;
    QStringList unknown;
    for (const QString &raw : pluginsSetting) {
        const QString item = raw.trimmed();
        if (item.isEmpty() || item == QLatin1String("off"))
            continue;
        if (item == QLatin1String("bundled")) {
            names += bundledPlugins(v);
            continue;
        }
        const SubsystemEntry *s = subsystem(item);
        if (!s || s->isCore()) {
            if (!unknown.contains(item))
                unknown.append(item);
            continue;
        }
        // A plugin without migrations at v is loaded by Kong but is no subsystem there.
        if (!s->migrationsAt(v).isEmpty())
            names.append(item);
    }
    std::sort(names.begin(), names.end(), byteLess);
    names.erase(std::unique(names.begin(), names.end()), names.end());

    QList<const SubsystemEntry *> out;
    if (const SubsystemEntry *core = subsystem(QStringLiteral("core")))
        out.append(core);
    for (const QString &n : names)
        out.append(subsystem(n));
    if (unknownPlugins)
        *unknownPlugins = unknown;
    return out;
}

} // namespace kuw::core
