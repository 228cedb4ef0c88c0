// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/Finding.h"

#include <QString>

namespace kuw::ui {

/// A finding's severity in the UI language; core::severityName() stays the stable id of reports.
QString severityText(core::Severity severity);

} // namespace kuw::ui
