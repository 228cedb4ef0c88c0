// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace kuw::core {

/// A pristine initdb'd data directory kept in the user's cache, so that a scratch cluster is a
/// copy of it (a reflink where the file system can) instead of a fresh initdb (seconds).
/** Keyed by the server version, the binary directory and the initdb options: another
 *  PostgreSQL or other options get their own template. A template is used only when its
 *  completion marker names that exact key and its PG_VERSION and pg_control are there; anything
 *  else is thrown away and rebuilt. It is stored by copying into a temporary directory beside
 *  it and renaming that into place, so concurrent first runs never see a half-written one. */
class ClusterTemplate
{
public:
    /// `root`: the cache directory holding templates; `initdbArgs`: initdb's options without -D.
    ClusterTemplate(const QString &root, const QString &bindir, const QStringList &initdbArgs);

    /// $KUW_PG_TEMPLATE_CACHE, else <user cache>/kong-upgrade-wizard/pg-templates; empty when
    /// KUW_PG_TEMPLATE_CACHE=off (every cluster then runs initdb).
    static QString defaultRoot();

    /// Reads the server version (initdb --version); false when that fails (no cache then).
    bool resolve();
    /// A prepared cluster derived from this template (e.g. a seeded demo datastore), keyed
    /// additionally by `variant` and usable for `maxAgeSecs` after it was stored.
    ClusterTemplate variant(const QString &variant, qint64 maxAgeSecs) const;
    QString key() const { return m_key; }
    QString path() const;              ///< <root>/<hash of the key>
    /// The template exists and is complete for this key.
    bool isUsable() const;
    /// Copies the template's data directory to `dest` (which must not exist yet).
    Status copyTo(const QString &dest) const;
    /// Stores `dataDir` (straight from initdb, never started) as the template, unless a
    /// concurrent run stored one first. An unusable template in the way is removed.
    Status store(const QString &dataDir) const;

    /// Removes what the cache no longer needs, keeping `keepPath`: templates not used for
    /// `maxUnusedSecs` or beyond the `keep` most recently used (other PostgreSQL builds, old
    /// demo options), and the leftovers of interrupted stores. Called after every store, so
    /// the cache stays at a few templates (~40 MB each) instead of growing with every build.
    static void prune(const QString &root, const QString &keepPath, int keep = 6,
                      qint64 maxUnusedSecs = 30 * 24 * 3600);

    static constexpr const char *kMarker = "kuw-template.ok";
    static constexpr const char *kUsed = "kuw-template.used"; ///< mtime = last copy from it

private:
    QString m_root, m_bindir;
    QStringList m_args;
    QString m_version; ///< "15.18"
    QString m_key;
    qint64 m_maxAgeSecs = 0; ///< 0 = no limit
};

} // namespace kuw::core
