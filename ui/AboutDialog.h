// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versions/KongVersion.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace kuw::ui {

/// Version, the newest Kong version the migration catalog knows, and the licences of the
/// components in the binaries (Help button of the wizard).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// `newestKong` is invalid when the catalog could not be loaded.
    explicit AboutDialog(const core::KongVersion &newestKong, QWidget *parent = nullptr);

    QLabel *versionLabel() const { return m_version; }
    QTreeWidget *componentTable() const { return m_components; }

private:
    QLabel *m_version = nullptr;
    QTreeWidget *m_components = nullptr;
};

} // namespace kuw::ui
