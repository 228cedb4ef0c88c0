// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kuw::test {

/// Problems of one Qt Linguist .ts file, each as "file:line: context: \"source\": problem".
/// Always checked: well-formed XML, obsolete/vanished entries, and every non-empty
/// translation keeping exactly the placeholders (%1…%99, %L1, %n) of its source.
/// With requireComplete, unfinished (untranslated) entries are problems too.
QStringList checkTsFile(const QString &path, bool requireComplete);

} // namespace kuw::test
