// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestorePage.h"

#include "snapshot/Snapshot.h"
#include "widgets/RestorePanel.h"

#include <QDir>
#include <QVBoxLayout>

namespace kuw::ui {

RestorePage::RestorePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Restore a snapshot"));
    setSubTitle(tr("Put a datastore back as a snapshot recorded it: in place (after typed confirmation) "
                   "or into a new database on the same server. Stop Kong nodes using the target first."));
    setFinalPage(true);
    m_panel = new RestorePanel(state, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    connect(m_panel, &RestorePanel::runningChanged, this, &QWizardPage::completeChanged);
    connect(m_panel, &RestorePanel::restoreFinished, this, [this](bool ok) {
        if (ok)
            m_state.closeJournal(QStringLiteral("restored"));
    });
}

void RestorePage::initializePage()
{
    // Propose the newest snapshot of the default directory.
    const QFileInfoList dumps = QDir(core::defaultSnapshotDirectory())
                                    .entryInfoList({QStringLiteral("*.dump")}, QDir::Files, QDir::Time);
    m_panel->prepare(m_state.snapshotPath.isEmpty() && !dumps.isEmpty() ? dumps.first().absoluteFilePath() : m_state.snapshotPath);
}

bool RestorePage::isComplete() const
{
    return !m_panel->isRunning();
}

} // namespace kuw::ui
