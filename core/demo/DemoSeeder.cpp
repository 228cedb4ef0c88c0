// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QFile>
#include <QHash>

namespace kuw::core {

namespace {

/// Tables the seed writes, in dependency order; each has a sync_tags trigger in Kong 1.5.
const char *const kTaggedTables[] = {"upstreams", "targets", "certificates", "snis", "ca_certificates", "services",
                                     "routes", "consumers", "keyauth_credentials", "basicauth_credentials",
                                     "jwt_secrets", "hmacauth_credentials", "oauth2_credentials", "acls", "plugins"};

QString resourceText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// ${NAME} substitution (QString::arg would trip over the '%' of SQL patterns).
QString expand(QString sql, const QHash<QString, QString> &vars)
{
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        sql.replace(QStringLiteral("${%1}").arg(it.key()), it.value());
    return sql;
}

// Plugin configs with every field Kong 1.5's schemas give them (acl, ip-restriction and
// bot-detection still say whitelist/blacklist: the 2.1 migrations rename those).
const char *kSeedSql = R"SQL(
SET LOCAL session_replication_role = replica;

INSERT INTO upstreams (id, created_at, name, hash_on, hash_fallback, hash_on_cookie_path, slots, algorithm, healthchecks, tags)
SELECT md5('kuw-demo:upstream:' || u)::uuid, ${T0} + u * interval '1 minute', 'demo-pool-' || u,
       CASE u % 3 WHEN 0 THEN 'consumer' ELSE 'none' END, 'none', '/', 10000,
       CASE u % 4 WHEN 0 THEN 'consistent-hashing' ELSE 'round-robin' END,
       '{"active": {"type": "http", "timeout": 1, "concurrency": 10, "http_path": "/health", "https_sni": null,
         "https_verify_certificate": true,
         "healthy": {"interval": 5, "successes": 2, "http_statuses": [200, 302]},
         "unhealthy": {"interval": 5, "timeouts": 3, "tcp_failures": 2, "http_failures": 3,
                       "http_statuses": [429, 404, 500, 501, 502, 503, 504, 505]}},
         "passive": {"type": "http", "healthy": {"successes": 0, "http_statuses": [200, 201, 202, 204, 301, 302, 304]},
                     "unhealthy": {"timeouts": 0, "tcp_failures": 0, "http_failures": 0, "http_statuses": [429, 500, 503]}}}'::jsonb,
       ARRAY['demo', CASE u % 2 WHEN 0 THEN 'blue' ELSE 'green' END]
  FROM generate_series(1, ${UPSTREAMS}) AS u;

-- Three targets per upstream; Kong 1.x never updated a target in place, so a weight change
-- left an older row behind (every third target here), which 2.2's migration cleans up.
INSERT INTO targets (id, created_at, upstream_id, target, weight)
SELECT md5('kuw-demo:target:' || u || ':' || t || ':' || gen)::uuid,
       ${T0} + interval '1 day' + (u * 3 + t) * interval '1 second' - gen * interval '7 days',
       md5('kuw-demo:upstream:' || u)::uuid, '10.20.' || (u % 250) || '.' || (t + 10) || ':8080',
       CASE gen WHEN 0 THEN 100 ELSE 10 END
  FROM generate_series(1, ${UPSTREAMS}) AS u, generate_series(1, 3) AS t, generate_series(0, 1) AS gen
 WHERE gen = 0 OR (u + t) % 3 = 0;

INSERT INTO certificates (id, created_at, cert, key, tags)
SELECT md5('kuw-demo:certificate:' || c)::uuid, ${T0} + c * interval '1 minute', ${CERT}, ${KEY}, ARRAY['demo']
  FROM generate_series(1, ${CERTIFICATES}) AS c;

