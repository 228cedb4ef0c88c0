// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace kuw::ui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setUniformRowHeights(false);
    connect(view->header(), &QHeaderView::sectionResized, view, &QTreeView::doItemsLayout);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = m_view->header()->sectionSize(index.column());
    // A column sized to its contents takes its texts' natural width: nothing to wrap there.
    if (width <= 0 || m_view->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return QStyledItemDelegate::sizeHint(option, index);
    // Let the style wrap against the column's width (less the tree's indentation in column 0).
    opt.rect = QRect(0, 0, width - (index.column() == 0 && m_view->rootIsDecorated() ? m_view->indentation() : 0), 1);
    opt.features |= QStyleOptionViewItem::WrapText;
    const QWidget *w = opt.widget ? opt.widget : m_view;
    QSize size = w->style()->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), w);
    size.setWidth(std::min(size.width(), width));
    return size;
}

} // namespace kuw::ui
