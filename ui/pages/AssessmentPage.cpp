// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentPage.h"
#include "widgets/FindingText.h"
#include "widgets/ThemeColors.h"
#include "widgets/WrappingItemDelegate.h"

#include "UpgradeWizard.h"
#include "assessment/ReadOnlySession.h"
#include "db/PgConnection.h"
#include "versions/UpgradePath.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kuw::ui {
namespace {
enum Column { SeverityColumn, TitleColumn, RemedyColumn };
}

AssessmentPage::AssessmentPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Assessment"));
    setSubTitle(tr("Preflight checks on the live datastore (read-only). Blockers must be resolved; "
                   "tick each warning to acknowledge it."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_findings = new QTreeWidget(this);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding"), tr("What to do")});
    m_findings->setRootIsDecorated(false);
    new WrappingItemDelegate(m_findings); // remedies are sentences and commands: show them whole
    m_findings->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(RemedyColumn, QHeaderView::Stretch);
    connect(m_findings, &QTreeWidget::itemChanged, this, &QWizardPage::completeChanged);
    m_recheck = new QPushButton(tr("&Re-check"), this);
    m_recheck->setAccessibleName(tr("Run the checks again"));
    connect(m_recheck, &QPushButton::clicked, this, &AssessmentPage::run);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AssessmentPage::show);
}

void AssessmentPage::initializePage()
{
    run();
}

void AssessmentPage::run()
{
    if (m_watcher.isRunning())
        return;
    m_assessment.reset();
    m_findings->clear();
    m_recheck->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    Q_EMIT completeChanged();
    core::AssessmentOptions opts;
    opts.target = m_state.target;
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
        auto a = core::runAssessment(conn->get(), config, catalog, *paths, opts);
        if (a)
            out.assessment = *a;
        else
            out.error = a.error();
        return out;
    }));
}

void AssessmentPage::show()
{
    const Outcome out = m_watcher.result();
    m_recheck->setEnabled(true);
    if (out.error) {
        m_summary->setText(QStringLiteral("<b style='color:%3'>%1</b><br>%2")
                               .arg(out.error->message.toHtmlEscaped(), out.error->remedy.toHtmlEscaped(), errorColor(palette()).name()));
        Q_EMIT assessed(false);
        return;
    }
    m_assessment = out.assessment;
    const QSignalBlocker block(m_findings);
    int blockers = 0, warnings = 0;
    for (const core::Finding &f : m_assessment->findings) {
        auto *item = new QTreeWidgetItem(m_findings, {severityText(f.severity), f.title, f.remedy});
        item->setToolTip(TitleColumn, f.evidence);
        item->setToolTip(RemedyColumn, f.remedy);
        item->setData(SeverityColumn, Qt::UserRole, f.id);
        if (f.severity == core::Severity::Blocker) {
            ++blockers;
            item->setForeground(SeverityColumn, errorColor(palette()));
        } else if (f.severity == core::Severity::Warning) {
            ++warnings;
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(SeverityColumn, Qt::Unchecked);
        }
    }
    if (blockers)
        m_summary->setText(tr("%n blocker(s) stop this upgrade. Resolve them (see “What to do”), then Re-check.", nullptr, blockers));
    else if (warnings)
        m_summary->setText(tr("No blockers. Acknowledge each of the %n warning(s) to continue.", nullptr, warnings));
    else
        m_summary->setText(tr("No blockers and no warnings for Kong %1.").arg(m_assessment->target.toString()));
    m_state.record(QStringLiteral("assessment"), QStringLiteral("checked"),
                   tr("%1 blocker(s), %2 warning(s), %3 finding(s)").arg(blockers).arg(warnings).arg(m_assessment->findings.size()));
    Q_EMIT completeChanged();
    Q_EMIT assessed(true);
}

bool AssessmentPage::isComplete() const
{
    if (!m_assessment || m_watcher.isRunning() || m_assessment->hasBlocker())
        return false;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_findings->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(SeverityColumn) != Qt::Checked)
            return false;
    }
    return true;
}

bool AssessmentPage::validatePage()
{
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_findings->topLevelItem(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            m_state.record(QStringLiteral("assessment"), QStringLiteral("acknowledged"), item->text(TitleColumn),
                           {{QStringLiteral("finding"), item->data(SeverityColumn, Qt::UserRole).toString()}});
    }
    return true;
}

int AssessmentPage::nextId() const
{
    return UpgradeWizard::SnapshotPageId;
}

} // namespace kuw::ui
