// SPDX-License-Identifier: GPL-3.0-or-later
// The Admin API body parsers on Kong-shaped text (no network).
#include "cluster/AdminApiTypes.h"

#include <gtest/gtest.h>

using namespace kuw::core;
using Kind = AdminApiError::Kind;

TEST(AdminApiParsers, PrometheusTwoXNamesSumServicesAndCount5xx)
{
    const QByteArray text =
        "# HELP kong_http_status HTTP status codes per service/route in Kong\n"
        "# TYPE kong_http_status counter\n"
        "kong_http_status{service=\"a\",route=\"r1\",code=\"200\"} 90\n"
        "kong_http_status{service=\"b\",route=\"r,2\",code=\"502\"} 7\n"
        "kong_http_status{service=\"b\",route=\"r\\\"3\",code=\"503\"} 3\n"
        "kong_http_consumer_status{service=\"a\",route=\"r1\",code=\"500\",consumer=\"c\"} 99\n"
        "kong_nginx_http_current_connections{state=\"total\"} 1234\n"
        "kong_datastore_reachable 1\n";
    const auto m = adminapi::parseMetrics(text);
    ASSERT_TRUE(m.ok()) << m.error().toString().toStdString();
    EXPECT_EQ(m->requests, 100);
    EXPECT_EQ(m->errors5xx, 10);
    EXPECT_EQ(m->nginxTotalRequests, 1234);
}

TEST(AdminApiParsers, PrometheusThreeXNames)
{
    const QByteArray text = "kong_http_requests_total{service=\"s\",route=\"r\",code=\"200\",source="
                            "\"service\",consumer=\"\"} 5e+01\n"
                            "kong_http_requests_total{service=\"s\",route=\"r\",code=\"500\",source=\"kong\","
                            "consumer=\"\"} 4 1690000000\n"
                            "kong_nginx_requests_total{node_id=\"x\",subsystem=\"http\"} 77\n";
    const auto m = adminapi::parseMetrics(text);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->requests, 54);
    EXPECT_EQ(m->errors5xx, 4);
    EXPECT_EQ(m->nginxTotalRequests, 77);
}

TEST(AdminApiParsers, PrometheusWithoutTrafficIsZeroButJsonIsRejected)
{
    const auto idle =
        adminapi::parseMetrics("# TYPE kong_datastore_reachable gauge\nkong_datastore_reachable 1\n");
    ASSERT_TRUE(idle.ok());
    EXPECT_EQ(idle->requests, 0);
    EXPECT_FALSE(idle->nginxTotalRequests.has_value());

    const auto json = adminapi::parseMetrics("{\"message\":\"Not found\"}");
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(json.error().kind, Kind::BadResponse);
    EXPECT_FALSE(adminapi::parseMetrics("").ok());
}

TEST(AdminApiParsers, NodeInfoKeepsNonSecretConfigurationAndEdition)
{
    const QByteArray body = R"({"version":"2.4.1.0-enterprise-edition","hostname":"kong-1","node_id":"n",
        "tagline":"Welcome to kong","plugins":{"enabled_in_cluster":["key-auth","prometheus"]},
        "configuration":{"database":"postgres","pg_host":"db","pg_port":5433,"pg_database":"kong",
                         "pg_password":"******","role":"control_plane"}})";
    const auto info = adminapi::parseNodeInfo(body);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->version, "2.4.1.0-enterprise-edition");
    EXPECT_EQ(info->edition, NodeInfo::Edition::Enterprise);
    EXPECT_EQ(info->role, "control_plane");
    EXPECT_EQ(info->pgHost, "db");
    EXPECT_EQ(info->pgPort, 5433);
    EXPECT_EQ(info->enabledPlugins, (QStringList{"key-auth", "prometheus"}));

    const auto old =
        adminapi::parseNodeInfo(R"({"version":"1.5.1","configuration":{"database":"postgres"}})");
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->role, "traditional"); // no role before 2.0
    EXPECT_EQ(old->edition, NodeInfo::Edition::Community);

    EXPECT_EQ(adminapi::parseNodeInfo("<html>").error().kind, Kind::BadResponse);
    EXPECT_EQ(adminapi::parseNodeInfo("{\"message\":\"hi\"}").error().kind, Kind::BadResponse);
}

TEST(AdminApiParsers, StatusAndDataPlanes)
{
    const auto status = adminapi::parseStatus(
        R"({"server":{"total_requests":42,"connections_active":2},"database":{"reachable":false}})");
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->totalRequests, 42);
    EXPECT_FALSE(status->databaseReachable);
    EXPECT_FALSE(adminapi::parseStatus("{}").ok());

    const auto page = adminapi::parseDataPlanes(
        R"({"data":[{"id":"d1","hostname":"dp","ip":"10.0.0.1","version":"2.5.0","sync_status":"normal",
                     "config_hash":"00000000000000000000000000000000","last_seen":1700000000}],
            "next":"/clustering/data-planes?offset=abc"})");
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->first.size(), 1);
    EXPECT_EQ(page->first[0].syncStatus, "normal");
    EXPECT_EQ(page->first[0].lastSeen, 1700000000);
    EXPECT_EQ(page->second, "/clustering/data-planes?offset=abc");

    const auto empty = adminapi::parseDataPlanes(R"({"data":{},"next":null})"); // Lua's empty table
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->first.isEmpty());
    EXPECT_TRUE(empty->second.isEmpty());
}

TEST(AdminApiParsers, ErrorConvertsToProjectError)
{
    AdminApiError e;
    e.kind = Kind::HttpStatus;
    e.httpStatus = 401;
    e.url = QUrl("https://user:secret@kong:8444/status");
    e.message = "The Admin API answered HTTP 401";
    const Error err = e.toError();
    EXPECT_EQ(err.kind, ErrorKind::Authentication);
    EXPECT_FALSE(err.detail.contains("secret"));
    EXPECT_TRUE(e.toString().startsWith("http_status"));
}
