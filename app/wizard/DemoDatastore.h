// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"
#include "sandbox/ScratchPostgres.h"

#include <QFuture>

#include <memory>

namespace kuw::app {

/// The embedded, throwaway datastore behind `--demo`: a scratch PostgreSQL with a `kong`
/// database, started off the UI thread and torn down when the app exits.
class DemoDatastore
{
public:
    struct Started
    {
        std::shared_ptr<core::ScratchPostgres> server;
        std::optional<core::Error> error;
    };
    /// Starts the server on a worker thread.
    static QFuture<Started> start();
};

} // namespace kuw::app
