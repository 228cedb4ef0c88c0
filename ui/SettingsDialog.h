// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace kuw::ui {

class DesktopSettings;

/// Application settings: the interface language (stored in DesktopSettings, used at the
/// next start; --lang on the command line still wins).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(DesktopSettings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    void accept() override;

private:
    DesktopSettings &m_settings;
    QComboBox *m_language = nullptr;
};

} // namespace kuw::ui
