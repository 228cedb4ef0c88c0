// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/AdminApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::AdminApi)
};
} // namespace
namespace {

const char *const AbortedProperty = "kuw_aborted";
const char *const SslErrorsProperty = "kuw_ssl_errors";

std::optional<QUrl> buildUrl(const QUrl &base, const QString &pathAndQuery)
{
    if (!base.isValid() || base.host().isEmpty() ||
        (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return std::nullopt;
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + (q < 0 ? pathAndQuery : pathAndQuery.left(q)));
    url.setQuery(q < 0 ? QString() : pathAndQuery.mid(q + 1));
    url.setFragment({});
    return url;
}

AdminApiError make(AdminApiError::Kind kind, QString message, QString remedy, QString detail = {})
{
    AdminApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.remedy = std::move(remedy);
    e.detail = std::move(detail);
    return e;
}

template <typename T, typename Parse>
void deliver(QNetworkReply *reply, const std::optional<AdminApiError> &error, const QUrl &url,
             const AdminApiClient::Callback<T> &done, Parse parse)
{
    if (error)
        return done(*error);
    ApiResult<T> result = parse(reply->readAll());
    if (!result.ok()) {
        AdminApiError e = result.error();
        e.url = url;
        e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return done(e);
    }
    done(result);
}

} // namespace

AdminApiClient::AdminApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

AdminApiClient::~AdminApiClient() = default;

std::optional<AdminApiError> AdminApiClient::setCaFile(const QString &path)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        return make(AdminApiError::Kind::Config,
                    Text::tr("No PEM certificate could be read from %1").arg(path),
                    Text::tr("Give the PEM file of the CA that signed the Admin API's certificate."));
    m_caCertificates = certs;
    return std::nullopt;
}

int AdminApiClient::pendingCount() const
{
    int n = 0;
    for (const auto &reply : m_inFlight)
        n += reply ? 1 : 0;
    return n;
}

void AdminApiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const auto &reply : replies) {
        if (reply) {
            reply->setProperty(AbortedProperty, true);
            reply->abort();
        }
    }
}

void AdminApiClient::get(const QUrl &base, const QString &pathAndQuery, const QObject *context,
                         const QString &endpointHint, RawHandler handler)
{
    const QObject *ctx = context ? context : this;
    const auto url = buildUrl(base, pathAndQuery);
    if (!url) {
        AdminApiError e =
            make(AdminApiError::Kind::Config,
                 Text::tr("Not an http(s) Admin API URL: %1").arg(base.toDisplayString()),
                 QStringLiteral("Use a URL like http://kong-host:8001 or https://kong-host:8444."));
        e.url = base;
        QTimer::singleShot(0, ctx, [handler, e] { handler(nullptr, e); });
        return;
    }

    QNetworkRequest request(*url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader("Accept", "application/json, text/plain");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("kong-upgrade-wizard/" KUW_VERSION));
    if (!m_adminToken.isEmpty())
        request.setRawHeader("Kong-Admin-Token", m_adminToken);
    if (url->scheme() == QLatin1String("https") && !m_caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_nam->get(request);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList text;
        for (const QSslError &e : errors)
            text << e.errorString();
        reply->setProperty(SslErrorsProperty, text.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::finished, ctx, [this, reply, endpointHint, handler] {
        const bool failed = reply->error() != QNetworkReply::NoError ||
                            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400;
        handler(reply, failed ? std::optional(replyError(reply, endpointHint)) : std::nullopt);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
    });
}

AdminApiError AdminApiClient::replyError(QNetworkReply *reply, const QString &endpointHint) const
{
    using Kind = AdminApiError::Kind;
    AdminApiError e;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString qtError = reply->errorString();
    if (reply->property(AbortedProperty).toBool()) {
        e = make(Kind::Cancelled, Text::tr("Admin API call cancelled"), {});
    } else if (status >= 400) {
        const QByteArray body = reply->readAll();
        const QString kongMessage = QJsonDocument::fromJson(body).object().value(u"message").toString();
        QString remedy;
        if (status == 401 || status == 403)
            remedy =
                Text::tr("The Admin API needs credentials (Enterprise RBAC): give a Kong-Admin-Token.");
        else if (!endpointHint.isEmpty() && (status == 404 || status == 400))
            remedy = endpointHint;
        else if (status >= 500)
            remedy = Text::tr("The node failed to answer: check its error.log.");
        else
            remedy = Text::tr("Check the Admin API URL, including any path prefix.");
        e = make(Kind::HttpStatus, Text::tr("The Admin API answered HTTP %1").arg(status), remedy,
                 kongMessage.isEmpty() ? QString::fromUtf8(body.left(200)).trimmed() : kongMessage);
    } else {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
        case QNetworkReply::TimeoutError:
            e = make(
                Kind::Timeout, Text::tr("No answer within %1 ms").arg(m_timeout.count()),
                Text::tr("Check the node is not overloaded and no firewall drops packets, or raise "
                               "the timeout."),
                qtError);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e = make(
                Kind::Tls, Text::tr("TLS handshake with the Admin API failed"),
                Text::tr("Give the CA file that signed the Admin API certificate, and use the host "
                               "name the certificate names."),
                reply->property(SslErrorsProperty).toString().isEmpty()
                    ? qtError
                    : reply->property(SslErrorsProperty).toString());
            break;
        case QNetworkReply::HostNotFoundError:
            e = make(Kind::Unreachable, Text::tr("Host not found"),
                     Text::tr("Check the host name in the Admin API URL and DNS."), qtError);
            break;
        case QNetworkReply::ConnectionRefusedError:
            e = make(
                Kind::Unreachable, Text::tr("Connection refused"),
                Text::tr("Check that Kong runs and that admin_listen includes this address and port."),
                qtError);
            break;
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
            e = make(
                Kind::BadResponse, Text::tr("The server did not speak HTTP as expected"),
                QStringLiteral("Check http:// versus https:// and the port (admin_listen, not the proxy)."),
                qtError);
            break;
        default:
            e = make(Kind::Unreachable, Text::tr("The Admin API could not be reached"),
                     Text::tr("Check the node runs and the network path (proxy, firewall) to it."),
                     qtError);
            break;
        }
    }
    e.url = reply->url();
    e.httpStatus = status;
    return e;
}

