// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/Journal.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <deque>

class QThread;

namespace kuw::core {

/// Writes journals on its own worker thread, one at a time and in the order queued, so the
/// UI thread never waits on the YAML rewrite and its fsync (~100 ms on a loaded disk).
/// Each queued item is a whole journal: when a newer copy of the same file is queued behind
/// one not yet started, it replaces it (it holds every event of the older one), so nothing
/// is lost or reordered and a burst of events costs one write, not one per event.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    explicit JournalWriter(QObject *parent = nullptr);
    /// Flushes: whatever was queued is on disk before the object is gone.
    ~JournalWriter() override;

    /// Queues `journal` (a copy) to be saved. Never blocks on the disk.
    void write(const Journal &journal);
    /// Waits until everything queued is saved; false on timeout. Blocks: call it at shutdown
    /// or from non-UI code (tests, the CLI), never from a UI handler.
    bool flush(int timeoutMs = -1);
    /// Journals saved so far (coalesced writes count once).
    int savedCount() const;

Q_SIGNALS:
    /// A save failed (emitted on the worker; queued to receivers on other threads).
    void failed(const QString &message, const QString &remedy);

private:
    void run();

    mutable QMutex m_mutex;
    QWaitCondition m_wake;     ///< something queued, or stop
    QWaitCondition m_idle;     ///< queue drained and nothing being saved
    std::deque<Journal> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    int m_saved = 0;
    QThread *m_thread = nullptr;
};

} // namespace kuw::core
