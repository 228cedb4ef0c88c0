// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "parallel/DatastoreDiff.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kuw::ui {

/// Before the final cutover: compares the old datastore with the new one and lists the
/// entities created, changed or deleted on the old cluster since the export (they were not
/// carried over), with counts per entity type.
class ParallelDiffPage : public QWizardPage
{
    Q_OBJECT
public:
    ParallelDiffPage(WizardState &state, QWidget *parent = nullptr);
    ~ParallelDiffPage() override;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void compare();
    bool isComparing() const { return m_watcher.isRunning(); }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *countsView() const { return m_counts; }
    QTreeWidget *entriesView() const { return m_entries; }
    /// Entity types with a table on one side only (hidden when there are none).
    QLabel *uncomparedLabel() const { return m_uncompared; }

Q_SIGNALS:
    void compared(bool ok);

private:
    void onCompared();
    void showTables(bool shown); ///< the per-type counts, the listing and the remedy

    WizardState &m_state;
    QLabel *m_summary = nullptr;
    QLabel *m_uncompared = nullptr;
    QLabel *m_remedy = nullptr;
    QPushButton *m_compare = nullptr;
    QTreeWidget *m_counts = nullptr;
    QTreeWidget *m_entries = nullptr;
    QFutureWatcher<core::DiffOutcome> m_watcher;
    std::optional<core::DiffReport> m_report;
};

} // namespace kuw::ui
