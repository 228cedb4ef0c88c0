// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration: what is remembered (and what never is), the About dialog's facts,
// the language choice, and readable error colours on a dark palette.
#include "AboutDialog.h"
#include "DesktopIntegration.h"
#include "DesktopSettings.h"
#include "SettingsDialog.h"
#include "UpgradeWizard.h"
#include "about/Components.h"
#include "i18n/Language.h"
#include "pages/ConnectionPage.h"
#include "widgets/ThemeColors.h"

#include <QAbstractButton>
#include <QApplication>
#include <QStyle>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace kuw;

namespace {

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Saves a PNG of `w` into $KUW_SCREENSHOT_DIR when set (for looking at the dialogs).
void maybeScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KUW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.show();
    if (QTest::qWaitForWindowExposed(&w))
        w.grab().save(dir + QLatin1Char('/') + name);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return p;
}

core::ConnectionSettings connection(const QString &host, const QString &password)
{
    core::ConnectionSettings s;
    s.host = host;
    s.port = 6543;
    s.database = QStringLiteral("kong_prod");
    s.user = QStringLiteral("kong_admin");
    s.password = password;
    s.ssl = true;
    return s;
}

} // namespace

TEST(DesktopSettings, RecentConnectionsNeverStorePasswordsAndKeepMostRecentFirst)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.conf"));
    {
        ui::DesktopSettings s(file);
        s.addRecentConnection(connection(QStringLiteral("db1.example"), QStringLiteral("s3cret-One")));
        s.addRecentConnection(connection(QStringLiteral("db2.example"), QStringLiteral("s3cret-Two")));
        s.addRecentConnection(connection(QStringLiteral("db1.example"), QStringLiteral("s3cret-Three"))); // again: moves up
        s.sync();
    }
    const QString text = fileText(file);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_FALSE(text.contains(QStringLiteral("s3cret"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("password"), Qt::CaseInsensitive)) << text.toStdString();

    ui::DesktopSettings reread(file);
    const auto recent = reread.recentConnections();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent.at(0).host, QStringLiteral("db1.example"));
    EXPECT_EQ(recent.at(1).host, QStringLiteral("db2.example"));
    EXPECT_EQ(recent.at(0).port, 6543);
    EXPECT_EQ(recent.at(0).database, QStringLiteral("kong_prod"));
    EXPECT_EQ(recent.at(0).user, QStringLiteral("kong_admin"));
    EXPECT_TRUE(recent.at(0).ssl);
    EXPECT_TRUE(recent.at(0).password.isEmpty());
}

TEST(DesktopSettings, RecentConnectionsAreCapped)
{
    QTemporaryDir dir;
    ui::DesktopSettings s(dir.filePath(QStringLiteral("settings.conf")));
    for (int i = 0; i < ui::DesktopSettings::kMaxRecent + 3; ++i)
        s.addRecentConnection(connection(QStringLiteral("db%1").arg(i), {}));
    const auto recent = s.recentConnections();
    ASSERT_EQ(recent.size(), ui::DesktopSettings::kMaxRecent);
    EXPECT_EQ(recent.first().host, QStringLiteral("db%1").arg(ui::DesktopSettings::kMaxRecent + 2));
}

TEST(DesktopIntegration, GeometryIsRestoredAndRecentConnectionsAreOffered)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.conf"));
    const QSize fresh = ui::UpgradeWizard().size();
    QSize saved;
    {
        ui::UpgradeWizard wizard;
        auto *desktop = new ui::DesktopIntegration(wizard, std::make_unique<ui::DesktopSettings>(file));
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        wizard.resize(fresh - QSize(40, 30));
        QCoreApplication::processEvents();
        saved = wizard.size();
        wizard.startAt(ui::UpgradeWizard::ConnectionPageId);
        EXPECT_TRUE(desktop->recentButton()->isVisible());
        EXPECT_FALSE(desktop->recentButton()->isEnabled()); // nothing recent yet
        wizard.connectionPage()->applySettings(connection(QStringLiteral("remembered.example"), QStringLiteral("pw-x1")),
                                               QStringLiteral("test"));
        Q_EMIT wizard.connectionPage()->settingsAccepted(wizard.connectionPage()->settings());
        wizard.close();
    }
    ASSERT_NE(saved, fresh);
    ui::UpgradeWizard wizard;
    auto *desktop = new ui::DesktopIntegration(wizard, std::make_unique<ui::DesktopSettings>(file));
    EXPECT_EQ(wizard.size(), saved);
    EXPECT_FALSE(fileText(file).contains(QStringLiteral("pw-x1")));
    wizard.startAt(ui::UpgradeWizard::ConnectionPageId);
    QPushButton *recent = desktop->recentButton();
    ASSERT_TRUE(recent->isEnabled());
    const QList<QAction *> actions = recent->menu()->actions();
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first()->text().contains(QStringLiteral("remembered.example")));
    actions.first()->trigger();
    EXPECT_EQ(wizard.connectionPage()->settings().host, QStringLiteral("remembered.example"));
    EXPECT_TRUE(wizard.connectionPage()->settings().password.isEmpty());
    wizard.startAt(ui::UpgradeWizard::WelcomePageId);
    EXPECT_FALSE(recent->isVisibleTo(&wizard)); // only on the Connection page
}

