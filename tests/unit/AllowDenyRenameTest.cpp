// SPDX-License-Identifier: GPL-3.0-or-later
// The pure part of the allow/deny teardown: Kong's rename plus lua-cjson's re-encoding
// (examples from resources/migrations/PLUGIN-FUNCTIONS.md).
#include "migrations/AllowDenyRename.h"
#include "migrations/TeardownFunctions.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

// Compares as JSON values (key order is irrelevant: JSONB normalizes it).
QJsonDocument json(const QByteArray &text)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(text, &err);
    EXPECT_EQ(err.error, QJsonParseError::NoError) << text.constData();
    return d;
}

QByteArray renamed(const char *config)
{
    const auto r = renameAllowDenyConfig(config);
    EXPECT_TRUE(r) << config << ": " << (r ? "" : qPrintable(r.error().message));
    return r ? *r : QByteArray();
}

} // namespace

TEST(AllowDenyRename, RegisteredUnderTheThreeCatalogNames)
{
    for (const char *name : {"acl_config_allow_deny_rename", "bot_detection_config_allow_deny_rename",
                             "ip_restriction_config_allow_deny_rename", "core_ca_cert_digest"})
        EXPECT_NE(TeardownFunctions::find(name), nullptr) << name;
    EXPECT_EQ(TeardownFunctions::find("nope"), nullptr);
    EXPECT_EQ(TeardownFunctions::names().size(), 4);
}

TEST(AllowDenyRename, KongsObservedExamples)
{
    EXPECT_EQ(json(renamed(R"({"whitelist": [], "blacklist": ["badbot", "evil/1.0"]})")),
              json(R"({"allow": {}, "deny": ["badbot", "evil/1.0"]})"));
    EXPECT_EQ(json(renamed(R"({"whitelist": ["admins"], "blacklist": null, "hide_groups_header": false})")),
              json(R"({"allow": ["admins"], "deny": null, "hide_groups_header": false})"));
    EXPECT_EQ(json(renamed(R"({"whitelist": null, "blacklist": ["10.0.0.0/8"]})")),
              json(R"({"allow": null, "deny": ["10.0.0.0/8"]})"));
}

TEST(AllowDenyRename, SecondRunDropsAllowAndDeny)
{
    EXPECT_EQ(json(renamed(R"({"allow": ["admins"], "deny": null, "hide_groups_header": false})")),
              json(R"({"hide_groups_header": false})"));
    EXPECT_EQ(json(renamed(R"({"allow": {}, "deny": ["badbot"]})")), json("{}"));
}

TEST(AllowDenyRename, EmptyArraysBecomeObjectsAtAnyDepthNestedKeysStay)
{
    EXPECT_EQ(json(renamed(R"({"x": {"y": [], "whitelist": [1]}, "z": [[], {}, null, "s"]})")),
              json(R"({"x": {"y": {}, "whitelist": [1]}, "z": [{}, {}, null, "s"]})"));
}

TEST(AllowDenyRename, NumbersKeepFourteenSignificantDigits)
{
    const QByteArray out = renamed(R"({"a": 1.0, "b": 2.50, "c": 12345678901234567, "d": 3.141592653589793,
                                       "e": 1e-7, "f": -0, "g": 12345678901234})");
    const QJsonDocument d = json(out);
    EXPECT_EQ(d["a"].toDouble(), 1.0);
    EXPECT_EQ(d["c"].toDouble(), 12345678901235000.0);
    EXPECT_EQ(d["d"].toDouble(), 3.1415926535898);
    EXPECT_EQ(d["e"].toDouble(), 1e-7);
    EXPECT_EQ(d["g"].toDouble(), 12345678901234.0);
    EXPECT_TRUE(out.contains("\"d\":3.1415926535898,")) << out.constData();
    EXPECT_TRUE(out.contains("\"b\":2.5,")) << out.constData();
    EXPECT_TRUE(out.contains("\"a\":1,")) << out.constData();
}

TEST(AllowDenyRename, StringsSurviveEscaping)
{
    const char *in = R"({"whitelist": ["a\"b\\c\n\u0001", "ü/é"]})";
    EXPECT_EQ(json(renamed(in)), json(R"({"allow": ["a\"b\\c\n\u0001", "ü/é"]})"));
}

TEST(AllowDenyRename, RejectsScalarsAndUnencodableNumbers)
{
    for (const char *bad : {"5", "null", "\"s\"", "[1]", "{\"n\": 1e400}", "{bad"})
        EXPECT_FALSE(renameAllowDenyConfig(bad)) << bad;
}
