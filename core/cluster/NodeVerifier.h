// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/AdminApiTypes.h"
#include "session/Checkpoints.h"
#include "versions/KongVersion.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace kuw::core {

class AdminApiClient;
class Catalog;
struct SchemaState;

/// What the nodes of each side must report during a blue-green cutover.
struct NodeExpectations
{
    KongVersion oldVersion;    ///< old nodes: same major.minor (any patch: patches add no migrations)
    KongVersion targetVersion; ///< new nodes: same major.minor
    QString database;          ///< the datastore's database name (pg_database)
    QString host;              ///< as the wizard connects: only compared to give a hint
    int port = 5432;
    DeploymentKind kind = DeploymentKind::Traditional;
};

/// The verdict on one node from `GET /` and `GET /status`.
struct NodeCheck
{
    CutoverNode node;
    std::optional<NodeInfo> info;
    std::optional<NodeStatus> status;
    std::optional<AdminApiError> error; ///< the first call that failed
    bool versionOk = false;
    bool databaseReachable = false;
    bool sameDatastore = false; ///< pg_database (and role) as expected; always false for old nodes
    QStringList problems;       ///< one line each, with the remedy; empty = passed
    QStringList notes;          ///< worth knowing, not failing (e.g. pg_host differs from ours)

    bool ok() const { return problems.isEmpty(); }
};

/// The Data Planes a Control Plane lists, judged against the target version.
struct DataPlaneCheck
{
    QUrl controlPlane;
    QList<DataPlane> dataPlanes;
    std::optional<AdminApiError> error;
    QStringList problems;
    QStringList notes;          ///< e.g. where the list came from when not from the Admin API
    bool fromDatastore = false; ///< read from clustering_data_planes (the Admin API failed)
    bool ok() const { return problems.isEmpty(); }
};

/// Pure rules (testable without a network): judge a node from its answers.
NodeCheck evaluateNode(const CutoverNode &node, const ApiResult<NodeInfo> &info,
                       const std::optional<ApiResult<NodeStatus>> &status, const NodeExpectations &expect);
DataPlaneCheck evaluateDataPlanes(const QUrl &controlPlane, const ApiResult<QList<DataPlane>> &planes,
                                  const KongVersion &target);
/// The newest catalog release ≤ target whose core migrations all appear as executed in
/// `state` (read before `up`): the version the old nodes run. Invalid when none fits.
KongVersion inferOldVersion(const SchemaState &state, const Catalog &catalog);

/// Verifies the cutover nodes asynchronously (`GET /` then `GET /status` on each, all nodes at
/// once); for hybrid Control Planes also `GET /clustering/data-planes`. Never blocks; lives in
/// the thread that uses it.
class NodeVerifier : public QObject
{
    Q_OBJECT

  public:
    explicit NodeVerifier(QObject *parent = nullptr);
    AdminApiClient *client() const { return m_client; }

    /// Starts a round (aborting one in flight). finished() follows, also for an empty list.
    void verify(const QList<CutoverNode> &nodes, const NodeExpectations &expect);
    void verifyDataPlanes(const QUrl &controlPlane, const KongVersion &target);
    bool isRunning() const { return m_pending > 0; }

  Q_SIGNALS:
    void nodeChecked(int index, const kuw::core::NodeCheck &check);
    void finished(const QList<kuw::core::NodeCheck> &checks);
    void dataPlanesChecked(const kuw::core::DataPlaneCheck &check);

  private:
    void done(int generation, int index, const NodeCheck &check);

    AdminApiClient *m_client = nullptr;
    QList<NodeCheck> m_checks;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace kuw::core
