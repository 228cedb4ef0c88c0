// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "versions/KongVersion.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuw::core {

enum class Edition { Oss, Enterprise };
/// Semver class of an upgrade (None: same version; Downgrade: target is older).
enum class UpgradeKind { None, Patch, Minor, Major, Downgrade };

QString editionName(Edition edition);          ///< "oss" / "enterprise"
std::optional<Edition> parseEdition(const QString &text);
QString upgradeKindName(UpgradeKind kind);     ///< "patch", "minor", "major", …

/// A release named by a path rule: "2.4" (any 2.4.x), "0.14.1", "2.8.2.0".
struct PathStop
{
    KongVersion version;
    QString text;          ///< as written in the rules
    QString display() const; ///< "2.4.x" for a major.minor stop, else the text
};

/// One `up` + `finish` hop of an upgrade plan.
struct UpgradeHop
{
    PathStop from;
    PathStop to;
    UpgradeKind kind = UpgradeKind::None;
    QStringList notes;     ///< the rule's notes, then major-version warnings
    QString link;          ///< the guide section behind the rule
};

/// The hops from one release to another; a single hop when the path is direct.
struct UpgradePlan
{
    Edition edition = Edition::Oss;
    PathStop from;
    PathStop to;
    UpgradeKind kind = UpgradeKind::None;
    QList<UpgradeHop> hops;

    bool direct() const { return hops.size() == 1; }
    bool crossesMajor() const;
    QJsonObject toJson() const;
    QString toText() const;
};

/// One rule of resources/paths/upgrade-paths.yaml (see the file's header for the format).
struct PathRule
{
    int minMajor = 0, minMinor = 0, maxMajor = 0, maxMinor = 0; ///< target major.minor range
    KongVersion fromMin;
    std::optional<PathStop> belowVia;
    QString belowNote;
    QStringList directFrom;   ///< "2.8": sources of that major.minor skip the stops
    QList<PathStop> stops;
    QStringList notes;
    QString link;

    bool covers(const KongVersion &target) const;
};

struct EditionRules
{
    bool patchDirect = true;
    QString patchNote;
    QList<PathRule> rules;
};

struct MajorWarning
{
    int from = 0;
    int to = 0;
    QString note;
};

/// Kong's upgrade-path rules per edition (data from resources/paths) and the planner.
class UpgradePath
{
public:
    /// The embedded rules (:/paths/upgrade-paths.yaml).
    static Result<UpgradePath> loadEmbedded();
    /// Rules from YAML text; `fileName` names it in errors.
    static Result<UpgradePath> fromYaml(const QByteArray &yaml, const QString &fileName);

    /// The hops from `from` to `to`, or an Error (kind Unsupported) when no path is allowed.
    Result<UpgradePlan> plan(const KongVersion &from, const KongVersion &to, Edition edition) const;
    /// Semver class of from → to (Enterprise's 4th part counts as patch).
    static UpgradeKind classify(const KongVersion &from, const KongVersion &to);
    /// Enterprise when either version is 4-part or carries the enterprise suffix.
    static Edition guessEdition(const KongVersion &from, const KongVersion &to);

    /// Plugins Kong bundles (any 1.x/2.x release), for telling custom plugins apart.
    const QStringList &bundledPlugins() const { return m_bundledPlugins; }
    const EditionRules &rules(Edition edition) const { return edition == Edition::Oss ? m_oss : m_enterprise; }

    // filled by the loader
    EditionRules m_oss;
    EditionRules m_enterprise;
    QList<MajorWarning> m_majorWarnings;
    QStringList m_bundledPlugins;

private:
    Status chain(const PathStop &from, const PathStop &to, Edition edition, const QString &extraNote,
                 QList<UpgradeHop> &hops, int depth) const;
    UpgradeHop makeHop(const PathStop &from, const PathStop &to, const EditionRules &rules,
                       const PathRule *rule) const;
};

} // namespace kuw::core
