// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace kuw::ui {

/// True when the palette's window background is dark (a dark system theme).
bool isDark(const QPalette &palette);
/// Red for errors and blockers that stays readable (contrast ≥ 4.5:1) on the palette's
/// window and base colours, light or dark, instead of one fixed red.
QColor errorColor(const QPalette &palette);
/// WCAG contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace kuw::ui
