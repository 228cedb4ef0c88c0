// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPage.h"
#include "widgets/ThemeColors.h"

#include "RehearsalPage.h"
#include "db/PgConnection.h"
#include "jobs/MigrationJob.h"
#include "migrations/Engine.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kuw::ui {

RunPage::RunPage(WizardState &state, core::MigrationCommand command, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_command(command)
{
    switch (command) {
    case core::MigrationCommand::Bootstrap:
        setTitle(tr("Bootstrap"));
        setSubTitle(tr("Create Kong's schema at the chosen version, exactly as 'kong migrations bootstrap' does."));
        break;
    case core::MigrationCommand::Up:
        setTitle(tr("Migrations up"));
        setSubTitle(tr("Non-destructive changes: the old cluster keeps working afterwards. "
                       "Each migration commits together with its schema_meta record."));
        break;
    case core::MigrationCommand::Finish:
        setTitle(tr("Finish"));
        setSubTitle(tr("Destructive teardown: after this, nodes of the previous version can no longer use the datastore."));
        break;
    }
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_plan = new QPlainTextEdit(this);
    m_plan->setReadOnly(true);
    m_plan->setAccessibleName(tr("Plan"));
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_confirm = new QLineEdit(this);
    m_confirm->setAccessibleName(tr("Type the database name to confirm"));
    m_confirm->setPlaceholderText(tr("Type the database name to confirm"));
    m_confirm->setVisible(command == core::MigrationCommand::Finish);
    connect(m_confirm, &QLineEdit::textChanged, this, &RunPage::updateRunEnabled);
    m_run = new QPushButton(command == core::MigrationCommand::Finish ? tr("Run &finish") :
                            command == core::MigrationCommand::Up     ? tr("Run &up")
                                                                      : tr("Run &bootstrap"), this);
    m_run->setAccessibleName(m_run->text().remove(QLatin1Char('&')));
    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_cancel->setAccessibleName(tr("Cancel the running migrations"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_current = new QLabel(this);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);

    auto *row = new QHBoxLayout;
    row->addWidget(m_confirm, 1);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_plan, 2);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addWidget(m_log, 1);

    connect(m_run, &QPushButton::clicked, this, &RunPage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_current->setText(tr("Cancelling: the current step rolls back, completed steps are kept…"));
    });
    connect(&m_planWatcher, &QFutureWatcher<Planned>::finished, this, &RunPage::showPlan);
}

RunPage::~RunPage() = default;

QString RunPage::stepName() const
{
    return core::commandName(m_command);
}

void RunPage::initializePage()
{
    if (m_report)
        return; // already ran: keep the report
    m_log->clear();
    m_progress->setValue(0);
    buildPlan();
}

void RunPage::buildPlan()
{
    m_planned.reset();
    m_plan->setPlainText(tr("Building the plan…"));
    updateRunEnabled();
    core::Engine::Options opts;
    opts.target = m_state.target;
    opts.plugins = m_state.plugins;
    const core::Catalog &catalog = *m_state.catalog;
    m_planWatcher.setFuture(QtConcurrent::run([&catalog, settings = m_state.settings, opts, cmd = m_command] {
        Planned out;
        auto conn = core::PgConnection::open(settings);
        if (!conn) {
            out.error = conn.error();
            return out;
        }
        core::Engine engine(catalog, settings, opts);
        auto plan = engine.plan(**conn, cmd);
        if (plan)
            out.plan = *plan;
        else
            out.error = plan.error();
        return out;
    }));
}

