-- SPDX-License-Identifier: GPL-3.0-or-later
-- Seed of a Kong 1.0.4 datastore, written the way Kong 1.0 nodes (and, for `apis` and the
-- api-scoped plugin, the 0.14 → 1.0 migration) write rows. Used by UpgradeParityTest for
-- start versions 1.0.4 to 1.4.3 (every column here exists in all of them).
-- Fixed UUIDs (the first byte names the table), timestamps before 2021-01-01.
-- Placeholders filled in by the test: {{pem:NAME}} / {{key:NAME}} (tests/data/certs),
-- {{pubkey:NAME}} (public key of NAME.pem), {{digest:NAME}} (sha256 of the DER).
-- Kong 1.0 wrote consumers/plugins/upstreams created_at with milliseconds (1.1's
-- 003_100_to_110 truncates them to seconds): some rows below carry them on purpose.

INSERT INTO services (id, created_at, updated_at, name, retries, protocol, host, port, path,
                      connect_timeout, write_timeout, read_timeout) VALUES
  ('a0000000-0000-4000-8000-000000000001', '2020-01-01 10:00:00+00', '2020-01-01 10:00:00+00', 'billing', 5, 'http', 'billing.internal', 8080, '/v1', 60000, 60000, 60000),
  ('a0000000-0000-4000-8000-000000000002', '2020-01-01 10:00:01+00', '2020-01-03 09:00:00+00', 'secure', 3, 'https', 'secure.internal', 443, NULL, 5000, 60000, 120000),
  ('a0000000-0000-4000-8000-000000000003', '2020-01-01 10:00:02+00', '2020-01-01 10:00:02+00', 'postgres-tcp', 5, 'tcp', 'db.internal', 5432, NULL, 60000, 60000, 60000);

INSERT INTO routes (id, created_at, updated_at, name, service_id, protocols, methods, hosts, paths,
                    snis, sources, destinations, regex_priority, strip_path, preserve_host) VALUES
  ('b0000000-0000-4000-8000-000000000001', '2020-01-02 00:00:00+00', '2020-01-02 00:00:00+00', 'billing-api',
   'a0000000-0000-4000-8000-000000000001', '{http,https}', '{GET,POST}', '{billing.example.com,*.billing.example.com}',
   '{/billing,/invoices}', NULL, NULL, NULL, 0, true, false),
  ('b0000000-0000-4000-8000-000000000002', '2020-01-02 00:00:01+00', '2020-01-02 00:00:01+00', NULL,
   'a0000000-0000-4000-8000-000000000001', '{http,https}', NULL, NULL, E'{"/users/\\\\d+/profile"}', NULL, NULL, NULL,
   10, false, false),
  ('b0000000-0000-4000-8000-000000000003', '2020-01-02 00:00:02+00', '2020-01-02 00:00:02+00', 'secure-https',
   'a0000000-0000-4000-8000-000000000002', '{https}', NULL, '{secure.example.com}', NULL, '{secure.example.com}', NULL, NULL,
   0, true, true),
  ('b0000000-0000-4000-8000-000000000004', '2020-01-02 00:00:03+00', '2020-01-02 00:00:03+00', 'pg-stream',
   'a0000000-0000-4000-8000-000000000003', '{tcp,tls}', NULL, NULL, NULL, '{db.example.com}',
   ARRAY['{"ip": "10.0.0.0/8", "port": null}'::jsonb, '{"ip": null, "port": 6543}'::jsonb],
   ARRAY['{"ip": "10.1.0.1", "port": 5432}'::jsonb], 0, true, false),
  ('b0000000-0000-4000-8000-000000000005', '2020-01-02 00:00:04+00', '2020-01-02 00:00:04+00', 'preflight',
   'a0000000-0000-4000-8000-000000000002', '{http}', '{OPTIONS}', NULL, '{/}', NULL, NULL, NULL, 0, false, true);

INSERT INTO consumers (id, created_at, username, custom_id) VALUES
  ('c0000000-0000-4000-8000-000000000001', '2020-01-03 00:00:00.123+00', 'alice', NULL),
  ('c0000000-0000-4000-8000-000000000002', '2020-01-03 00:00:01.5+00', 'bob', 'ext-42'),
  ('c0000000-0000-4000-8000-000000000003', '2020-01-03 00:00:02+00', NULL, 'svc-only'),
  ('c0000000-0000-4000-8000-000000000004', '2020-01-03 00:00:03.999+00', 'Carol', NULL);

