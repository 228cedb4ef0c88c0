// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace kuw::ui {

/// Item delegate for a QTreeView whose long texts (remedies, commands) must be read whole:
/// rows grow to the height of their text wrapped at the column's current width. Qt's own
/// size hint wraps against no width at all, so a tree with word wrap still shows one line.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Installs itself on `view` and re-lays out the rows whenever a column changes width.
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace kuw::ui
