// SPDX-License-Identifier: GPL-3.0-or-later
// Facts of the embedded catalog, checked against Kong's migration indexes.
#include "migrations/Catalog.h"

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

KongVersion v(const char *text)
{
    return KongVersion::parse(QString::fromLatin1(text)).value();
}

QStringList names(const QList<const MigrationEntry *> &list)
{
    QStringList out;
    for (const auto *m : list)
        out << m->name;
    return out;
}

QStringList names(const QList<const SubsystemEntry *> &list)
{
    QStringList out;
    for (const auto *s : list)
        out << s->name;
    return out;
}

class EmbeddedCatalog : public ::testing::Test
{
  protected:
    static void SetUpTestSuite()
    {
        auto loaded = Catalog::loadEmbedded();
        ASSERT_TRUE(loaded) << qPrintable(loaded.error().toString());
        s_catalog = new Catalog(*loaded);
    }
    static void TearDownTestSuite()
    {
        delete s_catalog;
        s_catalog = nullptr;
    }
    const Catalog &cat() const { return *s_catalog; }
    const SubsystemEntry &sub(const char *name) const
    {
        const SubsystemEntry *s = cat().subsystem(QString::fromLatin1(name));
        EXPECT_NE(s, nullptr) << name;
        return *s;
    }
    static inline Catalog *s_catalog = nullptr;
};

} // namespace

TEST_F(EmbeddedCatalog, KnowsTheOssReleasesOldestFirst)
{
    ASSERT_TRUE(s_catalog);
    EXPECT_EQ(cat().versions().size(), 46);
    EXPECT_EQ(cat().versions().first(), v("1.0.0"));
    EXPECT_EQ(cat().newest(), v("2.5.2"));
    EXPECT_TRUE(std::is_sorted(cat().versions().begin(), cat().versions().end()));
}

TEST_F(EmbeddedCatalog, CoreListsKongsIndexPerRelease)
{
    ASSERT_TRUE(s_catalog);
    const SubsystemEntry &core = sub("core");
    EXPECT_TRUE(core.isCore());
    EXPECT_FALSE(core.bundledSince.has_value());
    EXPECT_EQ(core.migrations.size(), 14);
    EXPECT_EQ(names(core.migrationsAt(v("2.5.2"))),
              (QStringList{"000_base", "003_100_to_110", "004_110_to_120", "005_120_to_130", "006_130_to_140",
                           "007_140_to_150", "008_150_to_200", "009_200_to_210", "010_210_to_211",
                           "011_212_to_213", "012_213_to_220", "013_220_to_230"}));
    EXPECT_EQ(names(core.migrationsAt(v("1.0.0"))), (QStringList{"000_base", "001_14_to_15", "002_15_to_1"}));

    const MigrationEntry *m = core.migration("001_14_to_15");
    ASSERT_NE(m, nullptr);
    EXPECT_TRUE(m->listedAt(v("1.5.1")));
    EXPECT_FALSE(m->listedAt(v("2.0.0")));
    EXPECT_EQ(core.migration("nope"), nullptr);
}

TEST_F(EmbeddedCatalog, SessionIsBundledFrom130AndGainsItsTtlIndexIn221)
{
    ASSERT_TRUE(s_catalog);
    const SubsystemEntry &session = sub("session");
    EXPECT_FALSE(session.bundledAt(v("1.2.3")));
    EXPECT_TRUE(session.bundledAt(v("1.3.0")));
    EXPECT_FALSE(cat().bundledPlugins(v("1.2.3")).contains("session"));
    EXPECT_TRUE(cat().bundledPlugins(v("1.3.0")).contains("session"));
    const MigrationEntry *ttl = session.migration("001_add_ttl_index");
    ASSERT_NE(ttl, nullptr);
    EXPECT_EQ(ttl->since, v("2.2.1"));
    EXPECT_FALSE(ttl->listedAt(v("2.2.0")));
    EXPECT_TRUE(ttl->listedAt(v("2.2.1")));
}