INSERT INTO acls (id, created_at, consumer_id, "group", cache_key) VALUES
  ('ac000000-0000-4000-8000-000000000001', '2020-01-04 00:00:00+00', 'c0000000-0000-4000-8000-000000000001', 'admins',
   'acls:c0000000-0000-4000-8000-000000000001:admins:::'),
  ('ac000000-0000-4000-8000-000000000002', '2020-01-04 00:00:01+00', 'c0000000-0000-4000-8000-000000000001', 'ops',
   'acls:c0000000-0000-4000-8000-000000000001:ops:::'),
  ('ac000000-0000-4000-8000-000000000003', '2020-01-04 00:00:02+00', 'c0000000-0000-4000-8000-000000000002', 'banned',
   'acls:c0000000-0000-4000-8000-000000000002:banned:::');

INSERT INTO basicauth_credentials (id, created_at, consumer_id, username, password) VALUES
  ('ba000000-0000-4000-8000-000000000001', '2020-01-04 00:00:00+00', 'c0000000-0000-4000-8000-000000000001', 'alice',
   '3b5b2f8e4c1d2e0f6a7b8c9d0e1f2a3b4c5d6e7f');

INSERT INTO hmacauth_credentials (id, created_at, consumer_id, username, secret) VALUES
  ('4a000000-0000-4000-8000-000000000001', '2020-01-04 00:00:00+00', 'c0000000-0000-4000-8000-000000000002', 'bob-hmac', 'hmac-secret');

INSERT INTO jwt_secrets (id, created_at, consumer_id, key, secret, algorithm, rsa_public_key) VALUES
  ('3e000000-0000-4000-8000-000000000001', '2020-01-04 00:00:00+00', 'c0000000-0000-4000-8000-000000000001', 'alice-iss', 'jwt-secret', 'HS256', NULL),
  ('3e000000-0000-4000-8000-000000000002', '2020-01-04 00:00:01+00', 'c0000000-0000-4000-8000-000000000002', 'bob-iss', NULL, 'ES256', '{{pubkey:server}}');

INSERT INTO keyauth_credentials (id, created_at, consumer_id, key) VALUES
  ('4e000000-0000-4000-8000-000000000001', '2020-01-04 00:00:00+00', 'c0000000-0000-4000-8000-000000000001', 'alice-key-1'),
  ('4e000000-0000-4000-8000-000000000002', '2020-01-04 00:00:01+00', 'c0000000-0000-4000-8000-000000000002', 'bob-key');

INSERT INTO oauth2_credentials (id, created_at, name, consumer_id, client_id, client_secret, redirect_uris) VALUES
  ('0a000000-0000-4000-8000-000000000001', '2020-01-04 00:00:00+00', 'alice-app', 'c0000000-0000-4000-8000-000000000001',
   'alice-client', 'alice-secret', '{https://app.example.com/cb,https://app.example.com/cb2}');

INSERT INTO oauth2_authorization_codes (id, created_at, credential_id, service_id, code, authenticated_userid, scope, ttl) VALUES
  ('0c000000-0000-4000-8000-000000000001', '2020-06-01 00:00:00+00', '0a000000-0000-4000-8000-000000000001',
   'a0000000-0000-4000-8000-000000000001', 'code-1', 'user-1', 'email', '2020-06-01 00:05:00+00');

INSERT INTO oauth2_tokens (id, created_at, credential_id, service_id, access_token, refresh_token, token_type,
                           expires_in, authenticated_userid, scope, ttl) VALUES
  ('07000000-0000-4000-8000-000000000001', '2020-06-01 00:00:00+00', '0a000000-0000-4000-8000-000000000001',
   'a0000000-0000-4000-8000-000000000001', 'at-1', 'rt-1', 'bearer', 7200, 'user-1', 'email', '2020-06-01 02:00:00+00'),
  ('07000000-0000-4000-8000-000000000002', '2020-06-01 00:00:01+00', '0a000000-0000-4000-8000-000000000001',
   NULL, 'at-2', NULL, 'bearer', 0, NULL, NULL, NULL);

