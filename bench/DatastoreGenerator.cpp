// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatastoreGenerator.h"

#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace kuw::bench {
namespace {

constexpr int kGlobalPlugins = 4;

/// Replaces ${NAME} tokens (QString::arg would trip over '%' in SQL).
QString fill(QString sql, const QHash<QString, QString> &vars)
{
    for (auto it = vars.begin(); it != vars.end(); ++it)
        sql.replace(QStringLiteral("${") + it.key() + QLatin1Char('}'), it.value());
    return sql;
}

QString idSql(const char *kind, const QString &n)
{
    return QStringLiteral("md5('kuw-bench:%1:' || (%2))::uuid").arg(QLatin1String(kind), n);
}

struct PluginSplit
{
    qint64 global = 0, route = 0, service = 0, consumer = 0;
};

PluginSplit splitPlugins(int plugins)
{
    PluginSplit s;
    s.global = std::min(plugins, kGlobalPlugins);
    const qint64 rest = plugins - s.global;
    s.route = rest * 45 / 100;
    s.service = rest * 20 / 100;
    s.consumer = rest - s.route - s.service;
    return s;
}

// Kong 1.5-shaped plugin configs (every schema field present, as the DAO stores them).
const char *kRateLimiting =
    R"({"second": null, "minute": 100, "hour": 10000, "day": null, "month": null, "year": null,)"
    R"( "limit_by": "consumer", "policy": "cluster", "fault_tolerant": true, "hide_client_headers": false,)"
    R"( "redis_host": null, "redis_port": 6379, "redis_password": null, "redis_timeout": 2000, "redis_database": 0})";
const char *kKeyAuth =
    R"({"key_names": ["apikey"], "hide_credentials": false, "anonymous": null, "key_in_header": true,)"
    R"( "key_in_query": true, "key_in_body": false, "run_on_preflight": true})";
const char *kAcl = R"({"whitelist": ["group-1", "group-2", "partners"], "blacklist": null, "hide_groups_header": false})";
const char *kCors =
    R"({"origins": ["*"], "methods": ["GET", "HEAD", "PUT", "PATCH", "POST"], "headers": null,)"
    R"( "exposed_headers": null, "max_age": 3600, "credentials": false, "preflight_continue": false})";
const char *kRequestTransformer =
    R"({"http_method": null, "remove": {"body": [], "headers": ["x-internal"], "querystring": []},)"
    R"( "rename": {"body": [], "headers": [], "querystring": []}, "replace": {"uri": null, "body": [], "headers": [], "querystring": []},)"
    R"( "add": {"body": [], "headers": ["x-gateway:kong"], "querystring": []}, "append": {"body": [], "headers": [], "querystring": []}})";
const char *kResponseTransformer =
    R"({"remove": {"json": [], "headers": ["server"]}, "rename": {"headers": []}, "replace": {"json": [], "headers": [], "json_types": []},)"
    R"( "add": {"json": [], "headers": ["x-served-by:kong"], "json_types": []}, "append": {"json": [], "headers": [], "json_types": []}})";
const char *kHttpLog =
    R"({"http_endpoint": "http://logs.internal.example.com:8080/kong", "method": "POST", "content_type": "application/json",)"
    R"( "timeout": 10000, "keepalive": 60000, "retry_count": 10, "queue_size": 1, "flush_timeout": 2, "headers": null})";
const char *kIpRestrictionService = R"({"whitelist": ["10.0.0.0/8", "192.168.0.0/16"], "blacklist": null})";
const char *kFileLog = R"({"path": "/var/log/kong/requests.log", "reopen": false})";
const char *kResponseRatelimiting =
    R"({"limits": {"video": {"minute": 10, "second": null, "hour": null, "day": null, "month": null, "year": null}},)"
    R"( "header_name": "x-kong-limit", "limit_by": "consumer", "policy": "cluster", "fault_tolerant": true,)"
    R"( "block_on_first_violation": false, "hide_client_headers": false, "redis_host": null, "redis_port": 6379,)"
    R"( "redis_password": null, "redis_timeout": 2000, "redis_database": 0})";
const char *kPrometheus = R"({})";
const char *kCorrelationId = R"({"header_name": "Kong-Request-ID", "generator": "uuid#counter", "echo_downstream": false})";
const char *kBotDetection = R"({"whitelist": [], "blacklist": ["curl"]})";
const char *kIpRestrictionGlobal = R"({"whitelist": null, "blacklist": ["203.0.113.0/24"]})";

QString pluginKinds(const QList<QPair<const char *, const char *>> &kinds)
{
    QStringList rows;
    for (int i = 0; i < kinds.size(); ++i)
        rows << QStringLiteral("(%1, '%2', '%3'::jsonb)").arg(i).arg(QLatin1String(kinds[i].first), QLatin1String(kinds[i].second));
    return QStringLiteral("(VALUES ") + rows.join(QStringLiteral(", ")) + QStringLiteral(") AS k(idx, name, config)");
}

const QList<QPair<const char *, const char *>> &globalKinds()
{
    static const QList<QPair<const char *, const char *>> k = {
        {"prometheus", kPrometheus}, {"correlation-id", kCorrelationId},
        {"bot-detection", kBotDetection}, {"ip-restriction", kIpRestrictionGlobal}};
    return k;
}
const QList<QPair<const char *, const char *>> &routeKinds()
{
    static const QList<QPair<const char *, const char *>> k = {
        {"rate-limiting", kRateLimiting}, {"key-auth", kKeyAuth}, {"acl", kAcl},
        {"cors", kCors}, {"request-transformer", kRequestTransformer}};
    return k;
}
const QList<QPair<const char *, const char *>> &serviceKinds()
{
    static const QList<QPair<const char *, const char *>> k = {
        {"response-transformer", kResponseTransformer}, {"http-log", kHttpLog},
        {"ip-restriction", kIpRestrictionService}, {"key-auth", kKeyAuth}, {"file-log", kFileLog}};
    return k;
}
const QList<QPair<const char *, const char *>> &consumerKinds()
{
    static const QList<QPair<const char *, const char *>> k = {
        {"rate-limiting", kRateLimiting}, {"request-transformer", kRequestTransformer},
        {"response-ratelimiting", kResponseRatelimiting}};
    return k;
}

// Kong 1.5's default upstream health checks, as the DAO stores them.
const char *kHealthchecks =
    R"({"active": {"type": "http", "timeout": 1, "healthy": {"interval": 0, "successes": 0, "http_statuses": [200, 302]},)"
    R"( "http_path": "/", "unhealthy": {"interval": 0, "timeouts": 0, "tcp_failures": 0, "http_failures": 0,)"
    R"( "http_statuses": [429, 404, 500, 501, 502, 503, 504, 505]}, "concurrency": 10, "https_sni": null,)"
    R"( "https_verify_certificate": true}, "passive": {"type": "http", "healthy": {"successes": 0,)"
    R"( "http_statuses": [200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308]},)"
    R"( "unhealthy": {"timeouts": 0, "tcp_failures": 0, "http_failures": 0, "http_statuses": [429, 500, 503]}}})";

} // namespace

