// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParallelTransferPage.h"
#include "db/PgCancelToken.h"

#include "UpgradeWizard.h"
#include "widgets/ResultTable.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace kuw::ui {
namespace {

const QString Step = QStringLiteral("parallel");

/// Importer writes Kong 2.5's schema: older targets cannot take the import.
bool importableTarget(const core::KongVersion &v)
{
    return v.major() > 2 || (v.major() == 2 && v.minor() >= 5);
}

} // namespace

ParallelTransferPage::ParallelTransferPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Bootstrap, export and import"));
    setSubTitle(tr("The new datastore is bootstrapped at the target version, the old one is exported (read only) and "
                   "the export is imported into the new one in a single transaction. Then every entity type is "
                   "counted on both sides."));
    m_route = new QLabel(this);
    m_route->setWordWrap(true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportDir = new QLineEdit(this);
    m_exportDir->setAccessibleName(tr("Folder for the export file"));
    m_exportDir->setToolTip(tr("The export holds credentials: it is written readable by you only."));
    m_useFile = new QCheckBox(tr("Import a file written by the old Kong's 'kong config db_export' instead"), this);
    m_useFile->setAccessibleName(tr("Import an existing export file"));
    m_importFile = new QLineEdit(this);
    m_importFile->setAccessibleName(tr("Export file to import"));
    m_importFile->setEnabled(false);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setEnabled(false);
    connect(m_useFile, &QCheckBox::toggled, m_importFile, &QWidget::setEnabled);
    connect(m_useFile, &QCheckBox::toggled, m_browse, &QWidget::setEnabled);
    connect(m_browse, &QPushButton::clicked, this, &ParallelTransferPage::chooseFile);
    m_run = new QPushButton(tr("&Run transfer"), this);
    m_run->setAccessibleName(tr("Bootstrap, export and import"));
    connect(m_run, &QPushButton::clicked, this, &ParallelTransferPage::start);
    m_cancel = new QPushButton(tr("&Cancel transfer"), this);
    m_cancel->setAccessibleName(tr("Cancel the running transfer"));
    m_cancel->setToolTip(tr("Stops the export or rolls the import back: nothing is imported into the new datastore."));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ParallelTransferPage::cancel);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Transfer running"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Transfer result"));
    m_issues = makeResultTable(tr("Problems in the export file"), {tr("Location"), tr("Entity"), tr("Field"), tr("Problem")}, this);
    m_issues->setVisible(false);
    m_counts = makeResultTable(tr("Entity counts, old and new"), {tr("Entity"), tr("Old"), tr("New"), tr("OK")}, this);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Transfer log"));
    m_log->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("Export &folder:"), m_exportDir);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_importFile, 1);
    fileRow->addWidget(m_browse);
    form->addRow(m_useFile);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_importFile); // a layout has no buddy: name the field itself
    form->addRow(fileLabel, fileRow);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_busy, 1);
    runRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_route);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_result);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_counts, 2);
    layout->addWidget(m_log);
    connect(&m_watcher, &QFutureWatcher<core::TransferOutcome>::finished, this, &ParallelTransferPage::onFinished);
}

ParallelTransferPage::~ParallelTransferPage()
{
    // The worker uses the catalog the wizard owns. Cancelled, it stops at its next batch or
    // table (a running bootstrap ends first); the wizard's close waits for that without blocking.
    if (m_cancelControl)
        m_cancelControl->cancel();
    m_watcher.waitForFinished();
}

void ParallelTransferPage::cancel()
{
    if (!m_running || !m_cancelControl || m_cancelControl->isCancelled())
        return;
    m_cancelControl->cancel();
    m_cancel->setEnabled(false);
    m_result->setText(tr("Cancelling: a running bootstrap ends first, an import rolls back…"));
    m_state.record(Step, QStringLiteral("cancel-requested"), {});
}

void ParallelTransferPage::cancelThen(std::function<void()> then)
{
    if (!m_running) {
        then();
        return;
    }
    m_afterStop.push_back(std::move(then));
    cancel();
}

void ParallelTransferPage::holdBackButton()
{
    // QWizard re-enables Back on every completeChanged: leaving would strand the running transfer.
    if (m_running && wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::BackButton)->setEnabled(false);
}

