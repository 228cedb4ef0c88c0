// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/AdminApiTypes.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace kuw::core {

/// A SIMULATED Kong node: a small Admin API on 127.0.0.1 for the demo and the tests.
/** It is not Kong. It serves Kong-shaped JSON for `GET /`, `/status`,
 *  `/clustering/data-planes` (control planes only; HTTP 400 otherwise, as Kong) and Prometheus
 *  text for `GET /metrics` (2.x names below 3.0: `kong_http_status`,
 *  `kong_nginx_http_current_connections`; 3.x names from 3.0: `kong_http_requests_total`,
 *  `kong_nginx_requests_total`). Its hostname is "simulated-<name>".
 *
 *  Traffic is computed from elapsed time: the node "serves" requestRate() proxied requests per
 *  second, errorRatio() of them answered 5xx, so counters grow monotonically and steadily
 *  whatever the poll cadence. Like nginx, `/status` total_requests also counts the Admin API
 *  requests themselves; the Prometheus counters count proxied requests only.
 *
 *  start()/stop()/restart() must run in the thread that owns the node (it may live in a
 *  helper QThread: they are Q_INVOKABLE for QMetaObject::invokeMethod); nothing blocks. The
 *  setters and counter getters are thread-safe. */
class SimulatedKongNode : public QObject
{
    Q_OBJECT

  public:
    explicit SimulatedKongNode(const QString &name, const QString &version = QStringLiteral("2.5.0"),
                               QObject *parent = nullptr);
    ~SimulatedKongNode() override;

    /// Serve https from the next start() (like Kong's admin_listen ... ssl), with this
    /// certificate and key; adminUrl() then says https.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    /// Listen on 127.0.0.1:`port` (0 = a free port). False when the port is taken.
    Q_INVOKABLE bool start(quint16 port = 0);
    /// Close the listener and every connection (the node is down; clients see "refused").
    /// Counters are kept and do not grow while stopped.
    Q_INVOKABLE void stop();
    /// A process restart: counters back to 0, a new node_id, same port.
    Q_INVOKABLE bool restart();
    bool isRunning() const;

    quint16 port() const;  ///< the last port listened on (kept across stop()/restart())
    QUrl adminUrl() const; ///< http://127.0.0.1:<port> (https with setTls())
    QString name() const { return m_name; }
    QString hostname() const { return QStringLiteral("simulated-") + m_name; }

    void setRequestRate(double perSecond);
    double requestRate() const;
    /// Fraction (0..1) of proxied requests answered 5xx.
    void setErrorRatio(double ratio);
    double errorRatio() const;
    /// The demo's "misbehave" switch: 5xx ratio `ratio` when on, 0 when off.
    void setMisbehaving(bool on, double ratio = 0.2) { setErrorRatio(on ? ratio : 0.0); }
    void setVersion(const QString &version);
    QString version() const;
    /// "traditional", "control_plane" or "data_plane" (data planes report database "off").
    void setRole(const QString &role);
    void setDatabaseReachable(bool reachable);
    void setDatastore(const QString &pgHost, int pgPort, const QString &pgDatabase);
    void setDataPlanes(const QList<DataPlane> &dataPlanes);
    /// On = `/clustering/data-planes` answers 403, as when RBAC denies the wizard's token.
    void setDataPlanesForbidden(bool forbidden);
    /// Off = `/metrics` answers 404, as without the prometheus plugin.
    void setPrometheusEnabled(bool enabled);

    qint64 proxiedRequests() const; ///< requests served so far (the Prometheus total)
    qint64 proxied5xx() const;
    qint64 adminRequests() const; ///< Admin API requests received so far

  private:
    struct Counters
    {
        qint64 requests = 0, errors = 0, admin = 0;
    };
    void foldLocked(); ///< move elapsed traffic into the accumulators
    Counters countersLocked() const;
    QByteArray rootJson();
    QByteArray statusJson();
    QByteArray metricsText();
    QByteArray dataPlanesJson(const QHttpServerRequest &request, int *status);

    const QString m_name;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QSslCertificate m_tlsCertificate;
    QSslKey m_tlsKey;

    mutable QMutex m_mutex; // guards everything below
    QString m_version;
    QString m_role = QStringLiteral("traditional");
    QString m_nodeId;
    QString m_pgHost = QStringLiteral("127.0.0.1");
    int m_pgPort = 5432;
    QString m_pgDatabase = QStringLiteral("kong");
    bool m_dbReachable = true;
    bool m_prometheus = true;
    bool m_dataPlanesForbidden = false;
    QList<DataPlane> m_dataPlanes;
    double m_rate = 0;
    double m_errorRatio = 0;
    bool m_serving = false;
    QElapsedTimer m_clock;
    qint64 m_segmentStartMs = 0;
    double m_requests = 0; // accumulated up to m_segmentStartMs
    double m_errors = 0;
    qint64 m_admin = 0;
};

/// Demo helper for one traffic stage of a blue-green cutover: `totalRate` req/s, of which
/// `newSharePercent` % go to `newNodes` and the rest to `oldNodes`, split equally inside each
/// cluster (an empty list drops its part). Thread-safe, like the setters it calls.
void applySimulatedTrafficStage(double totalRate, double newSharePercent,
                                const QList<SimulatedKongNode *> &oldNodes,
                                const QList<SimulatedKongNode *> &newNodes);

} // namespace kuw::core
