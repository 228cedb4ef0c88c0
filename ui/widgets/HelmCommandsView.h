// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/HelmCommands.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kuw::ui {

/// Kubernetes/Helm cutover: the releases sharing the datastore, the generated `helm upgrade`
/// command of each (in order, with Copy buttons), and "Upgraded" to confirm each in turn.
class HelmCommandsView : public QWidget
{
    Q_OBJECT
public:
    explicit HelmCommandsView(QWidget *parent = nullptr);
    void setImageTag(const QString &tag);
    void setReleasesText(const QString &text);
    /// Releases 1..n are confirmed: only release n+1 can be confirmed next.
    void setConfirmed(int n);
    /// Rebuilds the command list from the fields; false (error shown inline) on bad input.
    bool generate();
    const QList<core::HelmCommand> &commands() const { return m_commands; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *confirmButton(int index) const { return m_confirmButtons.value(index); }

Q_SIGNALS:
    /// New commands for `releases` releases are shown.
    void generated(int releases);
    /// The user confirmed that release `index` (0-based) has been upgraded.
    void releaseUpgraded(int index, const QString &release);

private:
    QPlainTextEdit *m_releases = nullptr;
    QLineEdit *m_chart = nullptr;
    QLineEdit *m_repository = nullptr;
    QLineEdit *m_tag = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_list = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<core::HelmCommand> m_commands;
    QList<QPushButton *> m_confirmButtons;
    int m_confirmed = 0;
};

} // namespace kuw::ui
