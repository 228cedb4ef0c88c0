// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: JSON text (from PostgreSQL) → YAML, numbers kept verbatim.
#pragma once

#include <QByteArray>

namespace kuw::core::declarative {

/// Appends one JSON value as a top-level block-sequence item ("- key: value", Kong's layout):
/// object keys sorted, numbers written exactly as PostgreSQL printed them (no round trip
/// through double, so 1.0, 1e-7 and 2^60 survive), strings double-quoted unless a plain
/// scalar reads back as the same string. A hand-written emitter: yaml-cpp's was the
/// bottleneck of large exports. False on malformed JSON.
bool appendJsonAsYamlItem(QByteArray &out, const QByteArray &json);

} // namespace kuw::core::declarative
