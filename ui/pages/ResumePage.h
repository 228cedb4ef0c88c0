// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"
#include "parallel/ParallelResume.h"
#include "session/SessionResume.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;

namespace kuw::ui {

/// Resuming a journaled session: after Connection, re-reads the datastore's state (worker
/// thread), says what the session had done and what the datastore shows now, and continues
/// at the page that fits (e.g. after Up when `up` is done, Summary when finish is done).
class ResumePage : public QWizardPage
{
    Q_OBJECT
public:
    ResumePage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isChecking() const { return m_watcher.isRunning(); }
    const std::optional<core::ResumePoint> &point() const { return m_point; }
    /// Set for a parallel-path session: where it continues (the old datastore's schema is
    /// never changed on that path, so `point()` does not apply).
    const std::optional<core::ParallelResumePoint> &parallelPoint() const { return m_parallel; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void checked(bool ok);

private:
    struct Checked
    {
        std::optional<core::SchemaState> state;
        std::optional<core::Error> error;
        std::optional<bool> targetBootstrapped; ///< the parallel path's new datastore, when reachable
    };
    void showChecked();
    int pageFor(core::ResumePoint::Step step) const;
    static int pageFor(core::ParallelResumePoint::Step step);
    int continueAt() const;

    WizardState &m_state;
    QLabel *m_session = nullptr;
    QLabel *m_summary = nullptr;
    QFutureWatcher<Checked> m_watcher;
    std::optional<core::ResumePoint> m_point;
    std::optional<core::ParallelResumePoint> m_parallel;
};

} // namespace kuw::ui