INSERT INTO ttls (primary_key_value, primary_uuid_value, table_name, primary_key_name, expire_at) VALUES
  ('07000000-0000-4000-8000-000000000001', '07000000-0000-4000-8000-000000000001', 'oauth2_tokens', 'id', '2020-06-01 02:00:00');

INSERT INTO certificates (id, created_at, cert, key) VALUES
  ('ce000000-0000-4000-8000-000000000001', '2020-01-05 00:00:00+00', '{{pem:server}}', '{{key:server}}');

INSERT INTO snis (id, created_at, name, certificate_id) VALUES
  ('5a000000-0000-4000-8000-000000000001', '2020-01-05 00:00:00+00', 'secure.example.com', 'ce000000-0000-4000-8000-000000000001'),
  ('5a000000-0000-4000-8000-000000000002', '2020-01-05 00:00:01+00', '*.billing.example.com', 'ce000000-0000-4000-8000-000000000001');

INSERT INTO upstreams (id, created_at, name, hash_on, hash_fallback, hash_on_header, hash_fallback_header,
                       hash_on_cookie, hash_on_cookie_path, slots, healthchecks) VALUES
  ('0b000000-0000-4000-8000-000000000001', '2020-01-06 00:00:00.250+00', 'billing.upstream', 'none', 'none', NULL, NULL, NULL, '/', 10000,
   '{"active": {"type": "http", "timeout": 1, "healthy": {"interval": 0, "successes": 0, "http_statuses": [200, 302]}, "http_path": "/", "unhealthy": {"interval": 0, "timeouts": 0, "tcp_failures": 0, "http_failures": 0, "http_statuses": [429, 404, 500, 501, 502, 503, 504, 505]}, "concurrency": 10, "https_sni": null, "https_verify_certificate": true}, "passive": {"type": "http", "healthy": {"successes": 0, "http_statuses": [200, 201, 202]}, "unhealthy": {"timeouts": 0, "tcp_failures": 0, "http_failures": 0, "http_statuses": [429, 500, 503]}}}'),
  ('0b000000-0000-4000-8000-000000000002', '2020-01-06 00:00:01+00', 'sticky.upstream', 'header', 'cookie', 'x-user', NULL, 'sticky', '/app', 1000, NULL),
  ('0b000000-0000-4000-8000-000000000003', '2020-01-06 00:00:02+00', 'consumer.upstream', 'consumer', 'none', NULL, NULL, NULL, '/', 10000, NULL);

-- Targets are an append-only history in 1.x (a weight-0 row "deletes" a target).
-- Kong 2.2's core 012 teardown keeps only the newest row per (upstream, target), except that
-- rows with equal created_at all stay. The two b.internal rows differ by microseconds only:
-- 1.1's 003_100_to_110 truncates them to the same millisecond first.
INSERT INTO targets (id, created_at, upstream_id, target, weight) VALUES
  ('7a000000-0000-4000-8000-000000000001', '2020-01-07 00:00:00+00', '0b000000-0000-4000-8000-000000000001', '10.0.0.1:8080', 100),
  ('7a000000-0000-4000-8000-000000000002', '2020-01-08 00:00:00+00', '0b000000-0000-4000-8000-000000000001', '10.0.0.1:8080', 0),
  ('7a000000-0000-4000-8000-000000000003', '2020-01-07 00:00:00+00', '0b000000-0000-4000-8000-000000000001', '10.0.0.2:8080', 100),
  ('7a000000-0000-4000-8000-000000000004', '2020-02-01 00:00:00+00', '0b000000-0000-4000-8000-000000000002', 'a.internal:80', 10),
  ('7a000000-0000-4000-8000-000000000005', '2020-02-01 00:00:00+00', '0b000000-0000-4000-8000-000000000002', 'a.internal:80', 20),
  ('7a000000-0000-4000-8000-000000000006', '2020-02-02 00:00:01.1234+00', '0b000000-0000-4000-8000-000000000002', 'b.internal:80', 5),
  ('7a000000-0000-4000-8000-000000000007', '2020-02-02 00:00:01.1236+00', '0b000000-0000-4000-8000-000000000002', 'b.internal:80', 6),
  ('7a000000-0000-4000-8000-000000000008', '2020-02-03 00:00:00+00', '0b000000-0000-4000-8000-000000000003', 'c.internal:80', 50);

