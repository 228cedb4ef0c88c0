// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace kuw::core {

class PgConnection;

/// What a teardown function may need besides the connection (inside the step's transaction).
struct TeardownContext
{
    QString subsystem;
    QString migration;
};

/// A data-rewriting teardown written in C++ (set-based SQL driven from C++): returns the
/// number of rows changed. Runs inside the engine's transaction; must not COMMIT.
using TeardownFunction = std::function<Result<qint64>(PgConnection &, const TeardownContext &)>;

/// The registry of C++ teardown functions referenced by name from the catalog.
class TeardownFunctions
{
public:
    /// nullptr when no function has this name.
    static const TeardownFunction *find(const QString &name);
    static QStringList names();
};

} // namespace kuw::core
