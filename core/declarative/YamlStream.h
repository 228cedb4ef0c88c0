// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: a streaming reader over libyaml's event parser.
#pragma once

#include <QString>

#include <functional>
#include <istream>
#include <utility>
#include <vector>

namespace kuw::core::declarative {

/// A small YAML node with its position; only one entity's subtree is held at a time.
struct YNode
{
    enum Kind { Null, Scalar, Map, Seq };
    Kind kind = Null;
    QString text;       ///< scalar text (also for keys)
    bool plain = true;  ///< unquoted scalar: subject to null/bool/number resolution
    int line = 0;       ///< 1-based
    int column = 0;     ///< 1-based
    std::vector<std::pair<YNode, YNode>> map;
    std::vector<YNode> seq;

    const char *kindName() const;
};

/// Reads a YAML document whose top level is a mapping and hands over, one by one, every item
/// of a top-level list (`onItem(key, node)`) and every other top-level value
/// (`onValue(key, node)`), so memory stays bounded by the largest entity. `onError` gets
/// line, column and message (syntax errors, duplicate keys, a non-mapping top level).
struct YamlStreamCallbacks
{
    std::function<void(const YNode &key, YNode &&item)> onItem;
    std::function<void(const YNode &key, YNode &&value)> onValue;
    std::function<void(int line, int column, const QString &message)> onError;
};

/// Returns false when parsing stopped on a syntax error (reported through onError).
bool readYamlStream(std::istream &in, const YamlStreamCallbacks &callbacks);

} // namespace kuw::core::declarative
