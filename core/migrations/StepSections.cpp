// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepSections.h"

#include <QRegularExpression>

namespace kuw::core {
namespace {

StepSection sectionOf(const QString &sql)
{
    StepSection s;
    s.sql = sql;
    for (const TableEffect &e : analyzeSql(sql)) {
        if (e.lockMode == QLatin1String("ACCESS EXCLUSIVE") && !s.exclusiveTables.contains(e.table))
            s.exclusiveTables << e.table;
    }
    static const QRegularExpression drop(QStringLiteral(R"re(\bDROP\s+CONSTRAINT\s+(?:IF\s+EXISTS\s+)?"?(\w+)"?)re"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = drop.globalMatch(sql); it.hasNext();)
        s.droppedConstraints << it.next().captured(1);
    return s;
}

/// Appends the sections of `sql` to `out`, opening a new transaction at each commit marker
/// when `allowCommit`.
void splitSql(const QString &sql, bool allowCommit, QList<StepTransaction> &out)
{
    static const QRegularExpression marker(QStringLiteral(R"(^[ \t]*--[ \t]*kuw:(section|commit)[ \t]*$)"),
                                           QRegularExpression::MultilineOption);
    qsizetype from = 0;
    auto flush = [&](qsizetype to) {
        const QString part = sql.mid(from, to - from);
        if (!part.trimmed().isEmpty())
            out.last().sections << sectionOf(part);
    };
    auto it = marker.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        flush(m.capturedStart());
        from = m.capturedEnd();
        if (allowCommit && m.captured(1) == QLatin1String("commit") && !out.last().sections.isEmpty())
            out << StepTransaction{};
    }
    flush(sql.size());
}

} // namespace

QList<StepTransaction> splitStep(const PlanStep &step)
{
    QList<StepTransaction> out{StepTransaction{}};
    if (step.phase == Phase::Up) {
        splitSql(step.sql, true, out);
    } else {
        for (const TeardownStep &t : step.teardown) {
            if (!t.function.isEmpty())
                out.last().sections << StepSection{{}, t.function, {}, {}};
            else
                splitSql(t.sql, false, out);
        }
    }
    if (out.size() > 1 && out.last().sections.isEmpty())
        out.removeLast();
    return out;
}

} // namespace kuw::core
