// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace kuw::core {
struct DatastoreStatus;
struct Error;
} // namespace kuw::core

namespace kuw::ui {

/// Read-only rich-text panel showing a probe summary or a typed error with its remedy.
class StatusView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit StatusView(QWidget *parent = nullptr);
    void showStatus(const core::DatastoreStatus &status, qint64 elapsedMs);
    void showError(const core::Error &error);
    void showMessage(const QString &text);
};

} // namespace kuw::ui
