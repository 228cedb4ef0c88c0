// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParallelDecommissionPage.h"

#include "UpgradeWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kuw::ui {

ParallelDecommissionPage::ParallelDecommissionPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Decommission the old datastore"));
    setSubTitle(tr("The old cluster's datastore is the way back until you retire it. Confirm each step; the wizard "
                   "never drops it."));
    auto *layout = new QVBoxLayout(this);
    const QStringList texts = {
        tr("All traffic is served by the new cluster (every cutover checkpoint passed)"),
        tr("The old Kong nodes are stopped, so nothing writes to the old datastore any more"),
        tr("The changes listed since the export were carried over or knowingly dropped"),
        tr("A final backup of the old datastore is stored (pg_dump), with its retention period agreed"),
        tr("Monitoring and kong.conf of every remaining system point at the new datastore only"),
    };
    const QStringList ids = {QStringLiteral("traffic"), QStringLiteral("old-nodes-stopped"), QStringLiteral("changes-reconciled"),
                             QStringLiteral("backup"), QStringLiteral("config")};
    for (int i = 0; i < texts.size(); ++i) {
        auto *box = new QCheckBox(texts.at(i), this);
        box->setAccessibleName(texts.at(i));
        connect(box, &QCheckBox::toggled, this, [this, id = ids.at(i), text = texts.at(i)](bool on) {
            m_state.record(QStringLiteral("parallel"), on ? QStringLiteral("decommission-checked") : QStringLiteral("decommission-unchecked"),
                           text, {{QStringLiteral("item"), id}});
            Q_EMIT completeChanged();
        });
        m_items << box;
        layout->addWidget(box);
    }
    m_drop = new QLabel(this);
    m_drop->setWordWrap(true);
    m_drop->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_drop->setAccessibleName(tr("How to drop the old database later"));
    layout->addSpacing(12);
    layout->addWidget(m_drop);
    layout->addStretch(1);
}

void ParallelDecommissionPage::initializePage()
{
    const core::ConnectionSettings &old = m_state.settings;
    const QString what = old.schema.isEmpty() ? QStringLiteral("DROP DATABASE %1;").arg(old.database)
                                              : QStringLiteral("DROP SCHEMA %1 CASCADE;   -- in database %2").arg(old.schema, old.database);
    m_drop->setText(tr("Only after the retention period, and by hand (this wizard never runs it):<br><code>%1</code><br>"
                       "Until then the old cluster can be started again against it as the way back.")
                        .arg(what.toHtmlEscaped()));
}

bool ParallelDecommissionPage::isComplete() const
{
    return std::all_of(m_items.cbegin(), m_items.cend(), [](const QCheckBox *b) { return b->isChecked(); });
}

bool ParallelDecommissionPage::validatePage()
{
    m_state.record(QStringLiteral("parallel"), QStringLiteral("decommissioned"), m_state.settings.toString());
    return true;
}

int ParallelDecommissionPage::nextId() const
{
    return UpgradeWizard::SummaryPageId;
}

} // namespace kuw::ui
