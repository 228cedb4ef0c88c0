// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizardPage>

namespace kuw::ui {

class RestorePanel;

/// Welcome → "Restore a snapshot" → Connection → here: the RestorePanel as the last page.
/// A successful restore closes the session's journal (nothing to resume).
class RestorePage : public QWizardPage
{
    Q_OBJECT
public:
    RestorePage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    RestorePanel *panel() const { return m_panel; }

private:
    WizardState &m_state;
    RestorePanel *m_panel = nullptr;
};

} // namespace kuw::ui
