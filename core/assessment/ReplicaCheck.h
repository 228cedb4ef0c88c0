// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Finding.h"
#include "db/ConnectionSettings.h"

#include <QString>

#include <optional>

namespace kuw::core {

class KongConfig;

/// What the `pg_ro_*` read replica looked like when asked (nginx workers read from it; the
/// migrations never touch it).
struct ReplicaObservation
{
    QString target;                       ///< host:port/db, password masked
    std::optional<Error> error;           ///< set when it could not be reached or queried
    bool inRecovery = false;              ///< a standby
    bool samePrimary = false;             ///< not a standby and the very server pg_* names
    std::optional<double> replayLagSeconds; ///< now() - pg_last_xact_replay_timestamp()
    std::optional<qint64> replayLagBytes;   ///< received but not yet replayed WAL
    bool streaming = true;                ///< a WAL receiver is running (standbys only)
};

/// Lag beyond which a standby serves data too old for an upgrade window.
struct ReplicaThresholds
{
    double seconds = 30.0;
    qint64 bytes = 16 * 1024 * 1024;
};

/// The pg_ro_* connection settings (each unset key inherits its pg_* value, as Kong does), or
/// nullopt when pg_ro_host is unset (no read replica configured).
std::optional<ConnectionSettings> replicaSettings(const KongConfig &config);

/// Connects read-only to the replica and measures it. `primarySystemId` (pg_control_system of
/// the primary, empty if unknown) tells "the primary itself" from "another primary".
ReplicaObservation observeReplica(const ConnectionSettings &replica, const QString &primarySystemId);

/// The finding for an observation (pure, for tests on measured values); nullopt = healthy.
std::optional<Finding> replicaFinding(const ReplicaObservation &o, const ReplicaThresholds &t = {});

} // namespace kuw::core
