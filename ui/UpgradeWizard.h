// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace kuw::ui {

class ConnectionPage;

/// The guided upgrade. Pages are added as the flow grows (see DESIGN.md).
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ConnectionPageId = 1 };

    explicit UpgradeWizard(QWidget *parent = nullptr);
    ConnectionPage *connectionPage() const { return m_connection; }

private:
    ConnectionPage *m_connection = nullptr;
};

} // namespace kuw::ui
