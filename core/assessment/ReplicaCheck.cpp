// SPDX-License-Identifier: GPL-3.0-or-later
// The `pg_ro_*` read replica: reachable, a standby, and not lagging behind the primary.
#include "ReplicaCheck.h"

#include "CheckContext.h"
#include "ReadOnlySession.h"

#include "config/KongConfig.h"
#include "db/ConnectionSettings.h"
#include "db/PgConnection.h"
#include "util/Redactor.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

namespace {

const QString kReplicaGuide = QStringLiteral("https://docs.konghq.com/gateway/2.8.x/reference/configuration/#pg_ro_host");

} // namespace

std::optional<ConnectionSettings> replicaSettings(const KongConfig &config)
{
    if (config.string(QStringLiteral("pg_ro_host")).isEmpty())
        return std::nullopt;
    auto primary = ConnectionSettings::fromConfig(config);
    if (!primary)
        return std::nullopt;
    ConnectionSettings s = *primary;
    auto take = [&](const char *key, auto apply) {
        if (const auto v = config.get(QLatin1String(key)); v && !v->isEmpty())
            apply(*v);
    };
    take("pg_ro_host", [&](const QString &v) { s.host = v; });
    take("pg_ro_port", [&](const QString &v) { s.port = v.toInt(); });
    take("pg_ro_database", [&](const QString &v) { s.database = v; });
    take("pg_ro_user", [&](const QString &v) { s.user = v; });
    take("pg_ro_password", [&](const QString &v) { s.password = v; Redactor::addSecret(v); });
    take("pg_ro_schema", [&](const QString &v) { s.schema = v; });
    take("pg_ro_timeout", [&](const QString &v) { s.connectTimeoutMs = v.toInt(); });
    take("pg_ro_ssl", [&](const QString &) { s.ssl = config.boolean(QStringLiteral("pg_ro_ssl")); });
    take("pg_ro_ssl_verify", [&](const QString &) { s.sslVerify = config.boolean(QStringLiteral("pg_ro_ssl_verify")); });
    s.applicationName = QStringLiteral("kong-upgrade-wizard (replica check)");
    return s;
}

ReplicaObservation observeReplica(const ConnectionSettings &replica, const QString &primarySystemId)
{
    ReplicaObservation o;
    o.target = replica.toString();
    auto conn = openReadOnlySession(replica);
    if (!conn) {
        o.error = conn.error();
        return o;
    }
    auto r = (*conn)->exec(QStringLiteral(
        "SELECT pg_is_in_recovery(), "
        "CASE WHEN pg_is_in_recovery() THEN extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END, "
        "CASE WHEN pg_is_in_recovery() THEN pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint END, "
        "EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')"));
    if (!r) {
        o.error = r.error();
        return o;
    }
    o.inRecovery = r->boolean(0, 0);
    if (!r->isNull(0, 1))
        o.replayLagSeconds = r->value(0, 1).toDouble();
    if (!r->isNull(0, 2))
        o.replayLagBytes = r->integer(0, 2);
    o.streaming = r->boolean(0, 3);
    if (!o.inRecovery && !primarySystemId.isEmpty()) {
        auto id = (*conn)->exec(QStringLiteral("SELECT system_identifier::text FROM pg_control_system()"));
        o.samePrimary = id && id->value(0, 0) == primarySystemId;
    }
    return o;
}

std::optional<Finding> replicaFinding(const ReplicaObservation &o, const ReplicaThresholds &t)
{
    if (o.error) {
        return Finding{QStringLiteral("replica.unreachable"), Severity::Warning,
                       Text::tr("The pg_ro_* read replica cannot be reached"),
                       QStringLiteral("%1: %2").arg(o.target, o.error->message),
                       Text::tr("Nodes read through pg_ro_*: fix the replica (or unset pg_ro_host) before the "
                                      "upgrade, or reads fail on every node that starts"),
                       kReplicaGuide};
    }
    if (!o.inRecovery) {
        if (o.samePrimary)
            return std::nullopt; // pg_ro_* names the primary itself: harmless
        return Finding{QStringLiteral("replica.not_a_standby"), Severity::Warning,
                       Text::tr("pg_ro_* points at a server that is not a standby of the datastore"),
                       Text::tr("%1 is not in recovery (pg_is_in_recovery() = false) and is not the primary").arg(o.target),
                       Text::tr("Point pg_ro_* at a streaming standby of the primary; a separate primary serves "
                                      "other data, which the migrations will not update"),
                       kReplicaGuide};
    }
    const qint64 bytes = o.replayLagBytes.value_or(0);
    // An idle primary makes the replay timestamp age without any real lag: only WAL that is
    // still waiting to be replayed, or a stopped receiver, makes the age meaningful.
    const bool late = o.replayLagSeconds && *o.replayLagSeconds > t.seconds && (bytes > 0 || !o.streaming);
    if (bytes <= t.bytes && !late && o.streaming)
        return std::nullopt;
    QStringList evidence{o.target};
    if (o.replayLagSeconds)
        evidence << Text::tr("last replayed transaction %1 s ago").arg(*o.replayLagSeconds, 0, 'f', 1);
    else
        evidence << Text::tr("no transaction replayed yet");
    if (o.replayLagBytes)
        evidence << Text::tr("%1 bytes of WAL received but not replayed").arg(bytes);
    if (!o.streaming)
        evidence << Text::tr("no WAL receiver is streaming");
    return Finding{QStringLiteral("replica.lagging"), Severity::Warning,
                   Text::tr("The pg_ro_* read replica lags behind the primary"),
                   evidence.join(QStringLiteral("; ")),
                   Text::tr("Nodes would read an older schema and data from it during and after the migrations: "
                                  "fix replication first (or unset pg_ro_host for the upgrade window)"),
                   kReplicaGuide};
}

void checkReplica(const CheckContext &ctx, QList<Finding> &out)
{
    const auto settings = replicaSettings(ctx.config);
    if (!settings)
        return;
    QString systemId;
    if (ctx.conn) {
        if (auto id = ctx.conn->exec(QStringLiteral("SELECT system_identifier::text FROM pg_control_system()")))
            systemId = id->value(0, 0);
    }
    if (auto f = replicaFinding(observeReplica(*settings, systemId)))
        out << *f;
}

} // namespace kuw::core
