// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/CutoverRules.h"

#include <cmath>

namespace kuw::core {

void StageTracker::setTarget(int percent)
{
    m_target = percent;
    m_streak = 0;
}

bool StageTracker::matches(const TrafficSample &sample) const
{
    if (!sample.newShare || sample.newDown > 0 || sample.newUp == 0)
        return false;
    const double share = *sample.newShare * 100.0;
    if (m_target >= 100)
        return share >= 99.0;
    return std::abs(share - m_target) <= m_tolerance;
}

void StageTracker::add(const TrafficSample &sample)
{
    if (sample.newShare)
        m_lastShare = *sample.newShare * 100.0;
    m_streak = matches(sample) ? m_streak + 1 : 0;
}

bool DecommissionWatch::quiet(const TrafficSample &sample) const
{
    int oldNodes = 0;
    for (const NodeSample &n : sample.nodes) {
        if (n.side != ClusterSide::Old)
            continue;
        ++oldNodes;
        // an up node whose rate is not known yet (first round) is not proven idle
        if (n.up && (!n.rate || *n.rate >= m_idleRate))
            return false;
    }
    return oldNodes > 0;
}

void DecommissionWatch::add(const TrafficSample &sample)
{
    if (!quiet(sample))
        m_quietSince.reset();
    else if (!m_quietSince)
        m_quietSince = sample.timestamp;
}

qint64 DecommissionWatch::quietForMs(const QDateTime &now) const
{
    return m_quietSince ? m_quietSince->msecsTo(now) : 0;
}

} // namespace kuw::core
