// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCluster.h"

#include "pages/CheckpointsPage.h"

#include <QSpinBox>

namespace kuw::app {
namespace {
constexpr double DemoRate = 200; // req/s over the whole demo cluster
}

DemoCluster::DemoCluster(QObject *parent) : QObject(parent) {}

DemoCluster::~DemoCluster() = default;

bool DemoCluster::start(const QString &oldVersion, const QString &newVersion, const core::ConnectionSettings &datastore,
                        ui::CheckpointsPage *page)
{
    for (int i = 1; i <= 2; ++i) {
        m_old.push_back(std::make_unique<core::SimulatedKongNode>(QStringLiteral("old-%1").arg(i), oldVersion));
        m_new.push_back(std::make_unique<core::SimulatedKongNode>(QStringLiteral("new-%1").arg(i), newVersion));
    }
    for (auto *side : {&m_old, &m_new})
        for (auto &n : *side) {
            n->setDatastore(datastore.host, datastore.port, datastore.database);
            if (!n->start())
                return false;
        }
    stage(0);
    page->setNodes(nodes());
    page->setMonitorInterval(std::chrono::milliseconds(1000));
    page->decommissionPeriod()->setValue(5); // a demo cannot wait the production default
    connect(page, &ui::CheckpointsPage::stageStarted, this, &DemoCluster::stage);
    return true;
}

QList<core::CutoverNode> DemoCluster::nodes() const
{
    QList<core::CutoverNode> out;
    for (const auto &n : m_old)
        out.append({n->adminUrl(), false});
    for (const auto &n : m_new)
        out.append({n->adminUrl(), true});
    return out;
}

void DemoCluster::stage(int percent)
{
    QList<core::SimulatedKongNode *> oldNodes, newNodes;
    for (const auto &n : m_old)
        oldNodes << n.get();
    for (const auto &n : m_new)
        newNodes << n.get();
    core::applySimulatedTrafficStage(DemoRate, percent, oldNodes, newNodes);
}

} // namespace kuw::app
