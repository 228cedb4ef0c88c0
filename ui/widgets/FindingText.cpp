// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FindingText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeView>

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

void wrapRowsOnResize(QTreeView *view)
{
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    // QTreeView keeps row heights from the first layout; a resized column needs a new one.
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

} // namespace kuw::ui
