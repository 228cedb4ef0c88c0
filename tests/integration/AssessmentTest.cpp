// SPDX-License-Identifier: GPL-3.0-or-later
// Every preflight check against a real, seeded scratch datastore — and silent on a clean one.
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include "assessment/Assessment.h"
#include "assessment/ReadOnlySession.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"

#include <QFile>

using namespace kuw::core;
using kuw::test::DatabaseTest;

namespace {

QString certPem(const QString &name)
{
    QFile f(QStringLiteral(KUW_TEST_DATA_DIR "/certs/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(name);
    return QString::fromUtf8(f.readAll());
}

QStringList ids(const Assessment &a)
{
    QStringList out;
    for (const Finding &f : a.findings)
        out << f.id;
    return out;
}

} // namespace

class AssessmentChecks : public DatabaseTest
{
protected:
    void TearDown() override
    {
        DatabaseTest::TearDown();
        auto admin = PgConnection::open(kuw::test::TestPostgres::instance().settings());
        for (const QString &role : std::as_const(m_roles))
            (*admin)->execScript(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    void bootstrap(const QString &version, QStringList plugins = {QStringLiteral("bundled")})
    {
        Engine::Options o;
        o.plugins = plugins;
        const RunReport r = kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, version, o);
        ASSERT_TRUE(r.ok());
    }

    /// A login role unique to this test's database (roles are cluster-wide).
    QString role(const QString &stem)
    {
        const QString name = stem + QLatin1Char('_') + m_db;
        m_roles << name;
        return name;
    }

    Assessment assess(const QString &target = QStringLiteral("2.5.2"), const QString &conf = {},
                      std::optional<Edition> edition = {}, const QString &from = {}, const QString &user = {})
    {
        auto config = KongConfig::fromText(conf, QStringLiteral("kong.conf"));
        EXPECT_TRUE(config) << (config ? "" : qPrintable(config.error().toString()));
        auto paths = UpgradePath::loadEmbedded();
        EXPECT_TRUE(paths);
        AssessmentOptions options;
        options.target = KongVersion::parse(target).value();
        options.edition = edition;
        if (!from.isEmpty())
            options.from = KongVersion::parse(from);
        std::unique_ptr<PgConnection> conn;
        if (assessmentNeedsConnection(*config)) {
            ConnectionSettings s = settings();
            if (!user.isEmpty())
                s.user = user;
            auto c = openReadOnlySession(s);
            EXPECT_TRUE(c) << (c ? "" : qPrintable(c.error().toString()));
            if (!c)
                return {};
            conn = std::move(*c);
        }
        auto a = runAssessment(conn.get(), *config, kuw::test::catalog(), *paths, options);
        EXPECT_TRUE(a) << (a ? "" : qPrintable(a.error().toString()));
        return a ? *a : Assessment();
    }


    QStringList m_roles;
};

TEST_F(AssessmentChecks, ACleanDatastoreHasNoFindings)
{
    bootstrap(QStringLiteral("2.0.5"));
    const Assessment a = assess();
    EXPECT_TRUE(a.findings.isEmpty()) << qPrintable(a.toText());
    EXPECT_EQ(a.level.toString(), "2.0.0–2.0.5");
    EXPECT_FALSE(a.hasBlocker());
}

TEST_F(AssessmentChecks, PathHopsRequiredAndNotAllowed)
{
    bootstrap(QStringLiteral("2.0.5"));
    Assessment a = assess(QStringLiteral("2.5.0"), {}, Edition::Enterprise);
    const Finding *hops = a.finding(QStringLiteral("path.hops_required"));
    ASSERT_TRUE(hops) << qPrintable(a.toText());
    EXPECT_EQ(hops->severity, Severity::Warning);
    EXPECT_TRUE(hops->evidence.contains("2.3.x → 2.4.x")) << qPrintable(hops->evidence);

    a = assess(QStringLiteral("2.5.0"), {}, Edition::Enterprise, QStringLiteral("0.35"));
    const Finding *denied = a.finding(QStringLiteral("path.not_allowed"));
    ASSERT_TRUE(denied) << qPrintable(a.toText());
    EXPECT_EQ(denied->severity, Severity::Blocker);

    a = assess(QStringLiteral("2.5.2"), {}, Edition::Oss, QStringLiteral("1.5.1"));
    EXPECT_TRUE(a.finding(QStringLiteral("path.major_upgrade"))) << qPrintable(a.toText());
}

TEST_F(AssessmentChecks, PendingMigrationsFromAnUnfinishedUpgrade)
{
    bootstrap(QStringLiteral("2.0.5"));
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Up, QStringLiteral("2.1.4")).ok());
    const Assessment a = assess();
    const Finding *f = a.finding(QStringLiteral("migrations.pending"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Blocker);
    EXPECT_TRUE(f->evidence.contains("core/009_200_to_210")) << qPrintable(f->evidence);
}

TEST_F(AssessmentChecks, HeldLockNamesTheBlockingSession)
{
    bootstrap(QStringLiteral("2.0.5"));
    sql("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-7f3a', now() + interval '1 hour')");
    auto holder = connect();
    ASSERT_TRUE(holder->execScript("BEGIN; SELECT * FROM locks FOR UPDATE"));
    const Assessment a = assess();
    const Finding *f = a.finding(QStringLiteral("lock.held"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Blocker);
    EXPECT_TRUE(f->evidence.contains("node-7f3a"));
    EXPECT_TRUE(f->evidence.contains(QStringLiteral("pid %1").arg(holder->backendPid()))) << qPrintable(f->evidence);
    EXPECT_TRUE(f->evidence.contains("locks (RowShareLock)")) << qPrintable(f->evidence);
    holder->execScript("ROLLBACK");
}

TEST_F(AssessmentChecks, StaleLock)
{
    bootstrap(QStringLiteral("2.0.5"));
    sql("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'crashed-node', now() - interval '10 minutes')");
    const Assessment a = assess();
    const Finding *f = a.finding(QStringLiteral("lock.stale"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_FALSE(a.finding(QStringLiteral("lock.held")));
}

TEST_F(AssessmentChecks, UnknownSubsystemsAndMigrations)
{
    bootstrap(QStringLiteral("2.0.5"));
    sql("INSERT INTO schema_meta VALUES ('schema_meta', 'enterprise', '007_1500_to_2100', '{007_1500_to_2100}', '{}');"
        "UPDATE schema_meta SET executed = executed || '{900_custom_build}' WHERE subsystem = 'core'");
    const Assessment a = assess();
    const Finding *subs = a.finding(QStringLiteral("migrations.unknown_subsystems"));
    ASSERT_TRUE(subs) << qPrintable(a.toText());
    EXPECT_TRUE(subs->title.contains("Enterprise"));
    const Finding *names = a.finding(QStringLiteral("migrations.unknown"));
    ASSERT_TRUE(names);
    EXPECT_TRUE(names->evidence.contains("core/900_custom_build"));
}

TEST_F(AssessmentChecks, CassandraAndDbLessFromTheConfiguration)
{
    Assessment a = assess(QStringLiteral("2.5.2"), QStringLiteral("database = cassandra\n"));
    EXPECT_FALSE(a.connected);
    ASSERT_TRUE(a.finding(QStringLiteral("datastore.cassandra")));
    EXPECT_TRUE(a.hasBlocker());
    a = assess(QStringLiteral("2.5.2"), QStringLiteral("database = off\nrole = data_plane\n"));
    ASSERT_TRUE(a.finding(QStringLiteral("datastore.dbless"))) << qPrintable(a.toText());
    EXPECT_FALSE(a.hasBlocker());
}

TEST_F(AssessmentChecks, HybridControlPlaneListsDataPlanesAndRateLimitingCluster)
{
    bootstrap(QStringLiteral("2.3.3"));
    sql("INSERT INTO clustering_data_planes (id, hostname, ip, config_hash, version, sync_status) VALUES "
        "('d0000000-0000-4000-8000-000000000001', 'dp-eu-1', '10.0.0.11', 'abc', '2.3.3', 'normal'),"
        "('d0000000-0000-4000-8000-000000000002', 'dp-us-1', '10.0.0.12', 'abc', '2.6.0', 'normal');"
        "INSERT INTO plugins (id, name, config, enabled) VALUES "
        "('e0000000-0000-4000-8000-000000000001', 'rate-limiting-advanced', '{\"strategy\": \"cluster\"}', true)");
    Assessment a = assess(QStringLiteral("2.5.2"), QStringLiteral("role = control_plane\n"), Edition::Enterprise);
    const Finding *cp = a.finding(QStringLiteral("hybrid.control_plane"));
    ASSERT_TRUE(cp) << qPrintable(a.toText());
    EXPECT_TRUE(cp->evidence.contains("dp-eu-1 (10.0.0.11) version 2.3.3")) << qPrintable(cp->evidence);
    EXPECT_TRUE(cp->evidence.contains("dp-us-1 (10.0.0.12) version 2.6.0, normal")) << qPrintable(cp->evidence);
    EXPECT_TRUE(cp->evidence.contains("incompatible with a 2.5.2 Control Plane"));
    const Finding *rla = a.finding(QStringLiteral("hybrid.rla_cluster_strategy"));
    ASSERT_TRUE(rla);
    EXPECT_EQ(rla->severity, Severity::Blocker);

    a = assess(QStringLiteral("2.5.2"), {}, Edition::Enterprise); // traditional mode
    EXPECT_FALSE(a.finding(QStringLiteral("hybrid.control_plane")));
    EXPECT_FALSE(a.finding(QStringLiteral("hybrid.rla_cluster_strategy")));
}

TEST_F(AssessmentChecks, CustomPluginsAndPluginsInUseButNotEnabled)
{
    bootstrap(QStringLiteral("2.0.5"));
    sql("INSERT INTO plugins (id, name, config, enabled) VALUES "
        "('e0000000-0000-4000-8000-000000000002', 'acme-billing-guard', '{}', true),"
        "('e0000000-0000-4000-8000-000000000003', 'cors', '{}', true)");
    Assessment a = assess();
    const Finding *refused = a.finding(QStringLiteral("plugins.in_use_not_enabled"));
    ASSERT_TRUE(refused) << qPrintable(a.toText());
    EXPECT_EQ(refused->severity, Severity::Blocker);
    EXPECT_TRUE(refused->evidence.contains("acme-billing-guard (1 instances)"));
    EXPECT_FALSE(refused->evidence.contains("cors"));
    EXPECT_FALSE(a.finding(QStringLiteral("plugins.custom")));

    a = assess(QStringLiteral("2.5.2"), QStringLiteral("plugins = bundled,acme-billing-guard\n"));
    const Finding *custom = a.finding(QStringLiteral("plugins.custom"));
    ASSERT_TRUE(custom) << qPrintable(a.toText());
    EXPECT_TRUE(custom->evidence.contains("not bundled with Kong: acme-billing-guard"));
    EXPECT_FALSE(a.finding(QStringLiteral("plugins.in_use_not_enabled")));
}

TEST_F(AssessmentChecks, PluginNewlyAddedToPluginsNeedsUp)
{
    bootstrap(QStringLiteral("2.0.5"), {QStringLiteral("key-auth")});
    Assessment a = assess(QStringLiteral("2.0.5"), QStringLiteral("plugins = key-auth\n"));
    EXPECT_TRUE(a.findings.isEmpty()) << qPrintable(a.toText());
    a = assess(QStringLiteral("2.0.5"), QStringLiteral("plugins = key-auth,acl\n"));
    const Finding *f = a.finding(QStringLiteral("plugins.newly_added"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_TRUE(f->evidence.contains("acl"));
    EXPECT_FALSE(f->evidence.contains("key-auth"));
}

TEST_F(AssessmentChecks, RoleWithoutCreateOrOwnership)
{
    bootstrap(QStringLiteral("2.0.5"));
    const QString kong = role(QStringLiteral("kong_limited"));
    sql(QStringLiteral("CREATE ROLE %1 LOGIN; REVOKE CREATE ON SCHEMA public FROM PUBLIC; "
                       "GRANT USAGE ON SCHEMA public TO %1; GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
            .arg(kong));
    const Assessment a = assess(QStringLiteral("2.5.2"), {}, {}, {}, kong);
    const Finding *create = a.finding(QStringLiteral("postgres.no_create"));
    ASSERT_TRUE(create) << qPrintable(a.toText());
    EXPECT_EQ(create->severity, Severity::Blocker);
    const Finding *owner = a.finding(QStringLiteral("postgres.not_owner"));
    ASSERT_TRUE(owner);
    EXPECT_TRUE(owner->evidence.contains("schema_meta (owner postgres)")) << qPrintable(owner->evidence);
}

TEST_F(AssessmentChecks, ScramPasswordWithATargetWhoseDriverOnlySpeaksMd5)
{
    bootstrap(QStringLiteral("2.0.5"));
    const QString scram = role(QStringLiteral("kong_scram"));
    const QString md5 = role(QStringLiteral("kong_md5"));
    const QString plain = role(QStringLiteral("kong_plain"));
    sql(QStringLiteral("SET password_encryption = 'scram-sha-256'; CREATE ROLE %1 LOGIN SUPERUSER PASSWORD 'Scram-Only-Pw-1';"
                       "CREATE ROLE %3 LOGIN PASSWORD 'Scram-Only-Pw-3'; GRANT USAGE, CREATE ON SCHEMA public TO %3;"
                       "SET password_encryption = 'md5'; CREATE ROLE %2 LOGIN SUPERUSER PASSWORD 'Md5-Pw-2'")
            .arg(scram, md5, plain));
    Assessment a = assess(QStringLiteral("2.5.2"), {}, {}, {}, scram);
    const Finding *f = a.finding(QStringLiteral("postgres.scram_unsupported"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Blocker);
    EXPECT_TRUE(f->evidence.contains("pg_authid"));

    a = assess(QStringLiteral("2.8.2"), {}, {}, {}, scram);
    f = a.finding(QStringLiteral("postgres.scram_unsupported"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Warning);

    a = assess(QStringLiteral("2.5.2"), {}, {}, {}, md5);
    EXPECT_FALSE(a.finding(QStringLiteral("postgres.scram_unsupported"))) << qPrintable(a.toText());
    EXPECT_FALSE(a.finding(QStringLiteral("postgres.auth_unknown")));

    // A non-superuser sees neither pg_authid nor pg_hba_file_rules: an info finding.
    a = assess(QStringLiteral("2.5.2"), {}, {}, {}, plain);
    f = a.finding(QStringLiteral("postgres.auth_unknown"));
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Info);
}

TEST_F(AssessmentChecks, DataThatALaterMigrationWouldTripOver)
{
    bootstrap(QStringLiteral("2.0.5"));
    const QString pem = certPem(QStringLiteral("ca-one.pem"));
    sql(QStringLiteral(
            "INSERT INTO upstreams (id, name, slots) VALUES ('c0000000-0000-4000-8000-000000000001', 'billing-up', 10000);"
            "INSERT INTO targets (id, upstream_id, target, weight, created_at) VALUES "
            "('c1000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '10.0.0.1:80', 100, '2020-01-01'),"
            "('c1000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', '10.0.0.1:80', 50, '2020-01-02');"
            "INSERT INTO ca_certificates (id, cert) VALUES ('c2000000-0000-4000-8000-000000000001', %1),"
            "('c2000000-0000-4000-8000-000000000002', %2);"
            "SET session_replication_role = replica;"
            "INSERT INTO targets (id, upstream_id, target, weight) VALUES "
            "('c1000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-0000000000ff', '10.0.0.9:80', 100);")
            .arg(connect()->quoteLiteral(pem), connect()->quoteLiteral(QStringLiteral("issued by the old PKI\n") + pem)));
    const Assessment a = assess();
    const Finding *targets = a.finding(QStringLiteral("data.duplicate_targets"));
    ASSERT_TRUE(targets) << qPrintable(a.toText());
    EXPECT_EQ(targets->severity, Severity::Info);
    EXPECT_TRUE(targets->evidence.startsWith("1 older rows in 1 ")) << qPrintable(targets->evidence);
    const Finding *certs = a.finding(QStringLiteral("data.duplicate_ca_certificates"));
    ASSERT_TRUE(certs);
    EXPECT_EQ(certs->severity, Severity::Blocker);
    EXPECT_TRUE(certs->evidence.contains("c2000000-0000-4000-8000-000000000002"));
    const Finding *orphans = a.finding(QStringLiteral("data.orphaned_rows"));
    ASSERT_TRUE(orphans);
    EXPECT_TRUE(orphans->evidence.contains("targets.upstream_id → upstreams: 1 rows")) << qPrintable(orphans->evidence);

    // Once 2.2 is reached the targets were deduplicated: nothing left to report for 2.1.x targets.
    const Assessment to21 = assess(QStringLiteral("2.1.4"));
    EXPECT_FALSE(to21.finding(QStringLiteral("data.duplicate_targets"))) << qPrintable(ids(to21).join(','));
}

TEST_F(AssessmentChecks, AssessmentJsonListsFindings)
{
    bootstrap(QStringLiteral("2.0.5"));
    sql("INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'node-1', now() + interval '1 hour')");
    const QJsonObject json = assess().toJson();
    EXPECT_EQ(json["target"].toString(), "2.5.2");
    EXPECT_EQ(json["blockers"].toInt(), 1);
    const QJsonObject f = json["findings"][0].toObject();
    EXPECT_EQ(f["id"].toString(), "lock.held");
    EXPECT_EQ(f["severity"].toString(), "blocker");
    EXPECT_FALSE(f["evidence"].toString().isEmpty());
    EXPECT_FALSE(f["remedy"].toString().isEmpty());
}
