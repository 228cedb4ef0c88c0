// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalWriter.h"

#include <QDeadlineTimer>
#include <QThread>

namespace kuw::core {

JournalWriter::JournalWriter(QObject *parent) : QObject(parent)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("kuw-journal-writer"));
    m_thread->start();
}

JournalWriter::~JournalWriter()
{
    flush();
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void JournalWriter::write(const Journal &journal)
{
    QMutexLocker lock(&m_mutex);
    // Not yet started and the same file: the newer copy contains the older one.
    if (!m_queue.empty() && m_queue.back().path() == journal.path())
        m_queue.back() = journal;
    else
        m_queue.push_back(journal);
    m_wake.wakeOne();
}

bool JournalWriter::flush(int timeoutMs)
{
    QDeadlineTimer deadline = timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (!m_queue.empty() || m_busy) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

int JournalWriter::savedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_saved;
}

void JournalWriter::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_queue.empty() && !m_stop)
            m_wake.wait(&m_mutex);
        if (m_queue.empty()) // stopping, and flushed by the destructor
            return;
        const Journal next = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const Status st = next.save();
        if (!st)
            Q_EMIT failed(st.error().message, st.error().remedy);
        lock.relock();
        m_busy = false;
        ++m_saved;
        if (m_queue.empty())
            m_idle.wakeAll();
    }
}

} // namespace kuw::core
