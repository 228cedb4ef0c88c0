// SPDX-License-Identifier: GPL-3.0-or-later
// AdminApiClient against SimulatedKongNodes on loopback (and a silent QTcpServer for timeouts).
#include "cluster/AdminApiClient.h"
#include "ClusterTestUtil.h"
#include "cluster/SimulatedKongNode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace kuw::core;
using namespace std::chrono_literals;
using kuw::test::awaitResult;
using Kind = AdminApiError::Kind;

namespace {

QByteArray rawGet(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    EXPECT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

class AdminApiClientTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(oldNode.start());
        ASSERT_TRUE(newNode.start());
        client.setTimeout(3s);
    }

    template <typename T, typename Fetch> ApiResult<T> fetch(const SimulatedKongNode &node, Fetch fn)
    {
        auto r = awaitResult<T>([&](auto done) { (client.*fn)(node.adminUrl(), nullptr, done); });
        EXPECT_TRUE(r.has_value()) << "no callback";
        return r ? *r : ApiResult<T>(AdminApiError{});
    }

    SimulatedKongNode oldNode{"old-1", "2.4.1"};
    SimulatedKongNode newNode{"new-1", "2.5.0"};
    AdminApiClient client;
};

} // namespace

TEST_F(AdminApiClientTest, RootReportsVersionRoleAndDatastoreWithMaskedPassword)
{
    oldNode.setDatastore("db.internal", 5433, "kong_prod");
    const auto info = fetch<NodeInfo>(oldNode, &AdminApiClient::fetchInfo);
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_EQ(info->version, "2.4.1");
    EXPECT_EQ(info->hostname, "simulated-old-1");
    EXPECT_EQ(info->role, "traditional");
    EXPECT_EQ(info->database, "postgres");
    EXPECT_EQ(info->pgHost, "db.internal");
    EXPECT_EQ(info->pgPort, 5433);
    EXPECT_EQ(info->pgDatabase, "kong_prod");
    EXPECT_EQ(info->edition, NodeInfo::Edition::Community);
    EXPECT_EQ(fetch<NodeInfo>(newNode, &AdminApiClient::fetchInfo)->version, "2.5.0");

    const QJsonObject root = QJsonDocument::fromJson(rawGet(oldNode.adminUrl())).object();
    EXPECT_EQ(root["configuration"].toObject()["pg_password"].toString(), "******");
    EXPECT_FALSE(root["node_id"].toString().isEmpty());
}

TEST_F(AdminApiClientTest, StatusCountsServedTrafficAndDatabaseReachability)
{
    oldNode.setRequestRate(1000);
    oldNode.setDatabaseReachable(false);
    const auto first = fetch<NodeStatus>(oldNode, &AdminApiClient::fetchStatus);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_FALSE(first->databaseReachable);
    QTest::qWait(300);
    oldNode.setDatabaseReachable(true);
    const auto second = fetch<NodeStatus>(oldNode, &AdminApiClient::fetchStatus);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->databaseReachable);
    const qint64 grown = second->totalRequests - first->totalRequests;
    EXPECT_GE(grown, 250);
    EXPECT_LE(grown, 600);

    // An idle node still counts Admin API requests, like nginx: exactly one per call here.
    const auto idle1 = fetch<NodeStatus>(newNode, &AdminApiClient::fetchStatus);
    const auto idle2 = fetch<NodeStatus>(newNode, &AdminApiClient::fetchStatus);
    EXPECT_EQ(idle2->totalRequests - idle1->totalRequests, 1);
}

TEST_F(AdminApiClientTest, MetricsGiveRequestsAnd5xxInBothNamings)
{
    oldNode.setRequestRate(2000);
    oldNode.setErrorRatio(0.1);
    QTest::qWait(250);
    oldNode.setRequestRate(0); // freeze the counters
    const auto m = fetch<Metrics>(oldNode, &AdminApiClient::fetchMetrics);
    ASSERT_TRUE(m.ok()) << m.error().toString().toStdString();
    EXPECT_EQ(m->requests, oldNode.proxiedRequests());
    EXPECT_EQ(m->errors5xx, oldNode.proxied5xx());
    EXPECT_GT(m->requests, 300);
    EXPECT_NEAR(double(m->errors5xx) / double(m->requests), 0.1, 0.01);
    ASSERT_TRUE(m->nginxTotalRequests.has_value());
    EXPECT_GT(*m->nginxTotalRequests, m->requests); // + Admin API requests
    EXPECT_TRUE(rawGet(oldNode.adminUrl().resolved(QUrl("/metrics"))).contains("kong_http_status{"));

    oldNode.setVersion("3.4.0");
    const QByteArray threeX = rawGet(oldNode.adminUrl().resolved(QUrl("/metrics")));
    EXPECT_TRUE(threeX.contains("kong_http_requests_total{")) << threeX.constData();
    const auto m3 = fetch<Metrics>(oldNode, &AdminApiClient::fetchMetrics);
    ASSERT_TRUE(m3.ok());
    EXPECT_EQ(m3->requests, m->requests);
    EXPECT_EQ(m3->errors5xx, m->errors5xx);
}

