// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEnvironment.h"

#include "cluster/SimulatedKongNode.h"
#include "migrations/Catalog.h"

#include <QElapsedTimer>
#include <QtConcurrent>

#include <algorithm>

namespace kuw::core {

QFuture<DemoEnvironment::Prepared> DemoEnvironment::prepare(const DemoOptions &options, const DemoLog &log)
{
    return QtConcurrent::run([options, log] {
        Prepared out;
        QElapsedTimer clock;
        clock.start();
        auto catalog = Catalog::loadEmbedded();
        out.timings.append({QStringLiteral("load catalog"), clock.elapsed()});
        if (!catalog) {
            out.error = catalog.error();
            return out;
        }
        auto ds = DemoDatastore::create(options, *catalog, log);
        if (!ds)
            out.error = ds.error();
        else
            out.datastore = std::shared_ptr<DemoDatastore>(std::move(*ds));
        if (out.datastore)
            out.timings += out.datastore->timings();
        return out;
    });
}

DemoEnvironment::DemoEnvironment(std::shared_ptr<DemoDatastore> datastore, QObject *parent)
    : QObject(parent), m_datastore(std::move(datastore))
{
}

DemoEnvironment::~DemoEnvironment()
{
    stopNodes();
}

Status DemoEnvironment::startNodes(int oldCount, int newCount)
{
    stopNodes();
    auto config = m_datastore->kongConfig();
    const QString role = config ? config->string(QStringLiteral("role"), QStringLiteral("traditional"))
                                : QStringLiteral("traditional");
    auto make = [&](const QString &name, const KongVersion &version) -> SimulatedKongNode * {
        auto *node = new SimulatedKongNode(name, version.toString(), this);
        node->setRole(role);
        node->setDatastore(QStringLiteral("127.0.0.1"), m_datastore->port(), QStringLiteral("kong"));
        if (!node->start()) {
            delete node;
            return nullptr;
        }
        return node;
    };
    for (int i = 1; i <= oldCount + newCount; ++i) {
        const bool isOld = i <= oldCount;
        const QString name = QStringLiteral("%1-%2").arg(isOld ? QStringLiteral("old") : QStringLiteral("new")).arg(isOld ? i : i - oldCount);
        SimulatedKongNode *node = make(name, isOld ? m_datastore->startVersion() : m_datastore->targetVersion());
        if (!node) {
            stopNodes();
            return Error::make(ErrorKind::Environment, QStringLiteral("Could not start the simulated Kong node '%1' on loopback").arg(name),
                               QStringLiteral("Check that 127.0.0.1 accepts listening sockets"));
        }
        (isOld ? m_old : m_new) << node;
    }
    applyStage();
    return {};
}

void DemoEnvironment::stopNodes()
{
    for (SimulatedKongNode *n : std::as_const(m_old) + m_new) {
        n->stop();
        delete n;
    }
    m_old.clear();
    m_new.clear();
}

void DemoEnvironment::setTrafficStage(double newSharePercent)
{
    m_stage = std::clamp(newSharePercent, 0.0, 100.0);
    applyStage();
}

void DemoEnvironment::setRequestRate(double perSecond)
{
    m_rate = std::max(0.0, perSecond);
    applyStage();
}

void DemoEnvironment::setMisbehaving(bool on)
{
    m_misbehaving = on;
    for (SimulatedKongNode *n : std::as_const(m_new))
        n->setMisbehaving(on);
}

void DemoEnvironment::retireOldNodes()
{
    for (SimulatedKongNode *n : std::as_const(m_old))
        n->stop();
}

QList<MonitoredNode> DemoEnvironment::monitoredNodes() const
{
    QList<MonitoredNode> out;
    for (SimulatedKongNode *n : m_old)
        out << MonitoredNode{n->adminUrl(), ClusterSide::Old, QStringLiteral("%1 (Kong %2)").arg(n->hostname(), n->version())};
    for (SimulatedKongNode *n : m_new)
        out << MonitoredNode{n->adminUrl(), ClusterSide::New, QStringLiteral("%1 (Kong %2)").arg(n->hostname(), n->version())};
    return out;
}

void DemoEnvironment::applyStage()
{
    QList<SimulatedKongNode *> running;
    for (SimulatedKongNode *n : std::as_const(m_old)) {
        if (n->isRunning())
            running << n;
    }
    applySimulatedTrafficStage(m_rate, m_stage, running, m_new);
    setMisbehaving(m_misbehaving);
}

} // namespace kuw::core
