// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoScenario.h"

namespace kuw::core {

namespace {

KongVersion v(const char *text)
{
    return KongVersion::parse(QString::fromLatin1(text)).value();
}

QList<DemoScenario> build()
{
    QList<DemoScenario> list;

    DemoScenario pending;
    pending.name = QStringLiteral("pending");
    pending.title = QStringLiteral("An earlier upgrade was never finished");
    pending.description = QStringLiteral("The hop to the start version ran 'up' but never 'finish': schema_meta still lists "
                                         "pending migrations (teardowns), which must be finished before the next upgrade.");
    pending.findingId = QStringLiteral("migrations.pending");
    pending.minStart = v("2.0.0");
    pending.leavePending = true;
    pending.remedy = QStringLiteral("Run 'finish' with the start version, as the remedy says");
    pending.remedyFinish = true;
    list << pending;

    DemoScenario lock;
    lock.name = QStringLiteral("stale-lock");
    lock.title = QStringLiteral("A stale migration lock from a crashed run");
    lock.description = QStringLiteral("The 'migrations' row in 'locks' was left by a runner that crashed two hours ago "
                                      "(its ttl has expired).");
    lock.findingId = QStringLiteral("lock.stale");
    lock.startSql = QStringLiteral("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', "
                                   "'kong-node-3 (crashed during migrations up)', now() - interval '2 hours')");
    lock.remedy = QStringLiteral("Nothing to delete by hand: no runner is alive, and the engine removes an expired lock "
                                 "row when it takes the lock (as Kong does)");
    list << lock;

    DemoScenario hybrid;
    hybrid.name = QStringLiteral("hybrid-rla");
    hybrid.title = QStringLiteral("Hybrid mode with Rate Limiting Advanced on the 'cluster' strategy");
    hybrid.description = QStringLiteral("The nodes run as control planes (role = control_plane) and a Rate Limiting "
                                        "Advanced plugin uses the 'cluster' strategy, which data planes cannot use.");
    hybrid.findingId = QStringLiteral("hybrid.rla_cluster_strategy");
    // An Enterprise control plane: the plugin is installed and enabled there.
    hybrid.configText = QStringLiteral("role = control_plane\nplugins = bundled,rate-limiting-advanced\n");
    hybrid.seedSql = QStringLiteral(R"SQL(
INSERT INTO plugins (id, created_at, name, service_id, config, enabled, cache_key, protocols, run_on)
SELECT md5('kuw-demo:rla:1')::uuid, timestamptz '2020-04-01 12:00:00+00', 'rate-limiting-advanced', s.id,
       '{"strategy": "cluster", "limit": [100, 1000], "window_size": [60, 3600], "window_type": "sliding",
         "identifier": "consumer", "sync_rate": 10, "namespace": "demo-orders", "dictionary_name": "kong_rate_limiting_counters",
         "hide_client_headers": false,
         "redis": {"host": null, "port": null, "timeout": 2000, "database": 0, "password": null}}'::jsonb,
       true, 'plugins:rate-limiting-advanced::' || s.id || '::', ARRAY['grpc', 'grpcs', 'http', 'https'], 'first'
  FROM services s ORDER BY s.created_at LIMIT 1)SQL");
    // From 2.1 the control plane records its data planes; two that still run the start version.
    hybrid.startSql = QStringLiteral(R"SQL(
DO $$
BEGIN
  IF to_regclass('clustering_data_planes') IS NOT NULL THEN
    INSERT INTO clustering_data_planes (id, hostname, ip, last_seen, config_hash, ttl)
    SELECT md5('kuw-demo:dp:' || n)::uuid, 'simulated-dp-' || n, '127.0.0.' || (10 + n), now(),
           md5('kuw-demo:config'), now() + interval '14 days'
      FROM generate_series(1, 2) AS n;
  END IF;
END $$)SQL");
    hybrid.remedy = QStringLiteral("Switch the plugin to the 'redis' strategy (what the remedy asks before upgrading)");
    hybrid.remedySql = QStringLiteral(
        "UPDATE plugins SET config = config || '{\"strategy\": \"redis\"}'::jsonb "
        "|| jsonb_build_object('redis', (config->'redis') || '{\"host\": \"redis.demo.internal\", \"port\": 6379}'::jsonb) "
        "WHERE name = 'rate-limiting-advanced' AND config->>'strategy' = 'cluster'");
    list << hybrid;

    DemoScenario ee;
    ee.name = QStringLiteral("enterprise");
    ee.title = QStringLiteral("Enterprise-only migrations in schema_meta");
    ee.description = QStringLiteral("schema_meta holds an 'enterprise' subsystem (as Kong Enterprise writes it), which "
                                    "the native engine's catalog does not know and must not touch.");
    ee.findingId = QStringLiteral("migrations.unknown_subsystems");
    ee.startSql = QStringLiteral(
        "INSERT INTO schema_meta (key, subsystem, last_executed, executed, pending) VALUES "
        "('schema_meta', 'enterprise', '007_1500_to_2100', ARRAY['006_1301_to_1500', '007_1500_to_2100'], '{}')");
    ee.remedy = QStringLiteral("Demo only: remove the simulated Enterprise rows. A real Enterprise datastore is migrated "
                               "with the target Kong Enterprise's own 'kong migrations' (external executor)");
    ee.remedySql = QStringLiteral("DELETE FROM schema_meta WHERE key = 'schema_meta' AND subsystem = 'enterprise'");
    list << ee;

    DemoScenario dup;
    dup.name = QStringLiteral("duplicate-ca");
    dup.title = QStringLiteral("Data that breaks a later unique constraint");
    dup.description = QStringLiteral("Two CA certificates hold the same certificate in different PEM text; 2.1 adds a "
                                     "unique cert_digest and its 'finish' would fail. Start versions before 2.1 only.");
    dup.findingId = QStringLiteral("data.duplicate_ca_certificates");
    dup.beforeStart = v("2.1.0");
    dup.defaultStart = v("2.0.5");
    dup.seedSql = QStringLiteral(
        "INSERT INTO ca_certificates (id, created_at, cert) "
        "SELECT md5('kuw-demo:ca:2')::uuid, created_at + interval '90 days', 'issued by the old PKI' || chr(10) || cert "
        "FROM ca_certificates WHERE id = md5('kuw-demo:ca:1')::uuid");
    dup.remedy = QStringLiteral("Delete the duplicate CA certificate (keep the original)");
    dup.remedySql = QStringLiteral("DELETE FROM ca_certificates WHERE id = md5('kuw-demo:ca:2')::uuid");
    list << dup;
    return list;
}

} // namespace

const QList<DemoScenario> &DemoScenario::all()
{
    static const QList<DemoScenario> list = build();
    return list;
}

const DemoScenario *DemoScenario::find(const QString &name)
{
    for (const DemoScenario &s : all()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString DemoScenario::listText()
{
    QString out;
    for (const DemoScenario &s : all()) {
        out += QStringLiteral("%1\n    %2\n    %3\n    expected finding: %4\n")
                   .arg(s.name, s.title, s.description, s.findingId);
    }
    return out;
}

} // namespace kuw::core
