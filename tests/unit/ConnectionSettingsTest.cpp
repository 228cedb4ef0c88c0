// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/KongConfig.h"
#include "db/ConnectionSettings.h"

#include <gtest/gtest.h>

using namespace kuw::core;

TEST(ConnectionSettings, FromConfigMapsDatastoreKeys)
{
    auto c = KongConfig::fromText("pg_host = db\npg_port = 6432\npg_user = u\npg_password = pw-xyz\n"
                                  "pg_database = d\npg_schema = s\npg_timeout = 1500\n",
                                  "kong.conf");
    ASSERT_TRUE(c);
    auto s = ConnectionSettings::fromConfig(*c);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->host, "db");
    EXPECT_EQ(s->port, 6432);
    EXPECT_EQ(s->user, "u");
    EXPECT_EQ(s->password, "pw-xyz");
    EXPECT_EQ(s->database, "d");
    EXPECT_EQ(s->schema, "s");
    EXPECT_EQ(s->connectTimeoutMs, 1500);
    EXPECT_FALSE(s->toString().contains("pw-xyz"));
}

TEST(ConnectionSettings, SslModes)
{
    ConnectionSettings s;
    EXPECT_EQ(s.sslMode(), "disable");
    s.ssl = true;
    EXPECT_EQ(s.sslMode(), "require");
    s.sslVerify = true;
    EXPECT_EQ(s.sslMode(), "verify-full");
    s.sslModeOverride = "verify-ca";
    EXPECT_EQ(s.sslMode(), "verify-ca");
}

TEST(ConnectionSettings, CassandraAndDblessAreClearErrors)
{
    auto cass = KongConfig::fromText("database = cassandra\n", "kong.conf");
    ASSERT_TRUE(cass);
    auto s = ConnectionSettings::fromConfig(*cass);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(s.error().remedy.contains("export/import"));

    auto off = KongConfig::fromText("database = off\n", "kong.conf");
    ASSERT_TRUE(off);
    auto s2 = ConnectionSettings::fromConfig(*off);
    ASSERT_FALSE(s2);
    EXPECT_TRUE(s2.error().message.contains("DB-less mode has no datastore to migrate"));
}
