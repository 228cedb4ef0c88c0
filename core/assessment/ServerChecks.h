// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "versions/KongVersion.h"

#include <optional>

namespace kuw::core {

/// The PostgreSQL server version against what the target Kong accepts (9.5+, enforced from
/// 2.2; below 2.2 declared only). Pure, for tests.
std::optional<Finding> serverVersionFinding(int serverVersionNum, const QString &serverVersion,
                                            const KongVersion &target);

/// Whether the target Kong's PostgreSQL driver can do SCRAM-SHA-256: no (≤ 2.6), only with
/// luaossl installed (2.7.0–2.8.3), yes (2.8.4+, 3.x).
enum class ScramSupport { None, NeedsLuaossl, Full };
ScramSupport scramSupport(const KongVersion &target);

} // namespace kuw::core
