// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizard>

namespace kuw::ui {

class AssessmentPage;
class CheckpointsPage;
class DemoSession;
class FinishGate;
class ConnectionPage;
class RehearsalPage;
class RestorePage;
class ResumePage;
class DiagnosePage;
class RunPage;
class SnapshotPage;
class SummaryPage;
class VersionPage;
class WelcomePage;
class ParallelTargetPage;
class ParallelTransferPage;
class ParallelDiffPage;
class ParallelDecommissionPage;

/// The guided upgrade: Welcome → Connection → Version → (Bootstrap | Assessment → Snapshot → Up → Finish) → Summary.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId = 0,
        ConnectionPageId,
        VersionPageId,
        AssessmentPageId,
        SnapshotPageId,
        BootstrapPageId,
        UpPageId,
        FinishPageId,
        SummaryPageId,
        RehearsalPageId,
        ResumePageId,
        RestorePageId,
        DiagnosePageId,
        CheckpointsPageId, ///< between Up and Finish (numbered last: ids are stable across versions)
        ParallelTargetPageId, ///< the parallel-datastore path: new datastore → transfer →
        ParallelTransferPageId, ///< checkpoints → diff since the export → decommission
        ParallelDiffPageId,
        ParallelDecommissionPageId,
    };

    explicit UpgradeWizard(QWidget *parent = nullptr);
    ~UpgradeWizard() override;

    WizardState &state() { return m_state; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ConnectionPage *connectionPage() const { return m_connection; }
    VersionPage *versionPage() const { return m_version; }
    AssessmentPage *assessmentPage() const { return m_assessment; }
    SnapshotPage *snapshotPage() const { return m_snapshot; }
    RunPage *bootstrapPage() const { return m_bootstrap; }
    RunPage *upPage() const { return m_up; }
    RunPage *finishPage() const { return m_finish; }
    SummaryPage *summaryPage() const { return m_summary; }
    RehearsalPage *rehearsalPage() const { return m_rehearsal; }
    ResumePage *resumePage() const { return m_resume; }
    RestorePage *restorePage() const { return m_restore; }
    DiagnosePage *diagnosePage() const { return m_diagnose; }
    /// Connection leads to the resume re-check, the restore page or the read-only Diagnose
    /// page in those flows.
    int nextId() const override;
    CheckpointsPage *checkpointsPage() const { return m_checkpoints; }
    FinishGate *finishGate() const { return m_finishGate; }
    ParallelTargetPage *parallelTargetPage() const { return m_parallelTarget; }
    ParallelTransferPage *parallelTransferPage() const { return m_parallelTransfer; }
    ParallelDiffPage *parallelDiffPage() const { return m_parallelDiff; }
    ParallelDecommissionPage *parallelDecommissionPage() const { return m_parallelDecommission; }

    /// Demo mode: skip the Welcome choice and start at the Connection page.
    void startInDemoMode();
    /// Runs a demo (the Welcome page's Demo mode, or `session` prepared early by --demo): the
    /// wizard owns it, so it is torn down with the window. Once per wizard: returns the running one.
    DemoSession *startDemo(DemoSession *session = nullptr);
    DemoSession *demoSession() const { return m_demo; }
    /// Restart at a given page (tests, resume).
    void startAt(PageId id);
    /// A kong.conf chosen by the user (command line or file dialog): plugins and checks use it.
    void adoptConfig(const core::KongConfig &config);
    /// Cancel/close: a running parallel transfer is cancelled first (its import rolls back)
    /// and the window closes once its worker has stopped, without blocking meanwhile.
    void reject() override;

private:
    void adoptConnection(const core::ConnectionSettings &settings);

    WizardState m_state;
    WelcomePage *m_welcome = nullptr;
    ConnectionPage *m_connection = nullptr;
    VersionPage *m_version = nullptr;
    AssessmentPage *m_assessment = nullptr;
    SnapshotPage *m_snapshot = nullptr;
    RunPage *m_bootstrap = nullptr;
    RunPage *m_up = nullptr;
    RunPage *m_finish = nullptr;
    SummaryPage *m_summary = nullptr;
    RehearsalPage *m_rehearsal = nullptr;
    ResumePage *m_resume = nullptr;
    RestorePage *m_restore = nullptr;
    DiagnosePage *m_diagnose = nullptr;
    CheckpointsPage *m_checkpoints = nullptr;
    FinishGate *m_finishGate = nullptr;
    ParallelTargetPage *m_parallelTarget = nullptr;
    ParallelTransferPage *m_parallelTransfer = nullptr;
    ParallelDiffPage *m_parallelDiff = nullptr;
    ParallelDecommissionPage *m_parallelDecommission = nullptr;
    DemoSession *m_demo = nullptr;
};

} // namespace kuw::ui
