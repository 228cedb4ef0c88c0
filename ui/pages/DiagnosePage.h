// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "assessment/DiagnosticReport.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace kuw::ui {

/// Diagnose mode: the read-only diagnostic report of the connected datastore, collected by a
/// job on a worker thread; its findings in a table that filters by severity, copies to the
/// clipboard and exports the whole report as HTML, Markdown or JSON.
class DiagnosePage : public QWizardPage
{
    Q_OBJECT
public:
    DiagnosePage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    /// Shows only findings of this severity (nullopt = all).
    void setSeverityFilter(std::optional<core::Severity> severity);
    /// The visible (filtered) findings, as text, to the clipboard.
    void copyFindings();
    /// Writes the report; the format comes from the suffix (.html, .md, .json). False + message on failure.
    bool exportReport(const QString &path, QString *error = nullptr);

    QTreeWidget *findingsView() const { return m_findings; }
    QComboBox *severityFilter() const { return m_filter; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportButton() const { return m_export; }
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<core::DiagnosticReport> &report() const { return m_report; }

Q_SIGNALS:
    void diagnosed(bool ok);

private:
    struct Outcome
    {
        std::optional<core::DiagnosticReport> report;
        std::optional<core::Error> error;
    };
    void run();
    void show();
    void applyFilter();
    void exportWithDialog();

    WizardState &m_state;
    QLabel *m_summary = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_filter = nullptr;
    QTreeWidget *m_findings = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_rerun = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<core::DiagnosticReport> m_report;
};

} // namespace kuw::ui
