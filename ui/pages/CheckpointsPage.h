// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "cluster/CutoverRules.h"
#include "cluster/NodeVerifier.h"
#include "jobs/ChangedEntitiesJob.h"
#include "jobs/StoredDataPlanesJob.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace kuw::core {
class TrafficMonitor;
}

namespace kuw::ui {

class DataPlanesView;
class HelmCommandsView;
class TrafficChart;

/// Blue-green cutover between `up` and `finish` (Postgres path): verifies the old and new
/// nodes' Admin APIs, watches traffic move to the new cluster in user-picked stages, waits for
/// the old nodes to go quiet, and lists entities written to the datastore since `up`.
/// Hybrid: Control Plane, then its Data Planes. Kubernetes/Helm: the `helm upgrade` commands.
/// Every checkpoint passed is journaled; Finish is gated on them (FinishGate).
class CheckpointsPage : public QWizardPage
{
    Q_OBJECT
public:
    CheckpointsPage(WizardState &state, QWidget *parent = nullptr);
    ~CheckpointsPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    /// Fills the node lists (demo) without verifying.
    void setNodes(const QList<core::CutoverNode> &nodes);
    /// Poll period of the traffic monitor (default 2 s).
    void setMonitorInterval(std::chrono::milliseconds interval);
    /// How often the changed-entities list refreshes itself while the page is shown (default 15 s).
    void setEntityScanInterval(std::chrono::milliseconds interval) { m_scanTimer.setInterval(interval); }

    QPlainTextEdit *oldNodesEdit() const { return m_oldNodes; }
    QPlainTextEdit *newNodesEdit() const { return m_newNodes; }
    QLineEdit *oldVersionEdit() const { return m_oldVersion; }
    QPushButton *verifyButton() const { return m_verify; }
    QTreeWidget *nodeResults() const { return m_results; }
    QLabel *nodeMessage() const { return m_nodeMessage; }
    QLineEdit *stagesEdit() const { return m_stages; }
    QPushButton *confirmStageButton() const { return m_confirmStage; }
    QLabel *stageLabel() const { return m_stageLabel; }
    QLabel *errorRateLabel() const { return m_errorRates; }
    QSpinBox *decommissionPeriod() const { return m_period; }
    QLabel *decommissionLabel() const { return m_decommission; }
    QTreeWidget *entitiesView() const { return m_entities; }
    QLabel *entitiesLabel() const { return m_entitiesLabel; }
    QPushButton *refreshEntitiesButton() const { return m_refresh; }
    QListWidget *checkpointList() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    TrafficChart *chart() const { return m_chart; }
    HelmCommandsView *helmView() const { return m_helm; }
    DataPlanesView *dataPlanesView() const { return m_dataPlanes; }
    core::TrafficMonitor *monitor() const { return m_monitor; }

Q_SIGNALS:
    void verified(bool allOk);
    /// Traffic stage `percent` is now the one to reach (the demo moves its simulated traffic).
    void stageStarted(int percent);
    void entitiesScanned(qint64 total);
    void checkpointsChanged();

private:
    void syncKind();
    void refreshList();
    void record(const core::Checkpoints::Event &event);
    bool pass(const QString &id, const QString &detail);
    void startVerify();
    void onNodeChecked(int index, const core::NodeCheck &check);
    void onVerified(const QList<core::NodeCheck> &checks);
    void onDataPlanes(const core::DataPlaneCheck &check);
    void onStoredDataPlanes();
    void showDataPlanes(const core::DataPlaneCheck &check);
    void pollDataPlanes();
    void applyStages();
    void announceStage();
    void onSample(const core::TrafficSample &sample);
    void confirmStage();
    void scanEntities();
    void showEntities();
    void stopWatching();
    std::optional<QList<core::CutoverNode>> parseNodes();
    QString title(const QString &checkpointId) const;
    QDateTime upTime() const;

    WizardState &m_state;
    QListWidget *m_list = nullptr;
    QLabel *m_reminder = nullptr;
    QLabel *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_nodesTab = nullptr, *m_trafficTab = nullptr, *m_decomTab = nullptr, *m_entitiesTab = nullptr,
            *m_helmTab = nullptr;
    QPlainTextEdit *m_oldNodes = nullptr;
    QPlainTextEdit *m_newNodes = nullptr;
    QLineEdit *m_oldVersion = nullptr;
    QLabel *m_targetLabel = nullptr;
    QPushButton *m_verify = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_nodeMessage = nullptr;
    QLineEdit *m_stages = nullptr;
    QLabel *m_stageLabel = nullptr;
    QPushButton *m_confirmStage = nullptr;
    QLabel *m_rates = nullptr;
    QLabel *m_errorRates = nullptr;
    TrafficChart *m_chart = nullptr;
    QSpinBox *m_period = nullptr;
    QLabel *m_decommission = nullptr;
    QTreeWidget *m_entities = nullptr;
    QLabel *m_entitiesLabel = nullptr;
    QPushButton *m_refresh = nullptr;
    HelmCommandsView *m_helm = nullptr;
    DataPlanesView *m_dataPlanes = nullptr;
    QUrl m_controlPlane;          ///< hybrid: the verified new Control Plane polled for its Data Planes
    bool m_polling = false;       ///< a Data Plane poll is in flight
    /// The Admin API's failed answer while clustering_data_planes is read in its place.
    std::optional<core::DataPlaneCheck> m_apiFailure;
    QFutureWatcher<core::StoredDataPlanes> m_storedPlanes;

    core::NodeVerifier *m_verifier = nullptr;
    core::TrafficMonitor *m_monitor = nullptr;
    core::StageTracker m_tracker;
    core::DecommissionWatch m_watch;
    std::optional<core::TrafficSample> m_lastSample;
    int m_announcedStage = -1;
    QTimer m_scanTimer;
    QFutureWatcher<core::ChangedEntitiesReport> m_scan;
    bool m_rescan = false;
};

} // namespace kuw::ui
