// SPDX-License-Identifier: GPL-3.0-or-later
// The Welcome page's Demo mode (issue 7): choosing it prepares the embedded datastore and the
// simulated nodes on a worker, the Connection page then connects to them, safety snapshots go
// into the demo's throwaway directory, and closing the wizard removes it all.
#include "DemoSession.h"
#include "UpgradeWizard.h"
#include "pages/ConnectionPage.h"
#include "pages/SnapshotPage.h"
#include "pages/WelcomePage.h"
#include "support/UiWatchdog.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace kuw;

TEST(DemoMode, WelcomeChoiceRunsTheWizardOnAnEmbeddedDatastoreAndTearsItDown)
{
    QTemporaryDir journals;
    const QString shots = qEnvironmentVariable("KUW_SCREENSHOT_DIR");
    QString dir;
    {
        ui::UpgradeWizard wizard;
        wizard.state().journalDir = journals.path();
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        wizard.welcomePage()->setMode(ui::WizardMode::Demo);
        if (!shots.isEmpty())
            wizard.grab().save(shots + "/welcome-demo.png");

        QSignalSpy probed(wizard.connectionPage(), &ui::ConnectionPage::probeFinished);
        test::UiWatchdog dog;
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        ASSERT_EQ(wizard.currentId(), ui::UpgradeWizard::ConnectionPageId);
        ui::DemoSession *demo = wizard.demoSession();
        ASSERT_TRUE(demo);
        EXPECT_EQ(wizard.state().mode, ui::WizardMode::Demo);
        if (!shots.isEmpty() && demo->isPreparing())
            wizard.grab().save(shots + "/connection-demo-preparing.png");
        ASSERT_TRUE(probed.wait(100000));
        EXPECT_TRUE(probed.first().first().toBool());
        // Preparing ran on a worker: the UI thread kept ticking (seconds-long waits would show).
        EXPECT_LT(dog.worstGapMs(), 250);
        ASSERT_TRUE(demo->environment());
        const core::DemoDatastore &ds = demo->environment()->datastore();
        dir = ds.directory();
        EXPECT_EQ(wizard.connectionPage()->settings().host, dir);
        EXPECT_EQ(wizard.state().snapshotDir, ds.snapshotDirectory());
        EXPECT_EQ(demo->environment()->oldNodes().size(), 2);
        if (!shots.isEmpty())
            wizard.grab().save(shots + "/connection-demo-ready.png");

        // The safety snapshot lands in the demo's directory, not the user's AppData.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); // adopts the connection
        wizard.startAt(ui::UpgradeWizard::SnapshotPageId);
        QSignalSpy snapped(wizard.snapshotPage(), &ui::SnapshotPage::snapshotFinished);
        QTest::mouseClick(wizard.snapshotPage()->snapshotButton(), Qt::LeftButton);
        ASSERT_TRUE(snapped.wait(60000));
        ASSERT_TRUE(snapped.first().first().toBool());
        EXPECT_TRUE(wizard.snapshotPage()->snapshotPath().startsWith(ds.snapshotDirectory() + "/"))
            << qPrintable(wizard.snapshotPage()->snapshotPath());
        EXPECT_TRUE(QFileInfo::exists(wizard.snapshotPage()->snapshotPath()));

        // Back on Welcome, choosing Demo again keeps the one running demo.
        wizard.startAt(ui::UpgradeWizard::WelcomePageId);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        EXPECT_EQ(wizard.demoSession(), demo);
    }
    EXPECT_FALSE(dir.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(dir)) << "the demo's directory (server, snapshots) outlived the wizard";
}
