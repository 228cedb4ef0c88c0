// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: exported rows (COPY fields from PostgreSQL) → YAML, numbers kept verbatim.
#pragma once

#include <QStringList>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kuw::core::declarative {

/// One column of an exported row as PostgreSQL printed it (COPY escapes already removed).
/// `text` is not owned: it points into the COPY line or the caller's buffer.
struct RowValue
{
    /// Literal: number or true/false, verbatim; TextArray: a one-dimensional text[] literal.
    enum Kind { Null, Text, Literal, Json, TextArray } kind = Null;
    std::string_view text; ///< UTF-8
};

/// Writes rows of one entity type as block-sequence items in Kong's layout ("- key: value"):
/// keys sorted and rendered once, JSON object keys sorted, numbers written exactly as
/// PostgreSQL printed them (no round trip through double, so 1.0, 1e-7 and 2^60 survive),
/// strings double-quoted unless a plain scalar reads back as the same string. Works on bytes:
/// ASCII text is checked and copied as is, JSON is parsed into reused flat buffers, so a row
/// costs no allocation once the buffers have grown. Not thread-safe (the buffers).
class RowYamlWriter
{
public:
    explicit RowYamlWriter(const QStringList &names);
    /// False when a Json or TextArray value is malformed.
    bool append(std::string &out, const std::vector<RowValue> &values);

private:
    /// A parsed JSON value or text[] element; containers list their children in m_children.
    struct Node
    {
        enum Kind : std::uint8_t { Null, Bool, Number, String, Array, Object } kind = Null;
        std::string_view text; ///< unescaped string, or the literal / number as written
        std::string_view key;  ///< unescaped member name (object members)
        std::uint32_t first = 0, count = 0;
    };

    bool parseJson(std::string_view json);
    bool parseValue(const char *&p, const char *end, std::uint32_t &index, int depth);
    bool parseString(const char *&p, const char *end, std::string_view &text);
    bool parseTextArray(std::string_view literal);
    std::string &scratch();
    std::uint32_t addContainer(Node::Kind kind, std::size_t mark);
    void reset();

    void appendValue(std::string &out, std::uint32_t node);
    void appendMap(std::string &out, std::uint32_t node, int indent, bool inlineFirst);
    void appendSeq(std::string &out, std::uint32_t node, int indent);
    void appendScalar(std::string &out, const Node &n) const;
    bool isBlock(const Node &n) const { return (n.kind == Node::Array || n.kind == Node::Object) && n.count > 0; }

    std::vector<std::string> m_prefixed; ///< per value index: "- key:" (first in order) or "  key:"
    std::vector<int> m_order;             ///< value indexes in key order

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_children; ///< children of each container, contiguous
    std::vector<std::uint32_t> m_pending;  ///< children of containers still being parsed
    std::deque<std::string> m_scratch;     ///< unescaped strings (deque: stable addresses)
    std::size_t m_scratchUsed = 0;
};

/// A string as a YAML scalar: plain when it reads back as the same string, else double-quoted.
void appendYamlString(std::string &out, std::string_view utf8);

} // namespace kuw::core::declarative
