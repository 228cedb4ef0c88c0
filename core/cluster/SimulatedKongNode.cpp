// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/SimulatedKongNode.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

namespace kuw::core {
namespace {

QString newNodeId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isThreeX(const QString &version)
{
    return !version.isEmpty() && version.front().digitValue() >= 3;
}

QHttpServerResponse reply(const QByteArray &mime, const QByteArray &body, const QString &version,
                          QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    QHttpServerResponse response(mime, body, status);
    response.setHeader("Server", "kong/" + version.toUtf8() + " (simulated)");
    return response;
}

QByteArray message(const char *text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), QString::fromLatin1(text)}}).toJson();
}

} // namespace

SimulatedKongNode::SimulatedKongNode(const QString &name, const QString &version, QObject *parent)
    : QObject(parent), m_name(name), m_version(version), m_nodeId(newNodeId())
{
    m_clock.start();
}

SimulatedKongNode::~SimulatedKongNode() = default;

bool SimulatedKongNode::start(quint16 port)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_server)
        return true;
    auto server = std::make_unique<QHttpServer>();
    const QByteArray json = "application/json; charset=utf-8";
    server->route(QStringLiteral("/"), QHttpServerRequest::Method::Get,
                  [this, json] { return reply(json, rootJson(), version()); });
    server->route(QStringLiteral("/status"), QHttpServerRequest::Method::Get,
                  [this, json] { return reply(json, statusJson(), version()); });
    server->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this, json] {
        QMutexLocker lock(&m_mutex);
        if (!m_prometheus) { // as without the prometheus plugin
            ++m_admin;
            const QString v = m_version;
            lock.unlock();
            return reply(json, message("Not found"), v, QHttpServerResponse::StatusCode::NotFound);
        }
        lock.unlock();
        return reply("text/plain; version=0.0.4; charset=utf-8", metricsText(), version());
    });
    server->route(QStringLiteral("/clustering/data-planes"), QHttpServerRequest::Method::Get,
                  [this, json](const QHttpServerRequest &request) {
                      int status = 200;
                      const QByteArray body = dataPlanesJson(request, &status);
                      return reply(json, body, version(),
                                   static_cast<QHttpServerResponse::StatusCode>(status));
                  });

    if (!m_tlsCertificate.isNull())
        server->sslSetup(m_tlsCertificate, m_tlsKey);
    const quint16 bound = server->listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    m_server = std::move(server);
    m_port = bound;
    QMutexLocker lock(&m_mutex);
    m_segmentStartMs = m_clock.elapsed();
    m_serving = true;
    return true;
}

void SimulatedKongNode::stop()
{
    Q_ASSERT(QThread::currentThread() == thread());
    {
        QMutexLocker lock(&m_mutex);
        foldLocked();
        m_serving = false;
    }
    // Deleting the server deletes its QTcpServer and, with it, every open connection.
    m_server.reset();
}

bool SimulatedKongNode::restart()
{
    stop();
    {
        QMutexLocker lock(&m_mutex);
        m_requests = m_errors = 0;
        m_admin = 0;
        m_nodeId = newNodeId();
    }
    return start(m_port);
}

bool SimulatedKongNode::isRunning() const
{
    return m_server != nullptr;
}
quint16 SimulatedKongNode::port() const
{
    return m_port;
}

QUrl SimulatedKongNode::adminUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tlsCertificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(m_port));
}

void SimulatedKongNode::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tlsCertificate = certificate;
    m_tlsKey = key;
}

void SimulatedKongNode::foldLocked()
{
    const qint64 now = m_clock.elapsed();
    if (m_serving) {
        const double served = m_rate * double(now - m_segmentStartMs) / 1000.0;
        m_requests += served;
        m_errors += served * m_errorRatio;
    }
    m_segmentStartMs = now;
}

SimulatedKongNode::Counters SimulatedKongNode::countersLocked() const
{
    double requests = m_requests, errors = m_errors;
    if (m_serving) {
        const double served = m_rate * double(m_clock.elapsed() - m_segmentStartMs) / 1000.0;
        requests += served;
        errors += served * m_errorRatio;
    }
    return {static_cast<qint64>(std::floor(requests)), static_cast<qint64>(std::floor(errors)), m_admin};
}

void SimulatedKongNode::setRequestRate(double perSecond)
{
    QMutexLocker lock(&m_mutex);
    foldLocked();
    m_rate = std::max(0.0, perSecond);
}

void SimulatedKongNode::setErrorRatio(double ratio)
{
    QMutexLocker lock(&m_mutex);
    foldLocked();
    m_errorRatio = std::clamp(ratio, 0.0, 1.0);
}

double SimulatedKongNode::requestRate() const
{
    QMutexLocker lock(&m_mutex);
    return m_rate;
}

double SimulatedKongNode::errorRatio() const
{
    QMutexLocker lock(&m_mutex);
    return m_errorRatio;
}

QString SimulatedKongNode::version() const
{
    QMutexLocker lock(&m_mutex);
    return m_version;
}

qint64 SimulatedKongNode::proxiedRequests() const
{
    QMutexLocker lock(&m_mutex);
    return countersLocked().requests;
}

