// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kuw::test {

/// tests/data/kong-schemas/<version>/<file> (schema.txt, data.txt, pg_dump.sql) as text.
/** Fails the current test (and returns "") when the file cannot be read. */
QString fixtureText(const QString &version, const QString &file);

/// The versions under tests/data/kong-schemas, oldest first.
QStringList fixtureVersions();

/// A short unified-style diff of `expected` vs `actual` for assertion messages: one hunk
/// from the first to the last differing line, with context, at most `maxLines` per side.
/** Empty when the texts are equal. */
QString unifiedDiff(const QString &expected, const QString &actual, int maxLines = 12);

} // namespace kuw::test
