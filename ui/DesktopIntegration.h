// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DesktopSettings.h"

#include <QObject>

#include <memory>

class QMenu;
class QPushButton;

namespace kuw::ui {

class UpgradeWizard;

/// What makes the wizard a desktop application, kept out of UpgradeWizard itself: window
/// icon, remembered geometry, Help (About) and Settings buttons, and recent connections
/// (recorded when the Connection page is left, offered by a Recent button on that page).
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool restoreGeometry = true; ///< off for screenshots/tours, which need a fixed size
    };
    DesktopIntegration(UpgradeWizard &wizard, std::unique_ptr<DesktopSettings> settings, Options options);
    DesktopIntegration(UpgradeWizard &wizard, std::unique_ptr<DesktopSettings> settings)
        : DesktopIntegration(wizard, std::move(settings), Options{}) {}

    DesktopSettings &settings() { return *m_settings; }
    QPushButton *recentButton() const { return m_recent; }
    QPushButton *settingsButton() const { return m_settingsButton; }
    /// Opens the About dialog (what the Help button does).
    void showAbout();
    void showSettings();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildRecentMenu();
    void updateButtons(int pageId);

    UpgradeWizard &m_wizard;
    std::unique_ptr<DesktopSettings> m_settings;
    QPushButton *m_recent = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace kuw::ui