void ParallelTransferPage::initializePage()
{
    m_route->setText(tr("Old: %1<br>New: %2 (bootstrapped at Kong %3 if empty)")
                         .arg(m_state.settings.toString().toHtmlEscaped(), m_state.parallelTarget.toString().toHtmlEscaped(),
                              m_state.target.toString()));
    // Beside the snapshots when they have a folder of their own (a demo's throwaway directory):
    // both are full copies of the data.
    const QString base = !m_state.snapshotDir.isEmpty()  ? m_state.snapshotDir
                         : m_state.journalDir.isEmpty() ? core::Journal::defaultDirectory()
                                                        : m_state.journalDir;
    if (m_exportDir->text().isEmpty())
        m_exportDir->setText(QDir(base).filePath(QStringLiteral("exports")));
    const bool supported = importableTarget(m_state.target);
    m_run->setEnabled(supported && !isRunning());
    m_cancel->setEnabled(isRunning());
    if (!supported)
        m_result->setText(tr("The import writes Kong 2.5's schema: choose Kong 2.5 or newer as the target on the Version page."));
}

void ParallelTransferPage::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Export file"), m_exportDir->text(), tr("Kong declarative files (*.yml *.yaml)"));
    if (!file.isEmpty())
        m_importFile->setText(file);
}

