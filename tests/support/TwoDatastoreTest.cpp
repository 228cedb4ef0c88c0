// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwoDatastoreTest.h"

#include "EngineHarness.h"
#include "UpgradeChecks.h"

#include <QUuid>

namespace kuw::test {

const QString TwoDatastoreTest::kSeedTarget = QStringLiteral("2.5.2");

void TwoDatastoreTest::SetUp()
{
    DatabaseTest::SetUp();
    ASSERT_TRUE(m_tmp.isValid());
    m_target = QStringLiteral("kuw_target_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto admin = core::PgConnection::open(TestPostgres::instance().settings());
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE((*admin)->execScript(QStringLiteral("CREATE DATABASE ") + m_target).ok());
}

void TwoDatastoreTest::TearDown()
{
    if (auto admin = core::PgConnection::open(TestPostgres::instance().settings()))
        (void)(*admin)->execScript(QStringLiteral("DROP DATABASE IF EXISTS ") + m_target + " WITH (FORCE)");
    DatabaseTest::TearDown();
}

void TwoDatastoreTest::seedSource()
{
    ASSERT_TRUE(runEngine(settings(), core::MigrationCommand::Bootstrap, "2.3.3").ok());
    const Seed seed = loadSeed("2.3.3");
    sql(seed.beforeUp);
    ASSERT_TRUE(runEngine(settings(), core::MigrationCommand::Up, kSeedTarget).ok());
    sql(seed.betweenUpAndFinish);
    ASSERT_TRUE(runEngine(settings(), core::MigrationCommand::Finish, kSeedTarget).ok());
}

} // namespace kuw::test
