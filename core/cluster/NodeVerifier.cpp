// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/NodeVerifier.h"

#include "cluster/AdminApiClient.h"
#include "migrations/Catalog.h"
#include "migrations/SchemaState.h"

#include <QSet>

#include <algorithm>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Cutover)
};
} // namespace
namespace {

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
           || host.startsWith(QLatin1Char('/')); // a unix socket directory: local too
}

QString side(const CutoverNode &node)
{
    return node.isNew ? QStringLiteral("new") : QStringLiteral("old");
}

} // namespace

NodeCheck evaluateNode(const CutoverNode &node, const ApiResult<NodeInfo> &info,
                       const std::optional<ApiResult<NodeStatus>> &status, const NodeExpectations &expect)
{
    NodeCheck c;
    c.node = node;
    if (!info) {
        c.error = info.error();
        c.problems << Text::tr("GET / failed: %1 %2").arg(info.error().message, info.error().remedy).trimmed();
        return c;
    }
    c.info = *info;
    const KongVersion want = node.isNew ? expect.targetVersion : expect.oldVersion;
    const auto have = KongVersion::parse(info->version);
    c.versionOk = have && (!want.isValid() || have->sameMinor(want));
    if (!have)
        c.problems << Text::tr("The node reports version \"%1\", which is not a Kong version.").arg(info->version);
    else if (!c.versionOk)
        c.problems << Text::tr("Version %1, but the %2 cluster must run %3.x: %4")
                          .arg(info->version, side(node), QStringLiteral("%1.%2").arg(want.major()).arg(want.minor()),
                               node.isNew ? Text::tr("start the new nodes with the target Kong release.")
                                          : Text::tr("this URL is not an old node; check the list."));

    const QString wantRole = expect.kind == DeploymentKind::Hybrid ? QStringLiteral("control_plane") : QStringLiteral("traditional");
    if (info->role != wantRole)
        c.problems << Text::tr("Role %1, expected %2: list the %3 here.")
                          .arg(info->role, wantRole,
                               expect.kind == DeploymentKind::Hybrid ? Text::tr("Control Plane Admin APIs")
                                                                     : Text::tr("traditional nodes' Admin APIs"));
    if (node.isNew) {
        c.sameDatastore = info->database == QLatin1String("postgres") && info->pgDatabase == expect.database;
        if (info->database != QLatin1String("postgres"))
            c.problems << Text::tr("database = %1: the new nodes must use PostgreSQL (the same datastore).")
                              .arg(info->database.isEmpty() ? QStringLiteral("(none)") : info->database);
        else if (info->pgDatabase != expect.database)
            c.problems << Text::tr("pg_database = %1, but the datastore being upgraded is %2: point the new "
                                         "nodes at the same database.").arg(info->pgDatabase, expect.database);
        if (c.sameDatastore && (info->pgPort != expect.port ||
                                (info->pgHost != expect.host && !(isLoopback(info->pgHost) && isLoopback(expect.host)))))
            c.notes << Text::tr("The node connects to %1:%2, the wizard to %3:%4: make sure that is the same server.")
                           .arg(info->pgHost).arg(info->pgPort).arg(expect.host).arg(expect.port);
    }

    if (!status) {
        c.problems << Text::tr("GET /status was not asked.");
        return c;
    }
    if (!*status) {
        c.error = status->error();
        c.problems << Text::tr("GET /status failed: %1 %2").arg(status->error().message, status->error().remedy).trimmed();
        return c;
    }
    c.status = status->value();
    c.databaseReachable = status->value().databaseReachable;
    if (!c.databaseReachable)
        c.problems << Text::tr("/status says the database is not reachable from this node: check its pg_* settings "
                                     "and the network to PostgreSQL.");
    return c;
}

DataPlaneCheck evaluateDataPlanes(const QUrl &controlPlane, const ApiResult<QList<DataPlane>> &planes,
                                  const KongVersion &target)
{
    DataPlaneCheck c;
    c.controlPlane = controlPlane;
    if (!planes) {
        c.error = planes.error();
        c.problems << Text::tr("GET /clustering/data-planes failed: %1 %2").arg(planes.error().message, planes.error().remedy).trimmed();
        return c;
    }
    c.dataPlanes = *planes;
    if (c.dataPlanes.isEmpty())
        c.problems << Text::tr("No Data Plane is connected to the new Control Plane yet: start Data Planes of the "
                                     "target version with cluster_control_plane pointing at it.");
    for (const DataPlane &dp : c.dataPlanes) {
        const auto v = KongVersion::parse(dp.version);
        if (!v || !v->sameMinor(target))
            c.problems << Text::tr("Data Plane %1 runs %2: upgrade it to %3.%4.x.")
                              .arg(dp.hostname.isEmpty() ? dp.id : dp.hostname,
                                   dp.version.isEmpty() ? Text::tr("an unknown version") : dp.version)
                              .arg(target.major()).arg(target.minor());
    }
    return c;
}

KongVersion inferOldVersion(const SchemaState &state, const Catalog &catalog)
{
    const SubsystemEntry *core = catalog.subsystem(QStringLiteral("core"));
    QSet<QString> executed;
    for (const SubsystemState &s : state.subsystems)
        if (s.name == QLatin1String("core"))
            executed = QSet<QString>(s.executed.cbegin(), s.executed.cend());
    if (!core || executed.isEmpty())
        return {};
    KongVersion found;
    for (const KongVersion &v : catalog.versions()) {
        if (state.target.isValid() && v > state.target)
            break;
        const auto migrations = core->migrationsAt(v);
        if (std::all_of(migrations.cbegin(), migrations.cend(), [&](const MigrationEntry *m) { return executed.contains(m->name); }))
            found = v;
    }
    return found;
}

NodeVerifier::NodeVerifier(QObject *parent) : QObject(parent), m_client(new AdminApiClient(this)) {}

void NodeVerifier::verify(const QList<CutoverNode> &nodes, const NodeExpectations &expect)
{
    const int generation = ++m_generation;
    m_client->abortAll(); // late callbacks of an earlier round see a stale generation
    m_checks = QList<NodeCheck>(nodes.size());
    m_pending = int(nodes.size());
    if (nodes.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished({});
        }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < nodes.size(); ++i) {
        const CutoverNode node = nodes.at(i);
        m_client->fetchInfo(node.url, this, [=, this](const ApiResult<NodeInfo> &info) {
            if (generation != m_generation)
                return;
            if (!info)
                return done(generation, i, evaluateNode(node, info, std::nullopt, expect));
            m_client->fetchStatus(node.url, this, [=, this](const ApiResult<NodeStatus> &status) {
                done(generation, i, evaluateNode(node, info, status, expect));
            });
        });
    }
}

void NodeVerifier::done(int generation, int index, const NodeCheck &check)
{
    if (generation != m_generation)
        return;
    m_checks[index] = check;
    Q_EMIT nodeChecked(index, check);
    if (--m_pending == 0)
        Q_EMIT finished(m_checks);
}

void NodeVerifier::verifyDataPlanes(const QUrl &controlPlane, const KongVersion &target)
{
    m_client->fetchDataPlanes(controlPlane, this, [=, this](const ApiResult<QList<DataPlane>> &planes) {
        Q_EMIT dataPlanesChecked(evaluateDataPlanes(controlPlane, planes, target));
    });
}

} // namespace kuw::core
