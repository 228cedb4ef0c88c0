// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace kuw::core {
class SnapshotJob;
struct SnapshotJobResult;
} // namespace kuw::core

namespace kuw::ui {

/// Restores a snapshot file into the connected database (after the database name is typed as
/// confirmation: it replaces the Kong schema) or into a new database on the same server. Runs
/// as a SnapshotJob on a worker thread; the outcome and remedy appear inline.
/** Used by the Restore page (Welcome → Restore a snapshot) and the Snapshot page's dialog. */
class RestorePanel : public QWidget
{
    Q_OBJECT
public:
    RestorePanel(WizardState &state, QWidget *parent = nullptr);
    ~RestorePanel() override;

    /// Re-reads the connection (database name for the confirmation) and proposes `path`.
    void prepare(const QString &path = {});
    bool isRunning() const;
    bool succeeded() const { return m_succeeded; }

    QLineEdit *fileEdit() const { return m_file; }
    QRadioButton *inPlaceButton() const { return m_inPlace; }
    QRadioButton *newDatabaseButton() const { return m_intoNew; }
    QLineEdit *newDatabaseEdit() const { return m_newName; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void restoreFinished(bool ok);
    void runningChanged(bool running);

private:
    void browse();
    void start();
    void onFinished(const core::SnapshotJobResult &result);
    void updateEnabled();

    WizardState &m_state;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_inPlace = nullptr;
    QRadioButton *m_intoNew = nullptr;
    QLineEdit *m_newName = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_log = nullptr;
    core::SnapshotJob *m_job = nullptr;
    bool m_succeeded = false;
    QString m_proposedName; ///< the new-database name prepare() proposed last
};

} // namespace kuw::ui
