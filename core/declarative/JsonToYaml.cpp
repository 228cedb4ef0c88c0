// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonToYaml.h"

#include "YamlScalars.h"

#include <QString>

#include <algorithm>
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
    if (s.isEmpty() || isNullScalar(s) || boolScalar(s) || numberScalar(s))
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
    QString q = QStringLiteral("\"");
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

} // namespace kuw::core::declarative
