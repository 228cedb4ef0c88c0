// SPDX-License-Identifier: GPL-3.0-or-later
// Running-node detection (Admin API `GET /`) and its reconciliation with the datastore.
#include "RunningNodes.h"

#include "CheckContext.h"

#include "cluster/AdminApiClient.h"
#include "config/KongConfig.h"
#include "migrations/Catalog.h"

#include <QEventLoop>
#include <algorithm>
#include <QJsonObject>
#include <QMap>

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

QString editionText(const NodeInfo &info)
{
    return info.edition == NodeInfo::Edition::Enterprise ? QStringLiteral("enterprise") : QStringLiteral("oss");
}

QString describe(const NodeObservation &n)
{
    const QString url = n.url.toDisplayString(QUrl::RemoveUserInfo);
    if (!n.info)
        return Text::tr("%1: no answer (%2)").arg(url, n.error ? n.error->message : Text::tr("not asked"));
    return Text::tr("%1: Kong %2 (%3), role %4, host %5")
        .arg(url, n.info->version, editionText(*n.info), n.info->role.isEmpty() ? QStringLiteral("traditional") : n.info->role,
             n.info->hostname);
}

bool isDataPlane(const NodeObservation &n) { return n.info && n.info->role == QLatin1String("data_plane"); }

/// Whether a node's datastore is the one assessed: same database name and schema (the host
/// can be spelled many ways — localhost, an IP, a service name — so it is shown, not compared).
bool sameDatastore(const NodeObservation &n, const CheckContext &ctx, QString *why)
{
    const NodeInfo &i = *n.info;
    if (!i.database.isEmpty() && i.database != QLatin1String("postgres")) {
        *why = Text::tr("database = %1").arg(i.database);
        return false;
    }
    if (!i.pgDatabase.isEmpty() && !ctx.status.database.isEmpty() && i.pgDatabase != ctx.status.database) {
        *why = Text::tr("pg_database = %1 on %2:%3, this report reads %4").arg(i.pgDatabase, i.pgHost).arg(i.pgPort).arg(ctx.status.database);
        return false;
    }
    const QString nodeSchema = i.pgSchema.isEmpty() ? QStringLiteral("public") : i.pgSchema;
    if (!ctx.status.schema.isEmpty() && nodeSchema != ctx.status.schema) {
        *why = Text::tr("pg_schema = %1, this report reads %2").arg(nodeSchema, ctx.status.schema);
        return false;
    }
    return true;
}

} // namespace

QJsonObject NodeObservation::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url.toDisplayString(QUrl::RemoveUserInfo)},
                  {QStringLiteral("reachable"), info.has_value()}};
    if (info) {
        o.insert(QStringLiteral("version"), info->version);
        o.insert(QStringLiteral("edition"), editionText(*info));
        o.insert(QStringLiteral("role"), info->role);
        o.insert(QStringLiteral("hostname"), info->hostname);
        o.insert(QStringLiteral("database"), info->database);
        o.insert(QStringLiteral("pg_database"), info->pgDatabase);
    }
    if (error) {
        o.insert(QStringLiteral("error"), error->message);
        o.insert(QStringLiteral("error_kind"), AdminApiError::kindName(error->kind));
    }
    return o;
}

QJsonArray nodesToJson(const QList<NodeObservation> &nodes)
{
    QJsonArray a;
    for (const NodeObservation &n : nodes)
        a.append(n.toJson());
    return a;
}

QList<NodeObservation> probeNodes(const QList<QUrl> &urls, const NodeProbeOptions &options)
{
    QList<NodeObservation> out;
    for (const QUrl &u : urls)
        out << NodeObservation{u, std::nullopt, std::nullopt};
    if (urls.isEmpty())
        return out;
    AdminApiClient client;
    client.setTimeout(options.timeout);
    client.setAdminToken(options.adminToken);
    if (!options.caFile.isEmpty()) {
        if (auto e = client.setCaFile(options.caFile)) {
            for (NodeObservation &n : out)
                n.error = *e;
            return out;
        }
    }
    QEventLoop loop;
    int left = int(urls.size());
    for (int i = 0; i < urls.size(); ++i) {
        client.fetchInfo(urls[i], &loop, [&out, &left, &loop, i](const ApiResult<NodeInfo> &r) {
            if (r.ok())
                out[i].info = r.value();
            else
                out[i].error = r.error();
            if (--left == 0)
                loop.quit();
        });
    }
    loop.exec(); // every call ends by the transfer timeout at the latest
    return out;
}

std::optional<KongVersion> agreedNodeVersion(const QList<NodeObservation> &nodes)
{
    std::optional<KongVersion> agreed;
    for (const NodeObservation &n : nodes) {
        if (!n.info || isDataPlane(n))
            continue;
        const auto v = KongVersion::parse(n.info->version);
        if (!v)
            return std::nullopt;
        if (agreed && !(*agreed == *v))
            return std::nullopt;
        agreed = v;
    }
    return agreed;
}

bool anyEnterpriseNode(const QList<NodeObservation> &nodes)
{
    return std::any_of(nodes.begin(), nodes.end(), [](const NodeObservation &n) { return n.enterprise(); });
}

