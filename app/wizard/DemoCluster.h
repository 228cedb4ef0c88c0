// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/SimulatedKongNode.h"
#include "db/ConnectionSettings.h"
#include "session/Checkpoints.h"

#include <QObject>

#include <memory>
#include <vector>

namespace kuw::ui {
class CheckpointsPage;
}

namespace kuw::app {

/// `--demo`: SIMULATED old and new Kong nodes on loopback for the cutover page. Two old nodes at
/// the demo's start version and two new ones at the target serve 200 req/s; the traffic follows
/// the stages the page announces; at 100 % the old nodes serve nothing, so the decommission
/// check (idle for the period, shortened to 5 s in the demo) can be seen passing.
class DemoCluster : public QObject
{
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;
    /// Starts the nodes (reporting the demo datastore as theirs) and wires them to `page`.
    /// False if a port fails.
    bool start(const QString &oldVersion, const QString &newVersion, const core::ConnectionSettings &datastore,
               ui::CheckpointsPage *page);
    QList<core::CutoverNode> nodes() const;

private:
    void stage(int percent);
    std::vector<std::unique_ptr<core::SimulatedKongNode>> m_old, m_new;
};

} // namespace kuw::app
