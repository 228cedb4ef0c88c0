// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "assessment/Assessment.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kuw::ui {

/// Preflight findings for the chosen target: blockers stop the wizard with their remedy;
/// each warning needs an explicit acknowledgement, which the journal records.
class AssessmentPage : public QWizardPage
{
    Q_OBJECT
public:
    AssessmentPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QTreeWidget *findingsView() const { return m_findings; }
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<core::Assessment> &assessment() const { return m_assessment; }

Q_SIGNALS:
    void assessed(bool ok);

private:
    struct Outcome
    {
        std::optional<core::Assessment> assessment;
        std::optional<core::Error> error;
    };
    void run();
    void show();

    WizardState &m_state;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_findings = nullptr;
    QPushButton *m_recheck = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<core::Assessment> m_assessment;
};

} // namespace kuw::ui
