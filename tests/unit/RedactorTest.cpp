// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Redactor.h"

#include <gtest/gtest.h>

using kuw::core::Redactor;

TEST(Redactor, MasksRegisteredSecretsAndConninfoPasswords)
{
    Redactor::addSecret("Sup3rS3cret");
    EXPECT_EQ(Redactor::redact("login with Sup3rS3cret failed"), "login with ****** failed");
    EXPECT_EQ(Redactor::redact("host=x password=abc123 user=y"), "host=x password=****** user=y");
    EXPECT_EQ(Redactor::redact("postgres://kong:pa55@db/kong"), "postgres://kong:******@db/kong");
    EXPECT_EQ(Redactor::redact("nothing secret here"), "nothing secret here");
}

TEST(Redactor, IgnoresTooShortSecrets)
{
    Redactor::addSecret("ab"); // masking "ab" everywhere would destroy ordinary text
    EXPECT_EQ(Redactor::redact("about tabs"), "about tabs");
}
