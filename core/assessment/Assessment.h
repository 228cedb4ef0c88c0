// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "RunningNodes.h"
#include "Result.h"
#include "SchemaLevel.h"
#include "schema/DatastoreStatus.h"
#include "versions/UpgradePath.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace kuw::core {

class Catalog;
class KongConfig;
class PgConnection;

struct AssessmentOptions
{
    KongVersion target;                    ///< invalid = the catalog's newest release
    std::optional<Edition> edition;        ///< unset = guessed from the versions
    std::optional<KongVersion> from;       ///< the running Kong version, if known
    QList<NodeObservation> nodes;          ///< probeNodes() of the URLs the user gave
    QStringList helmReleases;              ///< "[namespace/]release", in upgrade order
};

/// The preflight assessment of one datastore for one target (shared by check, diagnose and
/// the wizard's Assessment page).
struct Assessment
{
    KongVersion target;
    Edition edition = Edition::Oss;
    bool connected = false;                ///< false: config-only (Cassandra, DB-less)
    DatastoreStatus status;
    SchemaLevel level;
    QList<Finding> findings;               ///< blockers first
    QList<NodeObservation> nodes;          ///< what the running nodes said

    bool hasBlocker() const { return kuw::core::hasBlocker(findings); }
    /// The finding with this id (nullptr when the check did not fire).
    const Finding *finding(const QString &id) const;
    QJsonObject toJson() const;
    QString toText() const;
};

/// Whether the configuration names a datastore we can connect to (postgres).
bool assessmentNeedsConnection(const KongConfig &config);

/// Runs every check. `conn` may be null only when assessmentNeedsConnection() is false.
/** Read-only: open `conn` with openReadOnlySession(). Blocks; run it on a worker thread. */
Result<Assessment> runAssessment(PgConnection *conn, const KongConfig &config, const Catalog &catalog,
                                 const UpgradePath &paths, const AssessmentOptions &options);

} // namespace kuw::core
