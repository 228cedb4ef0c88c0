// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace kuw::ui {

/// Retiring the old datastore: a checklist the user confirms item by item (each journaled).
/// The wizard never drops the old database itself; it only shows the command for later.
class ParallelDecommissionPage : public QWizardPage
{
    Q_OBJECT
public:
    ParallelDecommissionPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    const QList<QCheckBox *> &items() const { return m_items; }
    QLabel *dropCommandLabel() const { return m_drop; }

private:
    WizardState &m_state;
    QList<QCheckBox *> m_items;
    QLabel *m_drop = nullptr;
};

} // namespace kuw::ui
