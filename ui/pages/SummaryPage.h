// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QTextBrowser;

namespace kuw::ui {

/// What was done, how long it took, where the journal is, and Kong's next steps.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    QString text() const;

private:
    WizardState &m_state;
    QTextBrowser *m_view = nullptr;
};

} // namespace kuw::ui
