// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestorePanel.h"
#include "widgets/ThemeColors.h"

#include "snapshot/SnapshotJob.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kuw::ui {

RestorePanel::RestorePanel(WizardState &state, QWidget *parent) : QWidget(parent), m_state(state)
{
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("Snapshot file"));
    m_file->setPlaceholderText(tr("A kong-….dump file made by pg_dump -Fc"));
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setAccessibleName(tr("Choose the snapshot file"));
    m_inPlace = new QRadioButton(this);
    m_inPlace->setChecked(true);
    m_intoNew = new QRadioButton(tr("Into a n&ew database on the same server, named:"), this);
    m_intoNew->setAccessibleName(tr("Restore into a new database on the same server"));
    m_newName = new QLineEdit(this);
    m_newName->setAccessibleName(tr("Name of the new database"));
    m_newName->setEnabled(false);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setAccessibleName(tr("Type the database name to confirm replacing its Kong schema"));
    m_confirmLabel->setBuddy(m_confirm);
    m_restore = new QPushButton(tr("Res&tore"), this);
    m_restore->setAccessibleName(tr("Restore the snapshot"));
    m_cancel = new QPushButton(tr("Cancel restore"), this);
    m_cancel->setAccessibleName(tr("Cancel the running restore"));
    m_result = new QLabel(this);
    m_result->setTextFormat(Qt::RichText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Restore log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(1000);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_intoNew);
    newRow->addWidget(m_newName, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *fileLabel = new QLabel(tr("Snapshot fi&le:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_inPlace);
    layout->addLayout(newRow);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_log, 1);

    connect(m_browse, &QPushButton::clicked, this, &RestorePanel::browse);
    connect(m_restore, &QPushButton::clicked, this, &RestorePanel::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_result->setText(tr("Cancelling: pg_restore is stopped and its transaction rolled back…"));
    });
    for (QLineEdit *e : {m_file, m_newName, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &RestorePanel::updateEnabled);
    connect(m_intoNew, &QRadioButton::toggled, this, [this](bool on) {
        m_newName->setEnabled(on);
        m_confirm->setEnabled(!on);
        m_confirmLabel->setEnabled(!on);
        updateEnabled();
    });
    prepare();
}

RestorePanel::~RestorePanel() = default;

void RestorePanel::prepare(const QString &path)
{
    const QString db = m_state.settings.database;
    m_inPlace->setText(tr("Into the connected database %1, &replacing its Kong schema").arg(db));
    m_inPlace->setAccessibleName(tr("Restore into the connected database, replacing its Kong schema"));
    m_confirmLabel->setText(tr("This drops the current Kong schema of %1 and everything in it. "
                               "Type the database name <b>%1</b> to confirm:").arg(db.toHtmlEscaped()));
    if (!path.isEmpty())
        m_file->setText(path);
    if (m_newName->text().isEmpty() || m_newName->text() == m_proposedName) // not edited by the user
        m_newName->setText(db + QStringLiteral("_restored"));
    m_proposedName = db + QStringLiteral("_restored");
    updateEnabled();
}

bool RestorePanel::isRunning() const
{
    return m_job && m_job->isRunning();
}

void RestorePanel::browse()
{
    const QString start = m_file->text().isEmpty() ? core::defaultSnapshotDirectory() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a snapshot"), start, tr("Snapshots (*.dump);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void RestorePanel::updateEnabled()
{
    const bool running = isRunning();
    const bool target = m_intoNew->isChecked() ? !m_newName->text().trimmed().isEmpty()
                                               : m_confirm->text() == m_state.settings.database;
    m_restore->setEnabled(!running && !m_file->text().trimmed().isEmpty() && target);
    m_cancel->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_browse, m_inPlace, m_intoNew})
        w->setEnabled(!running);
}

void RestorePanel::start()
{
    if (isRunning())
        return;
    const QString path = m_file->text().trimmed();
    if (!QFileInfo(path).isFile()) {
        m_result->setText(errorHtml(palette(), tr("%1 is not a file.").arg(path.toHtmlEscaped()), true) + QLatin1Char(' ')
                          + tr("Choose a snapshot made on the Snapshot page (they are kept in %1).")
                                .arg(core::defaultSnapshotDirectory().toHtmlEscaped()));
        return;
    }
    core::RestoreOptions opts;
    if (m_intoNew->isChecked())
        opts.newDatabase = m_newName->text().trimmed();
    else
        opts.confirmed = true; // the database name was typed
    m_state.record(QStringLiteral("restore"), QStringLiteral("started"), path,
                   {{QStringLiteral("into"), opts.newDatabase.isEmpty() ? m_state.settings.database : opts.newDatabase}});
    m_succeeded = false;
    m_log->clear();
    m_result->setText(tr("Verifying the archive and restoring…"));
    m_job = core::SnapshotJob::restore(m_state.settings, path, opts, this);
    connect(m_job, &core::SnapshotJob::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_job, &core::SnapshotJob::finished, this, &RestorePanel::onFinished);
    m_job->start();
    updateEnabled();
    Q_EMIT runningChanged(true);
}

void RestorePanel::onFinished(const core::SnapshotJobResult &r)
{
    m_succeeded = r.ok();
    if (r.ok() && r.restore) {
        m_result->setText(tr("Restored into %1 in %2 ms.%3")
                              .arg(r.restore->database.toHtmlEscaped())
                              .arg(r.restore->durationMs)
                              .arg(r.restore->intoNewDatabase ? QString() : tr(" Re-check the datastore before continuing.")));
        m_confirm->clear();
    } else if (r.error) {
        QString html = errorHtml(palette(), tr("Restore failed: %1").arg(r.error->message).toHtmlEscaped(), true);
        if (r.restore && r.restore->targetModified)
            html += QStringLiteral("<br>") + tr("The Kong schema was already dropped: restore again before starting Kong.").toHtmlEscaped();
        else
            html += QStringLiteral("<br>") + tr("The target was left as it was.").toHtmlEscaped();
        if (!r.error->remedy.isEmpty())
            html += QStringLiteral("<br>") + tr("What to do: %1").arg(r.error->remedy).toHtmlEscaped();
        m_result->setText(html);
    }
    m_state.record(QStringLiteral("restore"), r.ok() ? QStringLiteral("done") : QStringLiteral("failed"),
                   r.ok() ? m_file->text().trimmed() : r.error->message,
                   {{QStringLiteral("database"), r.restore ? r.restore->database : QString()}});
    updateEnabled();
    Q_EMIT runningChanged(false);
    Q_EMIT restoreFinished(r.ok());
}

} // namespace kuw::ui
