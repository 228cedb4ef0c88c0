// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoDatastore.h"
#include "cluster/TrafficMonitor.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace kuw::core {

class SimulatedKongNode;

/// A whole demo: the embedded datastore plus SIMULATED Kong nodes on loopback — an "old"
/// cluster reporting the start version and a "new" one reporting the target — whose request
/// split follows the traffic stage of a blue-green cutover.
/** Lives in one thread with an event loop (the nodes serve HTTP there); nothing blocks but
 *  prepare()'s worker. Destruction stops the nodes, then the datastore goes (unless kept). */
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Prepared
    {
        std::shared_ptr<DemoDatastore> datastore;
        std::optional<Error> error;
        /// Phase → milliseconds: loading the catalog, then the datastore's timings().
        QList<QPair<QString, qint64>> timings;
    };
    /// Prepares the datastore on a worker thread; `log` is called on that thread.
    static QFuture<Prepared> prepare(const DemoOptions &options, const DemoLog &log = {});

    DemoEnvironment(std::shared_ptr<DemoDatastore> datastore, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    /// Starts `oldCount` + `newCount` nodes at stage 0 % (all traffic on the old cluster).
    Status startNodes(int oldCount = 2, int newCount = 2);
    void stopNodes();

    /// Sends `newSharePercent` % of the traffic to the new cluster (0–100).
    void setTrafficStage(double newSharePercent);
    double trafficStage() const { return m_stage; }
    /// Total proxied requests per second over both clusters (default 200).
    void setRequestRate(double perSecond);
    /// The new cluster answers 20 % of its requests with 5xx while on.
    void setMisbehaving(bool on);
    bool misbehaving() const { return m_misbehaving; }
    /// Stops the old cluster's nodes (after a full cutover, before 'finish').
    void retireOldNodes();

    DemoDatastore &datastore() const { return *m_datastore; }
    std::shared_ptr<DemoDatastore> datastoreHandle() const { return m_datastore; }
    QList<SimulatedKongNode *> oldNodes() const { return m_old; }
    QList<SimulatedKongNode *> newNodes() const { return m_new; }
    /// Every node, for a TrafficMonitor (old first).
    QList<MonitoredNode> monitoredNodes() const;

private:
    void applyStage();

    std::shared_ptr<DemoDatastore> m_datastore;
    QList<SimulatedKongNode *> m_old, m_new;
    double m_stage = 0;
    double m_rate = 200;
    bool m_misbehaving = false;
};

} // namespace kuw::core

Q_DECLARE_METATYPE(kuw::core::DemoEnvironment::Prepared)
