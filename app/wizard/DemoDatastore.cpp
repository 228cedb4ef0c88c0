// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatastore.h"

#include <QtConcurrent>

namespace kuw::app {

QFuture<DemoDatastore::Started> DemoDatastore::start()
{
    return QtConcurrent::run([] {
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
        out.server = std::shared_ptr<core::ScratchPostgres>(std::move(*pg));
        return out;
    });
}

} // namespace kuw::app
