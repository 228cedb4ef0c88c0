// SPDX-License-Identifier: GPL-3.0-or-later
// clustering_data_planes read as the Control Plane's Admin API would list it (the wizard's
// fallback when that API refuses): live rows only, versions from 2.3 on, nothing before 2.1.
#include "db/PgConnection.h"
#include "jobs/StoredDataPlanesJob.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"

using namespace kuw;
using core::MigrationCommand;
using kuw::test::DatabaseTest;

class StoredDataPlanes : public DatabaseTest
{
};

TEST_F(StoredDataPlanes, ListsLiveRowsWithTheirVersions)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "2.5.2").ok());
    sql("INSERT INTO clustering_data_planes (id, hostname, ip, config_hash, version, sync_status, ttl, last_seen) VALUES "
        "('6a1f0c3e-2b4d-4e8f-9a0b-1c2d3e4f5a01', 'dp-b', '10.0.0.2', 'h2', '2.5.1', 'normal', now() + interval '1 hour', '2026-01-02 03:04:05+00'), "
        "('6a1f0c3e-2b4d-4e8f-9a0b-1c2d3e4f5a02', 'dp-a', '10.0.0.1', 'h1', '2.4.1', 'kong_version_incompatible', NULL, now()), "
        "('6a1f0c3e-2b4d-4e8f-9a0b-1c2d3e4f5a03', 'dp-old', '10.0.0.3', 'h3', '2.5.0', 'normal', now() - interval '1 second', now())");
    const auto read = core::startStoredDataPlanesRead(settings()).result();
    ASSERT_FALSE(read.error.has_value()) << qPrintable(read.error->toString());
    EXPECT_TRUE(read.tableExists);
    ASSERT_EQ(read.dataPlanes.size(), 2); // dp-old's ttl has passed
    EXPECT_EQ(read.dataPlanes[0].hostname, "dp-a");
    EXPECT_EQ(read.dataPlanes[0].syncStatus, "kong_version_incompatible");
    EXPECT_EQ(read.dataPlanes[1].hostname, "dp-b");
    EXPECT_EQ(read.dataPlanes[1].version, "2.5.1");
    EXPECT_EQ(read.dataPlanes[1].configHash, "h2");
    EXPECT_EQ(read.dataPlanes[1].lastSeen, QDateTime::fromString("2026-01-02T03:04:05Z", Qt::ISODate).toSecsSinceEpoch());
}

TEST_F(StoredDataPlanes, BeforeHybridModeThereIsNoTable)
{
    ASSERT_TRUE(test::runEngine(settings(), MigrationCommand::Bootstrap, "1.5.1").ok());
    const auto read = core::startStoredDataPlanesRead(settings()).result();
    EXPECT_FALSE(read.error.has_value());
    EXPECT_FALSE(read.tableExists);
    EXPECT_TRUE(read.dataPlanes.isEmpty());
}

TEST_F(StoredDataPlanes, AConnectionFailureIsReported)
{
    core::ConnectionSettings bad = settings();
    bad.database = QStringLiteral("kuw_no_such_database");
    const auto read = core::startStoredDataPlanesRead(bad).result();
    ASSERT_TRUE(read.error.has_value());
    EXPECT_TRUE(read.error->message.contains("kuw_no_such_database")) << qPrintable(read.error->message);
}
