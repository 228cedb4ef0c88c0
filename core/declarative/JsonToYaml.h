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

/// Writes rows of one entity type as block-sequence items, byte for byte what
/// appendJsonAsYamlItem writes for the JSON object of `names` → values, without building that
/// JSON on the server or a tree per row: keys are sorted and rendered once, ASCII text is
/// checked and copied as bytes; only Json/TextArray values are parsed.
class RowYamlWriter
{
public:
    explicit RowYamlWriter(const QStringList &names);
    /// False when a Json or TextArray value is malformed.
    bool append(QByteArray &out, const std::vector<RowValue> &values) const;

private:
    std::vector<int> m_order;        ///< value indexes in key order
    std::vector<QByteArray> m_keys;  ///< each key as YAML, followed by ':'
};

} // namespace kuw::core::declarative
