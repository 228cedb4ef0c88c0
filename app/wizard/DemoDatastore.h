// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"
#include "sandbox/ScratchPostgres.h"

#include <QFuture>

#include <memory>

namespace kuw::app {

/// The embedded, throwaway datastore behind `--demo`: a scratch PostgreSQL with a `kong`
/// database bootstrapped at an older Kong, started off the UI thread, torn down at exit.
class DemoDatastore
{
public:
    struct Started
    {
        std::shared_ptr<core::ScratchPostgres> server;
        std::optional<core::Error> error;
    };
    /// Starts the server on a worker thread and bootstraps Kong `startVersion` in it.
    static QFuture<Started> start(const QString &startVersion = QStringLiteral("2.0.5"));
};

} // namespace kuw::app
