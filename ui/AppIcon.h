// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace kuw::ui {

/// The application icon: the installed hicolor theme icon when present, else the SVG
/// embedded in the binary (scales cleanly at any device pixel ratio).
QIcon appIcon();

} // namespace kuw::ui
