// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTreeWidget;
class QWidget;

namespace kuw::ui {

/// A flat, read-only table of results (counts, differences): columns sized to their contents,
/// the last one taking the rest of the width, `name` as its accessible name.
QTreeWidget *makeResultTable(const QString &name, const QStringList &headers, QWidget *parent);

} // namespace kuw::ui
