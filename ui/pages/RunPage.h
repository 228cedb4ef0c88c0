// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "migrations/Plan.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace kuw::core {
class MigrationJob;
}

namespace kuw::ui {

/// Shows the plan of one migrations command (bootstrap, up or finish), runs it as a job on
/// a worker thread with live progress, log and Cancel, then shows the run report.
/// Destructive commands (finish) need the database name typed as confirmation.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    RunPage(WizardState &state, core::MigrationCommand command, QWidget *parent = nullptr);
    ~RunPage() override;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void setNextId(int id) { m_nextId = id; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *infoLabel() const { return m_info; }
    bool isRunning() const;
    bool hasRun() const { return m_report.has_value(); }
    /// Shows `gate` above the run button, which stays disabled while `allows()` is false.
    void setGate(QWidget *gate, std::function<bool()> allows);
    /// Re-evaluates the gate (call when what it depends on changes).
    void refreshGate() { updateRunEnabled(); }

Q_SIGNALS:
    void planReady(bool ok);
    void runFinished(bool ok);
    /// The run was requested and is about to start (after the confirmation, before the job).
    void aboutToRun();

private:
    struct Planned
    {
        std::optional<core::Plan> plan;
        std::optional<core::Error> error;
    };
    void buildPlan();
    void showPlan();
    void start();
    void onFinished(const core::RunReport &report);
    void updateRunEnabled();
    QString stepName() const;

    WizardState &m_state;
    core::MigrationCommand m_command;
    int m_nextId = -1;
    QLabel *m_info = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_current = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QFutureWatcher<Planned> m_planWatcher;
    std::optional<core::Plan> m_planned;
    std::unique_ptr<core::MigrationJob> m_job;
    std::optional<core::RunReport> m_report;
    std::function<bool()> m_gateAllows;
};

} // namespace kuw::ui
