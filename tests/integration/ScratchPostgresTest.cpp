// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/PgConnection.h"
#include "sandbox/ScratchPostgres.h"

#include <QDir>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace kuw::core;

TEST(ScratchPostgres, StartsServesAndCleansUpCompletely)
{
    QString dir;
    int port = 0;
    {
        auto pg = ScratchPostgres::start();
        ASSERT_TRUE(pg) << qPrintable(pg.error().toString());
        dir = (*pg)->directory();
        port = (*pg)->port();
        ASSERT_TRUE(QDir(dir).exists());
        ASSERT_TRUE((*pg)->createDatabase("scratch_check"));
        auto c = PgConnection::open((*pg)->settings("scratch_check"));
        ASSERT_TRUE(c) << qPrintable(c.error().toString());
        auto r = (*c)->exec("SELECT current_database()");
        ASSERT_TRUE(r);
        EXPECT_EQ(r->value(0, 0), "scratch_check");
        QTcpSocket sock;
        sock.connectToHost("127.0.0.1", quint16(port));
        EXPECT_TRUE(sock.waitForConnected(2000)); // TCP listener too
    }
    EXPECT_FALSE(QDir(dir).exists()) << qPrintable(dir);
    QTcpSocket sock;
    sock.connectToHost("127.0.0.1", quint16(port));
    EXPECT_FALSE(sock.waitForConnected(1000));
}

TEST(ScratchPostgres, FindsServerBinaries)
{
    auto bindir = ScratchPostgres::findBinDir();
    ASSERT_TRUE(bindir) << qPrintable(bindir.error().toString());
    EXPECT_TRUE(QFile::exists(*bindir + "/initdb"));
    auto bad = ScratchPostgres::findBinDir("/nonexistent");
    EXPECT_TRUE(bad); // falls back to the system's binaries
}
