// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ThemeColors.h"

#include <algorithm>
#include <cmath>

namespace kuw::ui {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor okColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20); // 0x2e7d32 fell short of 4.5:1 on Fusion's window
}

QString errorHtml(const QPalette &palette, const QString &html, bool bold)
{
    const QString tag = bold ? QStringLiteral("b") : QStringLiteral("span");
    return QStringLiteral("<%1 style='color:%2'>%3</%1>").arg(tag, errorColor(palette).name(), html);
}

QString cautionStyleSheet(const QPalette &palette)
{
    // Amber on both: a pale box with dark text, or a dark brown box with pale text.
    return isDark(palette) ? QStringLiteral("QLabel{background:#3e2723;color:#ffe0b2;border:1px solid #ffb74d;padding:6px}")
                           : QStringLiteral("QLabel{background:#fff3e0;color:#4e342e;border:1px solid #ffb74d;padding:6px}");
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace kuw::ui
