// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionPage.h"
#include "WizardState.h"

namespace kuw::ui {

/// The parallel path's new datastore: the Connection page's form and probe, filled from the
/// old datastore's connection with another database name; refuses the old datastore itself.
class ParallelTargetPage : public ConnectionPage
{
    Q_OBJECT
public:
    ParallelTargetPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    WizardState &m_state;
    bool m_filled = false;
};

} // namespace kuw::ui
