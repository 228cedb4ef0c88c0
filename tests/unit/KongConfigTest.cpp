// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/KongConfig.h"

#include <QTemporaryDir>
#include <QFile>

#include <gtest/gtest.h>

using kuw::core::ConfigOrigin;
using kuw::core::ErrorKind;
using kuw::core::KongConfig;

namespace {
QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment e;
    for (const auto &[k, v] : vars)
        e.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return e;
}
} // namespace

TEST(KongConfig, DefaultsAreKong25s)
{
    const KongConfig c;
    EXPECT_EQ(c.string("database"), "postgres");
    EXPECT_EQ(c.string("pg_host"), "127.0.0.1");
    EXPECT_EQ(c.number("pg_port"), 5432);
    EXPECT_EQ(c.string("pg_database"), "kong");
    EXPECT_EQ(c.string("pg_user"), "kong");
    EXPECT_EQ(c.number("pg_timeout"), 5000);
    EXPECT_FALSE(c.get("pg_password").has_value());
    EXPECT_FALSE(c.get("pg_schema").has_value());
    EXPECT_FALSE(c.boolean("pg_ssl"));
    EXPECT_FALSE(c.boolean("pg_ssl_verify"));
    EXPECT_EQ(c.string("role"), "traditional");
    EXPECT_EQ(c.list("plugins"), QStringList{"bundled"});
    EXPECT_EQ(c.list("cassandra_contact_points"), QStringList{"127.0.0.1"});
}

TEST(KongConfig, ParsesCommentsBooleansListsAndEquals)
{
    const QString text = QStringLiteral(
        "# a comment\n"
        "  ; another comment style\n"
        "\n"
        "pg_host = db.internal   # trailing comment\n"
        "pg_password = s3cr\\#et=with=equals\n"
        "pg_ssl = on\n"
        "pg_ssl_verify = true\n"
        "plugins = bundled, my-plugin ,  other\n"
        "pg_port=6543\n"
        "pg_schema = NONE\n"
        "pg_database = first\n"
        "pg_database = second\n"
        "lua_package_path = /opt/?.lua;\\\n"
        "   /usr/?.lua\n");
    auto c = KongConfig::fromText(text, "kong.conf");
    ASSERT_TRUE(c) << qPrintable(c.error().toString());
    EXPECT_EQ(c->string("pg_host"), "db.internal");
    EXPECT_EQ(c->string("pg_password"), "s3cr#et=with=equals");
    EXPECT_TRUE(c->boolean("pg_ssl"));
    EXPECT_TRUE(c->boolean("pg_ssl_verify"));
    EXPECT_EQ(c->list("plugins"), (QStringList{"bundled", "my-plugin", "other"}));
    EXPECT_EQ(c->number("pg_port"), 6543);
    EXPECT_FALSE(c->get("pg_schema").has_value());
    EXPECT_EQ(c->string("pg_database"), "second"); // last duplicate wins, as in Kong
    EXPECT_EQ(c->string("lua_package_path"), "/opt/?.lua;   /usr/?.lua");
    EXPECT_EQ(c->origin("pg_host"), ConfigOrigin::File);
    EXPECT_EQ(c->origin("pg_user"), ConfigOrigin::Default);
    EXPECT_TRUE(c->warnings().isEmpty());
}

TEST(KongConfig, EnvironmentOverridesFileOverridesDefaults)
{
    auto c = KongConfig::fromText("pg_host = from-file\npg_user = file-user\n", "kong.conf",
                                  env({{"KONG_PG_HOST", "from-env"}, {"KONG_PG_PASSWORD", "pw#1"},
                                       {"KONG_PG_SCHEMA", "kong_schema"}}));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->string("pg_host"), "from-env");
    EXPECT_EQ(c->origin("pg_host"), ConfigOrigin::Environment);
    EXPECT_EQ(c->string("pg_user"), "file-user");
    EXPECT_EQ(c->string("pg_password"), "pw#1"); // '#' from env is literal
    EXPECT_EQ(c->string("pg_schema"), "kong_schema");
    EXPECT_EQ(c->string("pg_database"), "kong");
}

