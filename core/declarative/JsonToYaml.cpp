// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonToYaml.h"

#include "YamlScalars.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cstring>

namespace kuw::core::declarative {
namespace {

/// Byte classes for the ASCII fast path of appendYamlString.
enum : std::uint8_t {
    kUnsafe = 1,     ///< never in a plain scalar (controls, # : " \)
    kNotNumeric = 2, ///< a character toDouble() cannot accept
    kHigh = 4,       ///< part of a non-ASCII UTF-8 sequence
    kBadFirst = 8,   ///< cannot start a plain scalar (YAML indicators, space)
};

constexpr std::array<std::uint8_t, 256> byteClasses()
{
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t k = 0;
        if (c < 0x20 || c == 0x7f || c == '#' || c == ':' || c == '"' || c == '\\')
            k |= kUnsafe;
        if (c >= 0x80)
            k |= kHigh;
        bool numeric = c >= '0' && c <= '9';
        for (const char n : std::string_view("+-. \teEiInNfFaA"))
            numeric = numeric || c == n;
        if (!numeric)
            k |= kNotNumeric;
        for (const char b : std::string_view("-?:,[]{}#&*!|>'\"%@` "))
            if (c == b)
                k |= kBadFirst;
        t[std::size_t(c)] = k;
    }
    return t;
}
constexpr std::array<std::uint8_t, 256> kClass = byteClasses();

/// The full plain-scalar rule (YAML word lists, numbers); only few strings need it.
bool isSafePlain(const QString &s)
{
    if (s.isEmpty())
        return false;
    const char16_t first = s.front().unicode();
    if (s.size() <= 5 && QStringView(u"~nNtTfFyYoO").contains(QChar(first)) && (isNullScalar(s) || boolScalar(s)))
        return false;
    if (numberScalar(s))
        return false;
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@` ").contains(s.front()) || s.back() == QLatin1Char(' '))
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == '#' || u == ':' || u == '"' || u == '\\' || u > 0x7e)
            return false;
    }
    return true;
}

/// A YAML double-quoted scalar; escapes only what YAML requires (\" \\ \n, other controls as \xNN).
void appendQuoted(std::string &out, std::string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c; // UTF-8 sequences stay as they are
        }
    }
    out += '"';
}

bool asciiWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

} // namespace

void appendYamlString(std::string &out, std::string_view s)
{
    if (s.empty()) {
        out += "\"\"";
        return;
    }
    std::uint8_t seen = 0;
    for (const char c : s)
        seen |= kClass[static_cast<unsigned char>(c)];
    if (seen & kHigh) {
        // Non-ASCII is never plain; the QString round trip keeps what invalid UTF-8 became before.
        appendQuoted(out, QString::fromUtf8(s.data(), qsizetype(s.size())).toStdString());
        return;
    }
    bool plain = !(seen & kUnsafe) && !(kClass[static_cast<unsigned char>(s.front())] & kBadFirst) && s.back() != ' ';
    if (plain && ((s.size() <= 5 && std::strchr("~nNtTfFyYoO", s.front())) || !(seen & kNotNumeric)))
        plain = isSafePlain(QString::fromLatin1(s.data(), qsizetype(s.size()))); // words and numbers
    if (plain)
        out += s;
    else
        appendQuoted(out, s);
}

RowYamlWriter::RowYamlWriter(const QStringList &names)
{
    for (int i = 0; i < names.size(); ++i)
        m_order.push_back(i);
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return names.at(a) < names.at(b); });
    m_prefixed.resize(std::size_t(names.size()));
    for (const int i : m_order) {
        std::string &k = m_prefixed[std::size_t(i)];
        k = i == m_order.front() ? "- " : "  ";
        appendYamlString(k, names.at(i).toStdString());
        k += ':';
    }
}

void RowYamlWriter::reset()
{
    m_nodes.clear();
    m_children.clear();
    m_pending.clear();
    m_scratchUsed = 0;
}

std::string &RowYamlWriter::scratch()
{
    if (m_scratchUsed == m_scratch.size())
        m_scratch.emplace_back();
    std::string &s = m_scratch[m_scratchUsed++];
    s.clear();
    return s;
}

std::uint32_t RowYamlWriter::addContainer(Node::Kind kind, std::size_t mark)
{
    Node n;
    n.kind = kind;
    n.first = std::uint32_t(m_children.size());
    n.count = std::uint32_t(m_pending.size() - mark);
    m_children.insert(m_children.end(), m_pending.begin() + std::ptrdiff_t(mark), m_pending.end());
    m_pending.resize(mark);
    m_nodes.push_back(n);
    return std::uint32_t(m_nodes.size() - 1);
}

bool RowYamlWriter::parseString(const char *&p, const char *end, std::string_view &text)
{
    const char *start = ++p; // past the opening quote
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    if (p >= end)
        return false;
    if (*p == '"') {
        text = std::string_view(start, std::size_t(p - start));
        ++p;
        return true;
    }
    std::string &s = scratch();
    s.assign(start, std::size_t(p - start));
    while (p < end && *p != '"') {
        if (*p != '\\') {
            s += *p++;
            continue;
        }
        if (++p >= end)
            return false;
        const char c = *p++;
        switch (c) {
        case 'n': s += '\n'; break;
        case 't': s += '\t'; break;
        case 'r': s += '\r'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'u': {
            if (end - p < 4)
                return false;
            const auto unit = char16_t(QByteArray(p, 4).toUShort(nullptr, 16));
            p += 4;
            QString piece = QChar(unit);
            if (QChar::isHighSurrogate(unit) && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                piece += QChar(char16_t(QByteArray(p + 2, 4).toUShort(nullptr, 16)));
                p += 6;
            }
            s += piece.toStdString();
            break;
        }
        default: s += c; // \" \\ \/
        }
    }
    if (p >= end)
        return false;
    ++p; // closing quote
    text = s;
    return true;
}

bool RowYamlWriter::parseValue(const char *&p, const char *end, std::uint32_t &index, int depth)
{
    while (p < end && asciiWhitespace(*p))
        ++p;
    if (p >= end || depth > 10000)
        return false;
    Node n;
    switch (*p) {
    case '{':
    case '[': {
        const bool object = *p++ == '{';
        const char close = object ? '}' : ']';
        const std::size_t mark = m_pending.size();
        while (p < end && asciiWhitespace(*p))
            ++p;
        if (p < end && *p == close) {
            ++p;
        } else {
            for (;;) {
                std::string_view key;
                if (object) {
                    while (p < end && asciiWhitespace(*p))
                        ++p;
                    if (p >= end || *p != '"' || !parseString(p, end, key))
                        return false;
                    while (p < end && asciiWhitespace(*p))
                        ++p;
                    if (p >= end || *p++ != ':')
                        return false;
                }
                std::uint32_t child = 0;
                if (!parseValue(p, end, child, depth + 1))
                    return false;
                m_nodes[child].key = key;
                m_pending.push_back(child);
                while (p < end && asciiWhitespace(*p))
                    ++p;
                if (p < end && *p == ',') {
                    ++p;
                    continue;
                }
                if (p < end && *p++ == close)
                    break;
                return false;
            }
        }
        index = addContainer(object ? Node::Object : Node::Array, mark);
        return true;
    }
    case '"':
        n.kind = Node::String;
        if (!parseString(p, end, n.text))
            return false;
        break;
    case 't':
    case 'f':
    case 'n': {
        const std::string_view word = *p == 't' ? "true" : *p == 'f' ? "false" : "null";
        if (std::size_t(end - p) < word.size() || std::string_view(p, word.size()) != word)
            return false;
        n.kind = *p == 'n' ? Node::Null : Node::Bool;
        n.text = word;
        p += word.size();
        break;
    }
    default: {
        const char *start = p;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'))
            ++p;
        if (p == start)
            return false;
        n.kind = Node::Number;
        n.text = std::string_view(start, std::size_t(p - start));
    }
    }
    m_nodes.push_back(n);
    index = std::uint32_t(m_nodes.size() - 1);
    return true;
}

bool RowYamlWriter::parseJson(std::string_view json)
{
    reset();
    const char *p = json.data(), *end = p + json.size();
    std::uint32_t root = 0;
    if (!parseValue(p, end, root, 0))
        return false;
    while (p < end && asciiWhitespace(*p))
        ++p;
    return p == end;
}

/// A one-dimensional PostgreSQL array literal ({a,"b c",NULL}) as an array of strings.
bool RowYamlWriter::parseTextArray(std::string_view literal)
{
    reset();
    const char *p = literal.data(), *end = p + literal.size();
    if (end - p < 2 || *p != '{' || end[-1] != '}')
        return false;
    ++p;
    --end;
    while (p < end) {
        Node element;
        element.kind = Node::String;
        if (*p == '"') {
            const char *start = ++p;
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p < end && *p == '"') {
                element.text = std::string_view(start, std::size_t(p - start));
            } else {
                std::string &s = scratch();
                s.assign(start, std::size_t(p - start));
                for (; p < end && *p != '"'; ++p) {
                    if (*p == '\\' && p + 1 < end)
                        ++p;
                    s += *p;
                }
                element.text = s;
            }
            if (p >= end)
                return false;
            ++p; // closing quote
        } else {
            const char *start = p;
            while (p < end && *p != ',')
                ++p;
            element.text = std::string_view(start, std::size_t(p - start));
            if (element.text == "NULL")
                element.kind = Node::Null;
        }
        m_nodes.push_back(element);
        m_pending.push_back(std::uint32_t(m_nodes.size() - 1));
        if (p < end && *p++ != ',')
            return false;
    }
    addContainer(Node::Array, 0);
    return true;
}

void RowYamlWriter::appendScalar(std::string &out, const Node &n) const
{
    switch (n.kind) {
    case Node::Null: out += '~'; break;
    case Node::Bool:
    case Node::Number: out += n.text; break;
    case Node::String: appendYamlString(out, n.text); break;
    case Node::Array: out += "[]"; break;
    case Node::Object: out += "{}"; break;
    }
}

/// Map entries at `indent`, keys sorted; the first one continues the current line when `inlineFirst`.
void RowYamlWriter::appendMap(std::string &out, std::uint32_t node, int indent, bool inlineFirst)
{
    const Node &map = m_nodes[node];
    const auto begin = m_children.begin() + map.first, end = begin + map.count;
    // The order of QString keys (UTF-16 code units), which is byte order for ASCII.
    std::sort(begin, end, [this](std::uint32_t a, std::uint32_t b) {
        const std::string_view ka = m_nodes[a].key, kb = m_nodes[b].key;
        const auto high = [](std::string_view k) {
            return std::any_of(k.begin(), k.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        };
        if (high(ka) || high(kb))
            return QString::fromUtf8(ka.data(), qsizetype(ka.size())) < QString::fromUtf8(kb.data(), qsizetype(kb.size()));
        return ka < kb;
    });
    bool first = true;
    for (auto it = begin; it != end; ++it) {
        if (!(first && inlineFirst))
            out.append(std::size_t(indent), ' ');
        first = false;
        const Node &value = m_nodes[*it];
        appendYamlString(out, value.key);
        out += ':';
        if (value.kind == Node::Object && isBlock(value)) {
            out += '\n';
            appendMap(out, *it, indent + 2, false);
        } else if (isBlock(value)) {
            out += '\n';
            appendSeq(out, *it, indent); // Kong's style: "- " under the key
        } else {
            out += ' ';
            appendScalar(out, value);
            out += '\n';
        }
    }
}

void RowYamlWriter::appendSeq(std::string &out, std::uint32_t node, int indent)
{
    const Node &seq = m_nodes[node];
    for (std::uint32_t i = seq.first; i < seq.first + seq.count; ++i) {
        const std::uint32_t child = m_children[i];
        const Node &item = m_nodes[child];
        out.append(std::size_t(indent), ' ');
        if (item.kind == Node::Object && isBlock(item)) {
            out += "- ";
            appendMap(out, child, indent + 2, true);
        } else if (isBlock(item)) {
            out += "-\n";
            appendSeq(out, child, indent + 2);
        } else {
            out += "- ";
            appendScalar(out, item);
            out += '\n';
        }
    }
}

/// A field's value after "key:": block collections on the following lines, scalars inline.
void RowYamlWriter::appendValue(std::string &out, std::uint32_t node)
{
    const Node &n = m_nodes[node];
    if (n.kind == Node::Object && isBlock(n)) {
        out += '\n';
        appendMap(out, node, 4, false);
    } else if (isBlock(n)) {
        out += '\n';
        appendSeq(out, node, 2);
    } else {
        out += ' ';
        appendScalar(out, n);
        out += '\n';
    }
}

bool RowYamlWriter::append(std::string &out, const std::vector<RowValue> &values)
{
    for (const int i : m_order) {
        out += m_prefixed[std::size_t(i)];
        const RowValue &v = values[std::size_t(i)];
        switch (v.kind) {
        case RowValue::Null: out += " ~\n"; break;
        case RowValue::Literal:
            out += ' ';
            out += v.text;
            out += '\n';
            break;
        case RowValue::Text:
            out += ' ';
            appendYamlString(out, v.text);
            out += '\n';
            break;
        case RowValue::TextArray:
        case RowValue::Json:
            if (!(v.kind == RowValue::Json ? parseJson(v.text) : parseTextArray(v.text)))
                return false;
            appendValue(out, std::uint32_t(m_nodes.size() - 1)); // the root is added last
            break;
        }
    }
    return true;
}

} // namespace kuw::core::declarative