qint64 SimulatedKongNode::proxied5xx() const
{
    QMutexLocker lock(&m_mutex);
    return countersLocked().errors;
}

qint64 SimulatedKongNode::adminRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_admin;
}

void SimulatedKongNode::setVersion(const QString &version)
{
    QMutexLocker lock(&m_mutex);
    m_version = version;
}

void SimulatedKongNode::setRole(const QString &role)
{
    QMutexLocker lock(&m_mutex);
    m_role = role;
}

void SimulatedKongNode::setDatabaseReachable(bool reachable)
{
    QMutexLocker lock(&m_mutex);
    m_dbReachable = reachable;
}

void SimulatedKongNode::setDataPlanes(const QList<DataPlane> &dataPlanes)
{
    QMutexLocker lock(&m_mutex);
    m_dataPlanes = dataPlanes;
}

void SimulatedKongNode::setDataPlanesForbidden(bool forbidden)
{
    QMutexLocker lock(&m_mutex);
    m_dataPlanesForbidden = forbidden;
}

void SimulatedKongNode::setPrometheusEnabled(bool enabled)
{
    QMutexLocker lock(&m_mutex);
    m_prometheus = enabled;
}

void SimulatedKongNode::setDatastore(const QString &pgHost, int pgPort, const QString &pgDatabase)
{
    QMutexLocker lock(&m_mutex);
    m_pgHost = pgHost;
    m_pgPort = pgPort;
    m_pgDatabase = pgDatabase;
}

