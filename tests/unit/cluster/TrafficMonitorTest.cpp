// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficMonitor over simulated old and new Kong nodes: rates, share, 5xx warning, node down.
#include "cluster/TrafficMonitor.h"
#include "cluster/AdminApiClient.h"
#include "cluster/SimulatedKongNode.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace kuw::core;
using namespace std::chrono_literals;

namespace {

class TrafficMonitorTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(oldNode.start());
        ASSERT_TRUE(newNode.start());
        monitor.setInterval(200ms);
        monitor.setNodes({{oldNode.adminUrl(), ClusterSide::Old, "old-1"},
                          {newNode.adminUrl(), ClusterSide::New, "new-1"}});
        connect();
    }

    void connect()
    {
        QObject::connect(&monitor, &TrafficMonitor::sampleReady, &monitor,
                         [this](const TrafficSample &s) { samples.append(s); });
    }

    /// Waits for `n` more samples and returns them.
    QList<TrafficSample> next(int n)
    {
        const qsizetype from = samples.size();
        EXPECT_TRUE(QTest::qWaitFor([&] { return samples.size() >= from + n; }, 10000)) << "too few samples";
        return samples.mid(from, n);
    }

    /// Average over `n` samples taken after the one that straddles a change.
    TrafficSample average(int n)
    {
        next(1);
        TrafficSample avg;
        double share = 0;
        for (const TrafficSample &s : next(n)) {
            avg.oldRate += s.oldRate / n;
            avg.newRate += s.newRate / n;
            share += s.newShare.value_or(-1.0) / n;
        }
        avg.newShare = share;
        return avg;
    }

    SimulatedKongNode oldNode{"old-1", "2.4.1"};
    SimulatedKongNode newNode{"new-1", "2.5.0"};
    TrafficMonitor monitor;
    QList<TrafficSample> samples;
};

} // namespace

TEST_F(TrafficMonitorTest, RatesAndShareFollowTheTrafficStage)
{
    applySimulatedTrafficStage(400, 0, {&oldNode}, {&newNode});
    monitor.start();
    TrafficSample a = average(4);
    EXPECT_NEAR(a.oldRate, 400, 60);
    EXPECT_NEAR(a.newRate, 0, 0.001);
    EXPECT_NEAR(*a.newShare, 0.0, 0.001);

    applySimulatedTrafficStage(400, 25, {&oldNode}, {&newNode});
    a = average(4);
    EXPECT_NEAR(a.oldRate, 300, 45);
    EXPECT_NEAR(a.newRate, 100, 15);
    EXPECT_NEAR(*a.newShare, 0.25, 0.04);

    applySimulatedTrafficStage(400, 100, {&oldNode}, {&newNode});
    a = average(4);
    EXPECT_NEAR(a.oldRate, 0, 0.001); // the monitor's own polling is not traffic
    EXPECT_NEAR(*a.newShare, 1.0, 0.001);

    const TrafficSample last = samples.last();
    EXPECT_EQ(last.oldUp, 1);
    EXPECT_EQ(last.newUp, 1);
    ASSERT_EQ(last.nodes.size(), 2);
    EXPECT_EQ(last.nodes[1].label, "new-1");
    EXPECT_TRUE(last.nodes[1].metricsAvailable);
    EXPECT_TRUE(last.timestamp.isValid());
}

TEST_F(TrafficMonitorTest, IdleClustersReadZeroWithoutShare)
{
    monitor.start();
    for (const TrafficSample &s : next(3)) {
        EXPECT_EQ(s.oldRate, 0);
        EXPECT_EQ(s.newRate, 0);
        EXPECT_FALSE(s.newShare.has_value());
        EXPECT_FALSE(s.new5xx.has_value()); // no requests, no fraction
    }
}

