// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real Connection page over the real core against the scratch PostgreSQL.
#include "UpgradeWizard.h"
#include "pages/ConnectionPage.h"
#include "support/TestPostgres.h"
#include "support/UiWatchdog.h"
#include "widgets/StatusView.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace kuw;
using kuw::test::DatabaseTest;


class ConnectionPageUi : public DatabaseTest
{
};

TEST_F(ConnectionPageUi, SuccessfulTestShowsTheProbeAndEnablesNext)
{
    ui::UpgradeWizard wizard;
    wizard.startAt(ui::UpgradeWizard::ConnectionPageId);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ui::ConnectionPage *page = wizard.connectionPage();
    page->applySettings(settings(), "test");
    EXPECT_FALSE(page->isComplete());
    QSignalSpy done(page, &ui::ConnectionPage::probeFinished);
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(15000));
    EXPECT_TRUE(done.first().first().toBool());
    EXPECT_TRUE(page->isComplete());
    const QString shown = page->statusView()->toPlainText();
    EXPECT_TRUE(shown.contains("needs bootstrapping")) << qPrintable(shown);
    EXPECT_TRUE(shown.contains("postgres"));
}

TEST_F(ConnectionPageUi, TypedErrorAppearsWithoutFreezingTheUi)
{
    ui::UpgradeWizard wizard;
    wizard.startAt(ui::UpgradeWizard::ConnectionPageId);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ui::ConnectionPage *page = wizard.connectionPage();
    core::ConnectionSettings s = settings();
    s.database = "db_that_is_not_there";
    page->applySettings(s, "test");
    test::UiWatchdog dog;
    QSignalSpy done(page, &ui::ConnectionPage::probeFinished);
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    EXPECT_FALSE(page->testButton()->isEnabled()); // busy while the job runs
    ASSERT_TRUE(done.wait(15000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_FALSE(page->isComplete());
    const QString shown = page->statusView()->toPlainText();
    EXPECT_TRUE(shown.contains("db_that_is_not_there")) << qPrintable(shown);
    EXPECT_TRUE(shown.contains("What to do")) << qPrintable(shown);
    EXPECT_LT(dog.worstGapMs(), 100);
    EXPECT_TRUE(page->testButton()->isEnabled());
}

TEST_F(ConnectionPageUi, CancelStopsAHangingConnect)
{
    QTcpServer hole; // accepts at kernel level, never answers
    ASSERT_TRUE(hole.listen(QHostAddress::LocalHost, 0));
    ui::UpgradeWizard wizard;
    wizard.startAt(ui::UpgradeWizard::ConnectionPageId);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ui::ConnectionPage *page = wizard.connectionPage();
    core::ConnectionSettings s = settings();
    s.host = "127.0.0.1";
    s.port = hole.serverPort();
    s.connectTimeoutMs = 120000;
    page->applySettings(s, "test");
    QSignalSpy done(page, &ui::ConnectionPage::probeFinished);
    test::UiWatchdog dog;
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QTest::qWait(300);
    ASSERT_TRUE(page->cancelButton()->isVisible());
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(5000));
    EXPECT_LT(t.elapsed(), 2000);
    ASSERT_TRUE(page->lastOutcome().error.has_value());
    EXPECT_EQ(page->lastOutcome().error->kind, core::ErrorKind::Cancelled);
    EXPECT_LT(dog.worstGapMs(), 100);
}

TEST_F(ConnectionPageUi, EveryInputHasAnAccessibleName)
{
    ui::UpgradeWizard wizard;
    for (QWidget *w : wizard.connectionPage()->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w) || qobject_cast<QSpinBox *>(w)) {
            if (w->parent() && qobject_cast<QSpinBox *>(w->parent()))
                continue; // the spin box's internal line edit
            EXPECT_FALSE(w->accessibleName().isEmpty()) << qPrintable(w->objectName()) << " "
                                                        << w->metaObject()->className();
        }
    }
}
