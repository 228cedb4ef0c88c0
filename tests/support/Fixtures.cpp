// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QVersionNumber>

#include <gtest/gtest.h>

#include <algorithm>

namespace kuw::test {
namespace {

QString schemasDir()
{
    return QStringLiteral(KUW_TEST_DATA_DIR "/kong-schemas");
}

// Lines of a text, and whether its last line ends with '\n' (the fixtures all do).
struct Lines
{
    QStringList lines;
    bool finalNewline = false;
};

Lines splitLines(const QString &text)
{
    Lines l;
    l.lines = text.split(QLatin1Char('\n'));
    l.finalNewline = text.endsWith(QLatin1Char('\n'));
    if (l.finalNewline || text.isEmpty())
        l.lines.removeLast();
    return l;
}

void appendSide(QString &out, const QStringList &lines, qsizetype from, qsizetype to, QChar sign,
                int maxLines)
{
    for (qsizetype i = from; i < to && i < from + maxLines; ++i)
        out += sign + lines.at(i) + QLatin1Char('\n');
    if (to - from > maxLines)
        out += QStringLiteral("%1 … %2 more lines\n").arg(sign).arg(to - from - maxLines);
}

} // namespace

QString fixtureText(const QString &version, const QString &file)
{
    QFile f(schemasDir() + QLatin1Char('/') + version + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read fixture " << qPrintable(f.fileName());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

QStringList fixtureVersions()
{
    QStringList v = QDir(schemasDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(v.begin(), v.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    return v;
}

QString unifiedDiff(const QString &expected, const QString &actual, int maxLines)
{
    if (expected == actual)
        return {};
    const Lines e = splitLines(expected), a = splitLines(actual);
    qsizetype head = 0; // common prefix
    while (head < e.lines.size() && head < a.lines.size() && e.lines[head] == a.lines[head])
        ++head;
    qsizetype tail = 0; // common suffix, not overlapping the prefix
    while (tail < e.lines.size() - head && tail < a.lines.size() - head &&
           e.lines[e.lines.size() - 1 - tail] == a.lines[a.lines.size() - 1 - tail])
        ++tail;
    const qsizetype eEnd = e.lines.size() - tail, aEnd = a.lines.size() - tail;
    const qsizetype ctx = std::max<qsizetype>(0, head - 2);
    QString out =
        QStringLiteral("--- expected\n+++ actual\n@@ -%1,%2 +%1,%3 @@\n")
            .arg(QString::number(ctx + 1), QString::number(eEnd - ctx), QString::number(aEnd - ctx));
    for (qsizetype i = ctx; i < head; ++i)
        out += QLatin1Char(' ') + e.lines[i] + QLatin1Char('\n');
    appendSide(out, e.lines, head, eEnd, QLatin1Char('-'), maxLines);
    appendSide(out, a.lines, head, aEnd, QLatin1Char('+'), maxLines);
    if (e.finalNewline != a.finalNewline)
        out += QStringLiteral("\\ the final newline differs (expected: %1, actual: %2)\n")
                   .arg(e.finalNewline ? "yes" : "no", a.finalNewline ? "yes" : "no");
    return out;
}

} // namespace kuw::test