INSERT INTO snis (id, created_at, name, certificate_id)
SELECT md5('kuw-demo:sni:' || c || ':' || n)::uuid, ${T0} + c * interval '1 minute',
       CASE n WHEN 1 THEN 'shop-' || c || '.demo.example' ELSE 'www.shop-' || c || '.demo.example' END,
       md5('kuw-demo:certificate:' || c)::uuid
  FROM generate_series(1, ${CERTIFICATES}) AS c, generate_series(1, 2) AS n;

INSERT INTO ca_certificates (id, created_at, cert) VALUES (md5('kuw-demo:ca:1')::uuid, ${T0}, ${CA});

INSERT INTO services (id, created_at, updated_at, name, retries, protocol, host, port, path,
                      connect_timeout, write_timeout, read_timeout, client_certificate_id, tags)
SELECT md5('kuw-demo:service:' || s)::uuid, ${T0} + s * interval '1 second', ${T0} + s * interval '1 hour',
       (ARRAY['orders', 'billing', 'catalog', 'users', 'search', 'payments', 'inventory', 'shipping'])[s % 8 + 1] || '-' || s,
       5, CASE WHEN s % 4 = 0 THEN 'https' ELSE 'http' END,
       CASE WHEN s % 5 = 0 AND ${UPSTREAMS} > 0 THEN 'demo-pool-' || (s % greatest(${UPSTREAMS}, 1) + 1)
            ELSE 'svc-' || s || '.demo.internal' END,
       CASE WHEN s % 4 = 0 THEN 443 ELSE 8080 END,
       CASE WHEN s % 3 = 0 THEN '/api' END, 60000, 60000, CASE WHEN s % 7 = 0 THEN 120000 ELSE 60000 END,
       CASE WHEN s % 4 = 0 AND ${CERTIFICATES} > 0
            THEN md5('kuw-demo:certificate:' || (s % greatest(${CERTIFICATES}, 1) + 1))::uuid END,
       ARRAY['demo', 'team-' || (s % 5)]
  FROM generate_series(1, ${SERVICES}) AS s;

INSERT INTO routes (id, created_at, updated_at, name, service_id, protocols, methods, hosts, paths,
                    regex_priority, strip_path, preserve_host, https_redirect_status_code, path_handling, tags)
SELECT md5('kuw-demo:route:' || r)::uuid, ${T0} + r * interval '1 second', ${T0} + r * interval '1 second',
       'route-' || r, md5('kuw-demo:service:' || (r % ${SERVICES} + 1))::uuid,
       CASE WHEN r % 4 = 0 THEN ARRAY['https'] ELSE ARRAY['http', 'https'] END,
       CASE r % 3 WHEN 0 THEN ARRAY['GET'] WHEN 1 THEN ARRAY['GET', 'POST', 'PUT', 'DELETE'] END,
       CASE WHEN r % 2 = 0 THEN ARRAY['api.demo.example', 'shop-' || (r % 50) || '.demo.example'] END,
       CASE WHEN r % 10 = 0 THEN ARRAY['/v[0-9]+/items/' || r || '$'] ELSE ARRAY['/r' || r, '/v2/r' || r] END,
       CASE WHEN r % 10 = 0 THEN 5 ELSE 0 END, r % 6 <> 0, r % 9 = 0, 426, 'v0', ARRAY['demo']
  FROM generate_series(1, ${ROUTES}) AS r;

INSERT INTO consumers (id, created_at, username, custom_id, tags)
SELECT md5('kuw-demo:consumer:' || c)::uuid, ${T0} + c * interval '1 second',
       CASE WHEN c % 10 <> 0 THEN 'customer-' || c END, CASE WHEN c % 3 = 0 OR c % 10 = 0 THEN 'crm-' || (100000 + c) END,
       CASE WHEN c % 4 = 0 THEN ARRAY['partner'] END
  FROM generate_series(1, ${CONSUMERS}) AS c;