void reconcileNodes(const CheckContext &ctx, const QList<NodeObservation> &nodes, QList<Finding> &out)
{
    if (nodes.isEmpty())
        return;
    const QString link = guide::kMigrations;
    QStringList all, unreachable;
    QMap<QString, QStringList> byVersion; // version → hosts (DPs included: they must match too)
    for (const NodeObservation &n : nodes) {
        all << describe(n);
        if (!n.info) {
            unreachable << describe(n) + (n.error && !n.error->detail.isEmpty() && n.error->detail != n.error->message
                                               ? QStringLiteral(" — ") + n.error->detail : QString());
            continue;
        }
        byVersion[n.info->version] << n.info->hostname;
    }
    out << Finding{QStringLiteral("nodes.detected"), Severity::Info,
                   Text::tr("Running Kong nodes (Admin API GET /)"), all.join(QLatin1Char('\n')),
                   Text::tr("Compare these versions with the schema level; every node must run the version "
                                  "whose migrations the datastore holds"),
                   link};
    if (!unreachable.isEmpty()) {
        const NodeObservation *first = nullptr;
        for (const NodeObservation &n : nodes)
            if (!n.info && !first)
                first = &n;
        out << Finding{QStringLiteral("nodes.unreachable"), Severity::Warning,
                       Text::tr("%1 node(s) did not answer on the Admin API").arg(unreachable.size()),
                       unreachable.join(QLatin1Char('\n')),
                       first && first->error ? first->error->remedy : Text::tr("Check the Admin API URL"), link};
    }
    if (byVersion.size() > 1) {
        QStringList lines;
        for (auto it = byVersion.begin(); it != byVersion.end(); ++it)
            lines << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
        out << Finding{QStringLiteral("nodes.mixed_versions"), Severity::Warning,
                       Text::tr("The nodes run %1 different Kong versions").arg(byVersion.size()),
                       lines.join(QLatin1Char('\n')),
                       Text::tr("Finish the rolling or blue-green upgrade in progress (or roll back) so every node "
                                      "runs one version before starting another upgrade"),
                       link};
    }

    // Schema against each version the (non-DP) nodes on this datastore run.
    if (!ctx.status.schemaMetaPresent)
        return;
    QStringList elsewhere;
    QMap<QString, QStringList> versionsHere;
    for (const NodeObservation &n : nodes) {
        if (!n.info || isDataPlane(n))
            continue;
        QString why;
        if (!sameDatastore(n, ctx, &why))
            elsewhere << QStringLiteral("%1 (%2)").arg(n.info->hostname, why);
        else
            versionsHere[n.info->version] << n.info->hostname;
    }
    if (!elsewhere.isEmpty()) {
        out << Finding{QStringLiteral("nodes.other_datastore"), Severity::Warning,
                       Text::tr("Some nodes use another datastore than the one assessed"),
                       elsewhere.join(QLatin1Char('\n')),
                       Text::tr("Give the configuration of the datastore these nodes use, or leave their URLs out"),
                       link};
    }
    const QStringList plugins = ctx.config.list(QStringLiteral("plugins"));
    for (auto it = versionsHere.begin(); it != versionsHere.end(); ++it) {
        const auto v = KongVersion::parse(it.key());
        if (!v)
            continue;
        const SchemaState at = SchemaState::derive(ctx.status, ctx.catalog, *v, plugins);
        const QString hosts = it.value().join(QStringLiteral(", "));
        QStringList fresh;
        for (const SubsystemState &s : at.subsystems)
            for (const QString &m : s.fresh)
                fresh << s.name + QLatin1Char('/') + m;
        if (!fresh.isEmpty()) {
            out << Finding{QStringLiteral("nodes.schema_behind"), Severity::Blocker,
                           Text::tr("Nodes run Kong %1 but the schema is at the %2 level: 'up' was never run for %1")
                               .arg(it.key(), ctx.level.toString()),
                           Text::tr("%1 report %2; migrations %2 expects and the datastore lacks: %3")
                               .arg(hosts, it.key(), fresh.join(QStringLiteral(", "))),
                           Text::tr("Plan the upgrade from the schema level (%1), not from the nodes' version: run "
                                          "'up' (and 'finish') for the hops from there; until then these nodes cannot restart")
                               .arg(ctx.level.toString()),
                           link};
        } else if (!at.newerMigrations.isEmpty()) {
            const bool inProgress = at.hasPending() || ctx.state.hasPending();
            out << Finding{QStringLiteral("nodes.schema_ahead"), inProgress ? Severity::Info : Severity::Warning,
                           inProgress ? Text::tr("Nodes run Kong %1 on a schema already migrated ('up') by a newer Kong: an "
                                                       "upgrade is between 'up' and 'finish'").arg(it.key())
                                      : Text::tr("Nodes run Kong %1 but a newer Kong migrated the schema (level %2)")
                                            .arg(it.key(), ctx.level.toString()),
                           Text::tr("%1 report %2; migrations newer than %2: %3")
                               .arg(hosts, it.key(), at.newerMigrations.join(QStringLiteral(", "))),
                           inProgress ? Text::tr("Move the traffic to the new nodes, stop these old ones, then run 'finish'")
                                      : Text::tr("These nodes are older than their schema ('finish' has run): replace them with "
                                                       "nodes of the version that migrated it"),
                           link};
        }
    }
}

} // namespace kuw::core