DatastoreSize DatastoreSize::scaled(double factor) const
{
    auto f = [factor](int n) { return n == 0 ? 0 : std::max(1, int(std::lround(n * factor))); };
    DatastoreSize s = *this;
    s.services = f(services);
    s.routes = f(routes);
    s.consumers = f(consumers);
    s.keyauthCredentials = f(keyauthCredentials);
    s.plugins = std::max(std::min(plugins, kGlobalPlugins), f(plugins));
    s.acls = f(acls);
    s.basicauthCredentials = f(basicauthCredentials);
    s.upstreams = f(upstreams);
    return s;
}

qint64 DatastoreSize::targets() const
{
    qint64 n = 0;
    for (qint64 u = 1; u <= upstreams; ++u)
        for (qint64 t = 1; t <= targetsPerUpstream; ++t)
            n += ((u * targetsPerUpstream + t) % 3 == 0) ? 2 : 1;
    return n;
}

qint64 DatastoreSize::totalRows() const
{
    return qint64(services) + routes + consumers + keyauthCredentials + plugins + acls + basicauthCredentials
           + upstreams + targets();
}

QString DatastoreSize::toString() const
{
    return QStringLiteral("%1 services, %2 routes, %3 consumers, %4 key-auth credentials, %5 plugins, %6 acls, "
                          "%7 basic-auth credentials, %8 upstreams, %9 targets (%10 rows)")
        .arg(services).arg(routes).arg(consumers).arg(keyauthCredentials).arg(plugins).arg(acls)
        .arg(basicauthCredentials).arg(upstreams).arg(targets()).arg(totalRows());
}

QString DatastoreGenerator::routeIdSql(const QString &n)
{
    return idSql("route", n);
}

