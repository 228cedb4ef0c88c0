// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "UpgradeWizard.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kuw::ui {

WelcomePage::WelcomePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Kong Upgrade Wizard takes a Kong Gateway datastore through an upgrade safely: "
                   "path check, assessment, snapshot, rehearsal, migrations up, blue-green cutover, finish."));
    m_modes = new QButtonGroup(this);
    auto *box = new QGroupBox(tr("What do you want to do?"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const QList<QPair<WizardMode, QString>> modes = {
        {WizardMode::GuidedUpgrade, tr("&Guided upgrade of an existing datastore")},
        {WizardMode::FreshInstall, tr("&Fresh install: bootstrap a new datastore")},
        {WizardMode::Diagnose, tr("&Diagnose a datastore (read-only)")},
    };
    for (const auto &[mode, label] : modes) {
        auto *b = new QRadioButton(label, box);
        b->setAccessibleName(label);
        m_modes->addButton(b, int(mode));
        boxLayout->addWidget(b);
    }
    m_modes->button(int(WizardMode::GuidedUpgrade))->setChecked(true);

    m_resume = new QListWidget(this);
    m_resume->setAccessibleName(tr("Unfinished sessions"));
    m_resume->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(new QLabel(tr("Or resume an unfinished session (the datastore state is re-checked):"), this));
    layout->addWidget(m_resume);
    layout->addStretch(1);
}

void WelcomePage::initializePage()
{
    m_resume->clear();
    const QString dir = m_state.journalDir.isEmpty() ? core::Journal::defaultDirectory() : m_state.journalDir;
    for (const core::Journal &j : core::Journal::list(dir)) {
        if (j.isClosed())
            continue;
        auto *item = new QListWidgetItem(tr("%1 — %2, last step: %3")
                                             .arg(j.created().toLocalTime().toString(Qt::ISODate), j.datastore(),
                                                  j.lastStep().isEmpty() ? tr("none") : j.lastStep()),
                                         m_resume);
        item->setData(Qt::UserRole, j.path());
    }
    m_resume->setEnabled(m_resume->count() > 0);
}

void WelcomePage::setMode(WizardMode mode)
{
    if (auto *b = m_modes->button(int(mode)))
        b->setChecked(true);
}

WizardMode WelcomePage::mode() const
{
    return WizardMode(m_modes->checkedId());
}

QString WelcomePage::resumePath() const
{
    const QListWidgetItem *item = m_resume->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

bool WelcomePage::validatePage()
{
    if (m_state.mode != WizardMode::Demo)
        m_state.mode = mode();
    if (!resumePath().isEmpty()) {
        auto j = core::Journal::load(resumePath());
        if (j)
            m_state.journal = *j;
    }
    return true;
}

int WelcomePage::nextId() const
{
    return UpgradeWizard::ConnectionPageId;
}

} // namespace kuw::ui
