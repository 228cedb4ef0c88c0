// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopIntegration.h"

#include "AboutDialog.h"
#include "AppIcon.h"
#include "SettingsDialog.h"
#include "UpgradeWizard.h"
#include "pages/ConnectionPage.h"

#include <QEvent>
#include <QMenu>
#include <QPushButton>

namespace kuw::ui {

DesktopIntegration::DesktopIntegration(UpgradeWizard &wizard, std::unique_ptr<DesktopSettings> settings, Options options)
    : QObject(&wizard), m_wizard(wizard), m_settings(std::move(settings))
{
    m_wizard.setWindowIcon(appIcon());
    if (options.restoreGeometry) {
        const QByteArray geometry = m_settings->windowGeometry();
        if (!geometry.isEmpty())
            m_wizard.restoreGeometry(geometry);
    }
    m_wizard.installEventFilter(this);

    m_wizard.setOption(QWizard::HaveHelpButton, true);
    m_wizard.setButtonText(QWizard::HelpButton, tr("&About"));
    connect(&m_wizard, &QWizard::helpRequested, this, &DesktopIntegration::showAbout);

    m_settingsButton = new QPushButton(tr("&Settings…"));
    m_wizard.setButton(QWizard::CustomButton1, m_settingsButton); // the wizard owns it
    m_wizard.setOption(QWizard::HaveCustomButton1, true);
    connect(m_settingsButton, &QPushButton::clicked, this, &DesktopIntegration::showSettings);

    m_recent = new QPushButton(tr("&Recent"));
    m_recentMenu = new QMenu(m_recent);
    m_recent->setMenu(m_recentMenu);
    m_recent->setToolTip(tr("Connections used before (passwords are never stored)"));
    m_wizard.setButton(QWizard::CustomButton2, m_recent);
    m_wizard.setOption(QWizard::HaveCustomButton2, true);
    m_wizard.setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                              QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                              QWizard::CancelButton});
    rebuildRecentMenu();

    ConnectionPage *page = m_wizard.connectionPage();
    connect(page, &ConnectionPage::settingsAccepted, this, [this](const core::ConnectionSettings &s) {
        if (m_wizard.state().mode == WizardMode::Demo)
            return; // a throwaway demo server is not worth remembering
        m_settings->addRecentConnection(s);
        m_settings->sync();
        rebuildRecentMenu();
    });
    connect(&m_wizard, &QWizard::currentIdChanged, this, &DesktopIntegration::updateButtons);
    updateButtons(m_wizard.currentId());
}

void DesktopIntegration::showAbout()
{
    const auto &catalog = m_wizard.state().catalog;
    AboutDialog dialog(catalog ? catalog->newest() : core::KongVersion(), &m_wizard);
    dialog.exec();
}

void DesktopIntegration::showSettings()
{
    SettingsDialog dialog(*m_settings, &m_wizard);
    dialog.exec();
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    // Finishing or cancelling hides the wizard without a close event: save on both.
    if (watched == &m_wizard && (event->type() == QEvent::Close || event->type() == QEvent::Hide)) {
        m_settings->setWindowGeometry(m_wizard.saveGeometry());
        m_settings->sync();
    }
    return QObject::eventFilter(watched, event);
}

void DesktopIntegration::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<core::ConnectionSettings> recent = m_settings->recentConnections();
    for (const core::ConnectionSettings &s : recent) {
        QAction *action = m_recentMenu->addAction(s.toString());
        connect(action, &QAction::triggered, this, [this, s] {
            m_wizard.connectionPage()->applySettings(s, tr("Recent connection: enter the password"));
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void DesktopIntegration::updateButtons(int pageId)
{
    m_recent->setVisible(pageId == UpgradeWizard::ConnectionPageId);
}

} // namespace kuw::ui
