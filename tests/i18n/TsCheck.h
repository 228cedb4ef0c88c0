// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace kuw::test {

/// Problems of one Qt Linguist .ts file, each as "file:line: context: \"source\": problem".
/// Always checked: well-formed XML, obsolete/vanished entries, and every non-empty
/// translation keeping exactly the placeholders (%1…%99, %L1, %n) of its source.
/// With requireComplete, unfinished (untranslated) entries are problems too.
QStringList checkTsFile(const QString &path, bool requireComplete);

/// The placeholders of a text: "%1", "%L2" counted as "%2", "%n".
QSet<QString> placeholders(const QString &text);

} // namespace kuw::test
