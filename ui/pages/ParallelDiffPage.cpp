// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParallelDiffPage.h"

#include "UpgradeWizard.h"
#include "widgets/ResultTable.h"
#include "widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kuw::ui {
namespace {

/// "parameters (absent on old)", for the journal.
QString notComparableIds(const core::DiffReport &r)
{
    QStringList ids;
    for (const core::UncomparedEntity &u : r.notComparable)
        ids << u.entity + (u.absentOnOld ? QStringLiteral(" (absent on old)") : QStringLiteral(" (absent on new)"));
    return ids.join(QStringLiteral(", "));
}

} // namespace

ParallelDiffPage::ParallelDiffPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Changes since the export"));
    setSubTitle(tr("Before the final cutover: entities created, changed or deleted on the old cluster after the export "
                   "were not carried over. The old and new datastores are compared by primary key and content."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Comparison result"));
    m_uncompared = new QLabel(this);
    m_uncompared->setWordWrap(true);
    m_uncompared->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uncompared->setAccessibleName(tr("Entity types that cannot be compared"));
    m_uncompared->setVisible(false);
    m_compare = new QPushButton(tr("&Compare again"), this);
    m_compare->setAccessibleName(tr("Compare the old and new datastores"));
    connect(m_compare, &QPushButton::clicked, this, &ParallelDiffPage::compare);
    m_counts = makeResultTable(tr("Differences per entity type"), {tr("Entity"), tr("Created"), tr("Changed"), tr("Deleted")}, this);
    m_counts->header()->setStretchLastSection(false); // numbers stay next to their headers
    m_counts->setMaximumHeight(140);
    m_entries = makeResultTable(tr("Entities that differ"), {tr("Entity"), tr("Change"), tr("Name"), tr("Id")}, this);
    m_remedy = new QLabel(tr("To carry them over, repeat the change through the new cluster's Admin API (or decK), "
                                 "or bootstrap a fresh new datastore and run the transfer again before moving more traffic."),
                              this);
    m_remedy->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_compare, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_uncompared);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_entries, 2);
    layout->addWidget(m_remedy);
    layout->addStretch(0); // takes the room while the tables are hidden (no differences)
    showTables(false);
    connect(&m_watcher, &QFutureWatcher<core::DiffOutcome>::finished, this, &ParallelDiffPage::onCompared);
}

ParallelDiffPage::~ParallelDiffPage()
{
    m_watcher.waitForFinished(); // its connections end with it
}

void ParallelDiffPage::initializePage()
{
    compare();
}

void ParallelDiffPage::compare()
{
    if (isComparing())
        return;
    m_report.reset();
    m_counts->clear();
    m_entries->clear();
    m_uncompared->clear();
    m_uncompared->setVisible(false);
    showTables(false);
    m_compare->setEnabled(false);
    m_summary->setText(tr("Comparing the old and new datastores…"));
    Q_EMIT completeChanged();
    m_watcher.setFuture(core::startDiff(m_state.settings, m_state.parallelTarget));
}

void ParallelDiffPage::onCompared()
{
    const core::DiffOutcome out = m_watcher.result();
    m_compare->setEnabled(true);
    if (out.error) {
        m_summary->setText(QStringLiteral("<b style='color:%1'>%2</b><br>%3")
                               .arg(errorColor(palette()).name(), out.error->message.toHtmlEscaped(), out.error->remedy.toHtmlEscaped()));
        m_state.record(QStringLiteral("parallel"), QStringLiteral("diff-failed"), out.error->message);
        Q_EMIT completeChanged();
        Q_EMIT compared(false);
        return;
    }
    m_report = out.report;
    const core::DiffReport &r = *m_report;
    const QString since = m_state.exportedAt.isValid() ? m_state.exportedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : tr("the export");
    if (r.isEmpty()) {
        m_summary->setText(tr("No differences: the new datastore holds exactly what the old one holds (%n entity types compared).",
                              nullptr, r.entitiesCompared));
    } else {
        m_summary->setText(QStringLiteral("<b>%1</b>")
                               .arg(tr("Since %1: %2 created, %3 changed, %4 deleted on the old datastore — not in the new one.")
                                        .arg(since)
                                        .arg(r.totals.created)
                                        .arg(r.totals.changed)
                                        .arg(r.totals.deleted)
                                        .toHtmlEscaped()));
    }
    QStringList uncompared;
    for (const core::UncomparedEntity &u : r.notComparable)
        uncompared << (u.absentOnOld ? tr("<b>%1</b>: no such table on the old datastore (its Kong version predates it), "
                                          "%n row(s) on the new one", nullptr, int(u.rows))
                                     : tr("<b>%1</b>: no such table on the new datastore, %n row(s) on the old one",
                                          nullptr, int(u.rows)))
                              .arg(u.entity.toHtmlEscaped());
    if (!uncompared.isEmpty()) {
        m_uncompared->setText(tr("Not comparable (their rows count neither as created nor as deleted):") +
                              QStringLiteral("<br>") + uncompared.join(QStringLiteral("<br>")));
        m_uncompared->setVisible(true);
    }
    showTables(!r.isEmpty());
    for (auto it = r.perEntity.cbegin(); it != r.perEntity.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_counts, {it.key(), QString::number(it->created), QString::number(it->changed),
                                                    QString::number(it->deleted)});
        for (int col : {1, 2, 3})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const core::DiffEntry &e : r.entries) {
        const QString kind = e.kind == core::DiffKind::Created ? tr("created")
                             : e.kind == core::DiffKind::Changed ? tr("changed")
                                                                 : tr("deleted");
        new QTreeWidgetItem(m_entries, {e.entity, kind, e.label, e.id});
    }
    m_state.record(QStringLiteral("parallel"), QStringLiteral("diff"),
                   QStringLiteral("%1 created, %2 changed, %3 deleted").arg(r.totals.created).arg(r.totals.changed).arg(r.totals.deleted),
                   {{QStringLiteral("created"), QString::number(r.totals.created)},
                    {QStringLiteral("changed"), QString::number(r.totals.changed)},
                    {QStringLiteral("deleted"), QString::number(r.totals.deleted)},
                    {QStringLiteral("not_comparable"), notComparableIds(r)}});
    Q_EMIT completeChanged();
    Q_EMIT compared(true);
}

void ParallelDiffPage::showTables(bool shown)
{
    for (QWidget *w : {static_cast<QWidget *>(m_counts), static_cast<QWidget *>(m_entries), static_cast<QWidget *>(m_remedy)})
        w->setVisible(shown);
}

bool ParallelDiffPage::isComplete() const
{
    return m_report.has_value() && !isComparing();
}

int ParallelDiffPage::nextId() const
{
    return UpgradeWizard::ParallelDecommissionPageId;
}

} // namespace kuw::ui