TEST(AboutDialog, ShowsVersionNewestCatalogVersionAndLicences)
{
    ui::AboutDialog dialog(*core::KongVersion::parse(QStringLiteral("2.5.2")));
    const QString text = dialog.versionLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral(KUW_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2.5.2"))) << text.toStdString();
    QStringList licences;
    for (int i = 0; i < dialog.componentTable()->topLevelItemCount(); ++i)
        licences << dialog.componentTable()->topLevelItem(i)->text(0) + QLatin1Char('=') + dialog.componentTable()->topLevelItem(i)->text(2);
    const QString all = licences.join(u';');
    EXPECT_TRUE(all.contains(QStringLiteral("Qt=LGPL-3.0-only"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("libpq=PostgreSQL"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("yaml-cpp=MIT"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Qt HTTP Server=GPL-3.0-only"))) << all.toStdString();
    EXPECT_EQ(core::applicationVersion(), QStringLiteral(KUW_VERSION));
    maybeScreenshot(dialog, QStringLiteral("about.png"));
}

TEST(DarkPalette, ErrorColourStaysReadableOnLightAndDarkPalettes)
{
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = darkPalette();
    EXPECT_FALSE(ui::isDark(light));
    EXPECT_TRUE(ui::isDark(dark));
    for (const QPalette &p : {light, dark}) {
        EXPECT_GE(ui::contrastRatio(ui::errorColor(p), p.color(QPalette::Window)), 4.5);
        EXPECT_GE(ui::contrastRatio(ui::errorColor(p), p.color(QPalette::Base)), 4.5);
    }
    // The fixed red the pages used before is unreadable on the dark window colour.
    EXPECT_LT(ui::contrastRatio(QColor(0xc6, 0x28, 0x28), dark.color(QPalette::Window)), 4.5);
}

TEST(DarkPalette, DialogsFollowTheApplicationPalette)
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    ui::AboutDialog about(*core::KongVersion::parse(QStringLiteral("2.5.2")));
    EXPECT_EQ(about.palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    EXPECT_EQ(about.componentTable()->palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
    maybeScreenshot(about, QStringLiteral("about-dark.png"));
    QApplication::setPalette(before);
}

TEST(AboutDialog, WizardHelpButtonOpensIt)
{
    ui::UpgradeWizard wizard;
    new ui::DesktopIntegration(wizard, std::make_unique<ui::DesktopSettings>(QTemporaryDir().filePath(QStringLiteral("s.conf"))));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    bool seen = false;
    QTimer::singleShot(0, &wizard, [&] {
        auto *about = wizard.findChild<ui::AboutDialog *>();
        seen = about && about->isVisible() && about->versionLabel()->text().contains(QStringLiteral(KUW_VERSION));
        if (about)
            about->reject();
    });
    wizard.button(QWizard::HelpButton)->click();
    EXPECT_TRUE(seen);
}

TEST(Language, SettingsDialogStoresTheChoiceAndOffersEmbeddedLanguages)
{
    QTemporaryDir dir;
    ui::DesktopSettings settings(dir.filePath(QStringLiteral("settings.conf")));
    ui::SettingsDialog dialog(settings);
    QComboBox *box = dialog.languageBox();
    EXPECT_EQ(box->itemData(0).toString(), QString()); // system default first
    const int de = box->findData(QStringLiteral("de"));
    ASSERT_GE(de, 0) << "kuw_de.qm is not embedded";
    EXPECT_GE(box->findData(QStringLiteral("ja")), 0);
    EXPECT_GE(box->findData(QStringLiteral("zh_CN")), 0);
    box->setCurrentIndex(de);
    dialog.accept();
    EXPECT_EQ(ui::DesktopSettings(settings.fileName()).language(), QStringLiteral("de"));
}

TEST(Language, LangOptionIsTakenFromArgumentsInBothForms)
{
    QStringList args{QStringLiteral("kong-upgrade"), QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("status")};
    EXPECT_EQ(core::i18n::takeLanguageOption(args, true), QStringLiteral("ja"));
    EXPECT_EQ(args, (QStringList{QStringLiteral("kong-upgrade"), QStringLiteral("status")}));
    args = {QStringLiteral("kong-upgrade"), QStringLiteral("check"), QStringLiteral("--lang=de")};
    EXPECT_EQ(core::i18n::takeLanguageOption(args, false), QStringLiteral("de"));
    EXPECT_EQ(args.size(), 3);
    args = {QStringLiteral("kong-upgrade"), QStringLiteral("--"), QStringLiteral("--lang=de")};
    EXPECT_TRUE(core::i18n::takeLanguageOption(args, true).isEmpty());
}

TEST(Language, InstallingGermanTranslatesTheUi)
{
    EXPECT_EQ(core::i18n::install(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(QCoreApplication::translate("kuw::ui::SettingsDialog", "Settings"), QStringLiteral("Einstellungen"));
    ui::AboutDialog dialog(*core::KongVersion::parse(QStringLiteral("2.5.2")));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Über Kong Upgrade Wizard"));
    maybeScreenshot(dialog, QStringLiteral("about-de.png"));
}

TEST(Language, UnknownLanguageFallsBackToEnglishWithAWarning)
{
    QString warning;
    EXPECT_EQ(core::i18n::install(QStringLiteral("xx"), &warning), QStringLiteral("en"));
    EXPECT_TRUE(warning.contains(QStringLiteral("xx"))) << warning.toStdString();
}
