// SPDX-License-Identifier: GPL-3.0-or-later
// Running-node detection over the Admin API (SimulatedKongNode on loopback — a simulated node,
// not Kong) reconciled with a real seeded scratch datastore; and `check --node` of the real CLI.
#include "support/CliRunner.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

#include "assessment/Assessment.h"
#include "assessment/ReadOnlySession.h"
#include "cluster/SimulatedKongNode.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace kuw::core;
using kuw::test::DatabaseTest;

class RunningNodes : public DatabaseTest
{
protected:
    /// A simulated node that says it uses this test's database.
    std::unique_ptr<SimulatedKongNode> node(const QString &name, const QString &version)
    {
        auto n = std::make_unique<SimulatedKongNode>(name, version);
        n->setDatastore(QStringLiteral("127.0.0.1"), 5432, m_db);
        EXPECT_TRUE(n->start());
        return n;
    }

    Assessment assess(const QList<QUrl> &urls, const QString &target = QStringLiteral("2.5.2"))
    {
        auto config = KongConfig::fromText({}, QStringLiteral("kong.conf"));
        auto paths = UpgradePath::loadEmbedded();
        EXPECT_TRUE(config && paths);
        AssessmentOptions options;
        options.target = KongVersion::parse(target).value();
        NodeProbeOptions probe;
        probe.timeout = std::chrono::milliseconds(3000);
        options.nodes = probeNodes(urls, probe);
        auto conn = openReadOnlySession(settings());
        EXPECT_TRUE(conn);
        auto a = runAssessment(conn->get(), *config, kuw::test::catalog(), *paths, options);
        EXPECT_TRUE(a) << (a ? "" : qPrintable(a.error().toString()));
        return a ? *a : Assessment();
    }

};

TEST_F(RunningNodes, NodesThatAgreeWithTheSchemaDateTheSource)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.4.1")).ok());
    auto a1 = node("a1", "2.4.1");
    auto a2 = node("a2", "2.4.1");
    const Assessment a = assess({a1->adminUrl(), a2->adminUrl()});
    const Finding *detected = a.finding("nodes.detected");
    ASSERT_TRUE(detected) << qPrintable(a.toText());
    EXPECT_EQ(detected->severity, Severity::Info);
    EXPECT_TRUE(detected->evidence.contains("Kong 2.4.1 (oss)")) << qPrintable(detected->evidence);
    EXPECT_TRUE(detected->evidence.contains("simulated-a2"));
    for (const char *id : {"nodes.schema_behind", "nodes.schema_ahead", "nodes.mixed_versions", "nodes.unreachable",
                           "nodes.other_datastore"})
        EXPECT_FALSE(a.finding(id)) << id << "\n" << qPrintable(a.toText());
    ASSERT_EQ(a.nodes.size(), 2);
    EXPECT_EQ(a.toJson().value("nodes").toArray().at(0).toObject().value("version").toString(), "2.4.1");
    // The nodes' version, not the schema level's lowest release, is the source.
    EXPECT_FALSE(a.finding("path.hops_required")) << qPrintable(a.toText());
}

TEST_F(RunningNodes, NodesAheadOfTheSchemaMeanUpWasNeverRun)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.1.4")).ok());
    auto n = node("behind", "2.4.1");
    const Assessment a = assess({n->adminUrl()});
    const Finding *f = a.finding("nodes.schema_behind");
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Blocker);
    EXPECT_TRUE(f->title.contains("2.4.1")) << qPrintable(f->title);
    EXPECT_TRUE(f->title.contains("2.1.")) << qPrintable(f->title);
    EXPECT_TRUE(f->evidence.contains("core/")) << qPrintable(f->evidence);
    // The path is still planned from the schema (2.1), not from what the nodes claim.
    ASSERT_TRUE(a.level.highest);
    EXPECT_EQ(a.level.highest->minor(), 1);
}

TEST_F(RunningNodes, OldNodesBetweenUpAndFinishAreExplained)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.0.5")).ok());
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Up, QStringLiteral("2.1.4")).ok());
    auto n = node("old", "2.0.5");
    Assessment a = assess({n->adminUrl()});
    const Finding *f = a.finding("nodes.schema_ahead");
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Info);
    EXPECT_TRUE(f->title.contains("between 'up' and 'finish'")) << qPrintable(f->title);

    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Finish, QStringLiteral("2.1.4")).ok());
    a = assess({n->adminUrl()});
    f = a.finding("nodes.schema_ahead");
    ASSERT_TRUE(f) << qPrintable(a.toText());
    EXPECT_EQ(f->severity, Severity::Warning);
}