QByteArray SimulatedKongNode::rootJson()
{
    QMutexLocker lock(&m_mutex);
    ++m_admin;
    const QStringList bundled{QStringLiteral("key-auth"), QStringLiteral("rate-limiting"),
                              QStringLiteral("prometheus"), QStringLiteral("cors")};
    QJsonObject available;
    for (const QString &p : bundled)
        available.insert(p, true);
    const bool dataPlane = m_role == QLatin1String("data_plane");
    const QJsonObject configuration{
        {QStringLiteral("database"), dataPlane ? QStringLiteral("off") : QStringLiteral("postgres")},
        {QStringLiteral("role"), m_role},
        {QStringLiteral("pg_host"), m_pgHost},
        {QStringLiteral("pg_port"), m_pgPort},
        {QStringLiteral("pg_database"), m_pgDatabase},
        {QStringLiteral("pg_user"), QStringLiteral("kong")},
        {QStringLiteral("pg_password"), QStringLiteral("******")}, // Kong masks it the same way
        {QStringLiteral("pg_ssl"), false},
        {QStringLiteral("plugins"), QJsonArray{QStringLiteral("bundled")}},
        {QStringLiteral("admin_listen"), QJsonArray{QStringLiteral("127.0.0.1:%1").arg(m_port)}},
        {QStringLiteral("proxy_listen"), QJsonArray{QStringLiteral("off")}},
    };
    const QJsonObject root{
        {QStringLiteral("version"), m_version},
        {QStringLiteral("node_id"), m_nodeId},
        {QStringLiteral("hostname"), hostname()},
        {QStringLiteral("tagline"), QStringLiteral("Welcome to kong (simulated node)")},
        {QStringLiteral("lua_version"), QStringLiteral("LuaJIT 2.1.0-beta3")},
        {QStringLiteral("timers"),
         QJsonObject{{QStringLiteral("running"), 0}, {QStringLiteral("pending"), 4}}},
        {QStringLiteral("pids"),
         QJsonObject{{QStringLiteral("master"), QCoreApplication::applicationPid()},
                     {QStringLiteral("workers"), QJsonArray{QCoreApplication::applicationPid()}}}},
        {QStringLiteral("plugins"),
         QJsonObject{{QStringLiteral("available_on_server"), available},
                     {QStringLiteral("enabled_in_cluster"), QJsonArray{QStringLiteral("prometheus")}}}},
        {QStringLiteral("configuration"), configuration},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray SimulatedKongNode::statusJson()
{
    QMutexLocker lock(&m_mutex);
    ++m_admin; // nginx counts the /status request itself
    const Counters c = countersLocked();
    const qint64 total = c.requests + c.admin;
    const qint64 accepted = c.requests / 10 + c.admin; // keep-alive: ~10 requests per connection
    const QJsonObject server{
        {QStringLiteral("total_requests"), total},
        {QStringLiteral("connections_accepted"), accepted},
        {QStringLiteral("connections_handled"), accepted},
        {QStringLiteral("connections_active"), 1 + qint64(std::lround(m_rate / 100.0))},
        {QStringLiteral("connections_reading"), 0},
        {QStringLiteral("connections_writing"), 1},
        {QStringLiteral("connections_waiting"), qint64(std::lround(m_rate / 100.0))},
    };
    const QJsonObject root{
        {QStringLiteral("server"), server},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("reachable"), m_dbReachable}}},
        {QStringLiteral("memory"), QJsonObject{{QStringLiteral("lua_shared_dicts"), QJsonObject{}},
                                               {QStringLiteral("workers_lua_vms"), QJsonArray{}}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray SimulatedKongNode::metricsText()
{
    QMutexLocker lock(&m_mutex);
    ++m_admin;
    const Counters c = countersLocked();
    const qint64 ok = c.requests - c.errors;
    const QByteArray total = QByteArray::number(c.requests + c.admin);
    QByteArray out;
    out += "# HELP kong_datastore_reachable Datastore reachable from Kong, 0 is unreachable\n"
           "# TYPE kong_datastore_reachable gauge\n"
           "kong_datastore_reachable " +
           QByteArray(m_dbReachable ? "1" : "0") + "\n";
    const char *const labels = "service=\"demo-service\",route=\"demo-route\"";
    if (isThreeX(m_version)) { // names from Kong 3.0's prometheus exporter
        out += "# HELP kong_http_requests_total HTTP status codes per consumer/service/route in Kong\n"
               "# TYPE kong_http_requests_total counter\n";
        for (const auto &[code, n] : {std::pair{"200", ok}, std::pair{"500", c.errors}})
            if (n > 0)
                out += QByteArray("kong_http_requests_total{") + labels + ",code=\"" + code +
                       "\",source=\"service\",consumer=\"\"} " + QByteArray::number(n) + "\n";
        out += "# HELP kong_nginx_requests_total Number of requests total\n"
               "# TYPE kong_nginx_requests_total gauge\n"
               "kong_nginx_requests_total{node_id=\"" +
               m_nodeId.toUtf8() + "\",subsystem=\"http\"} " + total + "\n";
    } else { // Kong 2.x (kong-prometheus-plugin 1.x)
        out += "# HELP kong_http_status HTTP status codes per service/route in Kong\n"
               "# TYPE kong_http_status counter\n";
        for (const auto &[code, n] : {std::pair{"200", ok}, std::pair{"500", c.errors}})
            if (n > 0)
                out += QByteArray("kong_http_status{") + labels + ",code=\"" + code + "\"} " +
                       QByteArray::number(n) + "\n";
        out += "# HELP kong_nginx_http_current_connections Number of HTTP connections\n"
               "# TYPE kong_nginx_http_current_connections gauge\n"
               "kong_nginx_http_current_connections{state=\"active\"} 1\n"
               "kong_nginx_http_current_connections{state=\"total\"} " +
               total + "\n";
    }
    return out;
}

QByteArray SimulatedKongNode::dataPlanesJson(const QHttpServerRequest &request, int *status)
{
    QMutexLocker lock(&m_mutex);
    ++m_admin;
    if (m_role != QLatin1String("control_plane")) {
        *status = 400;
        return message("this endpoint is only available when Kong is configured to run as Control Plane for "
                       "the cluster");
    }
    if (m_dataPlanesForbidden) {
        *status = 403;
        return message("You cannot consume this service");
    }
    const QUrlQuery query(request.url());
    bool sizeOk = true;
    const int size = query.hasQueryItem(QStringLiteral("size"))
                         ? query.queryItemValue(QStringLiteral("size")).toInt(&sizeOk)
                         : 100;
    const int offset =
        QByteArray::fromBase64(query.queryItemValue(QStringLiteral("offset")).toLatin1(), Base64Url).toInt();
    if (!sizeOk || size < 1 || size > 1000) {
        *status = 400;
        return message("size must be an integer between 1 and 1000");
    }
    QJsonArray data;
    for (qsizetype i = offset; i < m_dataPlanes.size() && i < offset + size; ++i) {
        const DataPlane &dp = m_dataPlanes[i];
        data.append(QJsonObject{{QStringLiteral("id"), dp.id},
                                {QStringLiteral("hostname"), dp.hostname},
                                {QStringLiteral("ip"), dp.ip},
                                {QStringLiteral("version"), dp.version},
                                {QStringLiteral("sync_status"), dp.syncStatus},
                                {QStringLiteral("config_hash"), dp.configHash},
                                {QStringLiteral("last_seen"), dp.lastSeen}});
    }
    QJsonObject root{{QStringLiteral("data"), data}, {QStringLiteral("next"), QJsonValue::Null}};
    if (offset + size < m_dataPlanes.size()) {
        const QString next = QString::fromLatin1(QByteArray::number(offset + size).toBase64(Base64Url));
        root.insert(QStringLiteral("offset"), next);
        root.insert(QStringLiteral("next"),
                    QStringLiteral("/clustering/data-planes?offset=%1&size=%2").arg(next).arg(size));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void applySimulatedTrafficStage(double totalRate, double newSharePercent,
                                const QList<SimulatedKongNode *> &oldNodes,
                                const QList<SimulatedKongNode *> &newNodes)
{
    const double share = std::clamp(newSharePercent, 0.0, 100.0) / 100.0;
    const double total = std::max(0.0, totalRate);
    for (SimulatedKongNode *node : oldNodes)
        node->setRequestRate(total * (1.0 - share) / double(oldNodes.size()));
    for (SimulatedKongNode *node : newNodes)
        node->setRequestRate(total * share / double(newNodes.size()));
}

} // namespace kuw::core