TEST(KongConfig, OverridesBeatEnvironment)
{
    auto c = KongConfig::fromText("", "kong.conf", env({{"KONG_PG_TIMEOUT", "1000"}}),
                                  {{"pg_timeout", "60000"}});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->number("pg_timeout"), 60000);
}

TEST(KongConfig, UnknownKeysAreKeptWithAWarningButKnownKongKeysAreQuiet)
{
    auto c = KongConfig::fromText("pg_hots = typo\nproxy_listen = 0.0.0.0:8000\nnginx_worker_processes = 2\n", "kong.conf");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->string("pg_hots"), "typo");
    ASSERT_EQ(c->warnings().size(), 1);
    EXPECT_EQ(c->warnings().first().key, "pg_hots");
    EXPECT_EQ(c->warnings().first().line, 1);
    EXPECT_TRUE(c->warnings().first().toString().contains("kong.conf:1"));
}

struct BadInput
{
    const char *text;
    const char *mustMention[3];
};

class KongConfigErrors : public ::testing::TestWithParam<BadInput>
{
};

TEST_P(KongConfigErrors, NameFileLineKeyAndExpectation)
{
    auto c = KongConfig::fromText(QString::fromUtf8(GetParam().text), "/etc/kong/kong.conf");
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::Config);
    const QString all = c.error().message + " " + c.error().remedy;
    for (const char *m : GetParam().mustMention) {
        if (m) {
            EXPECT_TRUE(all.contains(QString::fromUtf8(m))) << qPrintable(all) << " lacks " << m;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, KongConfigErrors,
    ::testing::Values(
        BadInput{"pg_host = ok\nthis line has no equals\n", {"/etc/kong/kong.conf:2", "key = value", nullptr}},
        BadInput{"\n\npg_port = 70000\n", {"kong.conf:3", "pg_port", "65535"}},
        BadInput{"pg_port = abc\n", {"kong.conf:1", "pg_port", "whole number"}},
        BadInput{"pg_ssl = yes\n", {"kong.conf:1", "pg_ssl", "on/off"}},
        BadInput{"database = mysql\n", {"kong.conf:1", "database", "postgres, cassandra, off"}},
        BadInput{"= value\n", {"kong.conf:1", "key = value", nullptr}}));

TEST(KongConfig, BadEnvironmentValueNamesTheVariable)
{
    auto c = KongConfig::fromText("", "kong.conf", env({{"KONG_PG_PORT", "not-a-port"}}));
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains("KONG_PG_PORT")) << qPrintable(c.error().message);
}

TEST(KongConfig, LoadFindsExplicitFileAndRejectsMissingOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kong.conf");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("pg_database = from_file\n");
    f.close();

    KongConfig::LoadOptions opts;
    opts.env = QProcessEnvironment();
    opts.confPath = path;
    auto c = KongConfig::load(opts);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->string("pg_database"), "from_file");
    EXPECT_EQ(c->sourceFile(), path);

    opts.confPath = dir.filePath("missing.conf");
    auto missing = KongConfig::load(opts);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains("missing.conf"));
}

TEST(KongConfig, LoadSearchesDefaultPathsInOrderThenFallsBackToDefaults)
{
    QTemporaryDir dir;
    const QString second = dir.filePath("kong2.conf");
    QFile f(second);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("pg_user = second\n");
    f.close();
    KongConfig::LoadOptions opts;
    opts.env = QProcessEnvironment();
    opts.searchPaths = {dir.filePath("absent.conf"), second};
    auto c = KongConfig::load(opts);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->string("pg_user"), "second");

    opts.searchPaths = {dir.filePath("absent.conf")};
    auto d = KongConfig::load(opts);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->sourceFile().isEmpty());
    EXPECT_EQ(d->string("pg_user"), "kong");
}

TEST(KongConfig, RedactedEntriesMaskPasswords)
{
    auto c = KongConfig::fromText("pg_password = hunter22\npg_ro_password = other-secret\n", "kong.conf");
    ASSERT_TRUE(c);
    for (const auto &[k, v] : c->redactedEntries()) {
        EXPECT_NE(v, "hunter22");
        EXPECT_NE(v, "other-secret");
    }
}