core::Status DatastoreGenerator::generate(core::PgConnection &conn)
{
    const DatastoreSize &z = m_size;
    const PluginSplit p = splitPlugins(z.plugins);
    auto tooMany = [](const QString &what) {
        return core::Error::make(core::ErrorKind::Internal, QStringLiteral("DatastoreGenerator: %1").arg(what));
    };
    if (p.route > qint64(z.routes) * routeKinds().size())
        return tooMany(QStringLiteral("too many route plugins for %1 routes (unique cache keys)").arg(z.routes));
    if (p.service > qint64(z.services) * serviceKinds().size())
        return tooMany(QStringLiteral("too many service plugins for %1 services").arg(z.services));
    if (p.consumer > qint64(z.consumers) * consumerKinds().size())
        return tooMany(QStringLiteral("too many consumer plugins for %1 consumers").arg(z.consumers));
    if (z.acls > qint64(z.consumers) * 50)
        return tooMany(QStringLiteral("at most 50 ACL groups per consumer"));
    if ((z.routes > 0 && z.services == 0)
        || ((z.keyauthCredentials > 0 || z.acls > 0 || z.basicauthCredentials > 0) && z.consumers == 0))
        return tooMany(QStringLiteral("routes need services, credentials and ACLs need consumers"));

    const QHash<QString, QString> vars = {
        {QStringLiteral("BASE"), QStringLiteral("timestamptz '2020-06-01 00:00:00+00'")},
        {QStringLiteral("S"), QString::number(z.services)},
        {QStringLiteral("R"), QString::number(z.routes)},
        {QStringLiteral("C"), QString::number(std::max(1, z.consumers))},
        {QStringLiteral("U"), QString::number(std::max(1, z.upstreams))},
        {QStringLiteral("K"), QString::number(z.keyauthCredentials)},
        {QStringLiteral("B"), QString::number(z.basicauthCredentials)},
        {QStringLiteral("A"), QString::number(z.acls)},
        {QStringLiteral("UP"), QString::number(z.upstreams)},
        {QStringLiteral("T"), QString::number(z.targetsPerUpstream)},
        {QStringLiteral("CONSUMERS"), QString::number(z.consumers)},
        {QStringLiteral("PG"), QString::number(p.global)},
        {QStringLiteral("PR"), QString::number(p.route)},
        {QStringLiteral("PS"), QString::number(p.service)},
        {QStringLiteral("PC"), QString::number(p.consumer)},
        {QStringLiteral("HC"), QString::fromLatin1(kHealthchecks)},
        {QStringLiteral("GLOBAL_KINDS"), pluginKinds(globalKinds())},
        {QStringLiteral("ROUTE_KINDS"), pluginKinds(routeKinds())},
        {QStringLiteral("SERVICE_KINDS"), pluginKinds(serviceKinds())},
        {QStringLiteral("CONSUMER_KINDS"), pluginKinds(consumerKinds())},
        {QStringLiteral("NR"), QString::number(routeKinds().size())},
        {QStringLiteral("NS"), QString::number(serviceKinds().size())},
        {QStringLiteral("NC"), QString::number(consumerKinds().size())},
    };

    const QStringList statements = {
        // Rows are written as Kong's DAO writes them; the row triggers (sync_tags, foreign-key
        // checks) are off for the load, and the tags table is filled set-based at the end.
        QStringLiteral("SET LOCAL session_replication_role = replica"),

        QStringLiteral(R"(
INSERT INTO upstreams (id, created_at, name, hash_on, hash_fallback, hash_on_cookie_path, slots, healthchecks, algorithm, tags)
SELECT md5('kuw-bench:upstream:' || i)::uuid, ${BASE} + make_interval(secs => i), 'upstream-' || i,
       CASE WHEN i % 5 = 0 THEN 'header' ELSE 'none' END, 'none', '/', 10000, '${HC}'::jsonb,
       'round-robin', CASE WHEN i % 10 = 0 THEN ARRAY['env-prod'] END
  FROM generate_series(1, ${UP}) AS i)"),

        // Kong 1.x targets are append-only: changing a weight inserted a newer row; every third
        // target has an older, superseded copy (what 2.2's teardown deletes).
        QStringLiteral(R"(
INSERT INTO targets (id, created_at, upstream_id, target, weight)
SELECT md5('kuw-bench:target:' || u || ':' || t || ':' || v)::uuid,
       ${BASE} + make_interval(secs => 1000000 + u * 10 + t) - CASE WHEN v = 1 THEN interval '1 day' ELSE interval '0' END,
       md5('kuw-bench:upstream:' || u)::uuid,
       '10.' || (u / 256 % 256) || '.' || (u % 256) || '.' || t || ':8000',
       CASE WHEN v = 1 THEN 50 ELSE 100 END
  FROM generate_series(1, ${UP}) AS u, generate_series(1, ${T}) AS t, generate_series(0, 1) AS v
 WHERE v = 0 OR (u * ${T} + t) % 3 = 0)"),

        QStringLiteral(R"(
INSERT INTO services (id, created_at, updated_at, name, retries, protocol, host, port, path,
                      connect_timeout, write_timeout, read_timeout, tags)
SELECT md5('kuw-bench:service:' || i)::uuid, ${BASE} + make_interval(secs => i), ${BASE} + make_interval(secs => 2 * i),
       'service-' || i, 5,
       CASE WHEN i % 5 = 0 THEN 'https' ELSE 'http' END,
       CASE WHEN i % 4 = 0 AND ${UP} > 0 THEN 'upstream-' || ((i - 1) % ${U} + 1) ELSE 'svc-' || i || '.internal.example.com' END,
       CASE WHEN i % 5 = 0 THEN 443 ELSE 80 END,
       CASE WHEN i % 3 = 0 THEN '/api/v' || (i % 2 + 1) END,
       60000, 60000, 60000,
       CASE WHEN i % 10 = 0 THEN ARRAY['team-' || (i % 7), 'env-prod'] END
  FROM generate_series(1, ${S}) AS i)"),

        QStringLiteral(R"(
INSERT INTO routes (id, created_at, updated_at, name, service_id, protocols, methods, hosts, paths,
                    regex_priority, strip_path, preserve_host, https_redirect_status_code, path_handling, tags)
SELECT md5('kuw-bench:route:' || i)::uuid, ${BASE} + make_interval(secs => i), ${BASE} + make_interval(secs => i),
       'route-' || i,
       md5('kuw-bench:service:' || ((i - 1) % greatest(${S}, 1) + 1))::uuid,
       ARRAY['http', 'https'],
       CASE WHEN i % 4 = 0 THEN ARRAY['GET', 'POST'] END,
       CASE WHEN i % 3 <> 0 THEN ARRAY['api' || (i % 500) || '.example.com', 'www.api' || (i % 500) || '.example.com'] END,
       ARRAY['/svc/' || i, '/v' || (i % 3 + 1) || '/svc/' || i],
       CASE WHEN i % 50 = 0 THEN 10 ELSE 0 END, true, false, 426, 'v0',
       CASE WHEN i % 10 = 0 THEN ARRAY['team-' || (i % 7)] END
  FROM generate_series(1, ${R}) AS i)"),

        QStringLiteral(R"(
INSERT INTO consumers (id, created_at, username, custom_id, tags)
SELECT md5('kuw-bench:consumer:' || i)::uuid, ${BASE} + make_interval(secs => i), 'consumer-' || i,
       CASE WHEN i % 2 = 0 THEN 'ext-' || lpad(i::text, 8, '0') END,
       CASE WHEN i % 20 = 0 THEN ARRAY['partner'] END
  FROM generate_series(1, ${CONSUMERS}) AS i)"),

        QStringLiteral(R"(
INSERT INTO keyauth_credentials (id, created_at, consumer_id, key)
SELECT md5('kuw-bench:keyauth:' || i)::uuid, ${BASE} + make_interval(secs => i),
       md5('kuw-bench:consumer:' || ((i - 1) % ${C} + 1))::uuid, md5('kuw-bench:key:' || i)
  FROM generate_series(1, ${K}) AS i)"),

        QStringLiteral(R"(
INSERT INTO basicauth_credentials (id, created_at, consumer_id, username, password)
SELECT md5('kuw-bench:basicauth:' || i)::uuid, ${BASE} + make_interval(secs => i),
       md5('kuw-bench:consumer:' || ((i - 1) % ${C} + 1))::uuid, 'basic-user-' || i,
       left(encode(sha256(convert_to('secret-' || i, 'UTF8')), 'hex'), 40)
  FROM generate_series(1, ${B}) AS i)"),

        QStringLiteral(R"(
INSERT INTO acls (id, created_at, consumer_id, "group", cache_key)
SELECT id, created_at, consumer_id, grp, 'acls:' || consumer_id || ':' || grp || ':::'
  FROM (SELECT md5('kuw-bench:acl:' || i)::uuid AS id, ${BASE} + make_interval(secs => i) AS created_at,
               md5('kuw-bench:consumer:' || ((i - 1) % ${C} + 1))::uuid AS consumer_id,
               'group-' || (((i - 1) % ${C} + ((i - 1) / ${C}) * 13) % 50) AS grp
          FROM generate_series(1, ${A}) AS i) AS a)"),

        // Plugins: a few global ones, then route-, service- and consumer-scoped ones; each
        // (name, route, service, consumer) is unique, hence so is the 1.x cache_key.
        QStringLiteral(R"(
INSERT INTO plugins (id, created_at, name, route_id, service_id, consumer_id, api_id, config, enabled,
                     cache_key, protocols, run_on, tags)
SELECT id, created_at, name, route_id, service_id, consumer_id, NULL, config, enabled,
       'plugins:' || name || ':' || coalesce(route_id::text, '') || ':' || coalesce(service_id::text, '')
                  || ':' || coalesce(consumer_id::text, '') || ':',
       ARRAY['grpc', 'grpcs', 'http', 'https'], 'first', tags
  FROM (
    SELECT md5('kuw-bench:plugin:global:' || j)::uuid AS id, ${BASE} + make_interval(secs => j) AS created_at,
           k.name, NULL::uuid AS route_id, NULL::uuid AS service_id, NULL::uuid AS consumer_id, k.config,
           true AS enabled, NULL::text[] AS tags
      FROM generate_series(0, ${PG} - 1) AS j JOIN ${GLOBAL_KINDS} ON k.idx = j
    UNION ALL
    SELECT md5('kuw-bench:plugin:route:' || j)::uuid, ${BASE} + make_interval(secs => 100 + j),
           k.name, md5('kuw-bench:route:' || (j % greatest(${R}, 1) + 1))::uuid, NULL, NULL, k.config,
           j % 20 <> 0, CASE WHEN j % 10 = 0 THEN ARRAY['scope-route'] END
      FROM generate_series(0, ${PR} - 1) AS j JOIN ${ROUTE_KINDS} ON k.idx = (j / greatest(${R}, 1)) % ${NR}
    UNION ALL
    SELECT md5('kuw-bench:plugin:service:' || j)::uuid, ${BASE} + make_interval(secs => 100 + j),
           k.name, NULL, md5('kuw-bench:service:' || (j % greatest(${S}, 1) + 1))::uuid, NULL, k.config,
           j % 20 <> 0, CASE WHEN j % 10 = 0 THEN ARRAY['scope-service'] END
      FROM generate_series(0, ${PS} - 1) AS j JOIN ${SERVICE_KINDS} ON k.idx = (j / greatest(${S}, 1)) % ${NS}
    UNION ALL
    SELECT md5('kuw-bench:plugin:consumer:' || j)::uuid, ${BASE} + make_interval(secs => 100 + j),
           k.name, NULL, NULL, md5('kuw-bench:consumer:' || (j % ${C} + 1))::uuid, k.config,
           true, NULL
      FROM generate_series(0, ${PC} - 1) AS j JOIN ${CONSUMER_KINDS} ON k.idx = (j / ${C}) % ${NC}
  ) AS p)"),
    };

    auto tx = core::PgTransaction::begin(conn);
    if (!tx)
        return tx.error();
    for (const QString &s : statements) {
        if (core::Status st = conn.execScript(fill(s, vars)); !st)
            return st;
    }
    // What the sync_tags row triggers would have written: one tags row per entity.
    for (const char *table : {"upstreams", "targets", "services", "routes", "consumers", "keyauth_credentials",
                              "basicauth_credentials", "acls", "plugins"}) {
        if (core::Status st = conn.execScript(QStringLiteral("INSERT INTO tags (entity_id, entity_name, tags) "
                                                             "SELECT id, '%1', tags FROM %1 "
                                                             "ON CONFLICT (entity_id) DO UPDATE SET tags = EXCLUDED.tags")
                                                  .arg(QLatin1String(table)));
            !st)
            return st;
    }
    if (core::Status st = tx->commit(); !st)
        return st;
    // A live datastore is vacuumed and analyzed; so is the generated one.
    return conn.execScript(QStringLiteral("VACUUM ANALYZE"));
}

core::Result<QList<QPair<QString, qint64>>> DatastoreGenerator::tableCounts(core::PgConnection &conn) const
{
    QList<QPair<QString, qint64>> out;
    for (const char *table : {"services", "routes", "consumers", "keyauth_credentials", "basicauth_credentials",
                              "acls", "plugins", "upstreams", "targets", "tags"}) {
        auto r = conn.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!r)
            return r.error();
        out.append({QString::fromLatin1(table), r->integer(0, 0)});
    }
    return out;
}

} // namespace kuw::bench
