// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/TrafficMonitor.h"

#include "cluster/AdminApiClient.h"

#include <algorithm>

namespace kuw::core {

using namespace std::chrono_literals;

TrafficMonitor::TrafficMonitor(QObject *parent) : QObject(parent), m_client(new AdminApiClient(this))
{
    connect(&m_timer, &QTimer::timeout, this, &TrafficMonitor::pollRound);
    setInterval(2s);
    m_clock.start();
}

TrafficMonitor::~TrafficMonitor() = default;

void TrafficMonitor::setNodes(const QList<MonitoredNode> &nodes)
{
    ++m_generation;
    m_client->abortAll();
    m_pending = 0;
    m_states.clear();
    for (const MonitoredNode &node : nodes) {
        State state;
        state.node = node;
        if (state.node.label.isEmpty())
            state.node.label = node.url.toDisplayString(QUrl::RemoveUserInfo);
        m_states.append(state);
    }
    m_baselineRound = true;
    m_last.reset();
    if (isRunning())
        pollRound();
}

QList<MonitoredNode> TrafficMonitor::nodes() const
{
    QList<MonitoredNode> out;
    for (const State &s : m_states)
        out.append(s.node);
    return out;
}

void TrafficMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    m_client->setTimeout(std::clamp<std::chrono::milliseconds>(interval * 3 / 4, 500ms, 5000ms));
}

std::chrono::milliseconds TrafficMonitor::interval() const
{
    return m_timer.intervalAsDuration();
}

void TrafficMonitor::start()
{
    if (isRunning())
        return;
    m_timer.start();
    pollRound();
}

void TrafficMonitor::stop()
{
    m_timer.stop();
    ++m_generation; // replies still on their way are ignored
    m_client->abortAll();
    m_pending = 0;
    for (State &s : m_states)
        s.busy = false;
}

void TrafficMonitor::pollRound()
{
    if (m_pending > 0 || m_states.isEmpty())
        return; // the previous round is still waiting for a slow node: skip this tick
    m_pending = int(m_states.size());
    for (int i = 0; i < m_states.size(); ++i)
        pollNode(i);
}

void TrafficMonitor::pollNode(int index)
{
    State &s = m_states[index];
    s.busy = true;
    s.sample = NodeSample();
    s.sample.url = s.node.url;
    s.sample.label = s.node.label;
    s.sample.side = s.node.side;
    s.deltaRequests.reset();
    s.deltaErrors.reset();
    ++s.ownSent;
    s.statusSentAtMs = m_clock.elapsed();
    const int generation = m_generation;
    m_client->fetchStatus(s.node.url, this, [this, generation, index](const ApiResult<NodeStatus> &result) {
        if (generation == m_generation)
            onStatus(index, result);
    });
}

void TrafficMonitor::onStatus(int index, const ApiResult<NodeStatus> &result)
{
    State &s = m_states[index];
    // The node read its counter somewhere between send and receipt: the midpoint halves the
    // error that a busy client or network adds to the interval.
    const qint64 now = (s.statusSentAtMs + m_clock.elapsed()) / 2;
    const bool wasUp = s.up.value_or(false);
    if (!result.ok()) {
        s.sample.error = result.error();
        s.lastTotal.reset(); // start from a fresh baseline when it comes back
        s.lastMetrics.reset();
        const bool transition = !s.up.has_value() || wasUp;
        s.up = false;
        if (transition)
            Q_EMIT nodeWentDown(index, result.error());
        return nodeDone(index);
    }

    s.sample.up = true;
    s.sample.databaseReachable = result->databaseReachable;
    const qint64 total = result->totalRequests;
    if (s.lastTotal && now > s.lastTotalAtMs) {
        // nginx counts our own Admin API calls too: those sent since the previous /status,
        // including this one, are not traffic. A smaller total means a restart: count from 0.
        const qint64 own = s.ownSent - s.ownSentAtLastTotal;
        const qint64 delta = total >= *s.lastTotal ? total - *s.lastTotal - own : total - 1;
        s.sample.rate = double(std::max<qint64>(0, delta)) * 1000.0 / double(now - s.lastTotalAtMs);
    }
    s.lastTotal = total;
    s.lastTotalAtMs = now;
    s.ownSentAtLastTotal = s.ownSent;
    s.up = true;
    if (!wasUp)
        Q_EMIT nodeCameUp(index);

    // /metrics after /status, never concurrently, so the own-request accounting above is exact.
    if (!s.metricsAvailable && ++s.roundsSinceMetricsTry < 10)
        return nodeDone(index);
    s.roundsSinceMetricsTry = 0;
    ++s.ownSent;
    const int generation = m_generation;
    m_client->fetchMetrics(s.node.url, this, [this, generation, index](const ApiResult<Metrics> &metrics) {
        if (generation == m_generation)
            onMetrics(index, metrics);
    });
}