INSERT INTO keyauth_credentials (id, created_at, consumer_id, key, ttl)
SELECT md5('kuw-demo:keyauth:' || k)::uuid, ${T0} + k * interval '1 second',
       md5('kuw-demo:consumer:' || (k % ${CONSUMERS} + 1))::uuid, 'demo-' || md5('kuw-demo:apikey:' || k), NULL
  FROM generate_series(1, ${KEYAUTH}) AS k;

INSERT INTO basicauth_credentials (id, created_at, consumer_id, username, password)
SELECT md5('kuw-demo:basicauth:' || b)::uuid, ${T0} + b * interval '1 second',
       md5('kuw-demo:consumer:' || (b * 7 % ${CONSUMERS} + 1))::uuid, 'basic-' || b,
       left(encode(sha256(convert_to('demo-password-' || b || md5('kuw-demo:consumer:' || (b * 7 % ${CONSUMERS} + 1))::uuid, 'UTF8')), 'hex'), 40)
  FROM generate_series(1, ${BASICAUTH}) AS b;

INSERT INTO jwt_secrets (id, created_at, consumer_id, key, secret, algorithm)
SELECT md5('kuw-demo:jwt:' || j)::uuid, ${T0} + j * interval '1 second',
       md5('kuw-demo:consumer:' || (j * 11 % ${CONSUMERS} + 1))::uuid, 'iss-' || md5('kuw-demo:jwt-key:' || j),
       md5('kuw-demo:jwt-secret:' || j), CASE WHEN j % 2 = 0 THEN 'HS256' ELSE 'HS512' END
  FROM generate_series(1, ${JWT}) AS j;

INSERT INTO hmacauth_credentials (id, created_at, consumer_id, username, secret)
SELECT md5('kuw-demo:hmac:' || h)::uuid, ${T0} + h * interval '1 second',
       md5('kuw-demo:consumer:' || (h * 13 % ${CONSUMERS} + 1))::uuid, 'hmac-' || h, md5('kuw-demo:hmac-secret:' || h)
  FROM generate_series(1, ${HMACAUTH}) AS h;

INSERT INTO oauth2_credentials (id, created_at, name, consumer_id, client_id, client_secret, redirect_uris)
SELECT md5('kuw-demo:oauth2:' || o)::uuid, ${T0} + o * interval '1 second', 'mobile-app-' || o,
       md5('kuw-demo:consumer:' || (o * 17 % ${CONSUMERS} + 1))::uuid, md5('kuw-demo:client-id:' || o),
       md5('kuw-demo:client-secret:' || o), ARRAY['https://app-' || o || '.demo.example/callback']
  FROM generate_series(1, ${OAUTH2}) AS o;

INSERT INTO oauth2_tokens (id, created_at, credential_id, service_id, access_token, refresh_token, token_type,
                           expires_in, authenticated_userid, scope, ttl)
SELECT md5('kuw-demo:token:' || o)::uuid, now() - interval '1 hour', md5('kuw-demo:oauth2:' || o)::uuid,
       md5('kuw-demo:service:' || (o % ${SERVICES} + 1))::uuid, md5('kuw-demo:access:' || o), md5('kuw-demo:refresh:' || o),
       'bearer', 7200, 'user-' || o, 'read', now() + interval '14 days'
  FROM generate_series(1, ${OAUTH2}) AS o WHERE o % 2 = 0;

-- Every consumer with an acl row is in a tier group; a third are also in "internal".
INSERT INTO acls (id, created_at, consumer_id, "group", cache_key)
SELECT md5('kuw-demo:acl:' || a)::uuid, ${T0} + a * interval '1 second', cid, grp, 'acls:' || cid || ':' || grp || ':::'
  FROM (SELECT a, md5('kuw-demo:consumer:' || ((a - 1) % ${CONSUMERS} + 1))::uuid AS cid,
               CASE WHEN a <= ${CONSUMERS} THEN (ARRAY['gold', 'silver', 'bronze'])[a % 3 + 1] ELSE 'internal' END AS grp
          FROM generate_series(1, ${ACLS}) AS a) AS x;

