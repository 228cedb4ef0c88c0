// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for Kong Admin API bodies (GET /, /status, /metrics, /clustering/data-planes).
#include "cluster/AdminApiTypes.h"
#include "versions/KongVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kuw::core::adminapi {
namespace {

AdminApiError bad(QString message, QString detail = {})
{
    AdminApiError e;
    e.kind = AdminApiError::Kind::BadResponse;
    e.message = std::move(message);
    e.detail = std::move(detail);
    e.remedy = QStringLiteral("Check that the URL points at a Kong Admin API (admin_listen), not the proxy "
                              "or another service.");
    return e;
}

std::optional<QJsonObject> object(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

qint64 integer(const QJsonValue &value)
{
    return static_cast<qint64>(value.toDouble());
}

} // namespace

ApiResult<NodeInfo> parseNodeInfo(const QByteArray &json)
{
    QString error;
    const auto root = object(json, &error);
    if (!root)
        return bad(QStringLiteral("GET / did not return JSON"), error);
    if (!root->value(u"version").isString())
        return bad(QStringLiteral("GET / has no \"version\": not a Kong Admin API"));

    NodeInfo info;
    info.version = root->value(u"version").toString();
    const auto parsed = KongVersion::parse(info.version);
    if ((parsed && parsed->isEnterprise()) || info.version.contains(u"enterprise"))
        info.edition = NodeInfo::Edition::Enterprise;
    info.nodeId = root->value(u"node_id").toString();
    info.hostname = root->value(u"hostname").toString();
    info.tagline = root->value(u"tagline").toString();
    for (const QJsonValue &p : root->value(u"plugins").toObject().value(u"enabled_in_cluster").toArray())
        info.enabledPlugins << p.toString();

    // Only non-secret keys are copied out of `configuration`.
    const QJsonObject conf = root->value(u"configuration").toObject();
    info.role = conf.value(u"role").toString(QStringLiteral("traditional")); // no role before 2.0
    info.database = conf.value(u"database").toString();
    info.pgHost = conf.value(u"pg_host").toString();
    info.pgPort = conf.value(u"pg_port").toInt();
    info.pgDatabase = conf.value(u"pg_database").toString();
    info.pgSchema = conf.value(u"pg_schema").toString();
    return info;
}

ApiResult<NodeStatus> parseStatus(const QByteArray &json)
{
    QString error;
    const auto root = object(json, &error);
    if (!root)
        return bad(QStringLiteral("GET /status did not return JSON"), error);
    const QJsonObject server = root->value(u"server").toObject();
    if (!server.value(u"total_requests").isDouble())
        return bad(QStringLiteral("GET /status has no server.total_requests: not a Kong Admin API"));

    NodeStatus status;
    status.totalRequests = integer(server.value(u"total_requests"));
    status.connectionsActive = integer(server.value(u"connections_active"));
    status.connectionsHandled = integer(server.value(u"connections_handled"));
    status.databaseReachable = root->value(u"database").toObject().value(u"reachable").toBool(false);
    return status;
}

namespace {

struct Sample
{
    QByteArray name;
    QList<std::pair<QByteArray, QByteArray>> labels;
    double value = 0;

    QByteArray label(const char *key) const
    {
        for (const auto &[k, v] : labels)
            if (k == key)
                return v;
        return {};
    }
};

/// One exposition-format line: `name{k="v",...} value [timestamp]`.
std::optional<Sample> parseLine(const QByteArray &line)
{
    Sample s;
    qsizetype i = 0;
    while (i < line.size() && line[i] != '{' && line[i] != ' ' && line[i] != '\t')
        ++i;
    s.name = line.left(i);
    if (s.name.isEmpty())
        return std::nullopt;
    if (i < line.size() && line[i] == '{') {
        ++i;
        while (i < line.size() && line[i] != '}') {
            const qsizetype eq = line.indexOf('=', i);
            if (eq < 0 || eq + 1 >= line.size() || line[eq + 1] != '"')
                return std::nullopt;
            QByteArray key = line.mid(i, eq - i).trimmed();
            QByteArray value;
            qsizetype j = eq + 2;
            for (; j < line.size() && line[j] != '"'; ++j) {
                if (line[j] == '\\' && j + 1 < line.size()) {
                    ++j;
                    value += line[j] == 'n' ? '\n' : line[j];
                } else {
                    value += line[j];
                }
            }
            if (j >= line.size())
                return std::nullopt;
            s.labels.append({std::move(key), std::move(value)});
            i = j + 1;
            if (i < line.size() && line[i] == ',')
                ++i;
        }
        if (i >= line.size())
            return std::nullopt;
        ++i; // '}'
    }
    const QList<QByteArray> rest = line.mid(i).simplified().split(' ');
    bool ok = false;
    s.value = rest.value(0).toDouble(&ok);
    if (!ok || !std::isfinite(s.value))
        return std::nullopt;
    return s;
}

} // namespace

ApiResult<Metrics> parseMetrics(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('<'))
        return bad(QStringLiteral("GET /metrics did not return Prometheus text"));

    // 3.x renamed kong_http_status to kong_http_requests_total; take whichever is present.
    struct Family
    {
        qint64 requests = 0, errors = 0;
        bool seen = false;
    } v2, v3;
    Metrics m;
    int parsed = 0;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto s = parseLine(line);
        if (!s)
            continue;
        ++parsed;
        const auto count = static_cast<qint64>(std::llround(s->value));
        Family *family = s->name == "kong_http_status"           ? &v2
                         : s->name == "kong_http_requests_total" ? &v3
                                                                 : nullptr;
        if (family) {
            family->seen = true;
            family->requests += count;
            if (s->label("code").startsWith('5'))
                family->errors += count;
        } else if (s->name == "kong_nginx_http_current_connections" && s->label("state") == "total") {
            m.nginxTotalRequests = count;
        } else if (s->name == "kong_nginx_requests_total") {
            m.nginxTotalRequests = m.nginxTotalRequests.value_or(0) + count;
        }
    }
    if (parsed == 0)
        return bad(QStringLiteral("GET /metrics has no Prometheus samples"));
    const Family &used = v3.seen ? v3 : v2;
    m.requests = used.requests;
    m.errors5xx = used.errors;
    return m;
}

ApiResult<std::pair<QList<DataPlane>, QString>> parseDataPlanes(const QByteArray &json)
{
    QString error;
    const auto root = object(json, &error);
    if (!root)
        return bad(QStringLiteral("GET /clustering/data-planes did not return JSON"), error);
    const QJsonValue data = root->value(u"data");
    const bool emptyObject = data.isObject() && data.toObject().isEmpty(); // how Lua encodes {} sometimes
    if (!data.isArray() && !emptyObject)
        return bad(QStringLiteral("GET /clustering/data-planes has no \"data\" array"));

    QList<DataPlane> rows;
    for (const QJsonValue &v : root->value(u"data").toArray()) {
        const QJsonObject o = v.toObject();
        DataPlane dp;
        dp.id = o.value(u"id").toString();
        dp.hostname = o.value(u"hostname").toString();
        dp.ip = o.value(u"ip").toString();
        dp.version = o.value(u"version").toString();
        dp.syncStatus = o.value(u"sync_status").toString();
        dp.configHash = o.value(u"config_hash").toString();
        dp.lastSeen = integer(o.value(u"last_seen"));
        rows.append(dp);
    }
    return std::pair{rows, root->value(u"next").toString()};
}

} // namespace kuw::core::adminapi
