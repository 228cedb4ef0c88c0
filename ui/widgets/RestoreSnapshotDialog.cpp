// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreSnapshotDialog.h"

#include "RestorePanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kuw::ui {

RestoreSnapshotDialog::RestoreSnapshotDialog(WizardState &state, const QString &path, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore a snapshot"));
    m_panel = new RestorePanel(state, this);
    m_panel->prepare(path);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the restore dialog"));
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &RestorePanel::runningChanged, this, [this](bool running) {
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_buttons);
    resize(680, 460);
}

void RestoreSnapshotDialog::reject()
{
    if (!m_panel->isRunning()) // Escape must not strand a running restore
        QDialog::reject();
}

} // namespace kuw::ui
