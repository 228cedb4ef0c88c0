// SPDX-License-Identifier: GPL-3.0-or-later
// What an external Kong run changed in schema_meta, from two probes (before/after).
#include "ExternalExecutor.h"

#include <QHash>

namespace kuw::core {
namespace {

const SubsystemMeta kEmpty;

/// Items of `b` not in `a`, counted as multisets: `executed` gains duplicates under --force.
QStringList added(const QStringList &a, const QStringList &b)
{
    QHash<QString, int> budget;
    for (const QString &s : a)
        ++budget[s];
    QStringList out;
    for (const QString &s : b) {
        if (budget.value(s) > 0)
            --budget[s];
        else
            out << s;
    }
    return out;
}

} // namespace

QList<SubsystemChange> diffSchemaMeta(const DatastoreStatus &before, const DatastoreStatus &after)
{
    // The probe orders subsystems core first, then by name; keep that, then rows that vanished.
    QStringList names;
    for (const SubsystemMeta &m : after.subsystems)
        names << m.subsystem;
    for (const SubsystemMeta &m : before.subsystems)
        if (!names.contains(m.subsystem))
            names << m.subsystem;

    QList<SubsystemChange> out;
    for (const QString &name : std::as_const(names)) {
        const SubsystemMeta *b = before.subsystem(name);
        const SubsystemMeta *a = after.subsystem(name);
        b = b ? b : &kEmpty;
        a = a ? a : &kEmpty;
        SubsystemChange c;
        c.subsystem = name;
        for (const QString &n : added(b->executed, a->executed))
            (b->executed.contains(n) ? c.rerun : c.executed) << n;
        c.unexecuted = added(a->executed, b->executed);
        c.pending = added(b->pending, a->pending);
        c.unpended = added(a->pending, b->pending);
        if (!c.executed.isEmpty() || !c.rerun.isEmpty() || !c.unexecuted.isEmpty() || !c.pending.isEmpty() || !c.unpended.isEmpty())
            out << c;
    }
    return out;
}

QStringList describeChanges(const QList<SubsystemChange> &changes)
{
    QStringList lines;
    for (const SubsystemChange &c : changes) {
        const QString p = c.subsystem + QStringLiteral(": ");
        for (const QString &n : c.executed) {
            if (c.unpended.contains(n))
                lines << p + n + QStringLiteral(" executed (was pending)"); // finish ran its teardown
            else
                lines << p + n + QStringLiteral(" executed");
        }
        for (const QString &n : c.rerun)
            lines << p + n + QStringLiteral(" executed again");
        for (const QString &n : c.pending)
            lines << p + n + QStringLiteral(" pending");
        for (const QString &n : c.unpended)
            if (!c.executed.contains(n))
                lines << p + n + QStringLiteral(" removed from pending");
        for (const QString &n : c.unexecuted)
            lines << p + n + QStringLiteral(" removed from executed");
    }
    return lines;
}

} // namespace kuw::core
