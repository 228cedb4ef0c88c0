// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

struct pg_result;

namespace kuw::core {

struct ConnectionSettings;

/// Turns libpq's connection failure text into a typed Error with a remedy.
Error mapConnectionError(const QString &libpqMessage, const ConnectionSettings &settings);
/// Turns a failed statement into a typed Error carrying SQLSTATE, DETAIL/HINT and the statement.
Error mapQueryError(const pg_result *result, const QString &connectionMessage, const QString &statement);

} // namespace kuw::core
