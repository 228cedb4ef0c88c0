// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSettings.h"
#include "db/PgConnection.h"

#include <gtest/gtest.h>

#include <memory>

namespace kuw::test {

/// The test run's scratch PostgreSQL: the one the CTest fixture started (KUW_TEST_PG_STATE),
/// or, when a test binary runs on its own, one started for this process. Never a mock.
class TestPostgres
{
public:
    static TestPostgres &instance();
    /// Superuser settings for `db` over the unix socket.
    core::ConnectionSettings settings(const QString &db = QStringLiteral("postgres")) const;
    /// Settings for `db` over TCP 127.0.0.1 (password authentication applies).
    core::ConnectionSettings tcpSettings(const QString &db, const QString &user, const QString &password) const;
    QString socketDir() const { return m_dir; }
    int port() const { return m_port; }

private:
    TestPostgres() = default;
    QString m_dir;
    int m_port = 0;
};

/// Base fixture: a fresh, randomly named database per test, dropped afterwards.
class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    core::ConnectionSettings settings() const { return TestPostgres::instance().settings(m_db); }
    std::unique_ptr<core::PgConnection> connect() const;
    /// Runs SQL as superuser in the test database; fails the test on error.
    void sql(const QString &statements) const;
    QString m_db;
};

} // namespace kuw::test
