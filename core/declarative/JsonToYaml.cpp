// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonToYaml.h"

#include "YamlScalars.h"

#include <QString>

#include <yaml-cpp/yaml.h>

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

void emit(YAML::Emitter &out, JNode &n)
{
    switch (n.kind) {
    case JNode::Null: out << YAML::Null; break;
    case JNode::Bool: out << (n.text == QLatin1String("true")); break;
    case JNode::Number: out << n.text.toStdString(); break;
    case JNode::String: emitString(out, n.text); break;
    case JNode::Array:
        out << YAML::BeginSeq;
        for (JNode &item : n.items)
            emit(out, item);
        out << YAML::EndSeq;
        break;
    case JNode::Object:
        std::sort(n.members.begin(), n.members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        out << YAML::BeginMap;
        for (auto &[key, value] : n.members) {
            out << YAML::Key;
            emitString(out, key);
            out << YAML::Value;
            emit(out, value);
        }
        out << YAML::EndMap;
        break;
    }
}

} // namespace

bool emitJsonAsYaml(YAML::Emitter &out, const QByteArray &json)
{
    Parser parser(json);
    JNode root;
    if (!parser.parse(root) || !parser.atEnd())
        return false;
    emit(out, root);
    return true;
}

} // namespace kuw::core::declarative