void AdminApiClient::fetchInfo(const QUrl &base, const QObject *context, Callback<NodeInfo> done)
{
    get(base, QStringLiteral("/"), context, {},
        [done](QNetworkReply *reply, const std::optional<AdminApiError> &error) {
            deliver<NodeInfo>(reply, error, reply ? reply->url() : QUrl(), done, adminapi::parseNodeInfo);
        });
}

void AdminApiClient::fetchStatus(const QUrl &base, const QObject *context, Callback<NodeStatus> done)
{
    get(base, QStringLiteral("/status"), context, {},
        [done](QNetworkReply *reply, const std::optional<AdminApiError> &error) {
            deliver<NodeStatus>(reply, error, reply ? reply->url() : QUrl(), done, adminapi::parseStatus);
        });
}

void AdminApiClient::fetchMetrics(const QUrl &base, const QObject *context, Callback<Metrics> done)
{
    get(base, QStringLiteral("/metrics"), context,
        Text::tr("Enable the prometheus plugin globally so the Admin API serves /metrics."),
        [done](QNetworkReply *reply, const std::optional<AdminApiError> &error) {
            deliver<Metrics>(reply, error, reply ? reply->url() : QUrl(), done, adminapi::parseMetrics);
        });
}

void AdminApiClient::fetchDataPlanes(const QUrl &base, const QObject *context,
                                     Callback<QList<DataPlane>> done)
{
    fetchDataPlanePage(base, QStringLiteral("/clustering/data-planes"), {}, 100, context, std::move(done));
}

void AdminApiClient::fetchDataPlanePage(const QUrl &base, const QString &pathAndQuery,
                                        QList<DataPlane> collected, int pagesLeft, const QObject *context,
                                        Callback<QList<DataPlane>> done)
{
    get(base, pathAndQuery, context,
        Text::tr("Only a control plane (role = control_plane, Kong 2.2+) lists data planes: use its "
                       "Admin API URL."),
        [=, this](QNetworkReply *reply, const std::optional<AdminApiError> &error) mutable {
            if (error)
                return done(*error);
            auto page = adminapi::parseDataPlanes(reply->readAll());
            if (!page.ok()) {
                AdminApiError e = page.error();
                e.url = reply->url();
                return done(e);
            }
            collected += page->first;
            QString next = page->second;
            if (next.isEmpty() || pagesLeft <= 1)
                return done(collected);
            if (next.startsWith(QLatin1String("http"))) { // an absolute URL: keep its path and query
                const QUrl absolute(next);
                next =
                    absolute.path() + (absolute.hasQuery() ? QLatin1Char('?') + absolute.query() : QString());
            }
            fetchDataPlanePage(base, next, std::move(collected), pagesLeft - 1, context, std::move(done));
        });
}

} // namespace kuw::core