-- A 0.14 API carried over by the 0.14 → 1.0 migration, with a plugin scoped to it.
INSERT INTO apis (id, created_at, name, upstream_url, preserve_host, retries, https_only, http_if_terminated,
                  hosts, uris, methods, strip_uri, upstream_connect_timeout, upstream_send_timeout, upstream_read_timeout) VALUES
  ('9a000000-0000-4000-8000-000000000001', '2018-06-01 00:00:00.123+00', 'legacy-api', 'http://legacy.internal:8000', false, 5, false, false,
   'legacy.example.com', '/legacy', 'GET,POST', true, 60000, 60000, 60000);

INSERT INTO plugins (id, created_at, name, route_id, service_id, consumer_id, api_id, config, enabled, cache_key, run_on) VALUES
  ('d0000000-0000-4000-8000-000000000001', '2020-01-10 00:00:00.321+00', 'rate-limiting', NULL, NULL, NULL, NULL,
   '{"day": null, "hour": null, "year": null, "month": null, "minute": 20, "policy": "local", "second": null, "limit_by": "consumer", "redis_host": null, "redis_port": 6379, "redis_timeout": 2000, "fault_tolerant": true, "redis_database": 0, "redis_password": null, "hide_client_headers": false}',
   true, 'plugins:rate-limiting::::', 'first'),
  ('d0000000-0000-4000-8000-000000000002', '2020-01-10 00:00:01+00', 'acl', 'b0000000-0000-4000-8000-000000000001', NULL, NULL, NULL,
   '{"whitelist": ["admins", "ops"], "blacklist": null, "hide_groups_header": false}',
   true, 'plugins:acl:b0000000-0000-4000-8000-000000000001:::', 'first'),
  ('d0000000-0000-4000-8000-000000000003', '2020-01-10 00:00:02+00', 'acl', NULL, 'a0000000-0000-4000-8000-000000000002', NULL, NULL,
   '{"whitelist": null, "blacklist": ["banned"], "hide_groups_header": true}',
   false, 'plugins:acl::a0000000-0000-4000-8000-000000000002::', 'first'),
  ('d0000000-0000-4000-8000-000000000004', '2020-01-10 00:00:03+00', 'bot-detection', NULL, 'a0000000-0000-4000-8000-000000000001', NULL, NULL,
   '{"whitelist": [], "blacklist": ["badbot", "evil/1.0"]}',
   true, 'plugins:bot-detection::a0000000-0000-4000-8000-000000000001::', 'first'),
  ('d0000000-0000-4000-8000-000000000005', '2020-01-10 00:00:04+00', 'ip-restriction', NULL, NULL, NULL, NULL,
   '{"whitelist": null, "blacklist": ["10.0.0.0/8", "192.168.0.1"]}',
   true, 'plugins:ip-restriction::::', 'first'),
  -- Not a config Kong validates: extra keys that exercise the cjson re-encoding of the 2.1
  -- rename (numbers with 15+ digits or a trailing-zero scale, nested empty arrays, nulls).
  ('d0000000-0000-4000-8000-000000000006', '2020-01-10 00:00:05+00', 'ip-restriction', 'b0000000-0000-4000-8000-000000000005', NULL, NULL, NULL,
   '{"whitelist": ["127.0.0.1"], "x_ratio": 1.0, "x_big": 12345678901234567, "x_scaled": 2.50, "x_int": 42, "x_pi": 3.141592653589793, "x_tiny": 1e-7, "x_nested": {"list": [], "whitelist": ["n"], "obj": {}, "deep": {"empty": []}}, "x_arr": [1.0, null, [], "s"], "x_null": null, "x_bool": false}',
   true, 'plugins:ip-restriction:b0000000-0000-4000-8000-000000000005:::', 'first'),
  ('d0000000-0000-4000-8000-000000000007', '2020-01-10 00:00:06+00', 'rate-limiting', NULL, NULL, 'c0000000-0000-4000-8000-000000000002', NULL,
   '{"day": null, "hour": 1000, "year": null, "month": null, "minute": null, "policy": "cluster", "second": null, "limit_by": "consumer", "redis_host": null, "redis_port": 6379, "redis_timeout": 2000, "fault_tolerant": true, "redis_database": 0, "redis_password": null, "hide_client_headers": false}',
   true, 'plugins:rate-limiting:::c0000000-0000-4000-8000-000000000002:', 'first'),
  ('d0000000-0000-4000-8000-000000000008', '2020-01-10 00:00:07+00', 'key-auth', NULL, 'a0000000-0000-4000-8000-000000000001', NULL, NULL,
   '{"anonymous": null, "key_names": ["apikey", "x-api-key"], "key_in_body": false, "hide_credentials": false, "run_on_preflight": true}',
   true, 'plugins:key-auth::a0000000-0000-4000-8000-000000000001::', 'first'),
  ('d0000000-0000-4000-8000-000000000009', '2020-01-10 00:00:08+00', 'zipkin', NULL, NULL, NULL, NULL,
   '{"http_endpoint": "http://zipkin.internal:9411/api/v2/spans", "sample_ratio": 1.0, "default_service_name": null, "include_credential": true}',
   true, 'plugins:zipkin::::', 'all'),
  ('d0000000-0000-4000-8000-000000000010', '2018-06-01 00:00:00+00', 'cors', NULL, NULL, NULL, '9a000000-0000-4000-8000-000000000001',
   '{"origins": ["*"], "methods": ["GET", "POST"], "headers": null, "max_age": 3600, "credentials": false, "exposed_headers": null, "preflight_continue": false}',
   true, 'plugins:cors::::9a000000-0000-4000-8000-000000000001', 'first'),
  ('d0000000-0000-4000-8000-000000000011', '2020-01-10 00:00:09+00', 'response-ratelimiting', 'b0000000-0000-4000-8000-000000000002', NULL, NULL, NULL,
   '{"limits": {"sms": {"minute": 10}, "video": {"hour": 100, "day": 1000}}, "policy": "cluster", "limit_by": "consumer", "header_name": "x-kong-limit", "redis_host": null, "redis_port": 6379, "redis_timeout": 2000, "fault_tolerant": true, "redis_database": 0, "redis_password": null, "block_on_first_violation": false, "hide_client_headers": false}',
   true, 'plugins:response-ratelimiting:b0000000-0000-4000-8000-000000000002:::', 'first'),
  ('d0000000-0000-4000-8000-000000000012', '2020-01-10 00:00:10+00', 'request-termination', 'b0000000-0000-4000-8000-000000000001', NULL, 'c0000000-0000-4000-8000-000000000003', NULL,
   '{"body": null, "message": "maintenance", "status_code": 503, "content_type": null}',
   true, 'plugins:request-termination:b0000000-0000-4000-8000-000000000001::c0000000-0000-4000-8000-000000000003:', 'first');

