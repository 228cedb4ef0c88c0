// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FindingText.h"

#include <QCoreApplication>

namespace kuw::ui {

QString severityText(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Blocker: return QCoreApplication::translate("kuw::ui::Severity", "blocker");
    case core::Severity::Warning: return QCoreApplication::translate("kuw::ui::Severity", "warning");
    case core::Severity::Info: return QCoreApplication::translate("kuw::ui::Severity", "info");
    }
    return {};
}

} // namespace kuw::ui