TEST_F(AdminApiClientTest, MetricsWithoutPrometheusPluginIs404WithRemedy)
{
    oldNode.setPrometheusEnabled(false);
    const auto m = fetch<Metrics>(oldNode, &AdminApiClient::fetchMetrics);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().kind, Kind::HttpStatus);
    EXPECT_EQ(m.error().httpStatus, 404);
    EXPECT_TRUE(m.error().remedy.contains("prometheus")) << m.error().remedy.toStdString();
}

TEST_F(AdminApiClientTest, DataPlanesOnControlPlaneFollowPagesAnd400Elsewhere)
{
    QList<DataPlane> dps;
    for (int i = 0; i < 250; ++i) {
        DataPlane dp;
        dp.id = QString("dp-%1").arg(i);
        dp.hostname = QString("simulated-dp-%1").arg(i);
        dp.ip = "127.0.0.1";
        dp.version = "2.5.0";
        dp.syncStatus = "normal";
        dp.configHash = QString(32, '0');
        dp.lastSeen = 1700000000 + i;
        dps << dp;
    }
    newNode.setRole("control_plane");
    newNode.setDataPlanes(dps);
    const auto list = fetch<QList<DataPlane>>(newNode, &AdminApiClient::fetchDataPlanes);
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    ASSERT_EQ(list->size(), 250); // three pages of at most 100
    EXPECT_EQ(list->at(0).id, "dp-0");
    EXPECT_EQ(list->at(249).id, "dp-249");
    EXPECT_EQ(list->at(249).lastSeen, 1700000249);
    EXPECT_EQ(list->at(7).syncStatus, "normal");

    const auto traditional = fetch<QList<DataPlane>>(oldNode, &AdminApiClient::fetchDataPlanes);
    ASSERT_FALSE(traditional.ok());
    EXPECT_EQ(traditional.error().kind, Kind::HttpStatus);
    EXPECT_EQ(traditional.error().httpStatus, 400);
    EXPECT_TRUE(traditional.error().detail.contains("Control Plane"))
        << traditional.error().detail.toStdString();
    EXPECT_TRUE(traditional.error().remedy.contains("control plane"));
}

TEST_F(AdminApiClientTest, StoppedNodeIsUnreachableAndComesBackAfterStart)
{
    ASSERT_TRUE(fetch<NodeStatus>(oldNode, &AdminApiClient::fetchStatus).ok()); // keep-alive connection open
    const quint16 port = oldNode.port();
    oldNode.stop();
    EXPECT_FALSE(oldNode.isRunning());
    const auto down = fetch<NodeStatus>(oldNode, &AdminApiClient::fetchStatus);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().kind, Kind::Unreachable) << down.error().toString().toStdString();
    EXPECT_FALSE(down.error().remedy.isEmpty());
    EXPECT_EQ(down.error().toError().kind, ErrorKind::HostUnreachable);

    ASSERT_TRUE(oldNode.start(port));
    EXPECT_TRUE(fetch<NodeStatus>(oldNode, &AdminApiClient::fetchStatus).ok());
}

TEST_F(AdminApiClientTest, SilentServerTimesOut)
{
    QTcpServer silent; // accepts, never answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    client.setTimeout(300ms);
    QElapsedTimer clock;
    clock.start();
    const auto r = awaitResult<NodeStatus>([&](auto done) {
        client.fetchStatus(QUrl(QString("http://127.0.0.1:%1").arg(silent.serverPort())), nullptr, done);
    });
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, Kind::Timeout) << r->error().toString().toStdString();
    EXPECT_EQ(r->error().toError().kind, ErrorKind::Timeout);
    EXPECT_LT(clock.elapsed(), 3000);
}

