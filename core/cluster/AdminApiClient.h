// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/AdminApiTypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kuw::core {

/// Asynchronous Kong Admin API client (`/`, `/status`, `/metrics`, `/clustering/data-planes`).
/** Lives in, and must be used from, the thread that owns it (its QNetworkAccessManager does).
 *  Never blocks. Each call takes the Admin API base URL (http or https, optional path prefix)
 *  and a callback that runs exactly once in the client's thread with a value or a typed
 *  AdminApiError — unless `context` is destroyed first, or the client itself is destroyed
 *  (then it is dropped). Callbacks are always invoked asynchronously, never from inside the call. */
class AdminApiClient : public QObject
{
    Q_OBJECT

  public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    explicit AdminApiClient(QObject *parent = nullptr);
    ~AdminApiClient() override;

    /// Per-request transfer timeout (no bytes for this long = Timeout). Default 5 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Trust the PEM CA certificates in `path` in addition to the system's (for https URLs).
    /// Returns a Config error when the file has no readable certificate.
    std::optional<AdminApiError> setCaFile(const QString &path);
    /// Sent as `Kong-Admin-Token` (Enterprise RBAC); never logged.
    void setAdminToken(const QByteArray &token) { m_adminToken = token; }

    void fetchInfo(const QUrl &base, const QObject *context, Callback<NodeInfo> done);
    void fetchStatus(const QUrl &base, const QObject *context, Callback<NodeStatus> done);
    /// 404 here usually means the prometheus plugin is not enabled (see the error's remedy).
    void fetchMetrics(const QUrl &base, const QObject *context, Callback<Metrics> done);
    /// Control planes only (400 elsewhere, as Kong does); follows `next` across pages.
    void fetchDataPlanes(const QUrl &base, const QObject *context, Callback<QList<DataPlane>> done);

    /// Abort every call in flight; their callbacks get Kind::Cancelled.
    void abortAll();
    int pendingCount() const;

  private:
    using RawHandler = std::function<void(QNetworkReply *reply, const std::optional<AdminApiError> &error)>;
    /// GET base + pathAndQuery; `on404` etc. give the endpoint-specific remedy.
    void get(const QUrl &base, const QString &pathAndQuery, const QObject *context,
             const QString &endpointHint, RawHandler handler);
    void fetchDataPlanePage(const QUrl &base, const QString &pathAndQuery, QList<DataPlane> collected,
                            int pagesLeft, const QObject *context, Callback<QList<DataPlane>> done);
    AdminApiError replyError(QNetworkReply *reply, const QString &endpointHint) const;

    QNetworkAccessManager *m_nam = nullptr;
    std::chrono::milliseconds m_timeout{5000};
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_adminToken;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace kuw::core
