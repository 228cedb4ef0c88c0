// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "parallel/ParallelTransfer.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace kuw::ui {

/// Bootstrap the new datastore, export the old one, import into the new one (all or
/// nothing), then count every entity type on both sides. A refused import lists each
/// problem with file, line, entity and field, and the transfer can be run again.
class ParallelTransferPage : public QWizardPage
{
    Q_OBJECT
public:
    ParallelTransferPage(WizardState &state, QWidget *parent = nullptr);
    ~ParallelTransferPage() override;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void start();
    /// From Run until the outcome is shown (Back and Next are disabled meanwhile).
    bool isRunning() const { return m_running; }
    /// Stops the running transfer at its next safe point (the import rolls back).
    void cancel();
    /// Cancels and calls `then` once the worker has stopped (closing the wizard).
    void cancelThen(std::function<void()> then);
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *exportDirEdit() const { return m_exportDir; }
    QCheckBox *useFileBox() const { return m_useFile; }
    QLineEdit *importFileEdit() const { return m_importFile; }
    QTreeWidget *issuesView() const { return m_issues; }
    QTreeWidget *countsView() const { return m_counts; }
    QLabel *resultLabel() const { return m_result; }
    QPlainTextEdit *logView() const { return m_log; }

Q_SIGNALS:
    void transferFinished(bool ok);

private:
    void onFinished();
    void holdBackButton();
    void showProgress(const QString &stage, const QString &entity, qint64 rows);
    void showCounts(const core::CountComparison &counts);
    void chooseFile();

    WizardState &m_state;
    QLabel *m_route = nullptr;
    QLineEdit *m_exportDir = nullptr;
    QCheckBox *m_useFile = nullptr;
    QLineEdit *m_importFile = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_issues = nullptr;
    QTreeWidget *m_counts = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QFutureWatcher<core::TransferOutcome> m_watcher;
    std::optional<core::TransferOutcome> m_outcome;
    std::shared_ptr<core::PgCancelToken> m_cancelControl;
    bool m_running = false;
    std::vector<std::function<void()>> m_afterStop;
};

} // namespace kuw::ui