void ParallelTransferPage::start()
{
    if (isRunning() || !m_state.catalog)
        return;
    core::TransferOptions o;
    o.source = m_state.settings;
    o.target = m_state.parallelTarget;
    o.targetVersion = m_state.target;
    o.plugins = m_state.plugins;
    if (m_useFile->isChecked()) {
        o.importFile = m_importFile->text().trimmed();
        if (o.importFile.isEmpty()) {
            m_result->setText(tr("Choose the export file to import."));
            return;
        }
        m_state.exportedAt = QFileInfo(o.importFile).lastModified().toUTC(); // as close to its export as known
    } else {
        QDir dir(m_exportDir->text().trimmed());
        if (!dir.mkpath(QStringLiteral("."))) {
            m_result->setText(tr("Cannot create the folder %1.").arg(dir.path()));
            return;
        }
        // a new name per run: the exporter never overwrites, and a retry needs a fresh export
        o.exportPath = dir.absoluteFilePath(QStringLiteral("kong-export-%1.yml")
                                                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        m_state.exportedAt = QDateTime::currentDateTimeUtc();
    }
    m_outcome.reset();
    m_issues->clear();
    m_issues->setVisible(false);
    m_counts->clear();
    m_log->clear();
    m_result->setText(tr("Running…"));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_busy->setVisible(true);
    m_running = true;
    m_cancelControl = std::make_shared<core::PgCancelToken>();
    o.cancel = m_cancelControl;
    m_state.record(Step, QStringLiteral("started"),
                   o.importFile.isEmpty() ? tr("export to %1").arg(o.exportPath) : tr("import of %1").arg(o.importFile));
    Q_EMIT completeChanged();
    holdBackButton();
    QPointer<ParallelTransferPage> self(this);
    // Rows so far, after each batch or table: a large datastore takes minutes.
    o.progress = [self](const QString &stage, const QString &entity, qint64 rows) {
        QMetaObject::invokeMethod(
            self.data(), [self, stage, entity, rows] { if (self) self->showProgress(stage, entity, rows); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(core::startTransfer(*m_state.catalog, o, [self](const QString &line) {
        QMetaObject::invokeMethod(
            self.data(), [self, line] { if (self) self->m_log->appendPlainText(line); }, Qt::QueuedConnection);
    }));
}

void ParallelTransferPage::showProgress(const QString &stage, const QString &entity, qint64 rows)
{
    if (!m_running || m_cancelControl->isCancelled())
        return; // the outcome or "Cancelling…" stays
    m_result->setText(stage == QLatin1String("export") ? tr("Exporting %1: %n row(s)…", nullptr, int(rows)).arg(entity)
                                                       : tr("Importing %1: %n row(s)…", nullptr, int(rows)).arg(entity));
}

void ParallelTransferPage::onFinished()
{
    m_outcome = m_watcher.result();
    const core::TransferOutcome &out = *m_outcome;
    m_running = false;
    m_busy->setVisible(false);
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (out.bootstrapped)
        m_state.record(Step, QStringLiteral("bootstrapped"), m_state.target.toString());
    if (out.exported)
        m_state.record(Step, QStringLiteral("exported"), out.importedFile,
                       {{QStringLiteral("entities"), QString::number(out.exported->total())}});
    if (out.imported)
        m_state.record(Step, QStringLiteral("imported"), out.importedFile,
                       {{QStringLiteral("entities"), QString::number(out.imported->total())}});
    if (out.cancelled) {
        m_result->setText(tr("Transfer cancelled during the %1 step: nothing was imported into the new datastore. "
                             "Run the transfer again when ready.").arg(out.failedStage));
        m_state.record(Step, QStringLiteral("cancelled"), out.error->message, {{QStringLiteral("stage"), out.failedStage}});
    } else if (!out.ok()) {
        const core::Error &e = *out.error;
        m_result->setText(QStringLiteral("<b style='color:%1'>%2</b><br>%3<br>%4")
                              .arg(errorColor(palette()).name(),
                                   tr("The %1 step failed: %2").arg(out.failedStage, e.message).toHtmlEscaped(),
                                   (out.issues.isEmpty() && !e.detail.isEmpty() ? e.remedy + QLatin1Char(' ') + e.detail.section(QLatin1Char('\n'), 0, 0)
                                                                                : e.remedy).toHtmlEscaped(),
                                   tr("The new datastore was left as it was; fix the cause and run the transfer again.").toHtmlEscaped()));
        for (const core::declarative::ImportIssue &i : out.issues) {
            const QString where = i.line > 0 ? QStringLiteral("%1:%2:%3").arg(i.file).arg(i.line).arg(i.column) : i.file;
            auto *item = new QTreeWidgetItem(m_issues, {where, i.entity, i.field, i.message});
            item->setToolTip(0, i.toString());
        }
        m_issues->setVisible(!out.issues.isEmpty());
        m_state.record(Step, QStringLiteral("failed"), e.message,
                       {{QStringLiteral("stage"), out.failedStage},
                        {QStringLiteral("issues"), QString::number(out.issues.size())},
                        {QStringLiteral("first_issue"), out.issues.isEmpty() ? QString() : out.issues.first().toString()}});
    } else {
        showCounts(*out.counts);
    }
    Q_EMIT completeChanged();
    Q_EMIT transferFinished(out.ok());
    for (const std::function<void()> &then : std::exchange(m_afterStop, {}))
        then();
}

void ParallelTransferPage::showCounts(const core::CountComparison &counts)
{
    const QColor bad = errorColor(palette());
    for (const core::EntityCount &c : counts.rows) {
        auto text = [](const std::optional<qint64> &n) { return n ? QString::number(*n) : QStringLiteral("–"); };
        auto *item = new QTreeWidgetItem(m_counts, {c.entity, text(c.old), text(c.fresh), c.ok() ? tr("ok") : tr("differs")});
        for (int col : {1, 2})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        if (!c.ok())
            for (int col = 0; col < 4; ++col)
                item->setForeground(col, bad);
    }
    const QString summary = counts.allMatch()
                                ? tr("Transfer complete: %n entities on each side, every count matches.", nullptr, int(counts.newTotal()))
                                : tr("Imported, but %n entity type(s) differ: was the old cluster changed during the transfer? "
                                     "The comparison before the cutover lists the differences.", nullptr, counts.mismatches());
    m_result->setText(summary);
    m_state.record(Step, QStringLiteral("verified"), summary,
                   {{QStringLiteral("old_total"), QString::number(counts.oldTotal())},
                    {QStringLiteral("new_total"), QString::number(counts.newTotal())},
                    {QStringLiteral("mismatches"), QString::number(counts.mismatches())}});
}

bool ParallelTransferPage::isComplete() const
{
    return m_outcome && m_outcome->ok() && !m_running;
}

int ParallelTransferPage::nextId() const
{
    return UpgradeWizard::CheckpointsPageId;
}

} // namespace kuw::ui