-- Plugins: on every route an authentication plugin (the kind rotates over six), an acl on every
-- third route, rate limiting on every other one; per service logging and IP restriction;
-- per-consumer rate limits on every tenth consumer; and a few global ones.
INSERT INTO plugins (id, created_at, name, route_id, service_id, consumer_id, config, enabled, cache_key, protocols, run_on, tags)
SELECT md5('kuw-demo:plugin:' || p.name || ':' || coalesce(p.route_id::text, '') || ':' || coalesce(p.service_id::text, '')
           || ':' || coalesce(p.consumer_id::text, ''))::uuid,
       ${T0} + interval '2 days', p.name, p.route_id, p.service_id, p.consumer_id, p.config, p.enabled,
       'plugins:' || p.name || ':' || coalesce(p.route_id::text, '') || ':' || coalesce(p.service_id::text, '')
           || ':' || coalesce(p.consumer_id::text, '') || ':',
       ARRAY['grpc', 'grpcs', 'http', 'https'], 'first', p.tags
  FROM (
    SELECT (ARRAY['key-auth', 'basic-auth', 'jwt', 'hmac-auth', 'oauth2', 'key-auth'])[r % 6 + 1] AS name,
           md5('kuw-demo:route:' || r)::uuid AS route_id, NULL::uuid AS service_id, NULL::uuid AS consumer_id,
           CASE r % 6
             WHEN 1 THEN '{"anonymous": null, "hide_credentials": true}'::jsonb
             WHEN 2 THEN '{"uri_param_names": ["jwt"], "cookie_names": [], "header_names": ["authorization"], "claims_to_verify": ["exp"],
                           "key_claim_name": "iss", "secret_is_base64": false, "anonymous": null, "run_on_preflight": true,
                           "maximum_expiration": 0}'::jsonb
             WHEN 3 THEN '{"hide_credentials": false, "clock_skew": 300, "anonymous": null, "validate_request_body": false,
                           "enforce_headers": ["date", "request-line"], "algorithms": ["hmac-sha256", "hmac-sha512"]}'::jsonb
             WHEN 4 THEN jsonb_build_object('scopes', jsonb_build_array('read', 'write'), 'mandatory_scope', true,
                           'provision_key', md5('kuw-demo:provision:' || r), 'token_expiration', 7200,
                           'enable_authorization_code', true, 'enable_client_credentials', true, 'enable_implicit_grant', false,
                           'enable_password_grant', false, 'hide_credentials', false, 'accept_http_if_already_terminated', false,
                           'anonymous', null, 'global_credentials', false, 'auth_header_name', 'authorization',
                           'refresh_token_ttl', 1209600)
             ELSE '{"key_names": ["apikey", "x-api-key"], "hide_credentials": true, "anonymous": null, "key_in_body": false,
                    "run_on_preflight": true}'::jsonb
           END AS config, true AS enabled, NULL::text[] AS tags
      FROM generate_series(1, ${ROUTES}) AS r
    UNION ALL
    SELECT 'acl', md5('kuw-demo:route:' || r)::uuid, NULL, NULL,
           '{"whitelist": ["gold", "silver"], "blacklist": null, "hide_groups_header": false}'::jsonb, true, NULL
      FROM generate_series(3, ${ROUTES}, 3) AS r
    UNION ALL
    SELECT 'rate-limiting', md5('kuw-demo:route:' || r)::uuid, NULL, NULL,
           jsonb_build_object('second', null, 'minute', 60 * (r % 5 + 1), 'hour', 3000, 'day', null, 'month', null, 'year', null,
                              'limit_by', 'consumer', 'policy', 'local', 'fault_tolerant', true, 'hide_client_headers', false,
                              'redis_host', null, 'redis_port', 6379, 'redis_password', null, 'redis_timeout', 2000,
                              'redis_database', 0),
           r % 20 <> 0, ARRAY['limits']
      FROM generate_series(2, ${ROUTES}, 2) AS r
    UNION ALL
    SELECT 'http-log', NULL, md5('kuw-demo:service:' || s)::uuid, NULL,
           jsonb_build_object('http_endpoint', 'http://logs.demo.internal:9200/kong/' || s, 'method', 'POST',
                              'content_type', 'application/json', 'timeout', 10000, 'keepalive', 60000, 'retry_count', 10,
                              'queue_size', 10, 'flush_timeout', 2, 'headers', null),
           true, ARRAY['logging']
      FROM generate_series(1, ${SERVICES}) AS s
    UNION ALL
    SELECT 'ip-restriction', NULL, md5('kuw-demo:service:' || s)::uuid, NULL,
           '{"whitelist": ["10.0.0.0/8", "172.16.0.0/12"], "blacklist": null}'::jsonb, true, NULL
      FROM generate_series(4, ${SERVICES}, 4) AS s
    UNION ALL
    SELECT 'rate-limiting', NULL, NULL, md5('kuw-demo:consumer:' || c)::uuid,
           '{"second": 10, "minute": 300, "hour": null, "day": null, "month": null, "year": null, "limit_by": "consumer",
             "policy": "local", "fault_tolerant": true, "hide_client_headers": false, "redis_host": null, "redis_port": 6379,
             "redis_password": null, "redis_timeout": 2000, "redis_database": 0}'::jsonb, true, ARRAY['premium']
      FROM generate_series(10, ${CONSUMERS}, 10) AS c
    UNION ALL
    SELECT g.name, NULL, NULL, NULL, g.config::jsonb, true, NULL
      FROM (VALUES ('prometheus', '{}'),
                   ('correlation-id', '{"header_name": "X-Request-ID", "generator": "uuid#counter", "echo_downstream": true}'),
                   ('bot-detection', '{"whitelist": [], "blacklist": ["badbot"]}')) AS g(name, config)
  ) AS p;
)SQL";

} // namespace