INSERT INTO ratelimiting_metrics (identifier, period, period_date, service_id, route_id, value) VALUES
  ('10.0.0.5', 'minute', '2020-03-01 10:01:00+00', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 7),
  ('c0000000-0000-4000-8000-000000000002', 'hour', '2020-03-01 10:00:00+00', '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', 412);

INSERT INTO response_ratelimiting_metrics (identifier, period, period_date, service_id, route_id, value) VALUES
  ('10.0.0.5', 'minute', '2020-03-01 10:01:00+00', '00000000-0000-0000-0000-000000000000', 'b0000000-0000-4000-8000-000000000002', 3);

-- expire_at lies in the future: 1.0–1.3 delete expired events on every insert (a trigger).
INSERT INTO cluster_events (id, node_id, at, nbf, expire_at, channel, data) VALUES
  ('e0000000-0000-4000-8000-000000000001', 'ee000000-0000-4000-8000-000000000001', '2020-05-01 00:00:00+00', NULL,
   '2099-01-01 00:00:00+00', 'invalidations', 'plugins:rate-limiting::::'),
  ('e0000000-0000-4000-8000-000000000002', 'ee000000-0000-4000-8000-000000000001', '2020-05-01 00:00:01+00', '2020-05-01 00:00:05+00',
   '2099-01-01 00:00:00+00', 'invalidations', 'services:a0000000-0000-4000-8000-000000000001::::');

