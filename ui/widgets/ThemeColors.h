// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace kuw::ui {

/// True when the palette's window background is dark (a dark system theme).
bool isDark(const QPalette &palette);
/// Red for errors and blockers that stays readable (contrast ≥ 4.5:1) on the palette's
/// window and base colours, light or dark, instead of one fixed red.
QColor errorColor(const QPalette &palette);
/// Green for "passed", readable on the palette's window and base colours, light or dark.
QColor okColor(const QPalette &palette);
/// `html` as rich text in errorColor() (bold when `bold`): instead of a fixed red in markup.
QString errorHtml(const QPalette &palette, const QString &html, bool bold = false);
/// Style sheet of a QLabel standing out as a caution (amber box), for a light or dark palette.
QString cautionStyleSheet(const QPalette &palette);
/// WCAG contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace kuw::ui