TEST_F(TrafficMonitorTest, MisbehavingNewClusterRaisesAndClearsTheWarning)
{
    QSignalSpy warned(&monitor, &TrafficMonitor::errorRateWarning);
    QSignalSpy cleared(&monitor, &TrafficMonitor::errorRateWarningCleared);
    applySimulatedTrafficStage(1000, 50, {&oldNode}, {&newNode});
    monitor.start();
    next(3);
    EXPECT_EQ(warned.count(), 0);
    EXPECT_NEAR(samples.last().new5xx.value_or(-1), 0.0, 0.001);

    newNode.setMisbehaving(true, 0.3);
    ASSERT_TRUE(warned.wait(5000));
    EXPECT_TRUE(monitor.warningActive());
    const QList<QVariant> args = warned.takeFirst();
    EXPECT_NEAR(args.at(0).toDouble(), 0.0, 0.01);
    EXPECT_GT(args.at(1).toDouble(), 0.02); // may be the round that straddles the switch
    EXPECT_TRUE(args.at(2).toString().contains("5xx"));
    const TrafficSample s = next(1).first();
    EXPECT_NEAR(s.new5xx.value_or(-1), 0.3, 0.1);
    EXPECT_NEAR(s.old5xx.value_or(-1), 0.0, 0.01);

    newNode.setMisbehaving(false);
    ASSERT_TRUE(cleared.wait(5000));
    EXPECT_FALSE(monitor.warningActive());
    EXPECT_EQ(warned.count(), 0); // raised once, not on every sample
}

TEST_F(TrafficMonitorTest, EqualErrorRatesOrNoMetricsDoNotWarn)
{
    QSignalSpy warned(&monitor, &TrafficMonitor::errorRateWarning);
    applySimulatedTrafficStage(1000, 50, {&oldNode}, {&newNode});
    oldNode.setErrorRatio(0.1);
    newNode.setErrorRatio(0.1);
    monitor.start();
    next(5);
    EXPECT_EQ(warned.count(), 0);
    EXPECT_NEAR(samples.last().old5xx.value_or(-1), 0.1, 0.05);

    oldNode.setPrometheusEnabled(false);
    newNode.setPrometheusEnabled(false);
    newNode.setMisbehaving(true, 0.5);
    next(1);
    for (const TrafficSample &s : next(3)) {
        EXPECT_FALSE(s.new5xx.has_value());
        EXPECT_FALSE(s.nodes[1].metricsAvailable);
        EXPECT_NEAR(s.newRate, 500, 250); // rates still come from /status (one sample: loose)
    }
    EXPECT_EQ(warned.count(), 0);
}

TEST_F(TrafficMonitorTest, StoppedNodeIsMarkedDownAndRestartDoesNotSpike)
{
    QSignalSpy down(&monitor, &TrafficMonitor::nodeWentDown);
    QSignalSpy up(&monitor, &TrafficMonitor::nodeCameUp);
    applySimulatedTrafficStage(400, 50, {&oldNode}, {&newNode});
    monitor.start();
    next(2);
    EXPECT_EQ(up.count(), 2);
    EXPECT_EQ(down.count(), 0);

    const quint16 port = newNode.port();
    newNode.stop();
    ASSERT_TRUE(down.wait(5000));
    EXPECT_EQ(down.first().at(0).toInt(), 1);
    EXPECT_EQ(down.first().at(1).value<AdminApiError>().kind, AdminApiError::Kind::Unreachable);
    const TrafficSample s = next(1).first();
    EXPECT_EQ(s.newDown, 1);
    EXPECT_EQ(s.newRate, 0);
    EXPECT_FALSE(s.nodes[1].up);
    ASSERT_TRUE(s.nodes[1].error.has_value());
    EXPECT_EQ(s.nodes[1].error->kind, AdminApiError::Kind::Unreachable);
    EXPECT_NEAR(s.oldRate, 200, 100); // one sample: loose under a loaded machine
    EXPECT_EQ(down.count(), 1);       // reported once

    ASSERT_TRUE(newNode.start(port));
    ASSERT_TRUE(up.wait(5000));
    for (const TrafficSample &t : next(3)) {
        EXPECT_EQ(t.newUp, 1);
        EXPECT_LE(t.newRate, 400);
    }

    // A restart resets the counters below the last reading: counted from zero, never negative.
    newNode.restart();
    for (const TrafficSample &t : next(4)) {
        EXPECT_GE(t.newRate, 0);
        EXPECT_LE(t.newRate, 400); // a restart read as a huge delta would be far above
    }
}
