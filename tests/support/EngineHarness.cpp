// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineHarness.h"

#include "db/PgConnection.h"
#include "schema/SchemaDump.h"

#include <gtest/gtest.h>

namespace kuw::test {

const core::Catalog &catalog()
{
    static const core::Catalog *c = [] {
        auto loaded = core::Catalog::loadEmbedded();
        if (!loaded) {
            ADD_FAILURE() << qPrintable(loaded.error().toString());
            return new core::Catalog;
        }
        return new core::Catalog(*loaded);
    }();
    return *c;
}

core::RunReport runEngine(const core::ConnectionSettings &settings, core::MigrationCommand command,
                          const QString &target, core::Engine::Options options)
{
    auto v = catalog().resolve(target);
    EXPECT_TRUE(v.has_value()) << qPrintable(target);
    options.target = v.value_or(catalog().newest());
    core::Engine engine(catalog(), settings, options);
    return engine.run(command);
}

namespace {
QString dump(const core::ConnectionSettings &settings, bool schema)
{
    auto c = core::PgConnection::open(settings);
    EXPECT_TRUE(c);
    if (!c)
        return {};
    auto text = schema ? core::dumpSchemaText(**c, (*c)->schema()) : core::dumpDataText(**c, (*c)->schema());
    EXPECT_TRUE(text) << (text ? "" : qPrintable(text.error().toString()));
    return text ? *text : QString();
}
} // namespace

QString schemaDump(const core::ConnectionSettings &settings) { return dump(settings, true); }
QString dataDump(const core::ConnectionSettings &settings) { return dump(settings, false); }

QString schemaMetaRow(const core::ConnectionSettings &settings, const QString &subsystem)
{
    auto c = core::PgConnection::open(settings);
    EXPECT_TRUE(c);
    if (!c)
        return {};
    auto r = (*c)->exec(QStringLiteral("SELECT coalesce(last_executed, 'null') || '|' || coalesce(executed::text, 'null') "
                                       "|| '|' || coalesce(pending::text, 'null') FROM schema_meta "
                                       "WHERE key = 'schema_meta' AND subsystem = $1"),
                        {subsystem});
    EXPECT_TRUE(r);
    return r && r->rows() ? r->value(0, 0) : QString();
}

} // namespace kuw::test
