// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosePage.h"
#include "widgets/ThemeColors.h"

#include "assessment/ReadOnlySession.h"
#include "db/PgConnection.h"
#include "util/Redactor.h"
#include "widgets/FindingText.h"
#include "versions/UpgradePath.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kuw::ui {
namespace {
enum Column { SeverityColumn, IdColumn, TitleColumn, EvidenceColumn, RemedyColumn };
}

DiagnosePage::DiagnosePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Diagnose"));
    setSubTitle(tr("A read-only report for support: environment, Kong schema, lock state, entity counts and the "
                   "assessment findings. Nothing is written to the datastore; secrets are redacted."));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Target version"));
    m_filter = new QComboBox(this);
    m_filter->setAccessibleName(tr("Show severity"));
    m_filter->addItem(tr("All findings"), -1);
    m_filter->addItem(tr("Blockers"), int(core::Severity::Blocker));
    m_filter->addItem(tr("Warnings"), int(core::Severity::Warning));
    m_filter->addItem(tr("Infos"), int(core::Severity::Info));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DiagnosePage::applyFilter);
    m_findings = new QTreeWidget(this);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Id"), tr("Finding"), tr("Evidence"), tr("What to do")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_findings->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    for (int c : {TitleColumn, EvidenceColumn, RemedyColumn})
        m_findings->header()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setToolTip(tr("Copy the selected findings (or all shown) as text"));
    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setToolTip(tr("Save the whole report as HTML, Markdown or JSON"));
    m_rerun = new QPushButton(tr("&Run again"), this);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosePage::copyFindings);
    connect(m_export, &QPushButton::clicked, this, &DiagnosePage::exportWithDialog);
    connect(m_rerun, &QPushButton::clicked, this, &DiagnosePage::run);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Target:"), this));
    top->addWidget(m_target);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(m_findings, 1);
    layout->addLayout(buttons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DiagnosePage::show);
}

void DiagnosePage::initializePage()
{
    if (m_target->count() == 0 && m_state.catalog) {
        const auto &versions = m_state.catalog->versions();
        for (auto it = versions.rbegin(); it != versions.rend(); ++it)
            m_target->addItem(it->toString());
        if (m_state.target.isValid())
            m_target->setCurrentText(m_state.target.toString());
    }
    run();
}

void DiagnosePage::run()
{
    if (m_watcher.isRunning() || !m_state.catalog)
        return;
    m_report.reset();
    m_findings->clear();
    for (QPushButton *b : {m_copy, m_export, m_rerun})
        b->setEnabled(false);
    m_summary->setText(tr("Collecting the report (read-only)…"));
    Q_EMIT completeChanged();
    core::AssessmentOptions opts;
    opts.target = core::KongVersion::parse(m_target->currentText()).value_or(core::KongVersion());
    const core::Catalog &catalog = *m_state.catalog;
    m_watcher.setFuture(QtConcurrent::run([&catalog, settings = m_state.settings, config = m_state.kongConfig(), opts] {
        Outcome out;
        auto paths = core::UpgradePath::loadEmbedded();
        if (!paths) {
            out.error = paths.error();
            return out;
        }
        auto conn = core::openReadOnlySession(settings);
        if (!conn) {
            out.error = conn.error();
            return out;
        }
        auto r = core::collectDiagnostics(**conn, settings.toString(), config, catalog, *paths, opts);
        if (r)
            out.report = *r;
        else
            out.error = r.error();
        return out;
    }));
}

void DiagnosePage::show()
{
    const Outcome out = m_watcher.result();
    m_rerun->setEnabled(true);
    if (out.error) {
        m_summary->setText(errorHtml(palette(), out.error->message.toHtmlEscaped(), true) + QStringLiteral("<br>")
                           + out.error->remedy.toHtmlEscaped());
        Q_EMIT diagnosed(false);
        return;
    }
    m_report = out.report;
    int counts[3] = {0, 0, 0};
    for (const core::Finding &f : m_report->assessment.findings) {
        auto *item = new QTreeWidgetItem(m_findings, {severityText(f.severity), f.id, f.title, f.evidence, f.remedy});
        item->setData(SeverityColumn, Qt::UserRole, int(f.severity));
        item->setToolTip(EvidenceColumn, f.evidence);
        item->setToolTip(RemedyColumn, f.link.isEmpty() ? f.remedy : f.remedy + QLatin1Char('\n') + f.link);
        if (f.severity == core::Severity::Blocker)
            item->setForeground(SeverityColumn, QColor(0xc6, 0x28, 0x28));
        else if (f.severity == core::Severity::Warning)
            item->setForeground(SeverityColumn, QColor(0xa1, 0x5c, 0x00));
        ++counts[int(f.severity)];
    }
    const core::Assessment &a = m_report->assessment;
    m_summary->setText(tr("%1 — schema level %2, target %3: %4 blocker(s), %5 warning(s), %6 info(s).")
                           .arg(m_report->connection, a.level.toString(), a.target.toString())
                           .arg(counts[0]).arg(counts[1]).arg(counts[2]));
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    applyFilter();
    m_state.record(QStringLiteral("diagnose"), QStringLiteral("collected"),
                   tr("%1 blocker(s), %2 warning(s), %3 info(s)").arg(counts[0]).arg(counts[1]).arg(counts[2]));
    Q_EMIT completeChanged();
    Q_EMIT diagnosed(true);
}

bool DiagnosePage::isComplete() const
{
    return !m_watcher.isRunning();
}

void DiagnosePage::setSeverityFilter(std::optional<core::Severity> severity)
{
    m_filter->setCurrentIndex(m_filter->findData(severity ? int(*severity) : -1));
}

void DiagnosePage::applyFilter()
{
    const int wanted = m_filter->currentData().toInt();
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
        item->setHidden(wanted >= 0 && item->data(SeverityColumn, Qt::UserRole).toInt() != wanted);
    }
}

void DiagnosePage::copyFindings()
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
        if (!item->isHidden() && item->isSelected())
            items << item;
    }
    if (items.isEmpty()) {
        for (int i = 0; i < m_findings->topLevelItemCount(); ++i)
            if (!m_findings->topLevelItem(i)->isHidden())
                items << m_findings->topLevelItem(i);
    }
    QStringList blocks;
    for (const QTreeWidgetItem *item : items) {
        blocks << QStringLiteral("[%1] %2 (%3)\n%4\n→ %5")
                      .arg(item->text(SeverityColumn).toUpper(), item->text(TitleColumn), item->text(IdColumn),
                           item->text(EvidenceColumn), item->text(RemedyColumn));
    }
    QApplication::clipboard()->setText(core::Redactor::redact(blocks.join(QStringLiteral("\n\n"))));
}

bool DiagnosePage::exportReport(const QString &path, QString *error)
{
    const auto format = core::parseReportFormat(QFileInfo(path).suffix());
    QString problem;
    if (!m_report)
        problem = tr("There is no report yet.");
    else if (!format)
        problem = tr("%1: use a file name ending in .html, .md or .json.").arg(path);
    if (problem.isEmpty()) {
        QSaveFile f(path);
        const QByteArray data = core::renderReport(*m_report, *format).toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            problem = tr("Cannot write %1: %2").arg(path, f.errorString());
    }
    if (error)
        *error = problem;
    if (problem.isEmpty())
        m_state.record(QStringLiteral("diagnose"), QStringLiteral("exported"), QFileInfo(path).fileName());
    return problem.isEmpty();
}

void DiagnosePage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the diagnostic report"),
                                                      QStringLiteral("kong-diagnostic-report.html"),
                                                      tr("HTML (*.html);;Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace kuw::ui
