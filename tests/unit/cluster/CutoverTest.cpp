// SPDX-License-Identifier: GPL-3.0-or-later
// Blue-green cutover logic: checkpoint order and journal replay, traffic stages, decommission
// watch, node verdicts, Helm command generation; NodeVerifier against simulated Kong nodes.
#include "cluster/CutoverRules.h"
#include "cluster/HelmCommands.h"
#include "cluster/NodeVerifier.h"
#include "cluster/SimulatedKongNode.h"
#include "session/Checkpoints.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

JournalEvent asJournal(const Checkpoints::Event &e)
{
    return {QDateTime::currentDateTimeUtc(), QString::fromLatin1(Checkpoints::Step), e.event, e.detail, e.data};
}

TrafficSample sample(qint64 atMs, double oldRate, double newRate, bool oldUp = true)
{
    TrafficSample s;
    s.timestamp = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + atMs, Qt::UTC);
    s.oldRate = oldRate;
    s.newRate = newRate;
    if (oldRate + newRate > 0)
        s.newShare = newRate / (oldRate + newRate);
    s.newUp = 1;
    s.oldUp = oldUp ? 1 : 0;
    s.oldDown = oldUp ? 0 : 1;
    NodeSample o;
    o.side = ClusterSide::Old;
    o.up = oldUp;
    if (oldUp)
        o.rate = oldRate;
    NodeSample n;
    n.side = ClusterSide::New;
    n.up = true;
    n.rate = newRate;
    s.nodes = {o, n};
    return s;
}

} // namespace

TEST(Checkpoints, PassInOrderOnly)
{
    Checkpoints cp(DeploymentKind::Traditional);
    ASSERT_EQ(cp.count(), 4);
    EXPECT_FALSE(cp.pass("verified", "x")) << "verified before configured";
    EXPECT_FALSE(cp.pass("nonsense", "x"));
    ASSERT_TRUE(cp.pass("configured", "same db"));
    ASSERT_TRUE(cp.pass("verified", "ok"));
    EXPECT_EQ(cp.doneCount(), 2);
    EXPECT_EQ(cp.next()->id, "traffic");
    EXPECT_FALSE(cp.allDone());
    cp.reopen("verified", "node failed");
    EXPECT_EQ(cp.doneCount(), 1);
}

TEST(Checkpoints, KindsHaveTheirOwnSteps)
{
    EXPECT_EQ(Checkpoints(DeploymentKind::Hybrid).items().at(1).id, "control-plane");
    EXPECT_EQ(Checkpoints(DeploymentKind::Hybrid).items().at(2).id, "data-planes");
    const Checkpoints helm(DeploymentKind::KubernetesHelm, 3);
    ASSERT_EQ(helm.count(), 3);
    EXPECT_EQ(helm.items().at(2).id, "release-3");
}

TEST(Checkpoints, StagesPassTrafficAtTheLastOne)
{
    Checkpoints cp;
    cp.pass("configured", "");
    EXPECT_FALSE(cp.confirmStage(10.0)) << "traffic before verified";
    cp = Checkpoints();
    cp.pass("configured", "");
    cp.pass("verified", "");
    cp.setStages({25, 100});
    ASSERT_TRUE(cp.confirmStage(24.0));
    EXPECT_FALSE(cp.isDone("traffic"));
    ASSERT_TRUE(cp.confirmStage(100.0));
    EXPECT_TRUE(cp.isDone("traffic"));
    EXPECT_FALSE(cp.confirmStage(100.0)) << "no stage left";
}

TEST(Checkpoints, ParseStages)
{
    EXPECT_EQ(*Checkpoints::parseStages("10, 50, 100"), (QList<int>{10, 50, 100}));
    EXPECT_EQ(*Checkpoints::parseStages("5 % → 100 %"), (QList<int>{5, 100}));
    EXPECT_TRUE(Checkpoints::parseStages("10, 50").error().message.contains("end at 100"));
    EXPECT_TRUE(Checkpoints::parseStages("50, 10, 100").error().message.contains("does not follow"));
    EXPECT_TRUE(Checkpoints::parseStages("10, abc, 100").error().message.contains("\"abc\""));
    EXPECT_FALSE(Checkpoints::parseStages("0, 100"));
}

