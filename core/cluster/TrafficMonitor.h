// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/AdminApiTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace kuw::core {

class AdminApiClient;

/// Which side of a blue-green cutover a node belongs to.
enum class ClusterSide { Old, New };

struct MonitoredNode
{
    QUrl url; ///< Admin API base URL
    ClusterSide side = ClusterSide::Old;
    QString label; ///< for display; the URL when empty
};

/// One node in one sample.
struct NodeSample
{
    QUrl url;
    QString label;
    ClusterSide side = ClusterSide::Old;
    bool up = false; ///< /status answered this round
    bool databaseReachable = false;
    std::optional<double> rate;         ///< proxied req/s since its previous sample (none on the first)
    bool metricsAvailable = false;      ///< /metrics answered (prometheus plugin enabled)
    std::optional<AdminApiError> error; ///< why it is down
};

/// One poll round over every node.
struct TrafficSample
{
    QDateTime timestamp; ///< UTC, when the round completed
    double oldRate = 0;  ///< req/s served by the old cluster (sum over its up nodes)
    double newRate = 0;
    std::optional<double> newShare; ///< newRate / (oldRate + newRate), 0..1; none without traffic
    std::optional<double> old5xx;   ///< fraction (0..1) of the old cluster's requests answered 5xx in
                                    ///< this round, from /metrics; none without data or traffic
    std::optional<double> new5xx;
    int oldUp = 0, oldDown = 0, newUp = 0, newDown = 0;
    QList<NodeSample> nodes; ///< same order as setNodes()
};

/// Polls `GET /status` (and `GET /metrics` where the prometheus plugin serves it) on old and new
/// nodes every interval() and emits one TrafficSample per round.
/** Rates come from `server.total_requests` deltas, minus the monitor's own Admin API requests
 *  (nginx counts those too), so an idle node reads 0. A counter that goes backwards (node
 *  restarted) counts from 0; an unreachable node is marked down and its baseline dropped. The
 *  5xx comparison uses Prometheus counters (kong_http_status / kong_http_requests_total).
 *  Lives in, and is used from, one thread with an event loop; never blocks. */
class TrafficMonitor : public QObject
{
    Q_OBJECT

  public:
    explicit TrafficMonitor(QObject *parent = nullptr);
    ~TrafficMonitor() override;

    /// Replaces the node set and forgets all history (a running monitor keeps running).
    void setNodes(const QList<MonitoredNode> &nodes);
    QList<MonitoredNode> nodes() const;
    /// Poll period; default 2 s. Also sets the client's timeout to ¾ of it (0.5 to 5 s);
    /// change client()->setTimeout() afterwards to override.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    /// Warn when new5xx − old5xx exceeds this (fraction; default 0.02 = 2 percentage points).
    /// The warning clears once the gap falls to half the threshold.
    void setErrorThreshold(double fraction) { m_threshold = fraction; }
    /// Below this many proxied requests in a round, a cluster's 5xx fraction is "none". Default 20.
    void setMinRequestsForErrorRate(qint64 n) { m_minRequests = n; }
    /// The client used for polling: set its timeout, CA file or admin token here.
    AdminApiClient *client() const { return m_client; }

    void start(); ///< polls at once (baseline), then every interval()
    void stop();  ///< aborts calls in flight; history is kept for a later start()
    bool isRunning() const { return m_timer.isActive(); }
    bool warningActive() const { return m_warning; }
    std::optional<TrafficSample> lastSample() const { return m_last; }

  Q_SIGNALS:
    void sampleReady(const kuw::core::TrafficSample &sample);
    void nodeWentDown(int index, const kuw::core::AdminApiError &error);
    void nodeCameUp(int index);
    /// The new cluster's 5xx fraction exceeds the old one's by more than the threshold.
    void errorRateWarning(double old5xx, double new5xx, const QString &message);
    void errorRateWarningCleared();

  private:
    struct State
    {
        MonitoredNode node;
        bool busy = false;               ///< a call to this node is in flight
        std::optional<bool> up;          ///< none before the first answer
        qint64 ownSent = 0;              ///< Admin API requests this monitor sent to the node
        std::optional<qint64> lastTotal; ///< total_requests at the previous /status
        qint64 lastTotalAtMs = 0;
        qint64 statusSentAtMs = 0;
        qint64 ownSentAtLastTotal = 0;
        std::optional<Metrics> lastMetrics;
        bool metricsAvailable = true; ///< false after a 404: retried every 10th round
        int roundsSinceMetricsTry = 0;
        NodeSample sample; ///< this round
        std::optional<qint64> deltaRequests, deltaErrors;
    };
    void pollRound();
    void pollNode(int index);
    void onStatus(int index, const ApiResult<NodeStatus> &result);
    void onMetrics(int index, const ApiResult<Metrics> &result);
    void nodeDone(int index);
    void finishRound();
    void updateWarning(const TrafficSample &sample);

    AdminApiClient *m_client = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<State> m_states;
    int m_pending = 0;    ///< nodes not yet answered in this round
    int m_generation = 0; ///< bumps on setNodes()/stop() so late replies are ignored
    bool m_baselineRound = true;
    double m_threshold = 0.02;
    qint64 m_minRequests = 20;
    bool m_warning = false;
    std::optional<TrafficSample> m_last;
};

} // namespace kuw::core
