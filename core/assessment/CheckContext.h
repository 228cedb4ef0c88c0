// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "SchemaLevel.h"
#include "migrations/SchemaState.h"
#include "schema/DatastoreStatus.h"
#include "versions/UpgradePath.h"

#include <QList>

#include <optional>

namespace kuw::core {

class Catalog;
class KongConfig;
class PgConnection;

/// Everything a check may look at; built once per assessment (read-only session).
struct CheckContext
{
    PgConnection *conn = nullptr;      ///< null for config-only checks (Cassandra, DB-less)
    const KongConfig &config;
    const Catalog &catalog;
    const UpgradePath &paths;
    KongVersion target;
    Edition edition = Edition::Oss;
    std::optional<KongVersion> from;   ///< the running Kong version, when the user knows it
    DatastoreStatus status;
    SchemaState state;                 ///< at target, with the configured `plugins`
    SchemaLevel level;

    /// Whether a table exists in the Kong schema (false on query errors).
    bool tableExists(const QString &table) const;
    bool columnExists(const QString &table, const QString &column) const;
    /// The source version for path planning: `from`, else the lowest release of the schema level.
    std::optional<KongVersion> source() const;
    /// True when `subsystem/name` is recorded executed (a pending or absent one still has to run).
    bool executed(const QString &subsystem, const QString &name) const;
};

/// The check groups (each file holds one group); each appends its findings.
void checkConfig(const CheckContext &ctx, QList<Finding> &out);     ///< ConfigChecks.cpp
void checkSchema(const CheckContext &ctx, QList<Finding> &out);     ///< SchemaChecks.cpp
void checkLock(const CheckContext &ctx, QList<Finding> &out);       ///< LockChecks.cpp
void checkHybrid(const CheckContext &ctx, QList<Finding> &out);     ///< HybridChecks.cpp
void checkPlugins(const CheckContext &ctx, QList<Finding> &out);    ///< PluginChecks.cpp
void checkServer(const CheckContext &ctx, QList<Finding> &out);     ///< ServerChecks.cpp
void checkAuth(const CheckContext &ctx, QList<Finding> &out);       ///< AuthChecks.cpp
void checkData(const CheckContext &ctx, QList<Finding> &out);       ///< DataChecks.cpp
void checkReplica(const CheckContext &ctx, QList<Finding> &out);    ///< ReplicaCheck.cpp (pg_ro_*)
void checkPortal(const CheckContext &ctx, QList<Finding> &out);     ///< PortalCheck.cpp

/// Links into the upgrade guides, for findings.
namespace guide {
inline const QString kOssUpgrade = QStringLiteral("https://github.com/Kong/kong/blob/2.8.0/UPGRADE.md");
inline const QString kMigrations = QStringLiteral("https://docs.konghq.com/gateway/2.8.x/reference/cli/#kong-migrations");
inline const QString kHybrid = QStringLiteral("https://docs.konghq.com/gateway/2.8.x/plan-and-deploy/hybrid-mode/#version-compatibility");
inline const QString kEnterprise = QStringLiteral("https://docs.konghq.com/gateway/2.8.x/install-and-run/upgrade-enterprise/");
inline const QString kPostgres = QStringLiteral("https://docs.konghq.com/gateway/2.8.x/install-and-run/upgrade-oss/");
} // namespace guide

} // namespace kuw::core
