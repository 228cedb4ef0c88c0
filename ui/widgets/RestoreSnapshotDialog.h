// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QDialog>

class QDialogButtonBox;

namespace kuw::ui {

class RestorePanel;

/// "Restore a snapshot…" from the Snapshot page: the RestorePanel in a dialog whose Close
/// button is disabled while the restore runs.
class RestoreSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreSnapshotDialog(WizardState &state, const QString &path, QWidget *parent = nullptr);
    RestorePanel *panel() const { return m_panel; }
    void reject() override;

private:
    RestorePanel *m_panel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kuw::ui
