// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/ParallelResume.h"

#include "session/SessionResume.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Parallel)
};

const QString Step = QStringLiteral("parallel");

/// Index of the last `event` of the parallel step before index `before`, -1 if none.
int lastIndex(const Journal &j, const QString &event, int before = std::numeric_limits<int>::max())
{
    const QList<JournalEvent> &events = j.events();
    for (int i = std::min(int(events.size()), before) - 1; i >= 0; --i)
        if (events.at(i).step == Step && events.at(i).event == event)
            return i;
    return -1;
}

} // namespace

bool isParallelSession(const Journal &journal)
{
    const JournalEvent *path = journal.last(QStringLiteral("version"), QStringLiteral("path"));
    return path && path->detail == QLatin1String("parallel-datastore");
}

ParallelResumePoint parallelResumePoint(const Journal &j, bool checkpointsDone, std::optional<bool> targetBootstrapped)
{
    using S = ParallelResumePoint::Step;
    ParallelResumePoint p;
    if (const JournalEvent *t = j.last(Step, QStringLiteral("target")))
        p.target = parseConnectionString(t->detail);
    if (!p.target) {
        p.reason = Text::tr("No new datastore was chosen yet: continue with it.");
        return p;
    }
    // An import commits everything or nothing: a journaled "imported" means the data is there,
    // unless the new datastore was emptied since (no Kong schema any more).
    const int imported = lastIndex(j, QStringLiteral("imported"));
    if (const int started = lastIndex(j, QStringLiteral("started"), imported); started >= 0)
        p.exportedAt = j.events().at(started).at; // the page takes the export's time at the start
    if (imported < 0 || targetBootstrapped == false) {
        p.step = S::Transfer;
        p.reason = imported < 0 ? Text::tr("Nothing was imported into the new datastore yet: run the transfer.")
                                : Text::tr("The new datastore holds no Kong schema any more: run the transfer again.");
        return p;
    }
    if (lastIndex(j, QStringLiteral("decommissioned")) > imported) {
        p.step = S::Summary;
        p.reason = Text::tr("The old datastore's decommissioning was confirmed.");
    } else if (lastIndex(j, QStringLiteral("diff")) > imported) {
        p.step = S::Decommission;
        p.reason = Text::tr("The changes since the export were compared: decommission the old datastore.");
    } else if (checkpointsDone) {
        p.step = S::Diff;
        p.reason = Text::tr("Every cutover checkpoint passed: compare the changes made since the export.");
    } else {
        p.step = S::Checkpoints;
        p.reason = Text::tr("The transfer is done: continue the cutover to the new cluster on the new datastore.");
    }
    return p;
}

} // namespace kuw::core
