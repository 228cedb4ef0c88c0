// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/TrafficMonitor.h"

#include <QDateTime>

#include <optional>

namespace kuw::core {

/// Decides from TrafficMonitor samples whether a traffic stage has been reached: the new
/// cluster's share is within `tolerance` points of the stage (at least 99 % for the 100 %
/// stage) in `samplesNeeded` consecutive rounds, with every new node up. Pure logic.
class StageTracker
{
  public:
    void setTarget(int percent);
    int target() const { return m_target; }
    void setTolerance(double points) { m_tolerance = points; }
    void setSamplesNeeded(int n) { m_needed = qMax(1, n); }
    void add(const TrafficSample &sample);
    void reset() { m_streak = 0; }
    bool reached() const { return m_streak >= m_needed; }
    std::optional<double> lastSharePercent() const { return m_lastShare; }

    /// Whether one sample shows the stage.
    bool matches(const TrafficSample &sample) const;

  private:
    int m_target = 10;
    double m_tolerance = 5;
    int m_needed = 2;
    int m_streak = 0;
    std::optional<double> m_lastShare;
};

/// Decides whether the old cluster is decommissioned: every old node unreachable or serving
/// (almost) no traffic, continuously for a chosen period. Pure logic over samples.
class DecommissionWatch
{
  public:
    void setPeriodSeconds(int seconds) { m_periodMs = qint64(seconds) * 1000; }
    int periodSeconds() const { return int(m_periodMs / 1000); }
    /// Below this many req/s a node counts as idle (the monitor's own calls are already removed).
    void setIdleRate(double perSecond) { m_idleRate = perSecond; }
    void add(const TrafficSample &sample);
    void reset() { m_quietSince.reset(); }
    /// Since when every old node has been quiet (none while one serves traffic).
    std::optional<QDateTime> quietSince() const { return m_quietSince; }
    qint64 quietForMs(const QDateTime &now) const;
    bool satisfied(const QDateTime &now) const { return m_quietSince && quietForMs(now) >= m_periodMs; }
    /// Whether every old node in `sample` is down or idle (false without old nodes).
    bool quiet(const TrafficSample &sample) const;

  private:
    qint64 m_periodMs = 300000;
    double m_idleRate = 0.5;
    std::optional<QDateTime> m_quietSince;
};

} // namespace kuw::core
