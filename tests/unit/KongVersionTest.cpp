// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions/KongVersion.h"

#include <gtest/gtest.h>

using kuw::core::KongVersion;

namespace {
KongVersion v(const char *text)
{
    const auto parsed = KongVersion::parse(QString::fromLatin1(text));
    EXPECT_TRUE(parsed.has_value()) << text;
    return parsed.value_or(KongVersion());
}
} // namespace

TEST(KongVersion, ParsesOssTwoPartAndEnterprise)
{
    const KongVersion oss = v("2.5.1");
    EXPECT_EQ(oss.parts(), (QList<int>{2, 5, 1}));
    EXPECT_FALSE(oss.isEnterprise());
    EXPECT_EQ(oss.toString(), "2.5.1");

    const KongVersion twoPart = v("2.5");
    EXPECT_EQ(twoPart.patch(), 0);
    EXPECT_EQ(twoPart.givenParts(), 2);
    EXPECT_EQ(twoPart, v("2.5.0"));

    const KongVersion ee = v("2.1.4.3");
    EXPECT_TRUE(ee.isEnterprise());
    EXPECT_EQ(ee.parts(), (QList<int>{2, 1, 4, 3}));
    EXPECT_EQ(ee.toString(), "2.1.4.3");

    const KongVersion suffixed = v("2.4.1.0-enterprise-edition");
    EXPECT_TRUE(suffixed.isEnterprise());
    EXPECT_EQ(suffixed, v("2.4.1.0"));
    EXPECT_EQ(v(" 1.0.0 ").toString(), "1.0.0");
}

TEST(KongVersion, ParsesPreReleaseSpellings)
{
    EXPECT_EQ(v("2.1.0-beta.1").preRelease(), "beta.1");
    EXPECT_EQ(v("2.1.0beta.1").preRelease(), "beta.1");
    EXPECT_EQ(v("1.0.0rc1").preRelease(), "rc.1");
    EXPECT_EQ(v("2.0.0-rc.2").preRelease(), "rc.2");
    EXPECT_EQ(v("1.0.0rc1"), v("1.0.0-rc.1"));
    EXPECT_EQ(v("2.0.0-rc.2").toString(), "2.0.0-rc.2");
}

TEST(KongVersion, RejectsNonVersions)
{
    for (const char *bad :
         {"", "2", "a.b.c", "2.5.0.1.2", "2.5.0-gamma.1", "v2.5.0", "2..5", "2.5.0-", "99999999999.0.0"})
        EXPECT_FALSE(KongVersion::parse(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(KongVersion, OrdersNumericallyWithPreReleasesFirst)
{
    EXPECT_LT(v("2.9.0"), v("2.10.0"));
    EXPECT_LT(v("1.5.1"), v("2.0.0"));
    EXPECT_LT(v("2.1.0-beta.1"), v("2.1.0"));
    EXPECT_LT(v("2.1.0-alpha.3"), v("2.1.0-beta.1"));
    EXPECT_LT(v("2.1.0-beta.2"), v("2.1.0-rc.1"));
    EXPECT_LT(v("2.1.0-rc.1"), v("2.1.0-rc.2"));
    EXPECT_LT(v("2.0.5"), v("2.1.0-rc.1"));
    EXPECT_LT(v("2.1.4"), v("2.1.4.3")); // missing parts count as 0
    EXPECT_EQ(v("2.1.4"), v("2.1.4.0"));
    EXPECT_LT(v("2.1.4.3"), v("2.1.5"));
    EXPECT_GT(v("2.1.4.10"), v("2.1.4.9"));
}

TEST(KongVersion, SameMinor)
{
    EXPECT_TRUE(v("2.1.0").sameMinor(v("2.1.4")));
    EXPECT_TRUE(v("2.1.4.3").sameMinor(v("2.1.0")));
    EXPECT_FALSE(v("2.1.4").sameMinor(v("2.2.0")));
    EXPECT_FALSE(KongVersion().isValid());
}
