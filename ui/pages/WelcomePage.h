// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QButtonGroup;
class QListWidget;

namespace kuw::ui {

/// Choose what to do: guided upgrade, fresh install, read-only diagnosis or demo; or resume
/// an unfinished session from its journal.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    void setMode(WizardMode mode);
    WizardMode mode() const;
    /// The journal chosen for resume, if any.
    QString resumePath() const;

private:
    WizardState &m_state;
    QButtonGroup *m_modes = nullptr;
    QListWidget *m_resume = nullptr;
};

} // namespace kuw::ui