TEST(Checkpoints, RestoreReplaysTheJournal)
{
    QTemporaryDir dir;
    auto journal = Journal::create(dir.path(), "kong@db/kong", "guided-upgrade");
    ASSERT_TRUE(journal);
    Checkpoints cp(DeploymentKind::Traditional);
    auto log = [&](const Checkpoints::Event &e) { ASSERT_TRUE(journal->append(Checkpoints::Step, e.event, e.detail, e.data)); };
    log(cp.describeKind());
    log(cp.setNodes({{QUrl("http://admin:secret@10.0.0.1:8001"), false}, {QUrl("http://10.0.0.2:8001"), true}}));
    log(cp.setStages({30, 100}));
    log(*cp.pass("configured", "same db"));
    log(*cp.pass("verified", "ok"));
    log(*cp.confirmStage(29.5));
    ASSERT_TRUE(journal->append("up", "done", "unrelated"));

    auto loaded = Journal::load(journal->path());
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(QFile(journal->path()).readAll().contains("secret"));
    const Checkpoints back = Checkpoints::restore(loaded->events(), DeploymentKind::Hybrid);
    EXPECT_EQ(back.kind(), DeploymentKind::Traditional);
    EXPECT_EQ(back.doneCount(), 2);
    EXPECT_EQ(back.stages(), (QList<int>{30, 100}));
    EXPECT_EQ(back.stagesConfirmed(), 1);
    ASSERT_EQ(back.nodes().size(), 2);
    EXPECT_EQ(back.nodes().at(0).url.toString(), "http://10.0.0.1:8001") << "user info is never journaled";
    EXPECT_TRUE(back.nodes().at(1).isNew);

    // the last stage, replayed, passes traffic too
    Checkpoints more = back;
    auto last = more.confirmStage(99.8);
    ASSERT_TRUE(last);
    QList<JournalEvent> events = loaded->events();
    events.append(asJournal(*last));
    EXPECT_TRUE(Checkpoints::restore(events).isDone("traffic"));
}

TEST(StageTracker, NeedsConsecutiveSamplesNearTheStage)
{
    StageTracker t;
    t.setTarget(50);
    t.setSamplesNeeded(2);
    t.add(sample(0, 50, 48));
    EXPECT_FALSE(t.reached());
    t.add(sample(1000, 60, 40)); // 40 %: off by 10 points
    EXPECT_FALSE(t.reached());
    t.add(sample(2000, 50, 52));
    t.add(sample(3000, 49, 51));
    EXPECT_TRUE(t.reached());
    t.setTarget(100);
    t.add(sample(4000, 5, 95));
    t.add(sample(5000, 5, 95));
    EXPECT_FALSE(t.reached()) << "95 % is not the 100 % stage";
    t.add(sample(6000, 0, 100));
    t.add(sample(7000, 0, 100));
    EXPECT_TRUE(t.reached());
}

TEST(DecommissionWatch, QuietForThePeriodAndResetByTraffic)
{
    DecommissionWatch w;
    w.setPeriodSeconds(5);
    w.add(sample(0, 0.1, 100));
    w.add(sample(3000, 0, 100));
    EXPECT_FALSE(w.satisfied(sample(3000, 0, 0).timestamp));
    w.add(sample(4000, 20, 100)); // traffic came back
    EXPECT_FALSE(w.quietSince().has_value());
    w.add(sample(5000, 0, 100, false)); // down counts as quiet
    w.add(sample(11000, 0, 100, false));
    EXPECT_TRUE(w.satisfied(sample(11000, 0, 0).timestamp));
    EXPECT_EQ(w.quietForMs(sample(11000, 0, 0).timestamp), 6000);
}

TEST(NodeVerdict, VersionDatastoreAndReachability)
{
    NodeExpectations expect;
    expect.oldVersion = *KongVersion::parse("2.0.5");
    expect.targetVersion = *KongVersion::parse("2.5.2");
    expect.database = "kong";
    expect.host = "127.0.0.1";
    NodeInfo info;
    info.version = "2.5.0";
    info.role = "traditional";
    info.database = "postgres";
    info.pgDatabase = "kong";
    info.pgHost = "localhost";
    info.pgPort = 5432;
    NodeStatus status;
    status.databaseReachable = true;
    const CutoverNode fresh{QUrl("http://n:8001"), true};
    NodeCheck ok = evaluateNode(fresh, info, ApiResult<NodeStatus>(status), expect);
    EXPECT_TRUE(ok.ok()) << ok.problems.join('\n').toStdString();
    EXPECT_TRUE(ok.sameDatastore);
    EXPECT_TRUE(ok.notes.isEmpty()) << "localhost and 127.0.0.1 are both loopback";

    info.version = "2.4.1";
    NodeCheck wrong = evaluateNode(fresh, info, ApiResult<NodeStatus>(status), expect);
    EXPECT_FALSE(wrong.versionOk);
    EXPECT_TRUE(wrong.problems.join(' ').contains("2.5.x"));

    info.version = "2.5.1";
    info.pgDatabase = "kong_other";
    EXPECT_FALSE(evaluateNode(fresh, info, ApiResult<NodeStatus>(status), expect).sameDatastore);

    info.pgDatabase = "kong";
    status.databaseReachable = false;
    EXPECT_FALSE(evaluateNode(fresh, info, ApiResult<NodeStatus>(status), expect).ok());

    info.version = "2.0.4";
    status.databaseReachable = true;
    EXPECT_TRUE(evaluateNode({QUrl("http://o:8001"), false}, info, ApiResult<NodeStatus>(status), expect).ok());
}