void RunPage::showPlan()
{
    const Planned p = m_planWatcher.result();
    if (p.error) {
        m_plan->setPlainText(p.error->toString());
        m_info->setText(QStringLiteral("<b style='color:%2'>%1</b>").arg(p.error->message.toHtmlEscaped(), errorColor(palette()).name()));
        Q_EMIT planReady(false);
        return;
    }
    m_planned = p.plan;
    m_plan->setPlainText(m_planned->toText());
    if (m_planned->steps.isEmpty() && !m_planned->createsBookkeeping) {
        m_info->setText(m_command == core::MigrationCommand::Finish ? tr("No pending migrations to finish.")
                                                                     : tr("Nothing to do: the datastore is up to date."));
    } else if (m_command == core::MigrationCommand::Finish) {
        m_info->setText(tr("%n teardown(s) will run. Type the database name <b>%1</b> to confirm.", nullptr,
                           int(m_planned->steps.size())).arg(m_state.settings.database.toHtmlEscaped()));
    } else {
        m_info->setText(tr("%n step(s) will run.", nullptr, int(m_planned->steps.size())));
    }
    if (m_state.rehearsal && m_state.rehearsal->ok() && !m_planned->steps.isEmpty())
        m_info->setText(m_info->text() + QLatin1Char(' ') + tr("The rehearsal estimates about %1.")
                            .arg(RehearsalPage::formatDuration(m_command == core::MigrationCommand::Finish ? m_state.rehearsal->estimatedFinishMs
                                                                                                          : m_state.rehearsal->estimatedUpMs)));
    m_progress->setRange(0, qMax(1, int(m_planned->steps.size())));
    updateRunEnabled();
    Q_EMIT completeChanged();
    Q_EMIT planReady(true);
}

void RunPage::updateRunEnabled()
{
    bool ok = m_planned.has_value() && !isRunning() && !m_report
              && (!m_planned->steps.isEmpty() || m_planned->createsBookkeeping);
    if (m_command == core::MigrationCommand::Finish)
        ok = ok && m_confirm->text() == m_state.settings.database;
    if (m_gateAllows)
        ok = ok && m_gateAllows();
    m_run->setEnabled(ok);
}

void RunPage::setGate(QWidget *gate, std::function<bool()> allows)
{
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(2, gate); // after the info line and the plan, above the confirmation
    m_gateAllows = std::move(allows);
    updateRunEnabled();
}

void RunPage::start()
{
    if (!m_planned || isRunning() || (m_gateAllows && !m_gateAllows()))
        return;
    Q_EMIT aboutToRun();
    if (m_command == core::MigrationCommand::Finish)
        m_state.record(stepName(), QStringLiteral("confirmed"), tr("database name typed"));
    core::Engine::Options opts;
    opts.target = m_state.target;
    opts.plugins = m_state.plugins;
    m_job = std::make_unique<core::MigrationJob>(*m_state.catalog, m_state.settings, opts, m_command);
    connect(m_job.get(), &core::MigrationJob::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_job.get(), &core::MigrationJob::progress, this, [this](int done, int total, const QString &current) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        if (!current.isEmpty())
            m_current->setText(tr("Step %1 of %2: %3").arg(done + 1).arg(total).arg(current));
    });
    connect(m_job.get(), &core::MigrationJob::finished, this, &RunPage::onFinished);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_state.record(stepName(), QStringLiteral("started"), tr("%n step(s)", nullptr, int(m_planned->steps.size())));
    m_job->start();
    Q_EMIT completeChanged();
}

void RunPage::onFinished(const core::RunReport &report)
{
    m_report = report;
    m_cancel->setEnabled(false);
    qint64 total = 0;
    for (const core::StepReport &s : report.steps)
        total += s.durationMs;
    if (report.ok()) {
        m_current->setText(tr("Done: %n step(s) in %1 ms.", nullptr, int(report.steps.size())).arg(total));
        m_state.record(stepName(), QStringLiteral("done"), m_current->text(),
                       {{QStringLiteral("steps"), QString::number(report.steps.size())},
                        {QStringLiteral("duration_ms"), QString::number(total)}});
    } else {
        const QString why = report.error ? report.error->toString() : tr("cancelled");
        m_current->setText(tr("Stopped: %1").arg(why));
        m_log->appendPlainText(why);
        m_state.record(stepName(), report.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), why);
        m_report.reset(); // allow another try: completed steps are recorded, the plan is rebuilt
        buildPlan();
    }
    if (m_command == core::MigrationCommand::Finish)
        m_state.finishReport = report;
    else
        m_state.upReport = report;
    Q_EMIT completeChanged();
    Q_EMIT runFinished(report.ok());
}

bool RunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool RunPage::isComplete() const
{
    if (isRunning())
        return false;
    if (m_report)
        return m_report->ok();
    return m_planned && m_planned->steps.isEmpty() && !m_planned->createsBookkeeping;
}

int RunPage::nextId() const
{
    return m_nextId;
}

} // namespace kuw::ui
