// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSession.h"

#include "UpgradeWizard.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "widgets/StatusView.h"

#include <QSpinBox>

namespace kuw::ui {

DemoSession::DemoSession(const core::DemoOptions &options, QObject *parent) : QObject(parent)
{
    // Lines arrive on the worker; the queued hop keeps the latest for a page attached later.
    connect(this, &DemoSession::progress, this, [this](const QString &line) { m_lastProgress = line; }, Qt::QueuedConnection);
    connect(&m_watcher, &QFutureWatcher<core::DemoEnvironment::Prepared>::finished, this, &DemoSession::onPrepared);
    m_watcher.setFuture(core::DemoEnvironment::prepare(options, [this](const QString &line) { Q_EMIT progress(line); }));
}

DemoSession::~DemoSession()
{
    m_env.reset();               // nodes stop; the datastore goes with its last owner …
    m_watcher.waitForFinished(); // … also one still being prepared: never leaked
    m_watcher.setFuture({});
}

void DemoSession::attach(UpgradeWizard &wizard)
{
    m_wizard = &wizard;
    StatusView *status = wizard.connectionPage()->statusView();
    if (m_env) {
        applyTo(wizard);
        return;
    }
    status->showMessage(tr("Starting the embedded demo PostgreSQL and seeding a Kong datastore…"));
    connect(this, &DemoSession::progress, status, [status](const QString &line) {
        status->showMessage(tr("Preparing the demo: %1").arg(line));
    });
}

void DemoSession::onPrepared()
{
    const auto prepared = m_watcher.result();
    m_timings = prepared.timings;
    if (!prepared.error) {
        auto env = std::make_unique<core::DemoEnvironment>(prepared.datastore);
        if (core::Status s = env->startNodes(); !s) {
            if (m_wizard)
                m_wizard->connectionPage()->statusView()->showError(s.error());
            Q_EMIT failed(s.error());
            return;
        }
        m_env = std::move(env);
    } else {
        if (m_wizard)
            m_wizard->connectionPage()->statusView()->showError(*prepared.error);
        Q_EMIT failed(*prepared.error);
        return;
    }
    if (m_wizard)
        applyTo(*m_wizard);
    Q_EMIT ready();
}

void DemoSession::applyTo(UpgradeWizard &wizard)
{
    const core::DemoDatastore &ds = m_env->datastore();
    if (auto cfg = ds.kongConfig())
        wizard.adoptConfig(*cfg); // e.g. role = control_plane in the hybrid scenario
    // Snapshots go into the demo's throwaway directory and are removed with it.
    wizard.state().snapshotDir = ds.snapshotDirectory();
    QStringList oldNodes, newNodes;
    for (const core::MonitoredNode &n : m_env->monitoredNodes())
        (n.side == core::ClusterSide::Old ? oldNodes : newNodes) << n.url.authority();
    const QString scenario = ds.scenario() ? tr("; training scenario \u201c%1\u201d").arg(ds.scenario()->title) : QString();
    ConnectionPage *page = wizard.connectionPage();
    page->applySettings(ds.settings(),
                        tr("Demo: embedded PostgreSQL in %1 (%2 on exit), Kong %3 datastore seeded with %4 rows%5.\n"
                           "Simulated Kong nodes \u2014 old cluster (Kong %3): %6; new cluster (Kong %7): %8")
                            .arg(ds.directory(), ds.kept() ? tr("kept") : tr("deleted"), ds.startVersion().toString())
                            .arg(ds.seededRows())
                            .arg(scenario, oldNodes.join(QStringLiteral(", ")), ds.targetVersion().toString(),
                                 newNodes.join(QStringLiteral(", "))));
    page->testConnection();
    // The cutover page watches the demo's simulated nodes; its stages move their traffic.
    QList<core::CutoverNode> nodes;
    for (const core::MonitoredNode &n : m_env->monitoredNodes())
        nodes.append({n.url, n.side == core::ClusterSide::New});
    CheckpointsPage *cutover = wizard.checkpointsPage();
    cutover->setNodes(nodes);
    cutover->setMonitorInterval(std::chrono::milliseconds(1000));
    cutover->decommissionPeriod()->setValue(5); // a demo cannot wait the production default
    connect(cutover, &CheckpointsPage::stageStarted, m_env.get(), [env = m_env.get()](int percent) { env->setTrafficStage(percent); });
}

} // namespace kuw::ui
