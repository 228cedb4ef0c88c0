// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/NodeVerifier.h"
#include "versions/KongVersion.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kuw::ui {

/// Hybrid cutover: the Data Planes the new Control Plane lists (`GET /clustering/data-planes`),
/// one row each with its version; a Data Plane still on another version is flagged with what
/// to do. Refreshed on every poll (CheckpointsPage asks NodeVerifier).
class DataPlanesView : public QWidget
{
    Q_OBJECT
public:
    explicit DataPlanesView(QWidget *parent = nullptr);

    /// Shows the latest poll; `at` is when it answered.
    void showCheck(const core::DataPlaneCheck &check, const core::KongVersion &target, const QDateTime &at);
    /// Before the Control Plane is verified there is nobody to ask.
    void showWaiting();
    /// Data Planes listed but not on the target's minor version.
    int outdatedCount() const { return m_outdated; }

    QTreeWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

private:
    QLabel *m_status = nullptr;
    QTreeWidget *m_table = nullptr;
    int m_outdated = 0;
};

} // namespace kuw::ui
