// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's Diagnose mode over the real core and a seeded scratch datastore: Welcome →
// Connection → the read-only report (filter, copy, export), collected on a worker thread.
#include "UpgradeWizard.h"
#include "pages/ConnectionPage.h"
#include "pages/DiagnosePage.h"
#include "pages/WelcomePage.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "support/UiWatchdog.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kuw;
using kuw::test::DatabaseTest;

class DiagnoseMode : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        wizard.state().journalDir = journals.path();
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    }
    void next()
    {
        ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << wizard.currentId();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    int visibleRows() const
    {
        QTreeWidget *t = wizard.diagnosePage()->findingsView();
        int n = 0;
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            n += t->topLevelItem(i)->isHidden() ? 0 : 1;
        return n;
    }

    QTemporaryDir journals;
    ui::UpgradeWizard wizard;
};

TEST_F(DiagnoseMode, WelcomeConnectionThenAReadOnlyReportToFilterCopyAndExport)
{
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Bootstrap, "2.0.5").ok());
    ASSERT_TRUE(test::runEngine(settings(), core::MigrationCommand::Up, "2.1.4").ok());
    sql("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-ui', now() + interval '1 hour')");
    const QString before = test::schemaMetaRow(settings(), "core");
    // A control plane: adds the hybrid warning, so the filter has more than one severity to hide.
    wizard.adoptConfig(*core::KongConfig::fromText("role = control_plane\n", "kong.conf"));

    wizard.welcomePage()->setMode(ui::WizardMode::Diagnose);
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ConnectionPageId);
    wizard.connectionPage()->applySettings(settings(), "test");
    QSignalSpy probed(wizard.connectionPage(), &ui::ConnectionPage::probeFinished);
    QTest::mouseClick(wizard.connectionPage()->testButton(), Qt::LeftButton);
    ASSERT_TRUE(probed.wait(15000));
    ASSERT_TRUE(probed.first().first().toBool());
    next();
    ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::DiagnosePageId);
    test::UiWatchdog dog; // the report is collected on a worker thread meanwhile
    ui::DiagnosePage *page = wizard.diagnosePage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->report().has_value(); }, 30000));
    EXPECT_LT(dog.worstGapMs(), 100);
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isVisible());

    const auto &findings = page->report()->assessment.findings;
    ASSERT_EQ(page->findingsView()->topLevelItemCount(), findings.size());
    int blockers = 0;
    for (const core::Finding &f : findings)
        blockers += f.severity == core::Severity::Blocker ? 1 : 0;
    ASSERT_GE(blockers, 2); // lock.held, migrations.pending
    ASSERT_GT(findings.size(), blockers);

    page->setSeverityFilter(core::Severity::Blocker);
    EXPECT_EQ(visibleRows(), blockers);
    page->setSeverityFilter(std::nullopt);
    EXPECT_EQ(visibleRows(), findings.size());
    page->severityFilter()->setCurrentIndex(page->severityFilter()->findData(int(core::Severity::Blocker)));
    EXPECT_EQ(visibleRows(), blockers);

    QTest::mouseClick(page->copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains("(lock.held)")) << qPrintable(copied);
    EXPECT_TRUE(copied.contains("node-ui")) << qPrintable(copied);
    EXPECT_FALSE(copied.contains("[WARNING]") || copied.contains("[INFO]")) << "only the shown severity";

    QTemporaryDir out;
    for (const char *suffix : {"html", "md", "json"}) {
        const QString path = out.filePath(QStringLiteral("report.") + suffix);
        QString error;
        ASSERT_TRUE(page->exportReport(path, &error)) << qPrintable(error);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_TRUE(text.contains("lock.held")) << suffix;
        EXPECT_TRUE(text.contains("009_200_to_210")) << suffix;
    }
    QString error;
    EXPECT_FALSE(page->exportReport(out.filePath("report.pdf"), &error));
    EXPECT_TRUE(error.contains(".html")) << qPrintable(error);

    // Read-only: nothing changed in the datastore.
    EXPECT_EQ(test::schemaMetaRow(settings(), "core"), before);
    if (qEnvironmentVariableIsSet("KUW_SCREENSHOT_DIR"))
        wizard.grab().save(qEnvironmentVariable("KUW_SCREENSHOT_DIR") + "/diagnose-page.png");
}
