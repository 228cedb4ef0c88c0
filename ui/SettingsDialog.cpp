// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "DesktopSettings.h"
#include "i18n/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kuw::ui {

SettingsDialog::SettingsDialog(DesktopSettings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    for (const core::i18n::Language &l : core::i18n::availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    const int current = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The language changes the next time the wizard starts."), this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace kuw::ui
