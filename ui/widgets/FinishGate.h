// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kuw::ui {

struct WizardState;

/// Shown on the Finish page: finish may run only when every cutover checkpoint has passed,
/// or when the admin overrides with a typed reason, which is journaled when finish starts.
class FinishGate : public QGroupBox
{
    Q_OBJECT
public:
    explicit FinishGate(WizardState &state, QWidget *parent = nullptr);
    /// Re-reads the checkpoints (call when the Finish page is shown).
    void refresh();
    bool allowsFinish() const;
    bool overrideInUse() const;
    /// Journals the override (step "finish", event "override") when it is what allows finish.
    void recordIfOverridden();

    QCheckBox *overrideBox() const { return m_override; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void changed();

private:
    WizardState &m_state;
    QLabel *m_status = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace kuw::ui