TEST_F(EmbeddedCatalog, SubsystemOrderForBundledIsCoreThenBytewisePlugins)
{
    ASSERT_TRUE(s_catalog);
    QStringList unknown{"stale"};
    EXPECT_EQ(
        names(cat().subsystemsFor(v("2.5.2"), {"bundled"}, &unknown)),
        (QStringList{"core", "acl", "acme", "basic-auth", "bot-detection", "hmac-auth", "ip-restriction",
                     "jwt", "key-auth", "oauth2", "rate-limiting", "response-ratelimiting", "session"}));
    EXPECT_TRUE(unknown.isEmpty());
    // bot-detection and ip-restriction have no migrations before 2.1: not subsystems there.
    const QStringList at200 = names(cat().subsystemsFor(v("2.0.0"), {"bundled"}));
    EXPECT_FALSE(at200.contains("bot-detection"));
    EXPECT_FALSE(at200.contains("ip-restriction"));
}

TEST_F(EmbeddedCatalog, SubsystemsForExplicitOffAndUnknownPlugins)
{
    ASSERT_TRUE(s_catalog);
    EXPECT_EQ(names(cat().subsystemsFor(v("2.5.2"), {"off"})), QStringList{"core"});
    QStringList unknown;
    EXPECT_EQ(names(cat().subsystemsFor(v("2.5.2"), {"key-auth", "my-plugin", " acl ", "acl"}, &unknown)),
              (QStringList{"core", "acl", "key-auth"}));
    EXPECT_EQ(unknown, QStringList{"my-plugin"});
    EXPECT_EQ(names(cat().subsystemsFor(v("2.5.2"), {"bundled", "my-plugin", "session"}, &unknown)).size(),
              13);
    EXPECT_EQ(unknown, QStringList{"my-plugin"});
}

TEST_F(EmbeddedCatalog, RevisionForPicksTheCopyKongShippedAtThatRelease)
{
    ASSERT_TRUE(s_catalog);
    const MigrationEntry *base = sub("core").migration("000_base");
    ASSERT_NE(base, nullptr);
    ASSERT_NE(base->revisionFor(v("1.0.4")), nullptr);
    EXPECT_EQ(base->revisionFor(v("1.0.4"))->since, v("1.0.0"));
    EXPECT_EQ(base->revisionFor(v("1.4.3"))->since, v("1.4.0"));
    EXPECT_EQ(base->revisionFor(v("2.0.5"))->since, v("2.0.0"));
    EXPECT_EQ(base->revisionFor(v("2.5.2"))->since, v("2.0.0"));
    EXPECT_FALSE(base->revisionFor(v("1.0.0"))->hasTeardown);
}

TEST_F(EmbeddedCatalog, TeardownsNameRegisteredFunctions)
{
    ASSERT_TRUE(s_catalog);
    const MigrationRevision *r = sub("core").migration("009_200_to_210")->revisionFor(v("2.5.2"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->since, v("2.1.3"));
    EXPECT_TRUE(r->hasTeardown);
    ASSERT_GE(r->teardown.size(), 4);
    EXPECT_EQ(r->teardown[2].function, "core_ca_cert_digest");
    EXPECT_TRUE(r->teardown[2].sql.isEmpty());
    EXPECT_FALSE(r->teardown[3].sql.isEmpty());
    const MigrationRevision *bot = sub("bot-detection").migration("001_200_to_210")->revisionFor(v("2.1.0"));
    ASSERT_NE(bot, nullptr);
    EXPECT_TRUE(bot->up.isEmpty());
    EXPECT_EQ(bot->teardown.value(0).function, "bot_detection_config_allow_deny_rename");
}

TEST_F(EmbeddedCatalog, ResolvesReleasesAndMinorLines)
{
    ASSERT_TRUE(s_catalog);
    EXPECT_EQ(cat().resolve("2.1"), v("2.1.4"));
    EXPECT_EQ(cat().resolve("2.1.2"), v("2.1.2"));
    EXPECT_EQ(cat().resolve("1.0"), v("1.0.4"));
    EXPECT_FALSE(cat().resolve("2.6").has_value());
    EXPECT_FALSE(cat().resolve("2.1.9").has_value());
    EXPECT_FALSE(cat().resolve("2.1.0-rc.1").has_value());
    EXPECT_FALSE(cat().resolve("garbage").has_value());
}
