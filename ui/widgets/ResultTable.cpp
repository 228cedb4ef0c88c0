// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultTable.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace kuw::ui {

QTreeWidget *makeResultTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setAccessibleName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace kuw::ui
