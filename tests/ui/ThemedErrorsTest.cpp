// SPDX-License-Identifier: GPL-3.0-or-later
// Error and "passed" colours follow the palette (ThemeColors) instead of a fixed red/green.
#include "UpgradeWizard.h"
#include "pages/CheckpointsPage.h"
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTest>

#include <gtest/gtest.h>

using namespace kuw;

namespace {

QPalette darkWindowPalette()
{
    QPalette dark = QApplication::style()->standardPalette();
    for (auto [role, colour] : {std::pair{QPalette::Window, "#2b2b2b"}, {QPalette::Base, "#1e1e1e"}, {QPalette::Button, "#353535"},
                                {QPalette::WindowText, "#eeeeee"}, {QPalette::Text, "#eeeeee"}, {QPalette::ButtonText, "#eeeeee"}})
        dark.setColor(role, QColor(colour));
    return dark;
}

} // namespace

TEST(ThemedErrors, PassedGreenStaysReadableOnLightAndDarkPalettes)
{
    for (const QPalette &p : {QApplication::style()->standardPalette(), darkWindowPalette()}) {
        EXPECT_GE(ui::contrastRatio(ui::okColor(p), p.color(QPalette::Window)), 4.5) << ui::isDark(p);
        EXPECT_GE(ui::contrastRatio(ui::okColor(p), p.color(QPalette::Base)), 4.5) << ui::isDark(p);
    }
    const QString html = ui::errorHtml(darkWindowPalette(), "x &amp; y", true);
    EXPECT_EQ(html, QStringLiteral("<b style='color:%1'>x &amp; y</b>").arg(ui::errorColor(darkWindowPalette()).name()));
}

TEST(ThemedErrors, CheckpointsPageShowsItsErrorsInTheDarkPalettesRed)
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkWindowPalette());
    {
        ui::UpgradeWizard wizard;
        wizard.state().target = *core::KongVersion::parse("2.5.2");
        wizard.startAt(ui::UpgradeWizard::CheckpointsPageId);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        ui::CheckpointsPage *page = wizard.checkpointsPage();
        page->oldNodesEdit()->setPlainText("http://127.0.0.1:1");
        page->newNodesEdit()->setPlainText("http://127.0.0.1:2");
        page->oldVersionEdit()->setText("not-a-version");
        QTest::mouseClick(page->verifyButton(), Qt::LeftButton);
        const QString text = page->nodeMessage()->text();
        EXPECT_TRUE(text.contains(ui::errorColor(page->palette()).name())) << qPrintable(text);
        EXPECT_TRUE(ui::isDark(page->palette()));
        EXPECT_FALSE(text.contains("#c62828")) << "the light theme's red is unreadable on dark";
    }
    QApplication::setPalette(before);
}
