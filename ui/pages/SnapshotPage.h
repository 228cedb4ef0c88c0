// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kuw::core {
class SnapshotJob;
}

namespace kuw::ui {

/// A verified backup before any change (pg_dump -Fc, checked with pg_restore --list).
/// Skippable only with a typed reason, which the journal records.
class SnapshotPage : public QWizardPage
{
    Q_OBJECT
public:
    SnapshotPage(WizardState &state, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    /// Where the Rehearsal page leads: Up, or Finish when only pending migrations remain.
    int pageAfterRehearsal() const;

    QPushButton *snapshotButton() const { return m_take; }
    QLineEdit *skipReasonEdit() const { return m_skipReason; }
    QPushButton *restoreButton() const { return m_restore; }
    bool hasSnapshot() const { return !m_path.isEmpty(); }
    QString snapshotPath() const { return m_path; }
    bool isRunning() const;

Q_SIGNALS:
    void snapshotFinished(bool ok);

private:
    void take();
    void openRestore();

    WizardState &m_state;
    QLabel *m_status = nullptr;
    QPushButton *m_take = nullptr;
    QLineEdit *m_skipReason = nullptr;
    QPushButton *m_restore = nullptr;
    core::SnapshotJob *m_job = nullptr;
    QString m_path;
};

} // namespace kuw::ui
