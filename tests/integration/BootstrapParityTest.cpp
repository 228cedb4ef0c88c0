// SPDX-License-Identifier: GPL-3.0-or-later
// `bootstrap --target V` must leave exactly what real Kong V's bootstrap leaves: the
// fixtures are normalized dumps of datastores bootstrapped by real Kong OSS.
#include "support/EngineHarness.h"
#include "support/Fixtures.h"
#include "support/TestPostgres.h"

using namespace kuw;
using kuw::test::DatabaseTest;

class BootstrapParity : public DatabaseTest, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(BootstrapParity, SchemaAndDataEqualRealKong)
{
    const QString version = QString::fromLatin1(GetParam());
    const core::RunReport report = test::runEngine(settings(), core::MigrationCommand::Bootstrap, version);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error ? report.error->toString() : QString("cancelled"));
    ASSERT_FALSE(report.steps.isEmpty());
    const QString schema = test::schemaDump(settings());
    const QString expectedSchema = test::fixtureText(version, "schema.txt");
    EXPECT_TRUE(schema == expectedSchema) << qPrintable(test::unifiedDiff(expectedSchema, schema));
    const QString data = test::dataDump(settings());
    const QString expectedData = test::fixtureText(version, "data.txt");
    EXPECT_TRUE(data == expectedData) << qPrintable(test::unifiedDiff(expectedData, data));
}

INSTANTIATE_TEST_SUITE_P(KongOss, BootstrapParity,
                         ::testing::Values("1.0.4", "1.1.3", "1.2.3", "1.3.1", "1.4.3", "1.5.1", "2.0.5",
                                           "2.1.4", "2.2.2", "2.3.3", "2.4.1", "2.5.0", "2.5.2"),
                         [](const auto &info) { return QString::fromLatin1(info.param).replace('.', '_').toStdString(); });
