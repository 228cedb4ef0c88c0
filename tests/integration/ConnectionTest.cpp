// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "db/PgTransaction.h"
#include "support/TestPostgres.h"
#include "util/Log.h"
#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTcpServer>
#include <QThread>

#include <thread>

using namespace kuw::core;
using kuw::test::DatabaseTest;
using kuw::test::TestPostgres;

namespace {

/// A TCP port that accepts connections at kernel level but never speaks: a "hung" server.
class BlackHole
{
public:
    BlackHole() { m_server.listen(QHostAddress::LocalHost, 0); }
    int port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort(); // closed again when s dies
}

} // namespace

class Connection : public DatabaseTest
{
};

TEST_F(Connection, SessionIsSetUpLikeKongsConnector)
{
    auto c = connect();
    ASSERT_NE(c, nullptr);
    auto r = c->exec("SELECT current_setting('TimeZone'), current_setting('application_name'), current_schema()");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value(0, 0), "UTC");
    EXPECT_EQ(r->value(0, 1), "kong-upgrade-wizard");
    EXPECT_EQ(r->value(0, 2), "public");
    EXPECT_EQ(c->schema(), "public");
}

TEST_F(Connection, PgSchemaIsAppliedThroughSearchPath)
{
    sql("CREATE SCHEMA kong_s; CREATE TABLE kong_s.marker(x int);");
    ConnectionSettings s = settings();
    s.schema = "kong_s";
    auto c = PgConnection::open(s);
    ASSERT_TRUE(c);
    auto r = (*c)->exec("SELECT count(*) FROM marker"); // unqualified: found through the schema
    ASSERT_TRUE(r) << qPrintable(r.error().toString());
    EXPECT_EQ((*c)->schema(), "kong_s");
}

TEST_F(Connection, ParametersAreNeverSplicedIntoSql)
{
    auto c = connect();
    ASSERT_NE(c, nullptr);
    const QString evil = "x'); DROP TABLE pg_class; --";
    auto r = c->exec("SELECT $1::text, $2::text IS NULL", {evil, QVariant()});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value(0, 0), evil);
    EXPECT_TRUE(r->boolean(0, 1));
    EXPECT_EQ(c->quoteIdentifier("we\"ird"), "\"we\"\"ird\"");
}

TEST_F(Connection, TransactionRollsBackUnlessCommitted)
{
    sql("CREATE TABLE t(x int)");
    auto c = connect();
    ASSERT_NE(c, nullptr);
    {
        auto tx = PgTransaction::begin(*c);
        ASSERT_TRUE(tx);
        ASSERT_TRUE(c->exec("INSERT INTO t VALUES (1)"));
    } // destroyed without commit
    {
        auto tx = PgTransaction::begin(*c);
        ASSERT_TRUE(tx);
        ASSERT_TRUE(c->exec("INSERT INTO t VALUES (2)"));
        ASSERT_TRUE(tx->commit());
    }
    auto r = c->exec("SELECT array_agg(x)::text FROM t");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->value(0, 0), "{2}");
}

TEST_F(Connection, WrongPasswordIsAnAuthenticationError)
{
    sql("CREATE ROLE kong_auth LOGIN PASSWORD 'right-password'");
    auto c = PgConnection::open(TestPostgres::instance().tcpSettings(m_db, "kong_auth", "wrong-password"));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::Authentication);
    EXPECT_EQ(c.error().sqlState, "28P01");
    EXPECT_FALSE(c.error().remedy.isEmpty());
    auto ok = PgConnection::open(TestPostgres::instance().tcpSettings(m_db, "kong_auth", "right-password"));
    EXPECT_TRUE(ok) << qPrintable(ok.error().toString());
}

TEST_F(Connection, ClosedPortIsConnectionRefused)
{
    ConnectionSettings s = settings();
    s.host = "127.0.0.1";
    s.port = closedPort();
    auto c = PgConnection::open(s);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::ConnectionRefused) << qPrintable(c.error().toString());
    EXPECT_TRUE(c.error().message.contains(QString::number(s.port)));
}

TEST_F(Connection, MissingDatabaseIsNamed)
{
    ConnectionSettings s = settings();
    s.database = "no_such_kong_db";
    auto c = PgConnection::open(s);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::DatabaseMissing);
    EXPECT_TRUE(c.error().message.contains("no_such_kong_db"));
    EXPECT_TRUE(c.error().remedy.contains("CREATE DATABASE"));
}

