// SPDX-License-Identifier: GPL-3.0-or-later
#include "RehearsalPage.h"
#include "widgets/ThemeColors.h"

#include "UpgradeWizard.h"
#include "pages/SnapshotPage.h"
#include "snapshot/RehearsalJob.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kuw::ui {
namespace {
enum Column { StepColumn, PhaseColumn, DurationColumn, LockColumn, OutcomeColumn };

/// A step's outcome in the UI language; core::outcomeName() stays the stable id of reports and journals.
QString outcomeText(core::StepReport::Outcome outcome)
{
    switch (outcome) {
    case core::StepReport::Outcome::Done: return RehearsalPage::tr("done", "step outcome");
    case core::StepReport::Outcome::Failed: return RehearsalPage::tr("failed", "step outcome");
    case core::StepReport::Outcome::Cancelled: return RehearsalPage::tr("cancelled", "step outcome");
    case core::StepReport::Outcome::NotRun: return RehearsalPage::tr("not run", "step outcome");
    }
    return {};
}
} // namespace

QString RehearsalPage::formatDuration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

RehearsalPage::RehearsalPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Rehearsal"));
    setSubTitle(tr("Recommended: restore the snapshot into a throwaway copy and run the exact plan there "
                   "(up, then finish) before production is touched. Its timings estimate the real run."));
    m_snapshot = new QLabel(this);
    m_snapshot->setWordWrap(true);
    m_snapshot->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *where = new QGroupBox(tr("Where to rehearse"), this);
    m_local = new QRadioButton(tr("&Embedded scratch PostgreSQL on this machine (nothing runs on the production server)"), where);
    m_local->setAccessibleName(tr("Rehearse on an embedded scratch PostgreSQL on this machine"));
    m_local->setChecked(true);
    m_onServer = new QRadioButton(tr("Scratch &database on the production server (needs CREATEDB; adds load there)"), where);
    m_onServer->setAccessibleName(tr("Rehearse in a scratch database on the production server"));
    auto *whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_local);
    whereLayout->addWidget(m_onServer);

    m_run = new QPushButton(tr("&Rehearse"), this);
    m_run->setAccessibleName(tr("Run the rehearsal"));
    m_cancel = new QPushButton(tr("Cancel rehearsal"), this);
    m_cancel->setAccessibleName(tr("Cancel the running rehearsal"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Rehearsal progress"));
    m_progress->setValue(0);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps = new QTreeWidget(this);
    m_steps->setAccessibleName(tr("Per-migration durations of the rehearsal"));
    m_steps->setHeaderLabels({tr("Migration"), tr("Command"), tr("Duration"), tr("Lock retries"), tr("Outcome")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Rehearsal log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(2000);
    m_skip = new QCheckBox(tr("S&kip the rehearsal (recorded in the journal)"), this);
    m_skip->setAccessibleName(tr("Skip the rehearsal"));
    m_skipReason = new QLineEdit(this);
    m_skipReason->setAccessibleName(tr("Reason for skipping the rehearsal"));
    m_skipReason->setPlaceholderText(tr("Reason (optional), e.g. rehearsed yesterday on the staging copy"));
    m_skipReason->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    auto *skipRow = new QHBoxLayout;
    skipRow->addWidget(m_skip);
    skipRow->addWidget(m_skipReason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_snapshot);
    layout->addWidget(where);
    layout->addLayout(row);
    layout->addWidget(m_current);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_log, 1);
    layout->addLayout(skipRow);

    connect(m_run, &QPushButton::clicked, this, &RehearsalPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_current->setText(tr("Cancelling: the scratch copy is torn down…"));
    });
    connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
        m_skipReason->setEnabled(on);
        Q_EMIT completeChanged();
    });
}

RehearsalPage::~RehearsalPage() = default;

void RehearsalPage::initializePage()
{
    if (!m_backGuarded) { // never leave the page while the rehearsal runs
        m_backGuarded = true;
        connect(this, &QWizardPage::completeChanged, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->button(QWizard::BackButton)->setEnabled(!isRunning());
        });
    }
    if (m_state.snapshotPath.isEmpty())
        m_snapshot->setText(tr("No snapshot was taken in this session: the rehearsal restores one. "
                               "Go back to take a snapshot, or skip the rehearsal."));
    else
        m_snapshot->setText(tr("Snapshot to rehearse on: %1").arg(m_state.snapshotPath));
    updateButtons();
}

void RehearsalPage::updateButtons()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && !m_state.snapshotPath.isEmpty() && m_state.catalog.has_value());
    m_cancel->setEnabled(running);
    m_local->setEnabled(!running);
    m_onServer->setEnabled(!running);
}

