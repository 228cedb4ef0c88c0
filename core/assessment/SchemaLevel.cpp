// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaLevel.h"

#include "migrations/Catalog.h"
#include "schema/DatastoreStatus.h"

#include <QSet>

namespace kuw::core {

QString SchemaLevel::toString() const
{
    if (!known())
        return beyondCatalog ? QStringLiteral("newer than every release the catalog knows")
                             : QStringLiteral("matches no known Kong release");
    if (*lowest == *highest)
        return lowest->toString();
    return QStringLiteral("%1–%2").arg(lowest->toString(), highest->toString());
}

SchemaLevel SchemaLevel::derive(const DatastoreStatus &status, const Catalog &catalog)
{
    SchemaLevel level;
    if (!status.schemaMetaPresent || !status.subsystem(QStringLiteral("core")))
        return level;
    // Core and every known plugin row first; when plugin rows disagree (a plugin left out of
    // `plugins` during an upgrade lags behind), core alone dates the schema.
    for (const bool coreOnly : {false, true}) {
    if (level.known())
        break;
    for (const KongVersion &v : catalog.versions()) {
        bool matches = true;
        for (const SubsystemMeta &meta : status.subsystems) {
            const SubsystemEntry *entry = catalog.subsystem(meta.subsystem);
            if (!entry || (coreOnly && !entry->isCore()))
                continue; // unknown subsystems are reported by the checks, not dated
            const QSet<QString> recorded(meta.executed.begin(), meta.executed.end());
            QSet<QString> all = recorded;
            for (const QString &p : meta.pending)
                all.insert(p);
            for (const MigrationEntry *m : entry->migrationsAt(v)) {
                if (!all.contains(m->name)) {
                    matches = false;
                    break;
                }
            }
            for (const QString &name : std::as_const(all)) {
                const MigrationEntry *m = entry->migration(name);
                if (m && v < m->since)
                    matches = false;
            }
            if (!matches)
                break;
        }
        if (matches) {
            if (!level.lowest)
                level.lowest = v;
            level.highest = v;
        }
    }
    }
    if (!level.known()) {
        // Every recorded known name is listed by the newest release, but something is newer?
        for (const SubsystemMeta &meta : status.subsystems) {
            const SubsystemEntry *entry = catalog.subsystem(meta.subsystem);
            if (entry && meta.subsystem == QLatin1String("core")) {
                for (const QString &name : meta.executed + meta.pending) {
                    if (!entry->migration(name))
                        level.beyondCatalog = true;
                }
            }
        }
    }
    return level;
}

} // namespace kuw::core
