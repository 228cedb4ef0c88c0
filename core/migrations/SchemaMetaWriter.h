// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace kuw::core {

class PgConnection;

/// Kong's bookkeeping writes, byte for byte in effect (kong/db/strategies/postgres/connector.lua):
/// upserts on (key, subsystem) with array append/remove that never deduplicate.
namespace schema_meta {

/// schema_meta and locks, as `kong migrations bootstrap` creates them (idempotent).
Status createBookkeeping(PgConnection &conn, const QString &schema);
/// After up: executed (no teardown) or pending (has teardown; last_executed untouched).
Status recordUp(PgConnection &conn, const QString &subsystem, const QString &name, bool pending);
/// After a teardown: last_executed = name, appended to executed, removed from pending.
Status recordTeardown(PgConnection &conn, const QString &subsystem, const QString &name);

} // namespace schema_meta
} // namespace kuw::core
