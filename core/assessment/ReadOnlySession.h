// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "db/ConnectionSettings.h"

#include <memory>

namespace kuw::core {

class PgConnection;

/// A connection whose every transaction is read-only (default_transaction_read_only = on),
/// for assessments and diagnostic reports: a write attempt fails with SQLSTATE 25006.
Result<std::unique_ptr<PgConnection>> openReadOnlySession(const ConnectionSettings &settings);

} // namespace kuw::core
