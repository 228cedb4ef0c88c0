// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPostgres.h"

#include "sandbox/ScratchPostgres.h"

#include <QFile>
#include <QUuid>

#include <cstdlib>

namespace kuw::test {
namespace {
std::unique_ptr<core::ScratchPostgres> s_ownServer; // only when no fixture server exists
}

TestPostgres &TestPostgres::instance()
{
    static TestPostgres *inst = [] {
        auto *t = new TestPostgres;
        const QString state = qEnvironmentVariable("KUW_TEST_PG_STATE");
        QFile f(state);
        if (!state.isEmpty() && f.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            t->m_dir = lines.value(0).trimmed();
            t->m_port = lines.value(1).trimmed().toInt();
        } else {
            auto pg = core::ScratchPostgres::start();
            if (!pg) {
                // No server means the tests fail loudly; they never skip.
                fprintf(stderr, "FATAL: cannot start a scratch PostgreSQL: %s\n", qPrintable(pg.error().toString()));
                std::abort();
            }
            s_ownServer = std::move(*pg);
            t->m_dir = s_ownServer->directory();
            t->m_port = s_ownServer->port();
            std::atexit([] { s_ownServer.reset(); });
        }
        return t;
    }();
    return *inst;
}

core::ConnectionSettings TestPostgres::settings(const QString &db) const
{
    core::ConnectionSettings s;
    s.host = m_dir;
    s.port = m_port;
    s.database = db;
    s.user = QStringLiteral("postgres");
    s.connectTimeoutMs = 10000;
    return s;
}

core::ConnectionSettings TestPostgres::tcpSettings(const QString &db, const QString &user, const QString &password) const
{
    core::ConnectionSettings s = settings(db);
    s.host = QStringLiteral("127.0.0.1");
    s.user = user;
    s.password = password;
    return s;
}

void DatabaseTest::SetUp()
{
    m_db = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    auto admin = core::PgConnection::open(TestPostgres::instance().settings());
    ASSERT_TRUE(admin) << qPrintable(admin.error().toString());
    const core::Status s = (*admin)->execScript(QStringLiteral("CREATE DATABASE %1").arg(m_db));
    ASSERT_TRUE(s) << qPrintable(s.error().toString());
}

void DatabaseTest::TearDown()
{
    auto admin = core::PgConnection::open(TestPostgres::instance().settings());
    if (admin)
        (*admin)->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
}

std::unique_ptr<core::PgConnection> DatabaseTest::connect() const
{
    auto c = core::PgConnection::open(settings());
    EXPECT_TRUE(c) << (c ? "" : qPrintable(c.error().toString()));
    return c ? std::move(*c) : nullptr;
}

void DatabaseTest::sql(const QString &statements) const
{
    auto c = connect();
    ASSERT_NE(c, nullptr);
    const core::Status s = c->execScript(statements);
    ASSERT_TRUE(s) << qPrintable(s.error().toString());
}

} // namespace kuw::test
