// SPDX-License-Identifier: GPL-3.0-or-later
// Pure assessment logic: the replica verdict on measured values, and the Helm command order.
#include "assessment/HelmPlan.h"
#include "assessment/ReplicaCheck.h"

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

ReplicaObservation standby(std::optional<double> seconds, std::optional<qint64> bytes, bool streaming = true)
{
    ReplicaObservation o;
    o.target = QStringLiteral("kong@replica:5432/kong (ssl: disable)");
    o.inRecovery = true;
    o.replayLagSeconds = seconds;
    o.replayLagBytes = bytes;
    o.streaming = streaming;
    return o;
}

} // namespace

TEST(ReplicaFinding, VerdictOnMeasuredValues)
{
    struct Row { const char *name; ReplicaObservation o; const char *expected; };
    ReplicaObservation unreachable;
    unreachable.target = QStringLiteral("kong@replica:5432/kong");
    unreachable.error = Error::make(ErrorKind::ConnectionRefused, QStringLiteral("Connection refused"));
    ReplicaObservation primaryItself;
    primaryItself.samePrimary = true;
    ReplicaObservation otherPrimary;
    const Row rows[] = {
        {"caught up", standby(2.0, 0), nullptr},
        {"idle primary: old timestamp, nothing to replay", standby(3600.0, 0), nullptr},
        {"small backlog, recent", standby(5.0, 4096), nullptr},
        {"backlog over 16 MiB", standby(5.0, 64LL * 1024 * 1024), "replica.lagging"},
        {"old timestamp with WAL waiting", standby(120.0, 8192), "replica.lagging"},
        {"receiver stopped", standby(10.0, 0, false), "replica.lagging"},
        {"never replayed, receiver stopped", standby(std::nullopt, std::nullopt, false), "replica.lagging"},
        {"unreachable", unreachable, "replica.unreachable"},
        {"the primary itself", primaryItself, nullptr},
        {"another primary", otherPrimary, "replica.not_a_standby"},
    };
    for (const Row &r : rows) {
        const auto f = replicaFinding(r.o);
        if (!r.expected) {
            EXPECT_FALSE(f) << r.name << ": " << (f ? qPrintable(f->evidence) : "");
        } else {
            ASSERT_TRUE(f) << r.name;
            EXPECT_EQ(f->id, QString::fromLatin1(r.expected)) << r.name;
            EXPECT_EQ(f->severity, Severity::Warning) << r.name;
        }
    }
    const auto lag = replicaFinding(standby(120.0, 8192));
    EXPECT_TRUE(lag->evidence.contains("120.0 s ago")) << qPrintable(lag->evidence);
    EXPECT_TRUE(lag->evidence.contains("8192 bytes")) << qPrintable(lag->evidence);
    ReplicaThresholds strict;
    strict.bytes = 1024;
    EXPECT_TRUE(replicaFinding(standby(5.0, 4096), strict));
}

TEST(HelmPlan, FindingListsTheCommandsInOrderOrNamesTheBadRelease)
{
    const KongVersion v = KongVersion::parse(QStringLiteral("2.5.2")).value();
    const auto three = helmPlanFinding({QStringLiteral("kong/kong-a"), QStringLiteral("kong-b"), QStringLiteral("edge/kong-c")}, v);
    ASSERT_TRUE(three);
    const QStringList lines = three->evidence.split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith("1. helm upgrade kong-a kong/kong --namespace kong ")) << qPrintable(lines[0]);
    EXPECT_TRUE(lines[0].contains("image.tag=2.5.2 --set migrations.preUpgrade=true --set migrations.postUpgrade=false"));
    EXPECT_TRUE(lines[1].contains("migrations.preUpgrade=false --set migrations.postUpgrade=false"));
    EXPECT_FALSE(lines[1].contains("--namespace"));
    EXPECT_TRUE(lines[2].contains("--namespace edge"));
    EXPECT_TRUE(lines[2].contains("migrations.preUpgrade=false --set migrations.postUpgrade=true"));
    const auto bad = helmPlanFinding({QStringLiteral("it's")}, v);
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->id, "kubernetes.helm_releases_invalid");
    EXPECT_EQ(bad->severity, Severity::Warning);

    const auto f = helmPlanFinding({QStringLiteral("a"), QStringLiteral("b")}, v);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->id, "kubernetes.helm_commands");
    EXPECT_TRUE(f->evidence.startsWith("1. helm upgrade a ")) << qPrintable(f->evidence);
    EXPECT_TRUE(f->evidence.contains("\n2. helm upgrade b ")) << qPrintable(f->evidence);
    EXPECT_FALSE(helmPlanFinding({}, v));
}
