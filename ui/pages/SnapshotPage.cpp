// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotPage.h"

#include "UpgradeWizard.h"
#include "snapshot/SnapshotJob.h"
#include "widgets/RestoreSnapshotDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kuw::ui {

SnapshotPage::SnapshotPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Safety snapshot"));
    setSubTitle(tr("A verified backup of the Kong schema before anything changes. Kong migrations have no "
                   "'down': restoring this snapshot is the way back."));
    m_status = new QLabel(tr("No snapshot yet."), this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_take = new QPushButton(tr("Take &snapshot"), this);
    m_take->setAccessibleName(tr("Take a verified snapshot"));
    connect(m_take, &QPushButton::clicked, this, &SnapshotPage::take);
    m_skipReason = new QLineEdit(this);
    m_skipReason->setAccessibleName(tr("Reason for skipping the snapshot"));
    m_skipReason->setPlaceholderText(tr("e.g. storage snapshot taken at 14:02 by the DBA team"));
    connect(m_skipReason, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    m_restore = new QPushButton(tr("&Restore a snapshot…"), this);
    m_restore->setAccessibleName(tr("Restore a snapshot into this or a new database"));
    connect(m_restore, &QPushButton::clicked, this, &SnapshotPage::openRestore);
    auto *form = new QFormLayout;
    form->addRow(tr("Or s&kip, because:"), m_skipReason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_take, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(form);
    layout->addWidget(m_restore, 0, Qt::AlignLeft);
}

void SnapshotPage::openRestore()
{
    // Window-modal but not a nested exec(): the restore runs as a job, the wizard stays live.
    auto *dialog = new RestoreSnapshotDialog(m_state, m_path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool SnapshotPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void SnapshotPage::take()
{
    if (isRunning())
        return;
    m_take->setEnabled(false);
    m_status->setText(tr("Running pg_dump and verifying the archive…"));
    core::SnapshotOptions opts;
    opts.directory = m_state.snapshotDir;
    m_job = core::SnapshotJob::create(m_state.settings, opts, this);
    connect(m_job, &core::SnapshotJob::finished, this, [this](const core::SnapshotJobResult &r) {
        m_take->setEnabled(true);
        if (r.snapshot) {
            m_path = r.snapshot->path;
            m_state.snapshotPath = m_path;
            m_status->setText(tr("Verified snapshot: %1\n%2 KiB, %3 archive entries, %4 ms (pg_dump %5).")
                                  .arg(m_path)
                                  .arg(r.snapshot->sizeBytes / 1024)
                                  .arg(r.snapshot->tocEntries)
                                  .arg(r.snapshot->durationMs)
                                  .arg(r.snapshot->clientVersion));
            m_state.record(QStringLiteral("snapshot"), QStringLiteral("done"), m_path,
                           {{QStringLiteral("size_bytes"), QString::number(r.snapshot->sizeBytes)},
                            {QStringLiteral("toc_entries"), QString::number(r.snapshot->tocEntries)}});
        } else if (r.error) {
            m_status->setText(tr("Snapshot failed: %1\nWhat to do: %2").arg(r.error->message, r.error->remedy));
            m_state.record(QStringLiteral("snapshot"), QStringLiteral("failed"), r.error->message);
        }
        Q_EMIT completeChanged();
        Q_EMIT snapshotFinished(r.snapshot.has_value());
    });
    m_job->start();
    Q_EMIT completeChanged();
}

bool SnapshotPage::isComplete() const
{
    if (isRunning())
        return false;
    return hasSnapshot() || m_skipReason->text().trimmed().size() >= 10; // a real reason, not "x"
}

bool SnapshotPage::validatePage()
{
    if (!hasSnapshot())
        m_state.record(QStringLiteral("snapshot"), QStringLiteral("skipped"), m_skipReason->text().trimmed());
    return true;
}

int SnapshotPage::nextId() const
{
    return UpgradeWizard::RehearsalPageId;
}

int SnapshotPage::pageAfterRehearsal() const
{
    // An earlier up left only pending migrations: go straight to finish.
    if (m_state.state && m_state.state->kind() == core::SchemaState::Kind::PendingMigrations && !m_state.state->hasNew())
        return UpgradeWizard::FinishPageId;
    return UpgradeWizard::UpPageId;
}

} // namespace kuw::ui
