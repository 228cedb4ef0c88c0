// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include "session/Journal.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;

namespace kuw::ui {

/// Choose what to do: guided upgrade, fresh install, read-only diagnosis or demo; or resume
/// an unfinished session from its journal.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    void setMode(WizardMode mode);
    WizardMode mode() const;
    /// The journal chosen for resume, if any.
    QString resumePath() const;
    QListWidget *sessionsView() const { return m_resume; }
    QPushButton *resumeLatestButton() const { return m_resumeLatest; }

Q_SIGNALS:
    /// The recent sessions are listed (read from the journal directory on a worker thread).
    void sessionsListed();

private:
    void showSessions(const QList<core::Journal> &journals);

    WizardState &m_state;
    QFutureWatcher<QList<core::Journal>> m_listing;
    QButtonGroup *m_modes = nullptr;
    QListWidget *m_resume = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_resumeLatest = nullptr;
    QPushButton *m_newSession = nullptr;
};

} // namespace kuw::ui
