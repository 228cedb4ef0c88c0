// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades of seeded datastores to 2.5.2 must end exactly where real Kong's `up` + `finish`
// ends: schema (the 2.5.2 reference fixture, plus the legacy `apis` leftovers of 1.x
// datastores), schema_meta rows in Kong's recording order, and every seeded row with the values
// Kong's teardowns give it. Between `up` and `finish` the old version must keep working.
//
// Per start version: bootstrap with our engine, load tests/data/seeds/<seed>.sql (the newest
// seed ≤ start), `up`, run the old node's statements (the seed's second part), `finish`.
// Expected values come from Kong's migration code (2.5.0 tag): core 003 (created_at
// truncation), 005 (upstream algorithm), 007/008 (path_handling), 008 (run_on, cluster_ca),
// 009 + operations/200_to_210 (ws_id, cache keys, cert_digest), 012 (duplicate targets),
// acl/bot-detection/ip-restriction 2.1 renames (cjson re-encoding).
#include "db/PgConnection.h"
#include "support/EngineHarness.h"
#include "support/Fixtures.h"
#include "support/TestPostgres.h"
#include "support/UpgradeChecks.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace kuw;
using core::MigrationCommand;
using kuw::test::DatabaseTest;
using test::Row;
using test::Snapshot;
using test::versionBefore;