DemoSeedSize DemoSeedSize::small()
{
    return {.services = 8, .routes = 24, .consumers = 40, .keyauth = 40, .basicauth = 12, .jwt = 8, .hmacauth = 8,
            .oauth2 = 6, .acls = 50, .certificates = 3, .upstreams = 3};
}

DemoSeedSize DemoSeedSize::large()
{
    return {.services = 5000, .routes = 15000, .consumers = 40000, .keyauth = 30000, .basicauth = 8000, .jwt = 6000,
            .hmacauth = 6000, .oauth2 = 4000, .acls = 20000, .certificates = 500, .upstreams = 1000};
}

std::optional<DemoSeedSize> DemoSeedSize::named(const QString &name)
{
    if (name == QLatin1String("small"))
        return small();
    if (name == QLatin1String("large"))
        return large();
    return std::nullopt;
}

qint64 DemoSeeder::expectedRows() const
{
    const DemoSeedSize &z = m_size;
    qint64 targets = 0;
    for (int u = 1; u <= z.upstreams; ++u)
        for (int t = 1; t <= 3; ++t)
            targets += (u + t) % 3 == 0 ? 2 : 1;
    const qint64 plugins = z.routes + z.routes / 3 + z.routes / 2 + z.services + z.services / 4 + z.consumers / 10 + 3;
    return qint64(z.upstreams) + targets + 3LL * z.certificates + 1 + z.services + z.routes + z.consumers + z.keyauth
           + z.basicauth + z.jwt + z.hmacauth + z.oauth2 + z.oauth2 / 2 + z.acls + plugins;
}

