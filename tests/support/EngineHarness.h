// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/Catalog.h"
#include "migrations/Engine.h"
#include "migrations/RunReport.h"

#include <QString>

namespace kuw::test {

/// The embedded catalog, loaded once per test process (fails the test if it cannot load).
const core::Catalog &catalog();

/// Runs one engine command against `settings` with `target` (e.g. "2.5.2").
core::RunReport runEngine(const core::ConnectionSettings &settings, core::MigrationCommand command,
                          const QString &target, core::Engine::Options options = {});

/// Normalized schema.txt / data.txt of the connection's schema (see core/schema/SchemaDump).
QString schemaDump(const core::ConnectionSettings &settings);
QString dataDump(const core::ConnectionSettings &settings);

/// The schema_meta row of a subsystem as "last_executed|executed|pending" (NULL → "null").
QString schemaMetaRow(const core::ConnectionSettings &settings, const QString &subsystem);

} // namespace kuw::test