-- The 1.0 service-mesh CA (dropped by 2.0's core 008 teardown).
INSERT INTO cluster_ca (pk, key, cert) VALUES (true, '{{key:server}}', '{{pem:server}}');

-- kuw:between-up-and-finish
-- What a Kong 1.0 node still does after `up` to 2.5.2 and before `finish`: its own
-- statements, without ws_id (the column default fills the default workspace).
INSERT INTO consumers (id, created_at, username, custom_id) VALUES
  ('c0000000-0000-4000-8000-000000000009', '2020-12-01 00:00:00+00', 'window-user', NULL);
INSERT INTO keyauth_credentials (id, created_at, consumer_id, key) VALUES
  ('4e000000-0000-4000-8000-000000000009', '2020-12-01 00:00:01+00', 'c0000000-0000-4000-8000-000000000009', 'window-key');
INSERT INTO acls (id, created_at, consumer_id, "group", cache_key) VALUES
  ('ac000000-0000-4000-8000-000000000009', '2020-12-01 00:00:01+00', 'c0000000-0000-4000-8000-000000000009', 'window-group',
   'acls:c0000000-0000-4000-8000-000000000009:window-group:::');
INSERT INTO routes (id, created_at, updated_at, name, service_id, protocols, paths, regex_priority, strip_path, preserve_host) VALUES
  ('b0000000-0000-4000-8000-000000000009', '2020-12-01 00:00:02+00', '2020-12-01 00:00:02+00', 'window-route',
   'a0000000-0000-4000-8000-000000000001', '{http,https}', '{/window}', 0, true, false);
INSERT INTO plugins (id, created_at, name, route_id, service_id, consumer_id, config, enabled, cache_key, run_on) VALUES
  ('d0000000-0000-4000-8000-000000000019', '2020-12-01 00:00:03+00', 'rate-limiting', 'b0000000-0000-4000-8000-000000000009', NULL, NULL,
   '{"day": null, "hour": null, "year": null, "month": null, "minute": 5, "policy": "local", "second": null, "limit_by": "ip", "redis_host": null, "redis_port": 6379, "redis_timeout": 2000, "fault_tolerant": true, "redis_database": 0, "redis_password": null, "hide_client_headers": false}',
   true, 'plugins:rate-limiting:b0000000-0000-4000-8000-000000000009:::', 'first'),
  ('d0000000-0000-4000-8000-000000000020', '2020-12-01 00:00:04+00', 'acl', 'b0000000-0000-4000-8000-000000000009', NULL, NULL,
   '{"whitelist": ["window-group"], "blacklist": null, "hide_groups_header": false}',
   true, 'plugins:acl:b0000000-0000-4000-8000-000000000009:::', 'first');
INSERT INTO upstreams (id, created_at, name, hash_on, hash_fallback, hash_on_cookie_path, slots) VALUES
  ('0b000000-0000-4000-8000-000000000009', '2020-12-01 00:00:05+00', 'window.upstream', 'none', 'none', '/', 100);
INSERT INTO targets (id, created_at, upstream_id, target, weight) VALUES
  ('7a000000-0000-4000-8000-000000000009', '2020-12-01 00:00:06+00', '0b000000-0000-4000-8000-000000000001', '10.0.0.2:8080', 0),
  ('7a000000-0000-4000-8000-000000000010', '2020-12-01 00:00:06+00', '0b000000-0000-4000-8000-000000000009', '10.9.0.1:80', 100);
INSERT INTO ratelimiting_metrics (identifier, period, period_date, service_id, route_id, value)
  VALUES ('10.0.0.5', 'minute', '2020-03-01 10:01:00+00', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 1)
  ON CONFLICT (identifier, period, period_date, service_id, route_id)
  DO UPDATE SET value = ratelimiting_metrics.value + EXCLUDED.value;
-- A consumer created and deleted again: its credentials go with it (composite FK cascade).
INSERT INTO consumers (id, created_at, username) VALUES ('c0000000-0000-4000-8000-000000000010', '2020-12-01 00:00:07+00', 'short-lived');
INSERT INTO basicauth_credentials (id, created_at, consumer_id, username, password) VALUES
  ('ba000000-0000-4000-8000-000000000010', '2020-12-01 00:00:07+00', 'c0000000-0000-4000-8000-000000000010', 'short-lived', 'x');
DELETE FROM consumers WHERE id = 'c0000000-0000-4000-8000-000000000010';