TEST_F(AdminApiClientTest, BadInputsAreConfigErrorsDeliveredAsynchronously)
{
    bool called = false;
    client.fetchInfo(QUrl("ftp://kong:8001"), nullptr, [&](const ApiResult<NodeInfo> &r) {
        called = true;
        EXPECT_EQ(r.error().kind, Kind::Config);
    });
    EXPECT_FALSE(called); // never from inside the call
    EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 2000));

    const auto ca = client.setCaFile("/nonexistent/ca.pem");
    ASSERT_TRUE(ca.has_value());
    EXPECT_EQ(ca->kind, Kind::Config);
}

TEST_F(AdminApiClientTest, AbortAllCancelsAndDestroyedContextDropsCallback)
{
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    const QUrl url(QString("http://127.0.0.1:%1").arg(silent.serverPort()));
    std::optional<Kind> kind;
    client.fetchStatus(url, nullptr, [&](const ApiResult<NodeStatus> &r) { kind = r.error().kind; });
    bool dropped = true;
    {
        QObject context;
        client.fetchStatus(url, &context, [&](const ApiResult<NodeStatus> &) { dropped = false; });
    }
    QTest::qWait(50);
    client.abortAll();
    EXPECT_TRUE(QTest::qWaitFor([&] { return kind.has_value(); }, 2000));
    EXPECT_EQ(kind, Kind::Cancelled);
    EXPECT_TRUE(QTest::qWaitFor([&] { return client.pendingCount() == 0; }, 2000));
    EXPECT_TRUE(dropped);
}

TEST(SimulatedKongNodeThread, RunsInAHelperThreadWhileTheCallerSetsTraffic)
{
    QThread helper;
    auto *node = new SimulatedKongNode("thread-1", "2.5.0");
    node->moveToThread(&helper);
    QObject::connect(&helper, &QThread::finished, node, &QObject::deleteLater);
    helper.start();
    bool started = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(node, "start", Qt::BlockingQueuedConnection,
                                          Q_RETURN_ARG(bool, started), Q_ARG(quint16, 0)));
    ASSERT_TRUE(started);
    node->setRequestRate(500); // setters are thread-safe

    AdminApiClient client;
    const auto info =
        awaitResult<NodeInfo>([&](auto done) { client.fetchInfo(node->adminUrl(), nullptr, done); });
    ASSERT_TRUE(info && info->ok());
    EXPECT_EQ((*info)->hostname, "simulated-thread-1");

    ASSERT_TRUE(QMetaObject::invokeMethod(node, "stop", Qt::BlockingQueuedConnection));
    helper.quit();
    ASSERT_TRUE(helper.wait(5000));
}

TEST(AdminApiClientTls, HttpsNeedsTheCaFileThatSignedTheAdminCertificate)
{
    if (QStandardPaths::findExecutable("openssl").isEmpty())
        GTEST_SKIP() << "openssl is needed to make a throwaway certificate";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcess openssl;
    openssl.start("openssl",
                  {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                   "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                   "-keyout", dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();
    QFile keyFile(dir.filePath("key.pem"));
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Ec);
    const auto certs = QSslCertificate::fromPath(dir.filePath("cert.pem"));
    ASSERT_EQ(certs.size(), 1);

    SimulatedKongNode node("tls-1", "2.5.0");
    node.setTls(certs.first(), key);
    ASSERT_TRUE(node.start());
    ASSERT_EQ(node.adminUrl().scheme(), "https");

    AdminApiClient untrusting;
    const auto refused =
        awaitResult<NodeInfo>([&](auto done) { untrusting.fetchInfo(node.adminUrl(), nullptr, done); });
    ASSERT_TRUE(refused.has_value());
    ASSERT_FALSE(refused->ok());
    EXPECT_EQ(refused->error().kind, Kind::Tls) << refused->error().toString().toStdString();
    EXPECT_EQ(refused->error().toError().kind, ErrorKind::Ssl);

    AdminApiClient trusting;
    ASSERT_FALSE(trusting.setCaFile(dir.filePath("cert.pem")).has_value());
    const auto info =
        awaitResult<NodeInfo>([&](auto done) { trusting.fetchInfo(node.adminUrl(), nullptr, done); });
    ASSERT_TRUE(info.has_value());
    ASSERT_TRUE(info->ok()) << info->error().toString().toStdString();
    EXPECT_EQ((*info)->hostname, "simulated-tls-1");
}
