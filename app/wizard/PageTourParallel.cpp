// SPDX-License-Identifier: GPL-3.0-or-later
// The tour's second pass: the parallel-datastore path on the demo server (after the first
// pass brought the old datastore to the target level, so the native export can read it).
#include "PageTour.h"

#include "DemoSession.h"
#include "UpgradeWizard.h"
#include "cluster/SimulatedKongNode.h"
#include "db/PgConnection.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "pages/ParallelDecommissionPage.h"
#include "pages/ParallelDiffPage.h"
#include "pages/ParallelTargetPage.h"
#include "pages/ParallelTransferPage.h"
#include "pages/VersionPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QtConcurrent>

namespace kuw::app {
namespace {

/// The database the target page proposes (old name + target major/minor), created empty.
bool createDatabase(core::ConnectionSettings server, const QString &name)
{
    auto conn = core::PgConnection::open(server);
    if (!conn)
        return false;
    (void)(*conn)->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1").arg((*conn)->quoteIdentifier(name)));
    return (*conn)->execScript(QStringLiteral("CREATE DATABASE %1").arg((*conn)->quoteIdentifier(name))).ok();
}

/// What Admin API writes on the old cluster after the export would leave: one service
/// created, one route renamed (for the diff page to list).
bool changeOldDatastore(core::ConnectionSettings old)
{
    auto conn = core::PgConnection::open(old);
    return conn && (*conn)->execScript(QStringLiteral(
                                           "INSERT INTO services (id, name, host, port, protocol, ws_id, created_at, updated_at) "
                                           "SELECT gen_random_uuid(), 'added-after-export', 'late.example', 80, 'http', id, now(), now() "
                                           "FROM workspaces WHERE name = 'default';"
                                           "UPDATE routes SET name = 'renamed-after-export', updated_at = now() "
                                           "WHERE id = (SELECT id FROM routes ORDER BY id LIMIT 1);"))
                           .ok();
}

} // namespace

QList<PageTour::Stop> PageTour::parallelStops()
{
    using W = ui::UpgradeWizard;
    auto on = [this](int id) { return m_wizard.currentId() == id; };
    auto next = [this] { m_wizard.next(); };
    auto nextEnabled = [this] { return m_wizard.button(QWizard::NextButton)->isEnabled(); };
    return {
        {QStringLiteral("p-connection"), [=, this] { return on(W::ConnectionPageId); },
         [this] { m_wizard.connectionPage()->testConnection(); }, false},
        {QStringLiteral("p-connected"), [=, this] { return m_wizard.connectionPage()->isComplete(); }, next, false},
        {QStringLiteral("12-parallel-version"),
         [=, this] {
             if (!on(W::VersionPageId) || !m_wizard.versionPage()->isComplete())
                 return false;
             QComboBox *path = m_wizard.versionPage()->pathBox();
             if (path->currentData().toBool())
                 return true;
             path->setCurrentIndex(path->findData(true)); // shot on the next poll, with the choice shown
             return false;
         },
         [this] {
             const core::ConnectionSettings old = m_wizard.state().settings;
             const core::KongVersion target = m_wizard.state().target;
             const QString name = QStringLiteral("%1_%2%3").arg(old.database).arg(target.major()).arg(target.minor());
             m_sql = QtConcurrent::run(createDatabase, old, name);
             m_wizard.next();
         }},
        {QStringLiteral("p-target"), [=, this] { return on(W::ParallelTargetPageId) && m_sql.isFinished(); },
         [this] { m_wizard.parallelTargetPage()->testConnection(); }, false},
        {QStringLiteral("13-parallel-target"), [=, this] { return m_wizard.parallelTargetPage()->isComplete(); },
         [this] {
             m_wizard.next();
             // The new cluster's nodes run on the new database (the cutover's "configured" check).
             const core::ConnectionSettings s = m_wizard.state().parallelTarget;
             if (ui::DemoSession *demo = m_wizard.demoSession(); demo && demo->environment())
                 for (core::SimulatedKongNode *n : demo->environment()->newNodes())
                     n->setDatastore(s.host, s.port, s.database);
         }},
        {QStringLiteral("14-parallel-transfer"),
         [=, this] { return on(W::ParallelTransferPageId) && m_wizard.parallelTransferPage()->runButton()->isEnabled(); },
         [this] { m_wizard.parallelTransferPage()->runButton()->click(); }},
        {QStringLiteral("15-parallel-transfer-done"), [=, this] { return m_wizard.parallelTransferPage()->isComplete(); }, next},
        {QStringLiteral("p-checkpoints"), [=, this] { return on(W::CheckpointsPageId); },
         [this] { m_wizard.checkpointsPage()->verifyButton()->click(); }, false},
        {QStringLiteral("16-parallel-checkpoints"), [=, this] { return m_wizard.checkpointsPage()->verifyButton()->isEnabled(); },
         [this] { m_sql = QtConcurrent::run(changeOldDatastore, m_wizard.state().settings); }},
        {QStringLiteral("p-old-changed"), [this] { return m_sql.isFinished(); }, next, false},
        {QStringLiteral("17-parallel-diff"), [=, this] { return on(W::ParallelDiffPageId) && nextEnabled(); }, next},
        {QStringLiteral("18-parallel-decommission"), [=, this] { return on(W::ParallelDecommissionPageId); },
         [this] {
             for (QCheckBox *box : m_wizard.parallelDecommissionPage()->items())
                 box->setChecked(true);
             m_wizard.next();
         }},
    };
}

} // namespace kuw::app
