// SPDX-License-Identifier: GPL-3.0-or-later
// Table-driven tests of the upgrade-path rules (resources/paths/upgrade-paths.yaml).
#include "assessment/ServerChecks.h"
#include "versions/UpgradePath.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

const UpgradePath &rules()
{
    static const UpgradePath *r = [] {
        auto loaded = UpgradePath::loadEmbedded();
        EXPECT_TRUE(loaded) << (loaded ? "" : qPrintable(loaded.error().toString()));
        return new UpgradePath(loaded ? *loaded : UpgradePath());
    }();
    return *r;
}

KongVersion v(const char *text)
{
    auto parsed = KongVersion::parse(QString::fromLatin1(text));
    EXPECT_TRUE(parsed) << text;
    return parsed.value_or(KongVersion());
}

QString chainText(const UpgradePlan &plan)
{
    QStringList parts{plan.hops.value(0).from.display()};
    for (const UpgradeHop &h : plan.hops)
        parts << h.to.display();
    return parts.join(QStringLiteral(" → "));
}

struct PathCase
{
    const char *edition;
    const char *from;
    const char *to;
    const char *expected;  ///< hop chain, or nullptr when no path is allowed
    const char *noteOnLast = nullptr; ///< a substring one note of the last hop must hold
};

class PathTable : public ::testing::TestWithParam<PathCase> {};

TEST_P(PathTable, PlansTheDocumentedHops)
{
    const PathCase &c = GetParam();
    const Edition edition = *parseEdition(QString::fromLatin1(c.edition));
    auto plan = rules().plan(v(c.from), v(c.to), edition);
    if (!c.expected) {
        ASSERT_FALSE(plan) << qPrintable(chainText(*plan));
        EXPECT_EQ(plan.error().kind, ErrorKind::Unsupported);
        EXPECT_FALSE(plan.error().remedy.isEmpty());
        return;
    }
    ASSERT_TRUE(plan) << qPrintable(plan.error().toString());
    EXPECT_EQ(chainText(*plan), QString::fromUtf8(c.expected));
    for (const UpgradeHop &h : plan->hops)
        EXPECT_FALSE(h.notes.isEmpty()) << qPrintable(h.to.display());
    if (c.noteOnLast) {
        EXPECT_TRUE(plan->hops.constLast().notes.join('\n').contains(QString::fromUtf8(c.noteOnLast)))
            << qPrintable(plan->hops.constLast().notes.join('\n'));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Oss, PathTable,
    ::testing::Values(
        PathCase{"oss", "2.1.4", "2.5.2", "2.1.4 → 2.5.2", "'finish' once the old cluster is gone"},
        PathCase{"oss", "1.0.0", "2.5.2", "1.0.0 → 2.5.2", "Major upgrade 1.x → 2.x"},
        PathCase{"oss", "1.5.1", "2.8.0", "1.5.1 → 2.8.0", "review the breaking changes"},
        PathCase{"oss", "0.14.1", "2.5.0", "0.14.1 → 1.5.x → 2.5.0", "Major upgrade 1.x → 2.x"},
        PathCase{"oss", "0.13.0", "2.5.0", "0.13.0 → 0.14.1 → 1.5.x → 2.5.0"},
        PathCase{"oss", "0.13.0", "1.3.0", "0.13.0 → 0.14.1 → 1.3.0", "'apis'"},
        PathCase{"oss", "0.14.1", "1.0.0", "0.14.1 → 1.0.0", "Major upgrade 0.x → 1.x"},
        PathCase{"oss", "1.2.0", "1.5.1", "1.2.0 → 1.5.1", "blue-green"},
        PathCase{"oss", "2.5.0", "2.5.2", "2.5.0 → 2.5.2", "Patch upgrade"},
        PathCase{"oss", "2.7.0", "3.0.0", "2.7.0 → 2.8.x → 3.0.0", "clone the database"},
        PathCase{"oss", "2.8.1", "3.0.0", "2.8.1 → 3.0.0", "Major upgrade 2.x → 3.x"},
        PathCase{"oss", "2.8.4", "3.4.0", "2.8.4 → 3.4.0", "LTS"},
        PathCase{"oss", "3.1.0", "3.4.0", "3.1.0 → 3.2.x → 3.3.x → 3.4.0"},
        PathCase{"oss", "2.5.0", "3.2.0", "2.5.0 → 2.8.x → 3.0.x → 3.1.x → 3.2.0"},
        PathCase{"oss", "2.5.2", "2.1.0", nullptr},
        PathCase{"oss", "2.5.0", "2.5.0", nullptr},
        PathCase{"oss", "2.5.0", "4.0.0", nullptr}));

INSTANTIATE_TEST_SUITE_P(
    Enterprise, PathTable,
    ::testing::Values(
        PathCase{"enterprise", "2.4.1.0", "2.5.0.0", "2.4.1.0 → 2.5.0.0",
                 "Zero downtime is possible but not guaranteed when upgrading incrementally"},
        PathCase{"enterprise", "0.36", "2.5.0.0",
                 "0.36.0 → 1.3.x → 1.5.x → 2.1.x → 2.2.x → 2.3.x → 2.4.x → 2.5.0.0", "Every step is required"},
        PathCase{"enterprise", "2.2.0.0", "2.5.1.0", "2.2.0.0 → 2.3.x → 2.4.x → 2.5.1.0"},
        PathCase{"enterprise", "1.5.0.0", "2.6.0.0", "1.5.0.0 → 2.1.x → 2.2.x → 2.3.x → 2.4.x → 2.5.x → 2.6.0.0"},
        PathCase{"enterprise", "1.3.0.0", "1.5.0.0", "1.3.0.0 → 1.5.0.0", "migrate-community-to-enterprise"},
        PathCase{"enterprise", "0.36", "1.5.0.0", "0.36.0 → 1.3.x → 1.5.0.0"},
        PathCase{"enterprise", "1.5.0.0", "2.8.0.0", "1.5.0.0 → 2.8.0.0", "1.x is a major upgrade"},
        PathCase{"enterprise", "2.1.4.0", "2.7.0.0", "2.1.4.0 → 2.7.0.0"},
        PathCase{"enterprise", "2.8.1.0", "3.4.0.0", "2.8.1.0 → 3.4.0.0", "LTS"},
        PathCase{"enterprise", "2.6.0.0", "3.2.0.0", "2.6.0.0 → 2.8.2.0 → 3.1.1.3 → 3.2.0.0"},
        PathCase{"enterprise", "3.1.1.3", "3.3.0.0", "3.1.1.3 → 3.2.x → 3.3.0.0"},
        PathCase{"enterprise", "2.5.0.0", "2.5.0.1", "2.5.0.0 → 2.5.0.1", "Patch upgrade"},
        PathCase{"enterprise", "0.35", "2.5.0.0", nullptr},
        PathCase{"enterprise", "0.34", "1.3.0.0", nullptr}));

struct KindCase
{
    const char *from;
    const char *to;
    UpgradeKind kind;
};

class KindTable : public ::testing::TestWithParam<KindCase> {};

TEST_P(KindTable, ClassifiesLikeSemver)
{
    const KindCase &c = GetParam();
    EXPECT_EQ(UpgradePath::classify(v(c.from), v(c.to)), c.kind) << c.from << " → " << c.to;
}

INSTANTIATE_TEST_SUITE_P(
    Semver, KindTable,
    ::testing::Values(KindCase{"2.1.4", "2.5.2", UpgradeKind::Minor}, KindCase{"1.5.1", "2.0.0", UpgradeKind::Major},
                      KindCase{"2.5.0", "2.5.2", UpgradeKind::Patch}, KindCase{"2.4.1.0", "2.4.1.1", UpgradeKind::Patch},
                      KindCase{"2.5.0-rc.1", "2.5.0", UpgradeKind::Patch}, KindCase{"2.5.0", "2.5.0", UpgradeKind::None},
                      KindCase{"2.5.2", "2.5.0", UpgradeKind::Downgrade}, KindCase{"0.36", "1.3.0.0", UpgradeKind::Major}));

} // namespace

