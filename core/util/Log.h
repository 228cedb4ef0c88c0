// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace kuw::core {

/// Installs a Qt message handler that passes every message through Redactor before the
/// handler that was current prints it. Call from each main(); calling again re-wraps the
/// handler installed since (tests use that to capture redacted output).
void installRedactingMessageHandler();

} // namespace kuw::core
