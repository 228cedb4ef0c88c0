// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace kuw::test {

/// Longest gap between 10 ms ticks of a UI-thread timer while it lives: a UI thread that
/// waited on the network or the database would show up here.
class UiWatchdog
{
public:
    UiWatchdog()
    {
        m_clock.start();
        m_life.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > m_worst) {
                m_worst = gap;
                m_worstEndedAt = m_life.elapsed();
            }
        });
        m_timer.start();
    }
    qint64 worstGapMs() const { return m_worst; }
    /// When the worst gap ended, in ms since the watchdog started (to find what caused it).
    qint64 worstGapEndedAtMs() const { return m_worstEndedAt; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_life;
    qint64 m_worst = 0;
    qint64 m_worstEndedAt = 0;
};

} // namespace kuw::test
