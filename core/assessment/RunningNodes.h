// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "cluster/AdminApiTypes.h"

#include "versions/KongVersion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace kuw::core {

struct CheckContext;

/// What one Admin API URL said to `GET /` (or why it said nothing).
struct NodeObservation
{
    QUrl url;
    std::optional<NodeInfo> info;
    std::optional<AdminApiError> error;

    QString versionText() const { return info ? info->version : QString(); }
    bool enterprise() const { return info && info->edition == NodeInfo::Edition::Enterprise; }
    QJsonObject toJson() const;
};

struct NodeProbeOptions
{
    std::chrono::milliseconds timeout{5000};
    QString caFile;          ///< extra PEM CA for https Admin APIs
    QByteArray adminToken;   ///< Enterprise RBAC; never logged
};

/// Asks every URL for `GET /` in parallel and waits for all answers (a local event loop in
/// the calling thread: call it from the CLI's main thread or a worker, never the UI thread).
QList<NodeObservation> probeNodes(const QList<QUrl> &urls, const NodeProbeOptions &options = {});

/// The version the nodes agree on (non-data-plane nodes that answered), when they all agree.
std::optional<KongVersion> agreedNodeVersion(const QList<NodeObservation> &nodes);
bool anyEnterpriseNode(const QList<NodeObservation> &nodes);

/// Findings that explain what the nodes say against the datastore: unreachable nodes, mixed
/// versions, nodes that use another datastore, a schema behind the nodes (`up` never run for
/// their version) or ahead of them (an upgrade between `up` and `finish`, or finished early).
void reconcileNodes(const CheckContext &ctx, const QList<NodeObservation> &nodes, QList<Finding> &out);

QJsonArray nodesToJson(const QList<NodeObservation> &nodes);

} // namespace kuw::core
