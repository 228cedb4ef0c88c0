// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace kuw::app {

/// `--dark`: the Fusion style with a dark palette, to check that every page stays legible
/// (no hard-coded light backgrounds, readable links and disabled text).
void applyDarkPalette(QApplication &app);

} // namespace kuw::app