TEST(HelmCommands, FirstRunsUpLastRunsFinish)
{
    HelmOptions opts;
    opts.imageTag = "2.5";
    auto releases = parseHelmReleases("kong/edge\nkong/internal, other/admin");
    ASSERT_TRUE(releases);
    auto cmds = helmUpgradeCommands(*releases, opts);
    ASSERT_TRUE(cmds);
    ASSERT_EQ(cmds->size(), 3);
    EXPECT_EQ(cmds->at(0).command.toStdString(),
              "helm upgrade edge kong/kong --namespace kong --reuse-values --set image.repository=kong "
              "--set image.tag=2.5 --set migrations.preUpgrade=true --set migrations.postUpgrade=false");
    EXPECT_TRUE(cmds->at(1).command.contains("migrations.preUpgrade=false --set migrations.postUpgrade=false"));
    EXPECT_TRUE(cmds->at(2).command.contains("--namespace other"));
    EXPECT_TRUE(cmds->at(2).command.endsWith("migrations.preUpgrade=false --set migrations.postUpgrade=true"));

    auto single = helmUpgradeCommands(*parseHelmReleases("kong"), opts);
    ASSERT_TRUE(single);
    EXPECT_TRUE(single->at(0).preUpgrade && single->at(0).postUpgrade);
}

TEST(HelmCommands, BadInputNamesLineAndField)
{
    const auto bad = parseHelmReleases("kong\nBad_Name");
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains("line 2")) << bad.error().message.toStdString();
    EXPECT_TRUE(bad.error().message.contains("release name"));
    EXPECT_FALSE(parseHelmReleases("  \n"));
    EXPECT_FALSE(parseHelmReleases("a\na"));
    HelmOptions opts;
    opts.imageTag = "2.5; rm -rf /";
    EXPECT_TRUE(helmUpgradeCommands(*parseHelmReleases("kong"), opts).error().message.contains("image tag"));
}

TEST(NodeVerifier, VerifiesSimulatedNodesAndDetectsAWrongVersion)
{
    SimulatedKongNode oldNode("old-1", "2.0.5"), newNode("new-1", "2.5.0"), stale("new-2", "2.4.1");
    for (SimulatedKongNode *n : {&oldNode, &newNode, &stale}) {
        n->setDatastore("127.0.0.1", 5432, "kong");
        ASSERT_TRUE(n->start());
    }
    NodeExpectations expect;
    expect.oldVersion = *KongVersion::parse("2.0");
    expect.targetVersion = *KongVersion::parse("2.5.2");
    expect.database = "kong";
    expect.host = "127.0.0.1";
    NodeVerifier verifier;
    QSignalSpy done(&verifier, &NodeVerifier::finished);
    verifier.verify({{oldNode.adminUrl(), false}, {newNode.adminUrl(), true}, {stale.adminUrl(), true}}, expect);
    ASSERT_TRUE(done.wait(10000));
    const auto checks = done.first().first().value<QList<NodeCheck>>();
    ASSERT_EQ(checks.size(), 3);
    EXPECT_TRUE(checks.at(0).ok()) << checks.at(0).problems.join('\n').toStdString();
    EXPECT_TRUE(checks.at(1).ok()) << checks.at(1).problems.join('\n').toStdString();
    EXPECT_FALSE(checks.at(2).ok());
    EXPECT_FALSE(checks.at(2).versionOk);

    newNode.stop();
    verifier.verify({{newNode.adminUrl(), true}}, expect);
    ASSERT_TRUE(done.wait(10000));
    const auto down = done.last().first().value<QList<NodeCheck>>();
    ASSERT_TRUE(down.at(0).error.has_value());
    EXPECT_EQ(down.at(0).error->kind, AdminApiError::Kind::Unreachable);
}

TEST(NodeVerifier, HybridDataPlaneVersions)
{
    SimulatedKongNode cp("cp", "2.5.0");
    cp.setRole("control_plane");
    DataPlane a{"id-a", "dp-a", "10.0.0.1", "2.5.0", "normal", "h", 0};
    DataPlane b{"id-b", "dp-b", "10.0.0.2", "2.4.1", "normal", "h", 0};
    cp.setDataPlanes({a, b});
    ASSERT_TRUE(cp.start());
    NodeVerifier verifier;
    QSignalSpy dp(&verifier, &NodeVerifier::dataPlanesChecked);
    verifier.verifyDataPlanes(cp.adminUrl(), *KongVersion::parse("2.5.2"));
    ASSERT_TRUE(dp.wait(10000));
    auto check = dp.first().first().value<DataPlaneCheck>();
    EXPECT_EQ(check.dataPlanes.size(), 2);
    ASSERT_EQ(check.problems.size(), 1);
    EXPECT_TRUE(check.problems.first().contains("dp-b"));
    cp.setDataPlanes({a});
    verifier.verifyDataPlanes(cp.adminUrl(), *KongVersion::parse("2.5.2"));
    ASSERT_TRUE(dp.wait(10000));
    EXPECT_TRUE(dp.last().first().value<DataPlaneCheck>().ok());
}
