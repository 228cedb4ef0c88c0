// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/DatastoreStatus.h"
#include "versions/KongVersion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kuw::core {

class Catalog;
struct SubsystemEntry;

/// Kong's view of one subsystem for a target release (kong/db/migrations/state.lua rules).
struct SubsystemState
{
    const SubsystemEntry *entry = nullptr;
    QString name;
    QStringList executed; ///< code order
    QStringList pending;
    QStringList fresh;    ///< "new" in Kong's words
    QStringList missing;  ///< only the last_executed entry can be missing
};

/// The datastore state derived from schema_meta × catalog (needs bootstrap / new / pending /
/// up to date), plus what Kong would silently ignore but we must refuse: unknown subsystems
/// and migration names the catalog has never heard of.
struct SchemaState
{
    enum class Kind { NeedsBootstrap, NewMigrations, PendingMigrations, UpToDate };

    KongVersion target;
    bool needsBootstrap = false;
    QList<SubsystemState> subsystems;  ///< Kong's order: core, then loaded plugins byte-sorted
    QStringList unknownSubsystems;     ///< rows in schema_meta the catalog does not know
    QStringList unknownMigrations;     ///< "subsystem/name" not in the catalog at any version
    QStringList newerMigrations;       ///< "subsystem/name" the catalog knows only after target
    QStringList unknownPlugins;        ///< names in `plugins` without catalog entries

    /// Derives the state. `pluginsSetting` is the `plugins` value (e.g. {"bundled"}).
    static SchemaState derive(const DatastoreStatus &status, const Catalog &catalog,
                              const KongVersion &target, const QStringList &pluginsSetting);

    bool hasNew() const;
    bool hasPending() const;
    Kind kind() const;
    /// Refuse to run natively: names we cannot account for (see the external executor).
    bool hasUnknown() const { return !unknownSubsystems.isEmpty() || !unknownMigrations.isEmpty(); }
    /// Kong's own wording for the state, e.g. "Database needs bootstrapping or is older than Kong 1.0.",
    /// translated into the chosen language (translations/README.md).
    QString summary() const;
    /// The same in Kong's own English, untranslated: what `migrations list` prints, as Kong does.
    QString kongSummary() const;

private:
    QString summaryText(bool translated) const;
};

} // namespace kuw::core
