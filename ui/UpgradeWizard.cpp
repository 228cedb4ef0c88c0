// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeWizard.h"

#include "DemoSession.h"

#include "pages/AssessmentPage.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "pages/RehearsalPage.h"
#include "pages/RestorePage.h"
#include "pages/ResumePage.h"
#include "pages/DiagnosePage.h"
#include "pages/RunPage.h"
#include "pages/SnapshotPage.h"
#include "pages/SummaryPage.h"
#include "pages/VersionPage.h"
#include "pages/WelcomePage.h"
#include "widgets/FinishGate.h"
#include "pages/ParallelDecommissionPage.h"
#include "pages/ParallelDiffPage.h"
#include "pages/ParallelTargetPage.h"
#include "pages/ParallelTransferPage.h"
#include "widgets/JournalErrorNotice.h"
#include "widgets/StatusView.h"

#include <QAbstractButton>

namespace kuw::ui {

UpgradeWizard::UpgradeWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Kong Upgrade Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // The catalog is local data embedded in the binary: loading it never touches the network.
    if (auto catalog = core::Catalog::loadEmbedded())
        m_state.catalog = *catalog;

    m_welcome = new WelcomePage(m_state, this);
    m_connection = new ConnectionPage(this);
    m_version = new VersionPage(m_state, this);
    m_assessment = new AssessmentPage(m_state, this);
    m_snapshot = new SnapshotPage(m_state, this);
    m_bootstrap = new RunPage(m_state, core::MigrationCommand::Bootstrap, this);
    m_up = new RunPage(m_state, core::MigrationCommand::Up, this);
    m_finish = new RunPage(m_state, core::MigrationCommand::Finish, this);
    m_summary = new SummaryPage(m_state, this);
    m_checkpoints = new CheckpointsPage(m_state, this);
    m_finishGate = new FinishGate(m_state, m_finish);
    m_finish->setGate(m_finishGate, [this] { return m_finishGate->allowsFinish(); });
    connect(m_finishGate, &FinishGate::changed, m_finish, &RunPage::refreshGate);
    connect(m_finish, &RunPage::aboutToRun, m_finishGate, &FinishGate::recordIfOverridden);
    connect(this, &QWizard::currentIdChanged, m_finishGate, [this](int id) {
        if (id == FinishPageId)
            m_finishGate->refresh();
    });
    m_bootstrap->setNextId(SummaryPageId);
    m_up->setNextId(CheckpointsPageId);
    m_finish->setNextId(SummaryPageId);
    setPage(WelcomePageId, m_welcome);
    setPage(ConnectionPageId, m_connection);
    setPage(VersionPageId, m_version);
    setPage(AssessmentPageId, m_assessment);
    setPage(SnapshotPageId, m_snapshot);
    setPage(BootstrapPageId, m_bootstrap);
    setPage(UpPageId, m_up);
    setPage(FinishPageId, m_finish);
    setPage(SummaryPageId, m_summary);
    m_rehearsal = new RehearsalPage(m_state, this);
    m_resume = new ResumePage(m_state, this);
    m_restore = new RestorePage(m_state, this);
    setPage(RehearsalPageId, m_rehearsal);
    setPage(ResumePageId, m_resume);
    setPage(RestorePageId, m_restore);
    m_diagnose = new DiagnosePage(m_state, this);
    setPage(DiagnosePageId, m_diagnose);
    setPage(CheckpointsPageId, m_checkpoints);
    m_parallelTarget = new ParallelTargetPage(m_state, this);
    m_parallelTransfer = new ParallelTransferPage(m_state, this);
    m_parallelDiff = new ParallelDiffPage(m_state, this);
    m_parallelDecommission = new ParallelDecommissionPage(m_state, this);
    setPage(ParallelTargetPageId, m_parallelTarget);
    setPage(ParallelTransferPageId, m_parallelTransfer);
    setPage(ParallelDiffPageId, m_parallelDiff);
    setPage(ParallelDecommissionPageId, m_parallelDecommission);
    setStartId(WelcomePageId);
    connect(m_connection, &ConnectionPage::settingsAccepted, this, &UpgradeWizard::adoptConnection);
    connect(m_connection, &ConnectionPage::configLoaded, this, &UpgradeWizard::adoptConfig);
    // Never leave a page while its job runs: Back would strand a running migration.
    for (RunPage *p : {m_bootstrap, m_up, m_finish}) {
        connect(p, &QWizardPage::completeChanged, this, [this, p] {
            if (currentPage() == p)
                button(QWizard::BackButton)->setEnabled(!p->isRunning() && !p->hasRun());
        });
    }
    showJournalErrors(m_state.journalWriter.get(), this);
    if (!m_state.catalog)
        m_connection->statusView()->showMessage(tr("The migration catalog could not be loaded; this build is broken."));
    resize(860, 700);
}

UpgradeWizard::~UpgradeWizard() = default;

void UpgradeWizard::startInDemoMode()
{
    m_state.mode = WizardMode::Demo;
    startAt(ConnectionPageId);
}

DemoSession *UpgradeWizard::startDemo(DemoSession *session)
{
    m_state.mode = WizardMode::Demo;
    if (m_demo) {
        delete session; // one demo per wizard
        return m_demo;
    }
    m_demo = session ? session : new DemoSession(core::DemoOptions{});
    m_demo->setParent(this);
    m_demo->attach(*this);
    return m_demo;
}

void UpgradeWizard::startAt(PageId id)
{
    setStartId(id);
    restart();
}

int UpgradeWizard::nextId() const
{
    if (currentId() == ConnectionPageId && m_state.resuming)
        return ResumePageId;
    if (currentId() == ConnectionPageId && m_state.mode == WizardMode::Restore)
        return RestorePageId;
    if (currentId() == ConnectionPageId && m_state.mode == WizardMode::Diagnose)
        return DiagnosePageId;
    if (currentId() == SummaryPageId || currentId() == RestorePageId)
        return -1; // last pages: Qt would otherwise offer the page with the next id
    if (currentId() == CheckpointsPageId && m_state.parallel)
        return ParallelDiffPageId; // no finish on the parallel path: the old datastore is left as it is
    return QWizard::nextId();
}

void UpgradeWizard::adoptConfig(const core::KongConfig &config)
{
    m_state.config = config;
    m_state.plugins = config.list(QStringLiteral("plugins"));
}

void UpgradeWizard::reject()
{
    if (m_parallelTransfer->isRunning()) {
        m_parallelTransfer->cancelThen([this] { reject(); });
        return;
    }
    QWizard::reject();
}

void UpgradeWizard::adoptConnection(const core::ConnectionSettings &settings)
{
    // Leaving the Connection page: adopt its settings and open the session journal.
    m_state.settings = settings;
    if (!m_state.journal) {
        const QString dir = m_state.journalDir.isEmpty() ? core::Journal::defaultDirectory() : m_state.journalDir;
        const QString mode = m_state.mode == WizardMode::FreshInstall ? QStringLiteral("fresh-install")
                             : m_state.mode == WizardMode::Demo       ? QStringLiteral("demo")
                             : m_state.mode == WizardMode::Restore    ? QStringLiteral("restore")
                             : m_state.mode == WizardMode::Diagnose   ? QStringLiteral("diagnose")
                                                                      : QStringLiteral("guided-upgrade");
        // In memory: the record below queues the first save on the journal writer's thread.
        m_state.journal = core::Journal::begin(dir, m_state.settings.toString(), mode);
    }
    m_state.record(QStringLiteral("connection"), QStringLiteral("connected"), m_state.settings.toString());
}

} // namespace kuw::ui
