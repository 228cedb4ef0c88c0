// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>
#include <variant>

namespace kuw::core {

/// `GET /` of a Kong Admin API, reduced to what the wizard checks (no secrets are kept).
struct NodeInfo
{
    enum class Edition { Community, Enterprise };

    QString version; ///< "2.5.0", "2.4.1.0-enterprise-edition"
    Edition edition = Edition::Community;
    QString nodeId;
    QString hostname;
    QString tagline;
    QString role;     ///< "traditional", "control_plane", "data_plane"
    QString database; ///< "postgres", "cassandra", "off"
    QString pgHost;
    int pgPort = 0;
    QString pgDatabase;
    QString pgSchema;           ///< empty when Kong uses the default search path
    QStringList enabledPlugins; ///< plugins.enabled_in_cluster
};

/// `GET /status`.
struct NodeStatus
{
    qint64 totalRequests = 0; ///< server.total_requests (nginx-wide, includes Admin API calls)
    qint64 connectionsActive = 0;
    qint64 connectionsHandled = 0;
    bool databaseReachable = false; ///< database.reachable
};

/// `GET /metrics` (prometheus plugin), summed over services/routes.
struct Metrics
{
    qint64 requests = 0;  ///< sum of kong_http_status (2.x) / kong_http_requests_total (3.x)
    qint64 errors5xx = 0; ///< the same counters with a 5xx code label
    std::optional<qint64> nginxTotalRequests; ///< kong_nginx_http_current_connections{state="total"} /
                                              ///< kong_nginx_requests_total
};

/// One row of `GET /clustering/data-planes` (control planes only).
struct DataPlane
{
    QString id;
    QString hostname;
    QString ip;
    QString version;    ///< 2.3+
    QString syncStatus; ///< 2.3+: unknown, normal, kong_version_incompatible, ...
    QString configHash;
    qint64 lastSeen = 0; ///< epoch seconds
};

/// A failed Admin API call, typed so callers can react (e.g. mark a node down on Unreachable).
struct AdminApiError
{
    enum class Kind {
        Unreachable, ///< refused, host not found, connection reset
        Timeout,     ///< no bytes within the per-request timeout
        Tls,         ///< handshake or certificate verification failed
        HttpStatus,  ///< the Admin API answered with a 4xx/5xx
        BadResponse, ///< not JSON / not Kong-shaped / not Prometheus text
        Config,      ///< bad URL or CA file: fix the input
        Cancelled,   ///< the client was destroyed or aborted the call
    };

    Kind kind = Kind::Unreachable;
    QUrl url;
    int httpStatus = 0; ///< for HttpStatus (and whenever the server answered)
    QString message;    ///< one line
    QString detail;     ///< Qt's error string, Kong's {"message": ...}
    QString remedy;     ///< one line: what to do

    static QString kindName(Kind kind);
    /// The project-wide error value (kind mapped to the closest ErrorKind).
    Error toError() const;
    QString toString() const;
};

/// A value or an AdminApiError.
template <typename T> class ApiResult
{
  public:
    ApiResult(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    ApiResult(AdminApiError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const AdminApiError &error() const { return std::get<1>(m_data); }

  private:
    std::variant<T, AdminApiError> m_data;
};

/// Pure parsers (no I/O), used by AdminApiClient and testable alone. Errors come back with
/// kind BadResponse; the caller fills in the URL.
namespace adminapi {
ApiResult<NodeInfo> parseNodeInfo(const QByteArray &json);
ApiResult<NodeStatus> parseStatus(const QByteArray &json);
ApiResult<Metrics> parseMetrics(const QByteArray &prometheusText);
/// One page: the rows and the `next` path (empty on the last page).
ApiResult<std::pair<QList<DataPlane>, QString>> parseDataPlanes(const QByteArray &json);
} // namespace adminapi

} // namespace kuw::core
