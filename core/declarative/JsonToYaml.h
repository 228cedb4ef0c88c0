// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: JSON text (from PostgreSQL) → YAML, numbers kept verbatim.
#pragma once

#include <QByteArray>

namespace YAML {
class Emitter;
}

namespace kuw::core::declarative {

/// Emits one JSON value as YAML: object keys sorted, numbers written exactly as PostgreSQL
/// printed them (no round trip through double, so 1.0, 1e-7 and 2^60 survive), strings
/// quoted where a plain scalar would read back as another type. False on malformed JSON.
bool emitJsonAsYaml(YAML::Emitter &out, const QByteArray &json);

} // namespace kuw::core::declarative
