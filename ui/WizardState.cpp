// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardState.h"

namespace kuw::ui {

void WizardState::record(const QString &step, const QString &event, const QString &detail,
                         const QMap<QString, QString> &data)
{
    if (journal)
        journal->append(step, event, detail, data);
}

} // namespace kuw::ui
