// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResumePage.h"
#include "widgets/ThemeColors.h"

#include "UpgradeWizard.h"
#include "pages/RunPage.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kuw::ui {

ResumePage::ResumePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Resume a session"));
    setSubTitle(tr("The journal says what this session did; the datastore is re-checked now, "
                   "because anything may have happened since."));
    m_session = new QLabel(this);
    m_session->setWordWrap(true);
    m_session->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_session);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<Checked>::finished, this, &ResumePage::showChecked);
}

void ResumePage::initializePage()
{
    m_point.reset();
    m_parallel.reset();
    m_state.state.reset();
    if (!m_state.journal || !m_state.catalog) {
        m_summary->setText(tr("No session to resume."));
        return;
    }
    const core::Journal &j = *m_state.journal;
    QStringList done;
    for (const core::JournalEvent &e : j.events())
        if (e.event == QLatin1String("done") || e.event == QLatin1String("skipped") || e.event == QLatin1String("acknowledged"))
            done.append(QStringLiteral("%1 %2").arg(e.step, e.event == QLatin1String("done")      ? tr("done", "journal event")
                                                            : e.event == QLatin1String("skipped") ? tr("skipped", "journal event")
                                                                                                  : tr("acknowledged", "journal event")));
    done.removeDuplicates();
    if (m_state.checkpoints.doneCount() > 0)
        done.append(tr("cutover checkpoints %1 of %2").arg(m_state.checkpoints.doneCount()).arg(m_state.checkpoints.count()));
    m_session->setText(tr("Session started %1 for %2. Recorded: %3.")
                           .arg(j.created().toLocalTime().toString(Qt::ISODate), j.datastore(),
                                done.isEmpty() ? tr("nothing yet") : done.join(QStringLiteral(", "))));
    const auto target = m_state.catalog->resolve(core::journaledTarget(j));
    m_state.target = target.value_or(m_state.catalog->newest());
    m_summary->setText(tr("Re-reading schema_meta for Kong %1…").arg(m_state.target.toString()));
    core::Engine::Options opts;
    opts.target = m_state.target;
    opts.plugins = m_state.plugins;
    const core::Catalog &catalog = *m_state.catalog;
    // A parallel-path session: its new datastore is re-checked too (still bootstrapped?).
    std::optional<core::ConnectionSettings> newDatastore;
    m_state.parallel = core::isParallelSession(j);
    if (m_state.parallel) {
        newDatastore = core::parallelResumePoint(j, false).target;
        // Same server and role as the old datastore (as the target page proposes): its password.
        if (newDatastore && newDatastore->host == m_state.settings.host && newDatastore->port == m_state.settings.port
            && newDatastore->user == m_state.settings.user)
            newDatastore->password = m_state.settings.password;
        if (newDatastore)
            m_state.parallelTarget = *newDatastore;
    }
    m_watcher.setFuture(QtConcurrent::run([&catalog, settings = m_state.settings, newDatastore, opts] {
        Checked out;
        auto st = core::recheckDatastore(catalog, settings, opts);
        if (st)
            out.state = *st;
        else
            out.error = st.error();
        if (newDatastore)
            if (auto ts = core::recheckDatastore(catalog, *newDatastore, opts))
                out.targetBootstrapped = !ts->needsBootstrap;
        return out;
    }));
    Q_EMIT completeChanged();
}

void ResumePage::showChecked()
{
    const Checked c = m_watcher.result();
    if (c.error) {
        m_summary->setText(errorHtml(palette(), c.error->message.toHtmlEscaped(), true) + QStringLiteral("<br>")
                           + c.error->remedy.toHtmlEscaped());
        Q_EMIT completeChanged();
        Q_EMIT checked(false);
        return;
    }
    m_state.state = c.state;
    m_point = core::resumePoint(*m_state.journal, *c.state);
    if (m_state.parallel) {
        m_parallel = core::parallelResumePoint(*m_state.journal, m_state.checkpoints.allDone(), c.targetBootstrapped);
        m_state.exportedAt = m_parallel->exportedAt;
    }
    const QWizardPage *to = wizard() ? wizard()->page(continueAt()) : nullptr;
    m_summary->setText(tr("The datastore now: %1\n%2\nNext: continue at “%3”.")
                           .arg(c.state->summary().section(QLatin1Char('\n'), 0, 0), m_parallel ? m_parallel->reason : m_point->reason,
                                to ? to->title() : QString()));
    Q_EMIT completeChanged();
    Q_EMIT checked(true);
}

int ResumePage::pageFor(core::ResumePoint::Step step) const
{
    using Step = core::ResumePoint::Step;
    const auto *w = qobject_cast<const UpgradeWizard *>(wizard());
    switch (step) {
    case Step::Version: return UpgradeWizard::VersionPageId;
    case Step::Assessment: return UpgradeWizard::AssessmentPageId;
    case Step::Up: return UpgradeWizard::UpPageId;
    case Step::AfterUp: return w ? w->upPage()->nextId() : int(UpgradeWizard::FinishPageId);
    case Step::Summary: return UpgradeWizard::SummaryPageId;
    }
    return UpgradeWizard::VersionPageId;
}

int ResumePage::pageFor(core::ParallelResumePoint::Step step)
{
    using Step = core::ParallelResumePoint::Step;
    switch (step) {
    case Step::Target: return UpgradeWizard::ParallelTargetPageId;
    case Step::Transfer: return UpgradeWizard::ParallelTransferPageId;
    case Step::Checkpoints: return UpgradeWizard::CheckpointsPageId;
    case Step::Diff: return UpgradeWizard::ParallelDiffPageId;
    case Step::Decommission: return UpgradeWizard::ParallelDecommissionPageId;
    case Step::Summary: return UpgradeWizard::SummaryPageId;
    }
    return UpgradeWizard::ParallelTargetPageId;
}

int ResumePage::continueAt() const
{
    if (m_parallel)
        return pageFor(m_parallel->step);
    return m_point ? pageFor(m_point->step) : int(UpgradeWizard::VersionPageId);
}

bool ResumePage::isComplete() const
{
    return m_point.has_value() && !m_watcher.isRunning();
}

bool ResumePage::validatePage()
{
    m_state.record(QStringLiteral("resume"), QStringLiteral("resumed"), m_parallel ? m_parallel->reason : m_point->reason,
                   {{QStringLiteral("page"), QString::number(continueAt())}});
    return true;
}

int ResumePage::nextId() const
{
    return continueAt();
}

} // namespace kuw::ui
