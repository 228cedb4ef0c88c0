// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace kuw::core {
class RehearsalJob;
}

namespace kuw::ui {

/// Step 6: restores the session's snapshot into a throwaway copy (a scratch PostgreSQL on this
/// machine, or a scratch database on the production server), runs the exact plan there (up,
/// then finish) as a job, and shows per-migration durations, lock retries and any failure.
/// Its timings give the estimate of the real run. Recommended; skipping is recorded.
class RehearsalPage : public QWizardPage
{
    Q_OBJECT
public:
    RehearsalPage(WizardState &state, QWidget *parent = nullptr);
    ~RehearsalPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QRadioButton *scratchDatabaseButton() const { return m_onServer; }
    QCheckBox *skipBox() const { return m_skip; }
    QLineEdit *skipReasonEdit() const { return m_skipReason; }
    QTreeWidget *stepsView() const { return m_steps; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isRunning() const;

    /// "850 ms", "2.4 s", "3 min 05 s".
    static QString formatDuration(qint64 ms);

Q_SIGNALS:
    void rehearsalFinished(bool ok);

private:
    void start();
    void onFinished(const core::RehearsalReport &report);
    void addSteps(const core::RunReport &run, const QString &phase);
    void updateButtons();

    WizardState &m_state;
    QLabel *m_snapshot = nullptr;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_onServer = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QCheckBox *m_skip = nullptr;
    QLineEdit *m_skipReason = nullptr;
    std::unique_ptr<core::RehearsalJob> m_job;
    bool m_backGuarded = false;
};

} // namespace kuw::ui
