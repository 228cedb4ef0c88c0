// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "versions/KongVersion.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuw::core {

/// One step of a teardown: SQL, or a C++ data-rewriting function registered by name.
struct TeardownStep
{
    QString description; ///< one line, shown in plans
    QString sql;         ///< empty when `function` is set
    QString function;    ///< name in TeardownFunctions; empty for SQL steps
    /// `parts: N` (N >= 2): on a large table the engine first runs `partSql` as N concurrent
    /// transactions over disjoint ranges of `partKey`, then `sql` once more in the step's own
    /// transaction (which finds what is left). `sql` is `partSql` with its `{{part:KEY}}`
    /// placeholder replaced by TRUE, so everything else sees the whole-table statement.
    int parts = 1;
    QString partSql{};   ///< with the `{{part:KEY}}` placeholder; empty unless parts > 1
    QString partKey{};   ///< the uuid column the parts split on
};

/// Kong's copy of a migration as of one release (Kong revised some files).
struct MigrationRevision
{
    KongVersion since;
    QString up;                    ///< may be empty (nothing to run)
    bool hasTeardown = false;      ///< true → recorded "pending" after up
    QList<TeardownStep> teardown;
};

/// A migration as Kong records it in schema_meta.
struct MigrationEntry
{
    QString subsystem;
    QString name;
    KongVersion since;                 ///< first release whose index lists it
    std::optional<KongVersion> removed;///< first release whose index no longer lists it
    QList<MigrationRevision> revisions;///< oldest first
    QString sourceFile;                ///< for error messages

    bool listedAt(const KongVersion &v) const;
    /// The newest revision with since ≤ v (nullptr if none).
    const MigrationRevision *revisionFor(const KongVersion &v) const;
};

/// `core` or a plugin subsystem.
struct SubsystemEntry
{
    QString name;
    std::optional<KongVersion> bundledSince; ///< plugins only
    QList<MigrationEntry> migrations;        ///< Kong's index order

    bool isCore() const { return name == QLatin1String("core"); }
    bool bundledAt(const KongVersion &v) const;
    /// The migrations Kong version v lists for this subsystem, in order.
    QList<const MigrationEntry *> migrationsAt(const KongVersion &v) const;
    const MigrationEntry *migration(const QString &name) const;
};

/// The migration catalog: Kong releases known, subsystems, migrations (data from resources/).
class Catalog
{
public:
    /// Loads the embedded catalog (:/migrations/...).
    static Result<Catalog> loadEmbedded();
    /// Loads a catalog directory laid out like resources/migrations (tests, custom catalogs).
    static Result<Catalog> loadDirectory(const QString &dir);

    const QList<KongVersion> &versions() const { return m_versions; }
    KongVersion newest() const { return m_versions.isEmpty() ? KongVersion() : m_versions.last(); }
    /// A known release equal to v, or the newest known release of v's major.minor when v
    /// gives no patch (e.g. "2.1" → 2.1.4); nullopt when unknown.
    std::optional<KongVersion> resolve(const QString &text) const;

    const QList<SubsystemEntry> &subsystems() const { return m_subsystems; }
    const SubsystemEntry *subsystem(const QString &name) const;
    /// Plugin subsystems (with migrations) that `plugins = bundled` loads at v.
    QStringList bundledPlugins(const KongVersion &v) const;
    /// Kong's subsystem order for a `plugins` setting at v: core, then the loaded plugins
    /// that have catalog entries, byte-sorted. `bundled` expands; `off` means none.
    /// Names without catalog entries are returned in `unknownPlugins`.
    QList<const SubsystemEntry *> subsystemsFor(const KongVersion &v, const QStringList &pluginsSetting,
                                                QStringList *unknownPlugins = nullptr) const;

    // used by the loader
    QList<KongVersion> m_versions;
    QList<SubsystemEntry> m_subsystems;
};

} // namespace kuw::core