void TrafficMonitor::onMetrics(int index, const ApiResult<Metrics> &result)
{
    State &s = m_states[index];
    if (result.ok()) {
        s.metricsAvailable = true;
        s.sample.metricsAvailable = true;
        const Metrics &m = *result;
        if (s.lastMetrics) {
            const bool reset = m.requests < s.lastMetrics->requests || m.errors5xx < s.lastMetrics->errors5xx;
            s.deltaRequests = reset ? m.requests : m.requests - s.lastMetrics->requests;
            s.deltaErrors = reset ? m.errors5xx : m.errors5xx - s.lastMetrics->errors5xx;
        }
        s.lastMetrics = m;
    } else if (result.error().kind == AdminApiError::Kind::HttpStatus) {
        s.metricsAvailable = false; // no prometheus plugin (404) or no access: retry now and then
        s.lastMetrics.reset();
    } // a transient failure keeps the baseline: the next delta spans two rounds
    nodeDone(index);
}

void TrafficMonitor::nodeDone(int index)
{
    m_states[index].busy = false;
    if (--m_pending == 0)
        finishRound();
}

void TrafficMonitor::finishRound()
{
    TrafficSample t;
    t.timestamp = QDateTime::currentDateTimeUtc();
    qint64 requests[2] = {0, 0}, errors[2] = {0, 0};
    bool haveMetrics[2] = {false, false};
    for (const State &s : m_states) {
        const int side = s.node.side == ClusterSide::New ? 1 : 0;
        t.nodes.append(s.sample);
        if (side)
            ++(s.sample.up ? t.newUp : t.newDown);
        else
            ++(s.sample.up ? t.oldUp : t.oldDown);
        (side ? t.newRate : t.oldRate) += s.sample.rate.value_or(0.0);
        if (s.deltaRequests) {
            haveMetrics[side] = true;
            requests[side] += *s.deltaRequests;
            errors[side] += s.deltaErrors.value_or(0);
        }
    }
    if (t.oldRate + t.newRate > 0)
        t.newShare = t.newRate / (t.oldRate + t.newRate);
    auto fraction = [&](int side) -> std::optional<double> {
        if (!haveMetrics[side] || requests[side] < std::max<qint64>(1, m_minRequests))
            return std::nullopt;
        return double(errors[side]) / double(requests[side]);
    };
    t.old5xx = fraction(0);
    t.new5xx = fraction(1);
    m_last = t;
    if (m_baselineRound) { // no deltas yet
        m_baselineRound = false;
        return;
    }
    Q_EMIT sampleReady(t);
    updateWarning(t);
}

void TrafficMonitor::updateWarning(const TrafficSample &t)
{
    if (!t.new5xx)
        return;
    const double old5xx = t.old5xx.value_or(0.0); // no old data: compare with a clean cluster
    const double gap = *t.new5xx - old5xx;
    if (!m_warning && gap > m_threshold) {
        m_warning = true;
        Q_EMIT errorRateWarning(
            old5xx, *t.new5xx,
            QStringLiteral("The new cluster answers %1 % of requests with 5xx, the old one "
                           "%2 %: pause the cutover and check the new nodes' error.log.")
                .arg(*t.new5xx * 100.0, 0, 'f', 1)
                .arg(old5xx * 100.0, 0, 'f', 1));
    } else if (m_warning && gap <= m_threshold / 2) {
        m_warning = false;
        Q_EMIT errorRateWarningCleared();
    }
}

} // namespace kuw::core