TEST_F(Connection, MissingSocketDirectoryIsUnreachable)
{
    ConnectionSettings s = settings();
    s.host = "/nonexistent/socket/dir";
    auto c = PgConnection::open(s);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::HostUnreachable) << qPrintable(c.error().toString());
}

TEST_F(Connection, SilentServerTimesOutWithinTheBudget)
{
    BlackHole hole;
    ConnectionSettings s = settings();
    s.host = "127.0.0.1";
    s.port = hole.port();
    s.connectTimeoutMs = 600;
    QElapsedTimer t;
    t.start();
    auto c = PgConnection::open(s);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::Timeout) << qPrintable(c.error().toString());
    EXPECT_LT(t.elapsed(), 3000);
}

TEST_F(Connection, CancelInterruptsAConnectInProgress)
{
    BlackHole hole;
    ConnectionSettings s = settings();
    s.host = "127.0.0.1";
    s.port = hole.port();
    s.connectTimeoutMs = 60000;
    auto token = std::make_shared<PgCancelToken>();
    std::thread canceller([token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        token->cancel();
    });
    QElapsedTimer t;
    t.start();
    auto c = PgConnection::open(s, token);
    canceller.join();
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::Cancelled);
    EXPECT_LT(t.elapsed(), 5000);
}

TEST_F(Connection, CancelInterruptsARunningStatement)
{
    auto c = connect();
    ASSERT_NE(c, nullptr);
    auto token = c->cancelToken();
    std::thread canceller([token] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        token->cancel();
    });
    auto r = c->exec("SELECT pg_sleep(30)");
    canceller.join();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().sqlState, "57014");
    EXPECT_EQ(r.error().kind, ErrorKind::Cancelled);
}

TEST_F(Connection, SslRequiredAgainstAServerWithoutTlsIsAnSslError)
{
    ConnectionSettings s = settings();
    s.host = "127.0.0.1";
    s.user = "nobody";
    s.ssl = true; // require: never silently fall back to plaintext
    auto c = PgConnection::open(s);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().kind, ErrorKind::Ssl) << qPrintable(c.error().toString());
}

TEST_F(Connection, InsufficientPrivilegeIsTyped)
{
    sql("CREATE ROLE kong_ro LOGIN PASSWORD 'ro-password-1'; CREATE TABLE secret_t(x int);");
    auto c = PgConnection::open(TestPostgres::instance().tcpSettings(m_db, "kong_ro", "ro-password-1"));
    ASSERT_TRUE(c) << qPrintable(c.error().toString());
    auto r = (*c)->exec("SELECT * FROM secret_t");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Privilege);
    EXPECT_EQ(r.error().sqlState, "42501");
}

namespace {
QMutex g_logMutex;
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker l(&g_logMutex);
    g_log << msg;
}
} // namespace

TEST_F(Connection, PasswordNeverReachesALogLine)
{
    const QString password = "Pa55-never-log-me";
    sql("CREATE ROLE kong_pw LOGIN PASSWORD 'other-password'");
    // Route every message through the redactor into `capture` (what a log would receive).
    qInstallMessageHandler(capture);
    installRedactingMessageHandler();
    QLoggingCategory::setFilterRules("kuw.*.debug=true");
    ConnectionSettings bad = TestPostgres::instance().tcpSettings(m_db, "kong_pw", password);
    auto c = PgConnection::open(bad);
    ASSERT_FALSE(c);
    // Careless call sites: the secret must still not come out.
    qWarning() << "connect failed for" << bad.toString() << c.error().toString();
    qWarning().noquote() << "retrying with password" << password;
    qInfo().noquote() << "conninfo: host=db password=" + QString("unregistered-pw-42") + " user=kong";
    ConnectionSettings good = settings();
    good.password = password;
    ASSERT_TRUE(PgConnection::open(good)); // emits a debug "connected: …" line
    qInstallMessageHandler(nullptr);
    installRedactingMessageHandler();
    QLoggingCategory::setFilterRules("");

    QMutexLocker l(&g_logMutex);
    ASSERT_GE(g_log.size(), 3);
    bool sawMask = false;
    for (const QString &line : std::as_const(g_log)) {
        EXPECT_FALSE(line.contains(password)) << qPrintable(line);
        EXPECT_FALSE(line.contains("unregistered-pw-42")) << qPrintable(line);
        sawMask = sawMask || line.contains(Redactor::Mask);
    }
    EXPECT_TRUE(sawMask);
    EXPECT_FALSE(c.error().toString().contains(password));
    EXPECT_FALSE(bad.toString().contains(password));
}
