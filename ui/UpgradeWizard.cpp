// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeWizard.h"

#include "pages/ConnectionPage.h"

namespace kuw::ui {

UpgradeWizard::UpgradeWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Kong Upgrade Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    m_connection = new ConnectionPage(this);
    setPage(ConnectionPageId, m_connection);
    setStartId(ConnectionPageId);
    resize(760, 640);
}

} // namespace kuw::ui