Status DemoSeeder::seed(PgConnection &conn) const
{
    const DemoSeedSize &z = m_size;
    if (z.services < 1 || z.consumers < 1 || z.acls > 2 * z.consumers)
        return Error::make(ErrorKind::Internal, QStringLiteral("DemoSeeder: needs at least one service and one consumer, "
                                                               "and at most two ACL groups per consumer"));
    // The seed is written in Kong 1.5's row format; any other level would get rows Kong never wrote.
    auto level = conn.exec(QStringLiteral("SELECT last_executed FROM schema_meta WHERE key = 'schema_meta' AND subsystem = 'core'"));
    if (!level)
        return level.error();
    if (level->rows() != 1 || level->value(0, 0) != QLatin1String("007_140_to_150"))
        return Error::make(ErrorKind::Unsupported,
                           QStringLiteral("The demo seed needs a datastore at the Kong 1.5 level (core 007_140_to_150), found %1")
                               .arg(level->rows() ? level->value(0, 0) : QStringLiteral("no core migrations")),
                           QStringLiteral("Bootstrap at 1.5.1, seed, then run 'up' and 'finish' to the level you want "
                                          "(DemoEnvironment does this)"));
    const QString cert = resourceText(QStringLiteral(":/demo/demo-server.pem"));
    const QString key = resourceText(QStringLiteral(":/demo/demo-server.key"));
    const QString ca = resourceText(QStringLiteral(":/demo/demo-ca.pem"));
    if (cert.isEmpty() || key.isEmpty() || ca.isEmpty())
        return Error::make(ErrorKind::Internal, QStringLiteral("The demo certificates are missing from the resources (:/demo)"));

    const QHash<QString, QString> vars = {
        {QStringLiteral("T0"), QStringLiteral("timestamptz '2020-03-02 09:00:00+00'")},
        {QStringLiteral("SERVICES"), QString::number(z.services)},
        {QStringLiteral("ROUTES"), QString::number(z.routes)},
        {QStringLiteral("CONSUMERS"), QString::number(z.consumers)},
        {QStringLiteral("KEYAUTH"), QString::number(z.keyauth)},
        {QStringLiteral("BASICAUTH"), QString::number(z.basicauth)},
        {QStringLiteral("JWT"), QString::number(z.jwt)},
        {QStringLiteral("HMACAUTH"), QString::number(z.hmacauth)},
        {QStringLiteral("OAUTH2"), QString::number(z.oauth2)},
        {QStringLiteral("ACLS"), QString::number(z.acls)},
        {QStringLiteral("CERTIFICATES"), QString::number(z.certificates)},
        {QStringLiteral("UPSTREAMS"), QString::number(z.upstreams)},
        {QStringLiteral("CERT"), conn.quoteLiteral(cert)},
        {QStringLiteral("KEY"), conn.quoteLiteral(key)},
        {QStringLiteral("CA"), conn.quoteLiteral(ca)},
    };
    auto tx = PgTransaction::begin(conn);
    if (!tx)
        return tx.error();
    if (Status s = conn.execScript(expand(QString::fromUtf8(kSeedSql), vars)); !s)
        return s;
    // The rows sync_tags would have written, had the triggers been on.
    QStringList tags;
    for (const char *table : kTaggedTables)
        tags << QStringLiteral("SELECT id, '%1', tags FROM %1").arg(QLatin1String(table));
    if (Status s = conn.execScript(QStringLiteral("INSERT INTO tags (entity_id, entity_name, tags) ") + tags.join(QStringLiteral(" UNION ALL "))); !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    return conn.execScript(QStringLiteral("ANALYZE"));
}

Result<QList<QPair<QString, qint64>>> DemoSeeder::tableCounts(PgConnection &conn)
{
    QStringList parts;
    for (const char *table : kTaggedTables)
        parts << QStringLiteral("SELECT '%1', count(*) FROM %1").arg(QLatin1String(table));
    parts << QStringLiteral("SELECT 'oauth2_tokens', count(*) FROM oauth2_tokens");
    auto r = conn.exec(parts.join(QStringLiteral(" UNION ALL ")));
    if (!r)
        return r.error();
    QList<QPair<QString, qint64>> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append({r->value(i, 0), r->integer(i, 1)});
    return out;
}

} // namespace kuw::core
