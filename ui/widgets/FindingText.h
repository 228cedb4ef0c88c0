// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/Finding.h"

#include <QString>

class QTreeView;

namespace kuw::ui {

/// A finding's severity in the UI language; core::severityName() stays the stable id of reports.
QString severityText(core::Severity severity);

/// Lays the rows out again whenever a column is resized, so word-wrapped cells (long remedies,
/// longer still in German) grow in height instead of being elided.
void wrapRowsOnResize(QTreeView *view);

} // namespace kuw::ui
