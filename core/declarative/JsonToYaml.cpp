// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonToYaml.h"

#include "YamlScalars.h"

#include <QString>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace kuw::core::declarative {
namespace {

struct JNode
{
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    QString text; ///< string value, number text, "true"/"false"
    std::vector<std::pair<QString, JNode>> members;
    std::vector<JNode> items;
};

class Parser
{
public:
    explicit Parser(const QByteArray &json) : m_p(json.constData()), m_end(json.constData() + json.size()) {}

    bool parse(JNode &n)
    {
        skip();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{': return object(n);
        case '[': return array(n);
        case '"': n.kind = JNode::String; return string(n.text);
        case 't': return literal("true", n, JNode::Bool);
        case 'f': return literal("false", n, JNode::Bool);
        case 'n': return literal("null", n, JNode::Null);
        default: return number(n);
        }
    }
    bool atEnd()
    {
        skip();
        return m_p == m_end;
    }

private:
    void skip()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\t' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word, JNode &n, JNode::Kind kind)
    {
        const qsizetype len = qsizetype(qstrlen(word));
        if (m_end - m_p < len || qstrncmp(m_p, word, size_t(len)) != 0)
            return false;
        m_p += len;
        n.kind = kind;
        n.text = QString::fromLatin1(word);
        return true;
    }
    bool number(JNode &n)
    {
        const char *start = m_p;
        while (m_p < m_end && (std::isdigit(uchar(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        if (m_p == start)
            return false;
        n.kind = JNode::Number;
        n.text = QString::fromLatin1(start, m_p - start);
        return true;
    }
    bool string(QString &out)
    {
        ++m_p; // opening quote
        QByteArray utf8;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                utf8 += *m_p++;
                continue;
            }
            if (++m_p >= m_end)
                return false;
            const char c = *m_p++;
            switch (c) {
            case 'n': utf8 += '\n'; break;
            case 't': utf8 += '\t'; break;
            case 'r': utf8 += '\r'; break;
            case 'b': utf8 += '\b'; break;
            case 'f': utf8 += '\f'; break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                char16_t unit = char16_t(QByteArray(m_p, 4).toUShort(nullptr, 16));
                m_p += 4;
                QString piece = QChar(unit);
                if (QChar::isHighSurrogate(unit) && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    piece += QChar(char16_t(QByteArray(m_p + 2, 4).toUShort(nullptr, 16)));
                    m_p += 6;
                }
                utf8 += piece.toUtf8();
                break;
            }
            default: utf8 += c; // \" \\ \/
            }
        }
        if (m_p >= m_end)
            return false;
        ++m_p; // closing quote
        out = QString::fromUtf8(utf8);
        return true;
    }
    bool array(JNode &n)
    {
        n.kind = JNode::Array;
        ++m_p;
        skip();
        if (m_p < m_end && *m_p == ']')
            return ++m_p, true;
        for (;;) {
            JNode item;
            if (!parse(item))
                return false;
            n.items.push_back(std::move(item));
            skip();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            return m_p < m_end && *m_p++ == ']';
        }
    }
    bool object(JNode &n)
    {
        n.kind = JNode::Object;
        ++m_p;
        skip();
        if (m_p < m_end && *m_p == '}')
            return ++m_p, true;
        for (;;) {
            skip();
            QString key;
            if (m_p >= m_end || *m_p != '"' || !string(key))
                return false;
            skip();
            if (m_p >= m_end || *m_p++ != ':')
                return false;
            JNode value;
            if (!parse(value))
                return false;
            n.members.emplace_back(std::move(key), std::move(value));
            skip();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            return m_p < m_end && *m_p++ == '}';
        }
    }

    const char *m_p;
    const char *m_end;
};

bool isSafePlain(const QString &s)
{
    if (s.isEmpty())
        return false;
    // The YAML classifiers compare against word lists; only words that could match pay for it.
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

/// A YAML double-quoted scalar; JSON escapes are valid YAML escapes.
void appendQuoted(QByteArray &out, const QString &s)
{
    QString q;
    q.reserve(s.size() + 2);
    q += QLatin1Char('"');
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\')
            q += QLatin1Char('\\') + c;
        else if (u == '\n')
            q += QLatin1String("\\n");
        else if (u < 0x20 || u == 0x7f)
            q += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            q += c; // surrogate pairs stay together for toUtf8()
    }
    out += q.toUtf8() + '"';
}

void appendScalar(QByteArray &out, const JNode &n)
{
    switch (n.kind) {
    case JNode::Null: out += '~'; break;
    case JNode::Bool:
    case JNode::Number: out += n.text.toLatin1(); break;
    case JNode::String:
        if (isSafePlain(n.text))
            out += n.text.toLatin1();
        else
            appendQuoted(out, n.text);
        break;
    case JNode::Array: out += "[]"; break;
    case JNode::Object: out += "{}"; break;
    }
}

bool isBlock(const JNode &n)
{
    return (n.kind == JNode::Array && !n.items.empty()) || (n.kind == JNode::Object && !n.members.empty());
}

void appendSeq(QByteArray &out, JNode &n, int indent);

/// Map entries at `indent`; the first one continues the current line when `inlineFirst`.
void appendMap(QByteArray &out, JNode &n, int indent, bool inlineFirst)
{
    std::sort(n.members.begin(), n.members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    bool first = true;
    for (auto &[key, value] : n.members) {
        if (!(first && inlineFirst))
            out += QByteArray(indent, ' ');
        first = false;
        JNode keyNode;
        keyNode.kind = JNode::String;
        keyNode.text = key;
        appendScalar(out, keyNode);
        out += ':';
        if (value.kind == JNode::Object && isBlock(value)) {
            out += '\n';
            appendMap(out, value, indent + 2, false);
        } else if (isBlock(value)) {
            out += '\n';
            appendSeq(out, value, indent); // Kong's style: "- " under the key
        } else {
            out += ' ';
            appendScalar(out, value);
            out += '\n';
        }
    }
}

void appendSeq(QByteArray &out, JNode &n, int indent)
{
    for (JNode &item : n.items) {
        out += QByteArray(indent, ' ');
        if (item.kind == JNode::Object && isBlock(item)) {
            out += "- ";
            appendMap(out, item, indent + 2, true);
        } else if (isBlock(item)) {
            out += "-\n";
            appendSeq(out, item, indent + 2);
        } else {
            out += "- ";
            appendScalar(out, item);
            out += '\n';
        }
    }
}

} // namespace

bool appendJsonAsYamlItem(QByteArray &out, const QByteArray &json)
{
    Parser parser(json);
    JNode root;
    if (!parser.parse(root) || !parser.atEnd())
        return false;
    JNode list;
    list.kind = JNode::Array;
    list.items.push_back(std::move(root));
    appendSeq(out, list, 0);
    return true;
}

namespace {

/// A one-dimensional PostgreSQL array literal ({a,"b c",NULL}) as a JSON-like array of strings.
bool parseTextArray(const QByteArray &literal, JNode &n)
{
    n.kind = JNode::Array;
    const char *p = literal.constData(), *end = p + literal.size();
    if (end - p < 2 || *p != '{' || end[-1] != '}')
        return false;
    ++p;
    --end;
    while (p < end) {
        QByteArray item;
        JNode element;
        if (*p == '"') {
            for (++p; p < end && *p != '"'; ++p) {
                if (*p == '\\' && p + 1 < end)
                    ++p;
                item += *p;
            }
            if (p >= end)
                return false;
            ++p; // closing quote
            element.kind = JNode::String;
        } else {
            const char *start = p;
            while (p < end && *p != ',')
                ++p;
            item = QByteArray(start, p - start);
            element.kind = item == "NULL" ? JNode::Null : JNode::String;
        }
        if (element.kind == JNode::String)
            element.text = QString::fromUtf8(item);
        n.items.push_back(std::move(element));
        if (p < end && *p++ != ',')
            return false;
    }
    return true;
}

/// isSafePlain() on UTF-8 bytes for ASCII text; nullopt when non-ASCII bytes need the QString path.
std::optional<bool> asciiSafePlain(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    bool numeric = true; // only characters toDouble() accepts
    for (const char c : s) {
        const uchar u = uchar(c);
        if (u > 0x7e)
            return std::nullopt;
        if (u < 0x20 || u == 0x7f || u == '#' || u == ':' || u == '"' || u == '\\')
            return false;
        if (numeric && !((u >= '0' && u <= '9') || std::strchr("+-. \teEiInNfFaA", char(u))))
            numeric = false;
    }
    if (std::strchr("-?:,[]{}#&*!|>'\"%@` ", s.front()) || s.back() == ' ')
        return false;
    // The word lists and number rules are the QString ones; few strings get this far.
    if ((s.size() <= 5 && std::strchr("~nNtTfFyYoO", s.front())) || numeric)
        return isSafePlain(QString::fromLatin1(s));
    return true;
}

void appendValue(QByteArray &out, JNode &n)
{
    if (n.kind == JNode::Object && isBlock(n)) {
        out += '\n';
        appendMap(out, n, 4, false);
    } else if (isBlock(n)) {
        out += '\n';
        appendSeq(out, n, 2);
    } else {
        out += ' ';
        appendScalar(out, n);
        out += '\n';
    }
}

} // namespace

RowYamlWriter::RowYamlWriter(const QStringList &names)
{
    for (int i = 0; i < names.size(); ++i)
        m_order.push_back(i);
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) { return names.at(a) < names.at(b); });
    for (int i = 0; i < names.size(); ++i) {
        JNode key;
        key.kind = JNode::String;
        key.text = names.at(i);
        QByteArray k;
        appendScalar(k, key);
        m_keys.push_back(k + ':');
    }
}

bool RowYamlWriter::append(QByteArray &out, const std::vector<RowValue> &values) const
{
    bool first = true;
    for (const int i : m_order) {
        out += first ? "- " : "  ";
        first = false;
        out += m_keys[size_t(i)];
        const RowValue &v = values[size_t(i)];
        switch (v.kind) {
        case RowValue::Null: out += " ~\n"; break;
        case RowValue::Literal:
            out += ' ';
            out += v.text;
            out += '\n';
            break;
        case RowValue::Text:
            if (asciiSafePlain(v.text).value_or(false)) {
                out += ' ';
                out += v.text;
                out += '\n';
            } else {
                out += ' ';
                JNode n;
                n.kind = JNode::String;
                n.text = QString::fromUtf8(v.text);
                appendScalar(out, n);
                out += '\n';
            }
            break;
        case RowValue::TextArray: {
            JNode n;
            if (!parseTextArray(v.text, n))
                return false;
            appendValue(out, n);
            break;
        }
        case RowValue::Json: {
            JNode n;
            Parser parser(v.text);
            if (!parser.parse(n) || !parser.atEnd())
                return false;
            appendValue(out, n);
            break;
        }
        }
    }
    return true;
}

} // namespace kuw::core::declarative
