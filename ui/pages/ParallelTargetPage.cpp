// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParallelTargetPage.h"

#include "UpgradeWizard.h"
#include "widgets/StatusView.h"

#include <QBoxLayout>
#include <QLabel>

namespace kuw::ui {

ParallelTargetPage::ParallelTargetPage(WizardState &state, QWidget *parent) : ConnectionPage(parent), m_state(state)
{
    setTitle(tr("New datastore"));
    setSubTitle(tr("An empty PostgreSQL database or schema for the new cluster. Create it first (e.g. CREATE DATABASE "
                   "kong_new OWNER kong;); the wizard bootstraps it at the target version."));
    auto *note = new QLabel(tr("Cassandra: this wizard reaches Cassandra only through the external Kong CLI executor. "
                               "Create a new keyspace, run 'kong migrations bootstrap' with a kong.conf naming it, then "
                               "'kong config db_export' on an old node and 'kong config db_import' on a new one."),
                            this);
    note->setWordWrap(true);
    note->setAccessibleName(tr("Cassandra keyspaces"));
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->addWidget(note);
}

void ParallelTargetPage::initializePage()
{
    if (m_filled)
        return;
    m_filled = true;
    // Same server and role as the old datastore; only the database name must change.
    core::ConnectionSettings s = m_state.settings;
    s.database = QStringLiteral("%1_%2%3").arg(s.database).arg(m_state.target.major()).arg(m_state.target.minor());
    applySettings(s, tr("From the old datastore's connection, with a new database name"));
}

bool ParallelTargetPage::validatePage()
{
    const core::ConnectionSettings s = settings();
    const core::ConnectionSettings &old = m_state.settings;
    if (s.host == old.host && s.port == old.port && s.database == old.database && s.schema == old.schema) {
        statusView()->showMessage(tr("This is the old datastore. The parallel path needs a different database or schema."));
        return false;
    }
    m_state.parallelTarget = s;
    m_state.record(QStringLiteral("parallel"), QStringLiteral("target"), s.toString());
    return true;
}

int ParallelTargetPage::nextId() const
{
    return UpgradeWizard::ParallelTransferPageId;
}

} // namespace kuw::ui
