// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: JSON text (from PostgreSQL) → YAML, numbers kept verbatim.
#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace kuw::core::declarative {

/// Appends one JSON value as a top-level block-sequence item ("- key: value", Kong's layout):
/// object keys sorted, numbers written exactly as PostgreSQL printed them (no round trip
/// through double, so 1.0, 1e-7 and 2^60 survive), strings double-quoted unless a plain
/// scalar reads back as the same string. A hand-written emitter: yaml-cpp's was the
/// bottleneck of large exports. False on malformed JSON.
bool appendJsonAsYamlItem(QByteArray &out, const QByteArray &json);

/// One column of an exported row as PostgreSQL printed it (COPY escapes already removed).
struct RowValue
{
    /// Literal: number or true/false, verbatim; TextArray: a one-dimensional text[] literal.
    enum Kind { Null, Text, Literal, Json, TextArray } kind = Null;
    QByteArray text;                                      ///< UTF-8
};

/// Appends a row as a block-sequence item, the same as appendJsonAsYamlItem would for the JSON
/// object of `names` → `values`, without building that JSON on the server. False when a Json
/// or TextArray value is malformed.
bool appendRowAsYamlItem(QByteArray &out, const QStringList &names, const std::vector<RowValue> &values);

} // namespace kuw::core::declarative