bool RehearsalPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void RehearsalPage::start()
{
    if (isRunning() || m_state.snapshotPath.isEmpty() || !m_state.catalog)
        return;
    core::RehearsalOptions opts;
    opts.where = m_onServer->isChecked() ? core::RehearsalOptions::Where::ScratchDatabase
                                         : core::RehearsalOptions::Where::ScratchCluster;
    opts.server = m_state.settings;
    opts.engine.target = m_state.target;
    opts.engine.plugins = m_state.plugins;
    m_steps->clear();
    m_log->clear();
    m_summary->clear();
    m_progress->setRange(0, 0); // busy until the first migration reports
    m_current->setText(tr("Restoring the snapshot into a scratch copy…"));
    m_job = std::make_unique<core::RehearsalJob>(*m_state.catalog, m_state.snapshotPath, opts);
    connect(m_job.get(), &core::RehearsalJob::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_job.get(), &core::RehearsalJob::progress, this, [this](int done, int total, const QString &current) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        if (!current.isEmpty())
            m_current->setText(tr("Step %1 of %2: %3").arg(done + 1).arg(total).arg(current));
    });
    connect(m_job.get(), &core::RehearsalJob::finished, this, &RehearsalPage::onFinished);
    m_state.record(QStringLiteral("rehearsal"), QStringLiteral("started"),
                   opts.where == core::RehearsalOptions::Where::ScratchCluster ? QStringLiteral("scratch cluster")
                                                                              : QStringLiteral("scratch database"));
    m_job->start();
    updateButtons();
    Q_EMIT completeChanged();
}

void RehearsalPage::addSteps(const core::RunReport &run, const QString &phase)
{
    for (const core::StepReport &s : run.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {QStringLiteral("%1/%2").arg(s.subsystem, s.migration), phase,
                                                   formatDuration(s.durationMs), QString::number(s.lockRetries),
                                                   outcomeText(s.outcome)});
        item->setData(DurationColumn, Qt::UserRole, s.durationMs);
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(LockColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (s.error)
            item->setToolTip(StepColumn, s.error->toString());
        if (s.outcome == core::StepReport::Outcome::Failed)
            for (int c = StepColumn; c <= OutcomeColumn; ++c)
                item->setForeground(c, QColor(0xc6, 0x28, 0x28));
    }
}

void RehearsalPage::onFinished(const core::RehearsalReport &r)
{
    m_state.rehearsal = r;
    m_progress->setRange(0, 1);
    m_progress->setValue(r.ok() ? 1 : 0);
    if (r.up)
        addSteps(*r.up, tr("up"));
    if (r.finish)
        addSteps(*r.finish, tr("finish"));
    m_steps->scrollToTop();
    QString html;
    if (r.ok()) {
        m_current->setText(tr("Rehearsal succeeded in %1 (restore %2, up %3, finish %4).")
                               .arg(formatDuration(r.totalMs), formatDuration(r.restoreMs), formatDuration(r.upMs),
                                    formatDuration(r.finishMs)));
        html = tr("<b>Estimated production run:</b> up ≈ %1, finish ≈ %2. Lock retries on the copy: %3. "
                  "Under live traffic, lock waits come on top of this estimate.")
                   .arg(formatDuration(r.estimatedUpMs), formatDuration(r.estimatedFinishMs)).arg(r.lockRetries);
    } else if (r.cancelled) {
        m_current->setText(tr("Rehearsal cancelled; the scratch copy was %1.").arg(r.tornDown ? tr("removed") : tr("NOT removed")));
    } else {
        m_current->setText(tr("Rehearsal failed. Production was not touched."));
        html = errorHtml(palette(), r.error->message.toHtmlEscaped(), true);
        if (!r.failedStep.isEmpty())
            html += QStringLiteral("<br>") + tr("Failed step: %1").arg(r.failedStep).toHtmlEscaped();
        if (!r.failedStatement.isEmpty())
            html += QStringLiteral("<br>") + tr("Statement: %1").arg(r.failedStatement.left(300)).toHtmlEscaped();
        if (!r.error->remedy.isEmpty())
            html += QStringLiteral("<br>") + tr("What to do: %1").arg(r.error->remedy).toHtmlEscaped();
        html += QStringLiteral("<br>") + tr("The same failure would stop the real run: fix the cause, or skip only if you know why.").toHtmlEscaped();
    }
    m_summary->setText(html);
    const QString outcome = r.ok() ? QStringLiteral("done") : r.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    m_state.record(QStringLiteral("rehearsal"), outcome, r.ok() ? m_current->text() : (r.error ? r.error->message : QString()),
                   {{QStringLiteral("up_ms"), QString::number(r.upMs)},
                    {QStringLiteral("finish_ms"), QString::number(r.finishMs)},
                    {QStringLiteral("estimated_up_ms"), QString::number(r.estimatedUpMs)},
                    {QStringLiteral("estimated_finish_ms"), QString::number(r.estimatedFinishMs)},
                    {QStringLiteral("lock_retries"), QString::number(r.lockRetries)},
                    {QStringLiteral("failed_step"), r.failedStep}});
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT rehearsalFinished(r.ok());
}

bool RehearsalPage::isComplete() const
{
    if (isRunning())
        return false;
    return (m_state.rehearsal && m_state.rehearsal->ok()) || m_skip->isChecked();
}

bool RehearsalPage::validatePage()
{
    if (!(m_state.rehearsal && m_state.rehearsal->ok()))
        m_state.record(QStringLiteral("rehearsal"), QStringLiteral("skipped"),
                       m_skipReason->text().trimmed().isEmpty() ? tr("no reason given") : m_skipReason->text().trimmed());
    return true;
}

int RehearsalPage::nextId() const
{
    const auto *w = qobject_cast<const UpgradeWizard *>(wizard());
    return w ? w->snapshotPage()->pageAfterRehearsal() : int(UpgradeWizard::UpPageId);
}

} // namespace kuw::ui