TEST_F(RunningNodes, MixedVersionsUnreachableNodesAndAnotherDatastore)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.1.4")).ok());
    auto a1 = node("m1", "2.1.4");
    auto a2 = node("m2", "2.4.1");
    auto down = node("down", "2.1.4");
    down->stop();
    auto other = node("other", "2.1.4");
    other->setDatastore(QStringLiteral("10.0.0.9"), 5432, QStringLiteral("kong_staging"));
    const Assessment a = assess({a1->adminUrl(), a2->adminUrl(), down->adminUrl(), other->adminUrl()});
    const Finding *mixed = a.finding("nodes.mixed_versions");
    ASSERT_TRUE(mixed) << qPrintable(a.toText());
    EXPECT_TRUE(mixed->evidence.contains("2.4.1: simulated-m2")) << qPrintable(mixed->evidence);
    const Finding *unreachable = a.finding("nodes.unreachable");
    ASSERT_TRUE(unreachable) << qPrintable(a.toText());
    EXPECT_TRUE(unreachable->evidence.contains(QString::number(down->port()))) << qPrintable(unreachable->evidence);
    EXPECT_TRUE(unreachable->evidence.contains("refused")) << qPrintable(unreachable->evidence);
    const Finding *elsewhere = a.finding("nodes.other_datastore");
    ASSERT_TRUE(elsewhere) << qPrintable(a.toText());
    EXPECT_TRUE(elsewhere->evidence.contains("kong_staging")) << qPrintable(elsewhere->evidence);
    // 2.4.1 nodes on a 2.1.4 schema: `up` for 2.4.1 never ran; the 2.1.4 node is fine.
    const Finding *behind = a.finding("nodes.schema_behind");
    ASSERT_TRUE(behind) << qPrintable(a.toText());
    EXPECT_TRUE(behind->evidence.contains("simulated-m2")) << qPrintable(behind->evidence);
    EXPECT_FALSE(behind->evidence.contains("simulated-m1"));
}

TEST_F(RunningNodes, EnterpriseNodesMakeTheAssessmentEnterprise)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.4.1")).ok());
    auto n = node("ee", "2.4.1.0-enterprise-edition");
    const Assessment a = assess({n->adminUrl()}, QStringLiteral("2.5.0"));
    EXPECT_EQ(a.edition, Edition::Enterprise) << qPrintable(a.toText());
    EXPECT_TRUE(a.finding("nodes.detected")->evidence.contains("(enterprise)"));
}

TEST_F(RunningNodes, CliCheckAsksTheNodes)
{
    ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.1.4")).ok());
    // The CLI runs while this thread waits for it: the node answers from a helper thread.
    QThread helper;
    auto *sim = new SimulatedKongNode(QStringLiteral("cli"), QStringLiteral("2.4.1"));
    sim->setDatastore(QStringLiteral("127.0.0.1"), 5432, m_db);
    sim->moveToThread(&helper);
    QObject::connect(&helper, &QThread::finished, sim, &QObject::deleteLater);
    helper.start();
    bool started = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(sim, "start", Qt::BlockingQueuedConnection, Q_RETURN_ARG(bool, started),
                                          Q_ARG(quint16, 0)));
    ASSERT_TRUE(started);
    const QString url = sim->adminUrl().toString();

    kuw::test::CliRun r = kuw::test::runCli({"check", "--to", "2.5.2", "--json", "--node", url, "--node-timeout", "3000"},
                                            kuw::test::kongEnvFor(m_db));
    EXPECT_EQ(r.exitCode, 20) << qPrintable(r.out + r.err);
    const QJsonObject obj = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(obj["nodes"][0]["version"].toString(), "2.4.1") << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains("nodes.schema_behind")) << qPrintable(r.out);

    r = kuw::test::runCli({"check", "--node", "ftp://nowhere"}, kuw::test::kongEnvFor(m_db));
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.err.contains("--node")) << qPrintable(r.err);

    ASSERT_TRUE(QMetaObject::invokeMethod(sim, "stop", Qt::BlockingQueuedConnection));
    helper.quit();
    ASSERT_TRUE(helper.wait(5000));
}
