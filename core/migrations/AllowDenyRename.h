// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace kuw::core {

class PgConnection;

/// Kong 2.1's rename of a plugin config: whitelist → allow, blacklist → deny (an absent old key
/// removes the new one), then the whole object re-encoded as lua-cjson does (empty arrays
/// become {}, numbers keep 14 significant digits). Input and output are JSON text; the error
/// message says what is wrong (the caller names the row).
Result<QByteArray> renameAllowDenyConfig(const QByteArray &configJson);

/// Teardown for the acl, bot-detection and ip-restriction plugins: rewrites the config of every
/// `plugins` row named `pluginName` in one UPDATE. Kong-exact, so not idempotent: the engine
/// runs it once per datastore. Returns the number of rows written.
Result<qint64> renameAllowDeny(PgConnection &conn, const QString &pluginName);

} // namespace kuw::core
