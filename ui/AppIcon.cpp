// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"

namespace kuw::ui {

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral("kong-upgrade-wizard"),
                            QIcon(QStringLiteral(":/icons/kong-upgrade-wizard.svg")));
}

} // namespace kuw::ui
