// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaState.h"

#include "Catalog.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Migrations)
};
} // namespace

SchemaState SchemaState::derive(const DatastoreStatus &status, const Catalog &catalog,
                                const KongVersion &target, const QStringList &pluginsSetting)
{
    SchemaState st;
    st.target = target;
    st.needsBootstrap = !status.schemaMetaPresent;
    const QList<const SubsystemEntry *> loaded = catalog.subsystemsFor(target, pluginsSetting, &st.unknownPlugins);

    for (const SubsystemEntry *entry : loaded) {
        SubsystemState ss;
        ss.entry = entry;
        ss.name = entry->name;
        const SubsystemMeta *meta = status.subsystem(entry->name);
        const QList<const MigrationEntry *> listed = entry->migrationsAt(target);
        // Walk in code order; `n` is set when the walk reaches last_executed (state.lua).
        int n = -1;
        for (int i = 0; i < listed.size(); ++i) {
            const QString &name = listed.at(i)->name;
            if (meta && name == meta->lastExecuted)
                n = i + 1;
            if (meta && meta->executed.contains(name))
                ss.executed << name;
            else if (meta && meta->pending.contains(name))
                ss.pending << name;
            else if (n < 0 || i >= n)
                ss.fresh << name;
            else
                ss.missing << name;
        }
        st.subsystems << ss;
    }

    // What Kong would ignore but a native run must not: rows and names we cannot explain.
    for (const SubsystemMeta &meta : status.subsystems) {
        const SubsystemEntry *entry = catalog.subsystem(meta.subsystem);
        if (!entry) {
            st.unknownSubsystems << meta.subsystem;
            continue;
        }
        for (const QString &name : meta.executed + meta.pending) {
            const MigrationEntry *m = entry->migration(name);
            const QString qualified = meta.subsystem + QLatin1Char('/') + name;
            if (!m) {
                if (!st.unknownMigrations.contains(qualified))
                    st.unknownMigrations << qualified;
            } else if (target < m->since && !st.newerMigrations.contains(qualified)) {
                st.newerMigrations << qualified;
            }
        }
    }
    return st;
}

bool SchemaState::hasNew() const
{
    if (needsBootstrap)
        return true;
    for (const SubsystemState &s : subsystems) {
        if (!s.fresh.isEmpty())
            return true;
    }
    return false;
}

bool SchemaState::hasPending() const
{
    for (const SubsystemState &s : subsystems) {
        if (!s.pending.isEmpty())
            return true;
    }
    return false;
}

SchemaState::Kind SchemaState::kind() const
{
    if (needsBootstrap)
        return Kind::NeedsBootstrap;
    if (hasPending())
        return Kind::PendingMigrations;
    if (hasNew())
        return Kind::NewMigrations;
    return Kind::UpToDate;
}

QString SchemaState::summaryText(bool translated) const
{
    // Kong's wording is the source text, so the English stays Kong's verbatim message.
    const auto text = [translated](const char *source) {
        return translated ? Text::tr(source) : QString::fromUtf8(source);
    };
    switch (kind()) {
    case Kind::NeedsBootstrap:
        return text(QT_TRANSLATE_NOOP("kuw::core::Migrations",
                                      "Database needs bootstrapping or is older than Kong 1.0.\n\n"
                                      "To start a new installation from scratch, run 'kong migrations bootstrap'.\n\n"
                                      "To migrate from a version older than 1.0, migrate to Kong 1.5.0 first. \n"
                                      "If you still have 'apis' entities, you can convert them to Routes and Services\n"
                                      "using the 'kong migrations migrate-apis' command in Kong 1.5.0.\n"));
    case Kind::PendingMigrations:
        return hasNew() ? text(QT_TRANSLATE_NOOP("kuw::core::Migrations",
                                                 "Database has pending migrations from a previous upgrade, and new "
                                                 "migrations from this upgrade (version %1)"))
                              .arg(target.toString())
                        : text(QT_TRANSLATE_NOOP("kuw::core::Migrations",
                                                 "Database has pending migrations; run 'kong migrations finish' when ready"));
    case Kind::NewMigrations:
        return text(QT_TRANSLATE_NOOP("kuw::core::Migrations", "New migrations available; run 'kong migrations up' to proceed"));
    case Kind::UpToDate:
        return text(QT_TRANSLATE_NOOP("kuw::core::Migrations", "Database is up-to-date"));
    }
    return {};
}

QString SchemaState::summary() const
{
    return summaryText(true);
}

QString SchemaState::kongSummary() const
{
    return summaryText(false);
}

} // namespace kuw::core
