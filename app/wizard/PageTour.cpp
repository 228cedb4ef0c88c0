// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageTour.h"

#include "UpgradeWizard.h"
#include "pages/AssessmentPage.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "pages/RehearsalPage.h"
#include "pages/RunPage.h"
#include "pages/SnapshotPage.h"
#include "pages/VersionPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

namespace kuw::app {

PageTour::PageTour(ui::UpgradeWizard &wizard, QString dir) : m_wizard(wizard), m_dir(std::move(dir))
{
    using W = ui::UpgradeWizard;
    auto on = [this](int id) { return m_wizard.currentId() == id; };
    auto next = [this] { m_wizard.next(); };
    auto runnable = [](ui::RunPage *p) { return p->runButton()->isEnabled(); };
    m_stops = {
        {QStringLiteral("1-connection"), [=, this] { return on(W::ConnectionPageId) && m_wizard.connectionPage()->isComplete(); }, next},
        {QStringLiteral("2-version"), [=, this] { return on(W::VersionPageId) && m_wizard.versionPage()->isComplete(); }, next},
        {QStringLiteral("3-assessment"), [=, this] { return on(W::AssessmentPageId) && m_wizard.assessmentPage()->assessment().has_value(); },
         [this] {
             // the tour acknowledges every warning, as the admin would after reading it
             QTreeWidget *t = m_wizard.assessmentPage()->findingsView();
             for (int i = 0; i < t->topLevelItemCount(); ++i)
                 if (t->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
                     t->topLevelItem(i)->setCheckState(0, Qt::Checked);
             m_wizard.next();
         }},
        {QStringLiteral("4-snapshot"), [=, this] { return on(W::SnapshotPageId); },
         [this] { m_wizard.snapshotPage()->snapshotButton()->click(); }},
        {QStringLiteral("4-snapshot-done"), [=, this] { return m_wizard.snapshotPage()->hasSnapshot(); },
         [this] { m_wizard.snapshotPage()->restoreButton()->click(); }},
        {QStringLiteral("4a-restore-dialog"), [] { return QApplication::activeModalWidget() != nullptr; },
         [this] { QApplication::activeModalWidget()->close(); m_wizard.next(); }},
        {QStringLiteral("4b-rehearsal"), [=, this] { return on(W::RehearsalPageId) && m_wizard.rehearsalPage()->runButton()->isEnabled(); },
         [this] { m_wizard.rehearsalPage()->runButton()->click(); }},
        {QStringLiteral("4c-rehearsal-done"), [=, this] { return m_wizard.state().rehearsal.has_value() && !m_wizard.rehearsalPage()->isRunning(); },
         [this] { m_wizard.rehearsalPage()->skipBox()->setChecked(!m_wizard.state().rehearsal->ok()); m_wizard.next(); }},
        {QStringLiteral("5-up-plan"), [=, this] { return on(W::UpPageId) && runnable(m_wizard.upPage()); },
         [this] { m_wizard.upPage()->runButton()->click(); }},
        {QStringLiteral("6-up-done"), [=, this] { return m_wizard.upPage()->isComplete(); }, next},
        {QStringLiteral("6a-cutover-nodes"), [=, this] { return on(W::CheckpointsPageId); },
         [this] { m_wizard.checkpointsPage()->verifyButton()->click(); }},
        {QStringLiteral("6b-cutover-verified"), [=, this] { return m_wizard.state().checkpoints.isDone(QStringLiteral("verified")); },
         [this] { showTab(1); }},
        {QStringLiteral("6c-cutover-traffic"), [=, this] { return stageReady(); }, [this] { confirmStage(); }},
        {QStringLiteral("6d-cutover-traffic"), [=, this] { return stageReady(); }, [this] { confirmStage(); }},
        {QStringLiteral("6e-cutover-traffic"), [=, this] { return stageReady(); }, [this] { confirmStage(); showTab(2); }},
        {QStringLiteral("6f-cutover-decommissioned"), [=, this] { return m_wizard.state().checkpoints.allDone(); },
         [this] { showTab(3); }},
        {QStringLiteral("6g-cutover-changed-entities"), [] { return true; }, next},
        {QStringLiteral("7-finish-confirm"), [=, this] { return on(W::FinishPageId) && m_wizard.finishPage()->confirmEdit()->isVisible()
                                                         && !m_wizard.finishPage()->isRunning(); },
         [this] { m_wizard.finishPage()->confirmEdit()->setText(m_wizard.state().settings.database); }},
        // Nothing pending after 'up' (e.g. 2.2 → 2.5) leaves an empty finish plan: done already.
        {QStringLiteral("8-finish-ready"), [=, this] { return runnable(m_wizard.finishPage()) || m_wizard.finishPage()->isComplete(); },
         [=, this] {
             if (runnable(m_wizard.finishPage()))
                 m_wizard.finishPage()->runButton()->click();
         }},
        {QStringLiteral("9-finish-done"), [=, this] { return m_wizard.finishPage()->isComplete(); }, next},
        {QStringLiteral("10-summary"), [=, this] { return on(W::SummaryPageId); },
         [this] { m_wizard.startAt(W::WelcomePageId); }},
        {QStringLiteral("11-welcome"), [=, this] { return on(W::WelcomePageId); }, next},
    };
    m_stops += parallelStops();
    m_stops.append({QStringLiteral("19-parallel-summary"), [=, this] { return on(W::SummaryPageId); }, [] { QApplication::quit(); }});
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &PageTour::poll);
}

bool PageTour::stageReady() const
{
    return m_wizard.checkpointsPage()->confirmStageButton()->isEnabled();
}

void PageTour::confirmStage()
{
    m_wizard.checkpointsPage()->confirmStageButton()->click();
}

void PageTour::showTab(int index)
{
    m_wizard.checkpointsPage()->tabs()->setCurrentIndex(index);
}

void PageTour::start()
{
    QDir().mkpath(m_dir);
    m_timer.start();
}

void PageTour::poll()
{
    if (m_index >= m_stops.size())
        return;
    const Stop &stop = m_stops.at(m_index);
    if (!stop.ready())
        return;
    if (stop.shot)
        shoot(stop.name);
    ++m_index;
    stop.then();
}

void PageTour::shoot(const QString &name)
{
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    QWidget *modal = QApplication::activeModalWidget(); // a dialog open over the wizard
    (modal ? modal : static_cast<QWidget *>(&m_wizard))->grab().save(path);
    printf("tour: %s\n", qPrintable(path));
    fflush(stdout);
}

} // namespace kuw::app
