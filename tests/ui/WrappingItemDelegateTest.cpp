// SPDX-License-Identifier: GPL-3.0-or-later
// Long texts in finding tables wrap at the column's width and rows grow to show them whole.
#include "widgets/WrappingItemDelegate.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace kuw;

TEST(WrappingItemDelegate, RowsGrowToTheWrappedTextAndShrinkWhenTheColumnWidens)
{
    QTreeWidget tree;
    tree.setColumnCount(2);
    tree.setRootIsDecorated(false);
    new ui::WrappingItemDelegate(&tree);
    tree.header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree.header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QString remedy = QStringLiteral("Stop every node that runs migrations, delete the row from 'locks' with "
                                          "DELETE FROM locks WHERE key = 'migrations', then run the upgrade again.");
    auto *item = new QTreeWidgetItem(&tree, {QStringLiteral("warning"), remedy});
    const int line = tree.fontMetrics().height();

    tree.resize(320, 400);
    tree.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tree));
    QTest::qWait(50);
    const int narrow = tree.visualItemRect(item).height();
    EXPECT_GE(narrow, 3 * line) << "the long text wraps onto several lines";
    EXPECT_GE(tree.header()->sectionSize(0), tree.fontMetrics().horizontalAdvance(QStringLiteral("warning")))
        << "a column sized to its contents is not squeezed by wrapping";

    tree.resize(2400, 400);
    QTest::qWait(50);
    const int wide = tree.visualItemRect(item).height();
    EXPECT_LT(wide, 2 * line) << "one line once the column is wide enough";
    EXPECT_LT(wide, narrow);
}