namespace {

const QString kTarget = QStringLiteral("2.5.2");

// ---------------------------------------------------------------------------------------------
// Expected values written from Kong's teardown code.

/// Plugin configs after the 2.1 rename (acl 003, bot-detection 001, ip-restriction 001 on a
/// datastore that began before 2.1): whitelist → allow, blacklist → deny (an absent key
/// removes its new name), then cjson re-encodes the whole object: empty arrays become {},
/// numbers go through a double printed with %.14g.
const QMap<QString, QString> kRenamedConfigs = {
    {"d0000000-0000-4000-8000-000000000002", R"({"allow": ["admins", "ops"], "deny": null, "hide_groups_header": false})"},
    {"d0000000-0000-4000-8000-000000000003", R"({"allow": null, "deny": ["banned"], "hide_groups_header": true})"},
    {"d0000000-0000-4000-8000-000000000004", R"({"allow": {}, "deny": ["badbot", "evil/1.0"]})"},
    {"d0000000-0000-4000-8000-000000000005", R"({"allow": null, "deny": ["10.0.0.0/8", "192.168.0.1"]})"},
    {"d0000000-0000-4000-8000-000000000006",
     R"({"allow": ["127.0.0.1"], "x_ratio": 1, "x_big": 12345678901235000, "x_scaled": 2.5, "x_int": 42,)"
     R"( "x_pi": 3.1415926535898, "x_tiny": 0.0000001, "x_nested": {"list": {}, "whitelist": ["n"], "obj": {},)"
     R"( "deep": {"empty": {}}}, "x_arr": [1, null, {}, "s"], "x_null": null, "x_bool": false})"},
    {"d0000000-0000-4000-8000-000000000020", R"({"allow": ["window-group"], "deny": null, "hide_groups_header": false})"},
};
const QStringList kRenamedPlugins = {"acl", "bot-detection", "ip-restriction"};

/// One fact about the datastore: a query returning one text value ({ws} = default workspace id).
struct Fact
{
    QString sql;
    QString expected;
};

QString id(char table, int n)
{
    static const QMap<char, QString> prefix = {{'s', "a0000000"}, {'r', "b0000000"}, {'c', "c0000000"},
                                               {'p', "d0000000"}, {'a', "ac000000"}, {'u', "0b000000"},
                                               {'t', "7a000000"}, {'x', "ca000000"}, {'i', "9a000000"}};
    return QStringLiteral("%1-0000-4000-8000-%2").arg(prefix.value(table)).arg(n, 12, 10, QLatin1Char('0'));
}

QString quoted(const QString &s)
{
    return "'" + s + "'";
}

/// What the old node reads back after `up` and before `finish` (its statements in the seed's
/// second part ran without error).
QList<Fact> factsBetweenUpAndFinish(const QString &start, const QString &seed)
{
    QList<Fact> f = {
        {"SELECT username FROM consumers WHERE id = " + quoted(id('c', 9)), "window-user"},
        {"SELECT count(*) FROM keyauth_credentials WHERE key = 'window-key' AND ws_id = '{ws}'", "1"},
        {"SELECT name FROM routes WHERE id = " + quoted(id('r', 9)), "window-route"},
        {"SELECT value FROM ratelimiting_metrics WHERE identifier = '10.0.0.5' AND period = 'minute' AND service_id = " +
             quoted(id('s', 1)),
         "8"},
    };
    if (versionBefore(seed, "2.1.0")) {
        // the old node still finds its plugins and acls by its own cache keys
        f << Fact{"SELECT id FROM plugins WHERE cache_key = 'plugins:rate-limiting::::'", id('p', 1)}
          << Fact{"SELECT id FROM acls WHERE cache_key = 'acls:" + id('c', 1) + ":admins:::'", id('a', 1)}
          << Fact{"SELECT count(*) FROM basicauth_credentials WHERE username = 'short-lived'", "0"} // cascade
          << Fact{"SELECT count(*) FROM plugins WHERE id = " + quoted(id('p', 19)) + " AND ws_id = '{ws}'", "1"};
    }
    if (versionBefore(start, "2.0.0"))
        f << Fact{"SELECT run_on FROM plugins WHERE id = " + quoted(id('p', 19)), "first"};
    if (versionBefore(start, "1.5.0")) // core 007 adds path_handling DEFAULT 'v1', 008 then sets 'v0'
        f << Fact{"SELECT string_agg(path_handling, ',' ORDER BY id) FROM routes", "v1,v1,v1,v1,v1,v0"};
    return f;
}

/// Literal end states after `finish`, per seed and start version.
QList<Fact> factsAfterFinish(const QString &start, const QString &seed)
{
    const bool oneX = versionBefore(seed, "2.0.0");
    const bool beforeWs = versionBefore(seed, "2.1.0");
    QList<Fact> f = {
        {"SELECT coalesce(to_regclass('cluster_ca')::text, 'absent')", "absent"},
        {"SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
         "AND table_name = 'plugins' AND column_name = 'run_on'",
         "0"},
        // 7-part cache keys, the workspace appended exactly once
        {"SELECT cache_key FROM plugins WHERE id = " + quoted(id('p', 1)), "plugins:rate-limiting:::::{ws}"},
        {"SELECT cache_key FROM plugins WHERE id = " + quoted(id('p', 7)), "plugins:rate-limiting:::" + id('c', 2) + "::{ws}"},
        {"SELECT cache_key FROM plugins WHERE id = " + quoted(id('p', 12)),
         "plugins:request-termination:" + id('r', 1) + "::" + id('c', 3) + "::{ws}"},
        {"SELECT cache_key FROM acls WHERE id = " + quoted(id('a', 1)), "acls:" + id('c', 1) + ":admins::::{ws}"},
        {"SELECT count(*) FROM plugins WHERE cache_key LIKE '%{ws}%{ws}%'", "0"},
        {"SELECT count(*) FROM acls WHERE cache_key NOT LIKE '%::::{ws}'", "0"},
        // 0.14's api-scoped plugin: its 1.x key does not end with ':' and is left alone
        {"SELECT count(*) FROM plugins WHERE cache_key NOT LIKE '%:{ws}'", oneX ? "1" : "0"},
        // not renamed: numbers keep their scale
        {"SELECT config->>'sample_ratio' FROM plugins WHERE id = " + quoted(id('p', 9)), "1.0"},
    };
    if (oneX)
        f << Fact{"SELECT cache_key FROM plugins WHERE id = " + quoted(id('p', 10)), "plugins:cors::::" + id('i', 1)};
    else
        f << Fact{"SELECT cache_key FROM plugins WHERE id = " + quoted(id('p', 10)), "plugins:cors::" + id('s', 2) + ":::{ws}"};
    if (beforeWs)
        f << Fact{"SELECT cache_key FROM acls WHERE id = " + quoted(id('a', 9)), "acls:" + id('c', 9) + ":window-group::::{ws}"};

    // core 005 (teardown only runs when it is pending, i.e. from a start before 1.3)
    if (seed == "1.0.4")
        f << Fact{"SELECT string_agg(coalesce(algorithm, 'NULL'), ',' ORDER BY id) FROM upstreams",
                  versionBefore(start, "1.3.0") ? "round-robin,consistent-hashing,consistent-hashing,round-robin"
                                                : "NULL,NULL,NULL,NULL"};
    else if (beforeWs)
        f << Fact{"SELECT string_agg(algorithm, ',' ORDER BY id) FROM upstreams",
                  "least-connections,consistent-hashing,consistent-hashing,round-robin"};
    else
        f << Fact{"SELECT string_agg(algorithm, ',' ORDER BY id) FROM upstreams",
                  "least-connections,consistent-hashing,consistent-hashing"};

    // core 007/008: rows of a 1.0–1.4 datastore get 'v1'; rows written later keep their value
    if (seed == "1.0.4") // only used for starts before 1.5
        f << Fact{"SELECT string_agg(path_handling, ',' ORDER BY id) FROM routes", "v1,v1,v1,v1,v1,v0"};
    else if (seed == "1.5.1")
        f << Fact{"SELECT string_agg(path_handling, ',' ORDER BY id) FROM routes", "v1,v1,v1,v1,v0,v1,v1"};
    else
        f << Fact{"SELECT string_agg(path_handling, ',' ORDER BY id) FROM routes", "v0,v0,v0,v0,v1,v0,v0"};

    // core 012: older duplicate targets go, equal created_at all stay (1.1's 003 first
    // truncated targets to milliseconds, which makes 06 and 07 equal on a 1.0 datastore)
    QString targets;
    if (seed == "1.0.4")
        targets = versionBefore(start, "1.1.0") ? "02,04,05,06,07,08,09,10" : "02,04,05,07,08,09,10";
    else if (seed == "1.5.1" || seed == "2.0.5")
        targets = "02,04,05,06,07,08,09,10";
    else if (seed == "2.1.4")
        targets = versionBefore(start, "2.2.0") ? "02,04,05,06,07,08,09" : "01,02,03,04,05,06,07,08,09";
    else
        targets = "02,03,04,07,08,09";
    f << Fact{"SELECT string_agg(right(id::text, 2), ',' ORDER BY id) FROM targets", targets};

    // core 003 (1.1): created_at of consumers, plugins, upstreams to seconds; not of apis
    if (versionBefore(start, "1.1.0")) {
        f << Fact{"SELECT created_at::text FROM consumers WHERE id = " + quoted(id('c', 4)), "2020-01-03 00:00:03+00"}
          << Fact{"SELECT created_at::text FROM plugins WHERE id = " + quoted(id('p', 1)), "2020-01-10 00:00:00+00"}
          << Fact{"SELECT created_at::text FROM upstreams WHERE id = " + quoted(id('u', 1)), "2020-01-06 00:00:00+00"}
          << Fact{"SELECT created_at::text FROM apis WHERE id = " + quoted(id('i', 1)), "2018-06-01 00:00:00.123+00"};
    }
    if (!versionBefore(seed, "1.5.0")) {
        f << Fact{"SELECT entity_name || ' ' || tags::text FROM tags WHERE entity_id = " + quoted(id('s', 1)),
                  "services {billing,team-a}"};
        // core 009: the digest of a chain is that of its first certificate
        f << Fact{"SELECT cert_digest FROM ca_certificates WHERE id = " + quoted(id('x', 2)), "{digest:ca-two}"};
    }
    return f;
}

// ---------------------------------------------------------------------------------------------
// Row comparison: what `up` and `finish` may change, by rule.

/// Truncates an ISO timestamp's fraction ("…T00:00:01.1236+00:00") to `digits` (0 = seconds).
QString truncateFraction(const QString &ts, int digits)
{
    static const QRegularExpression re(QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?(.*)$"));
    const auto m = re.match(ts);
    if (!m.hasMatch())
        return ts;
    QString frac = m.captured(2).left(digits);
    while (frac.endsWith('0'))
        frac.chop(1);
    return m.captured(1) + (frac.isEmpty() ? QString() : "." + frac) + m.captured(3);
}

QString show(const std::optional<QString> &v)
{
    return v ? *v : QStringLiteral("NULL");
}

class UpgradeParity : public DatabaseTest, public ::testing::WithParamInterface<const char *>
{
protected:
    QString start() const { return QString::fromLatin1(GetParam()); }

    QString one(const QString &sql)
    {
        auto c = connect();
        auto r = c->exec(sql);
        EXPECT_TRUE(r) << qPrintable(sql) << ": " << (r ? "" : qPrintable(r.error().toString()));
        return r && r->rows() == 1 ? (r->isNull(0, 0) ? QStringLiteral("NULL") : r->value(0, 0)) : QStringLiteral("<no row>");
    }

    QString expand(QString text) const
    {
        text.replace("{ws}", m_ws);
        static const QRegularExpression digest(QStringLiteral("\\{digest:([a-z0-9-]+)\\}"));
        for (auto m = digest.match(text); m.hasMatch(); m = digest.match(text)) {
            QFile f(QStringLiteral(KUW_TEST_DATA_DIR "/certs/") + m.captured(1) + ".pem");
            EXPECT_TRUE(f.open(QIODevice::ReadOnly));
            text.replace(m.captured(0), test::certDigest(QString::fromLatin1(f.readAll())));
        }
        return text;
    }

    void expectFacts(const QList<Fact> &facts)
    {
        for (const Fact &f : facts)
            EXPECT_EQ(one(expand(f.sql)).toStdString(), expand(f.expected).toStdString()) << qPrintable(expand(f.sql));
    }

    QString jsonbText(const QString &json) { return one("SELECT " + connect()->quoteLiteral(json) + "::jsonb::text"); }

    void expectSchemaMeta(const QMap<QString, test::MetaRow> &expected, const char *when)
    {
        SCOPED_TRACE(when);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            EXPECT_EQ(test::schemaMetaRow(settings(), it.key()).toStdString(), it->toString().toStdString())
                << "schema_meta row of " << qPrintable(it.key());
        EXPECT_EQ(one("SELECT count(*) FROM schema_meta"), QString::number(expected.size()));
    }

    /// Every table with a ws_id column: all rows in the default workspace.
    void expectEveryRowInDefaultWorkspace()
    {
        auto c = connect();
        auto tables = c->exec("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                              "AND column_name = 'ws_id' ORDER BY 1");
        ASSERT_TRUE(tables);
        EXPECT_EQ(tables->rows(), 16); // 8 core entities, 8 credential tables (§2.4)
        for (int i = 0; i < tables->rows(); ++i)
            EXPECT_EQ(one("SELECT count(*) FROM " + tables->value(i, 0) + " WHERE ws_id IS DISTINCT FROM '" + m_ws + "'"), "0")
                << "rows outside the default workspace in " << qPrintable(tables->value(i, 0));
    }

    /// `up` only adds: every row survives with its values (1.1's created_at truncation aside);
    /// new columns are NULL, except ws_id (the default workspace) and a 1.0–1.4 path_handling.
    void expectUpKeptRows(const Snapshot &before, const Snapshot &after)
    {
        const bool truncates = versionBefore(start(), "1.1.0");
        for (auto t = before.begin(); t != before.end(); ++t) {
            ASSERT_TRUE(after.contains(t.key())) << "table lost by up: " << qPrintable(t.key());
            const auto &rowsAfter = after[t.key()];
            for (auto r = t->begin(); r != t->end(); ++r) {
                const QString where = t.key() + " " + r.key();
                if (!rowsAfter.contains(r.key())) {
                    ADD_FAILURE() << "row lost by up: " << qPrintable(where);
                    continue;
                }
                const Row &now = rowsAfter[r.key()];
                for (auto col = now.begin(); col != now.end(); ++col) {
                    std::optional<QString> want;
                    if (r->contains(col.key())) {
                        want = r->value(col.key());
                        if (truncates && col.key() == "created_at" && want) {
                            if (t.key() == "consumers" || t.key() == "plugins" || t.key() == "upstreams")
                                want = truncateFraction(*want, 0);
                            else if (t.key() == "targets")
                                want = truncateFraction(*want, 3);
                        }
                    } else if (col.key() == "ws_id") {
                        want = m_ws;
                    } else if (t.key() == "routes" && col.key() == "path_handling") {
                        want = QStringLiteral("v1");
                    }
                    EXPECT_EQ(show(*col).toStdString(), show(want).toStdString())
                        << "after up: " << qPrintable(where) << " column " << qPrintable(col.key());
                }
                for (auto col = r->begin(); col != r->end(); ++col)
                    EXPECT_TRUE(now.contains(col.key())) << "column lost by up: " << qPrintable(where + " " + col.key());
            }
        }
    }

    /// `finish` runs the teardowns: each seeded or old-node row ends with Kong's values.
    void expectFinishRewroteRows(const Snapshot &before, const Snapshot &after, const QSet<QString> &olderTargets)
    {
        const QString s = start();
        for (auto t = before.begin(); t != before.end(); ++t) {
            const QString table = t.key();
            if (table == "cluster_ca" && versionBefore(s, "2.0.0")) { // core 008 teardown
                EXPECT_FALSE(after.contains(table));
                continue;
            }
            ASSERT_TRUE(after.contains(table)) << "table lost by finish: " << qPrintable(table);
            const auto &rowsAfter = after[table];
            for (auto r = t->begin(); r != t->end(); ++r) {
                const QString where = table + " " + r.key();
                // a deleted target takes its `tags` row along (the 1.1+ tags trigger)
                const bool deleted = (table == "targets" || table == "tags") && olderTargets.contains(r.key());
                EXPECT_EQ(rowsAfter.contains(r.key()), !deleted) << qPrintable(where);
                if (deleted || !rowsAfter.contains(r.key()))
                    continue;
                const Row &now = rowsAfter[r.key()];
                for (auto col = r->begin(); col != r->end(); ++col) {
                    const QString &name = col.key();
                    std::optional<QString> want = *col;
                    if (table == "plugins" && name == "run_on" && versionBefore(s, "2.0.0")) {
                        EXPECT_FALSE(now.contains(name)) << qPrintable(where);
                        continue;
                    }
                    if ((table == "plugins" || table == "acls") && name == "cache_key" && versionBefore(s, "2.1.0") &&
                        want && want->endsWith(':'))
                        want = *want + ":" + m_ws;
                    if (table == "plugins" && name == "config" && versionBefore(s, "2.1.0") &&
                        kRenamedPlugins.contains(show(r->value("name")))) {
                        EXPECT_TRUE(kRenamedConfigs.contains(r.key())) << "no expected config for " << qPrintable(where);
                        want = jsonbText(kRenamedConfigs.value(r.key()));
                    }
                    if (table == "upstreams" && name == "algorithm" && versionBefore(s, "1.3.0") && (!want || want->isEmpty()))
                        want = r->value("hash_on") == QStringLiteral("none") ? "round-robin" : "consistent-hashing";
                    if (table == "ca_certificates" && name == "cert_digest" && versionBefore(s, "2.1.0"))
                        want = test::certDigest(show(r->value("cert")));
                    EXPECT_TRUE(now.contains(name)) << "column lost by finish: " << qPrintable(where + " " + name);
                    EXPECT_EQ(show(now.value(name)).toStdString(), show(want).toStdString())
                        << "after finish: " << qPrintable(where) << " column " << qPrintable(name);
                }
                for (auto col = now.begin(); col != now.end(); ++col)
                    EXPECT_TRUE(r->contains(col.key())) << "column added by finish: " << qPrintable(where + " " + col.key());
            }
            for (auto r = rowsAfter.begin(); r != rowsAfter.end(); ++r)
                EXPECT_TRUE(t->contains(r.key())) << "row added by finish: " << qPrintable(table + " " + r.key());
        }
    }

    /// The 2.5.2 fixture schema; a datastore that began on 1.x also keeps `apis` and
    /// plugins.api_id with its foreign key and index (kong-upgrade-facts.md §2.6).
    void expectTargetSchema()
    {
        const QString expected = test::fixtureText(kTarget, "schema.txt");
        QStringList actual = test::schemaDump(settings()).split('\n');
        QStringList legacy;
        for (const QString &l : actual)
            if (l == "table apis" || l.startsWith("table apis ") || (l.startsWith("table plugins ") && l.contains("api_id")))
                legacy << l;
        if (versionBefore(start(), "2.0.0")) {
            EXPECT_TRUE(legacy.contains("table apis"));
            EXPECT_TRUE(legacy.contains("table plugins column api_id uuid"));
            EXPECT_TRUE(legacy.contains("table plugins constraint plugins_api_id_fkey FOREIGN KEY (api_id) REFERENCES apis(id) ON DELETE CASCADE"));
            EXPECT_TRUE(legacy.contains("table plugins index CREATE INDEX plugins_api_id_idx ON public.plugins USING btree (api_id)"));
            EXPECT_EQ(legacy.filter(QRegularExpression("^table plugins ")).size(), 3) << qPrintable(legacy.join('\n'));
            for (const QString &l : legacy)
                actual.removeOne(l);
        } else {
            EXPECT_TRUE(legacy.isEmpty()) << qPrintable(legacy.join('\n'));
        }
        EXPECT_TRUE(actual.join('\n') == expected) << qPrintable(test::unifiedDiff(expected, actual.join('\n')));
    }

    /// Every column of the start version's schema still exists after `up` (old nodes keep working).
    void expectOldColumnsKept()
    {
        const QString after = test::schemaDump(settings());
        for (const QString &l : test::fixtureText(start(), "schema.txt").split('\n')) {
            const QStringList parts = l.split(' ');
            if (parts.size() >= 4 && parts[0] == "table" && parts[2] == "column") {
                EXPECT_TRUE(after.contains("table " + parts[1] + " column " + parts[3] + " "))
                    << "up removed a column the old version uses: " << qPrintable(parts[1] + "." + parts[3]);
            }
        }
    }

    QString m_ws;
};

QString errorOf(const core::RunReport &r)
{
    return r.error ? r.error->toString() : QStringLiteral("cancelled");
}

} // namespace

TEST_P(UpgradeParity, SeededDatastoreEndsLikeRealKong)
{
    const QString from = start();
    const test::Seed seed = test::loadSeed(from);
    SCOPED_TRACE(("start " + from + ", seed " + seed.version).toStdString());

    // 1. bootstrap at the start version, 2. seed it the way that version's nodes write rows
    const auto boot = test::runEngine(settings(), MigrationCommand::Bootstrap, from);
    ASSERT_TRUE(boot.ok()) << qPrintable(errorOf(boot));
    sql(seed.beforeUp);
    if (HasFatalFailure())
        return;
    expectSchemaMeta(test::fixtureSchemaMeta(from), "after bootstrap");
    auto conn = connect();
    const Snapshot seeded = test::takeSnapshot(*conn);
    ASSERT_GE(seeded.value("plugins").size(), 12);
    ASSERT_GE(seeded.value("targets").size(), 5);
    const test::ExpectedMeta meta = test::expectedSchemaMeta(from, kTarget);

    // 3. up; the old version keeps working
    const auto up = test::runEngine(settings(), MigrationCommand::Up, kTarget);
    ASSERT_TRUE(up.ok()) << qPrintable(errorOf(up));
    m_ws = one("SELECT id FROM workspaces WHERE name = 'default'");
    ASSERT_EQ(m_ws.size(), 36);
    expectSchemaMeta(meta.afterUp, "after up");
    expectOldColumnsKept();
    expectUpKeptRows(seeded, test::takeSnapshot(*conn));
    sql(seed.betweenUpAndFinish); // the old node's own statements, as it sends them
    if (HasFatalFailure())
        return;
    expectFacts(factsBetweenUpAndFinish(from, seed.version));
    expectEveryRowInDefaultWorkspace();
    const Snapshot beforeFinish = test::takeSnapshot(*conn);

    // core 012 deletes a target when another row of the same (upstream, target) is newer
    QSet<QString> olderTargets;
    if (versionBefore(from, "2.2.0")) {
        auto r = conn->exec("SELECT t1.id FROM targets t1 WHERE EXISTS (SELECT 1 FROM targets t2 WHERE t2.upstream_id = "
                            "t1.upstream_id AND t2.target = t1.target AND t2.created_at > t1.created_at)");
        ASSERT_TRUE(r);
        for (int i = 0; i < r->rows(); ++i)
            olderTargets << r->value(i, 0);
    }

    // 4. finish
    const auto fin = test::runEngine(settings(), MigrationCommand::Finish, kTarget);
    ASSERT_TRUE(fin.ok()) << qPrintable(errorOf(fin));
    expectTargetSchema();
    expectSchemaMeta(meta.afterFinish, "after finish");
    expectFinishRewroteRows(beforeFinish, test::takeSnapshot(*conn), olderTargets);
    expectEveryRowInDefaultWorkspace();
    expectFacts(factsAfterFinish(from, seed.version));
}

INSTANTIATE_TEST_SUITE_P(KongOss, UpgradeParity,
                         ::testing::Values("1.0.4", "1.1.3", "1.2.3", "1.3.1", "1.4.3", "1.5.1", "2.0.5", "2.1.4",
                                           "2.2.2", "2.3.3", "2.4.1", "2.5.0", "2.5.2"),
                         [](const auto &info) { return QString::fromLatin1(info.param).replace('.', '_').toStdString(); });