TEST(UpgradePath, GuessesTheEditionFromTheVersionStrings)
{
    EXPECT_EQ(UpgradePath::guessEdition(v("2.4.1.0"), v("2.5.0.0")), Edition::Enterprise);
    EXPECT_EQ(UpgradePath::guessEdition(v("2.4.1"), v("2.5.0-enterprise-edition")), Edition::Enterprise);
    EXPECT_EQ(UpgradePath::guessEdition(v("2.4.1"), v("2.5.0")), Edition::Oss);
    EXPECT_FALSE(parseEdition(QStringLiteral("premium")));
}

TEST(UpgradePath, PlanJsonIsStable)
{
    auto plan = rules().plan(v("0.14.1"), v("2.5.0"), Edition::Oss);
    ASSERT_TRUE(plan);
    const QJsonObject json = plan->toJson();
    EXPECT_EQ(json["edition"].toString(), "oss");
    EXPECT_EQ(json["kind"].toString(), "major");
    EXPECT_TRUE(json["allowed"].toBool());
    EXPECT_FALSE(json["direct"].toBool());
    ASSERT_EQ(json["hops"].toArray().size(), 2);
    EXPECT_EQ(json["hops"][0]["to"].toString(), "1.5.x");
    EXPECT_TRUE(plan->toText().contains("2 hops"));
}

TEST(UpgradePath, LoaderNamesTheFieldOfABadRule)
{
    auto bad = UpgradePath::fromYaml("editions:\n  oss:\n    rules:\n      - targets: \"2.0-2.8\"\n        from_min: banana\n"
                                     "  enterprise:\n    rules:\n      - targets: \"2.5\"\n        from_min: 2.4.0\n",
                                     QStringLiteral("bad.yaml"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, ErrorKind::Config);
    EXPECT_TRUE(bad.error().message.contains("bad.yaml:5")) << qPrintable(bad.error().message);
    EXPECT_TRUE(bad.error().message.contains("editions.oss.rules[0].from_min")) << qPrintable(bad.error().message);

    auto broken = UpgradePath::fromYaml("editions: [", QStringLiteral("broken.yaml"));
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains("invalid YAML"));
}

TEST(UpgradePath, BundledPluginsAreListed)
{
    EXPECT_TRUE(rules().bundledPlugins().contains("cors"));
    EXPECT_TRUE(rules().bundledPlugins().contains("rate-limiting"));
    EXPECT_FALSE(rules().bundledPlugins().contains("my-custom-plugin"));
}

TEST(ServerVersionCheck, BlocksBelow95WhenTheTargetEnforcesIt)
{
    auto f = serverVersionFinding(90400, QStringLiteral("9.4.26"), v("2.5.2"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->severity, Severity::Blocker);
    EXPECT_EQ(f->id, "postgres.version_unsupported");
    f = serverVersionFinding(90400, QStringLiteral("9.4.26"), v("2.1.4"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_FALSE(serverVersionFinding(90500, QStringLiteral("9.5.0"), v("2.5.2")));
    EXPECT_FALSE(serverVersionFinding(150004, QStringLiteral("15.4"), v("2.5.2")));
    EXPECT_EQ(scramSupport(v("2.6.0")), ScramSupport::None);
    EXPECT_EQ(scramSupport(v("2.8.3")), ScramSupport::NeedsLuaossl);
    EXPECT_EQ(scramSupport(v("2.8.4")), ScramSupport::Full);
}
