// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatastore.h"

#include "migrations/Catalog.h"
#include "migrations/Engine.h"

#include <QtConcurrent>

namespace kuw::app {

QFuture<DemoDatastore::Started> DemoDatastore::start(const QString &startVersion)
{
    return QtConcurrent::run([startVersion] {
        Started out;
        auto pg = core::ScratchPostgres::start();
        if (!pg) {
            out.error = pg.error();
            return out;
        }
        if (core::Status s = (*pg)->createDatabase(QStringLiteral("kong")); !s) {
            out.error = s.error();
            return out;
        }
        // A datastore one major hop behind, so the whole story (up, pending, finish) shows.
        auto catalog = core::Catalog::loadEmbedded();
        if (!catalog) {
            out.error = catalog.error();
            return out;
        }
        core::Engine::Options opts;
        opts.target = catalog->resolve(startVersion).value_or(catalog->newest());
        core::Engine engine(*catalog, (*pg)->settings(QStringLiteral("kong")), opts);
        const core::RunReport r = engine.run(core::MigrationCommand::Bootstrap);
        if (r.error) {
            out.error = r.error;
            return out;
        }
        out.server = std::shared_ptr<core::ScratchPostgres>(std::move(*pg));
        return out;
    });
}

} // namespace kuw::app
