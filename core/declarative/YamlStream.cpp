// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlStream.h"

#include "YamlScalars.h"

#include <QSet>

#include <yaml.h>

namespace kuw::core::declarative {
namespace {

/// Builds one top-level item at a time from the parser's events.
class Handler
{
public:
    explicit Handler(const YamlStreamCallbacks &cb) : m_cb(cb) {}

    void onAlias(const yaml_mark_t &mark)
    {
        m_cb.onError(int(mark.line) + 1, int(mark.column) + 1, QStringLiteral("YAML aliases are not supported here"));
        add(leaf(YNode::Null, mark, {}, true));
    }
    void onScalar(const yaml_event_t &ev)
    {
        const auto &sc = ev.data.scalar;
        QString text = QString::fromUtf8(reinterpret_cast<const char *>(sc.value), qsizetype(sc.length));
        // Plain = untagged and unquoted: subject to YAML 1.1 null/bool/number resolution, as lyaml does.
        const bool plain = sc.style == YAML_PLAIN_SCALAR_STYLE && !sc.tag;
        if (plain && isNullScalar(text))
            add(leaf(YNode::Null, ev.start_mark, {}, true));
        else
            add(leaf(YNode::Scalar, ev.start_mark, std::move(text), plain));
    }
    void onSequenceStart(const yaml_mark_t &mark) { push(leaf(YNode::Seq, mark, {}, true)); }
    void onMapStart(const yaml_mark_t &mark) { push(leaf(YNode::Map, mark, {}, true)); }
    void onEnd() { pop(); }

private:
    struct Frame
    {
        YNode node;
        bool haveKey = false;
        YNode key;
        QSet<QString> keys;
    };

    static YNode leaf(YNode::Kind kind, const yaml_mark_t &mark, QString text, bool plain)
    {
        YNode n;
        n.kind = kind;
        n.text = std::move(text);
        n.plain = plain;
        n.line = int(mark.line) + 1;
        n.column = int(mark.column) + 1;
        return n;
    }

    void push(YNode node)
    {
        Frame f;
        f.node = std::move(node);
        m_stack.push_back(std::move(f));
    }

    void pop()
    {
        YNode done = std::move(m_stack.back().node);
        m_stack.pop_back();
        add(std::move(done));
    }

    void add(YNode &&n)
    {
        if (m_stack.empty()) { // the document's root
            if (n.kind != YNode::Map && !(n.kind == YNode::Null))
                m_cb.onError(n.line, n.column,
                             QStringLiteral("the top level must be a mapping (_format_version, entity lists), not a %1")
                                 .arg(QString::fromLatin1(n.kindName())));
            return;
        }
        Frame &top = m_stack.back();
        if (top.node.kind == YNode::Map) {
            if (!top.haveKey) {
                if (n.kind != YNode::Scalar)
                    m_cb.onError(n.line, n.column, QStringLiteral("mapping keys must be plain strings"));
                else if (top.keys.contains(n.text))
                    m_cb.onError(n.line, n.column, QStringLiteral("duplicate key '%1'").arg(n.text));
                top.keys.insert(n.text);
                top.key = std::move(n);
                top.haveKey = true;
                return;
            }
            top.haveKey = false;
            if (m_stack.size() == 1) {
                m_cb.onValue(top.key, std::move(n)); // a list arrives empty: its items went to onItem
                return;
            }
            top.node.map.emplace_back(std::move(top.key), std::move(n));
            return;
        }
        if (m_stack.size() == 2 && m_stack.front().haveKey) { // an item of a top-level list
            m_cb.onItem(m_stack.front().key, std::move(n));
            return;
        }
        top.node.seq.push_back(std::move(n));
    }

    const YamlStreamCallbacks &m_cb;
    std::vector<Frame> m_stack;
};

} // namespace

const char *YNode::kindName() const
{
    switch (kind) {
    case Null: return "null";
    case Scalar: return "scalar";
    case Map: return "mapping";
    case Seq: return "list";
    }
    return "?";
}

namespace {

int readFromStream(void *data, unsigned char *buffer, size_t size, size_t *sizeRead)
{
    auto *in = static_cast<std::istream *>(data);
    in->read(reinterpret_cast<char *>(buffer), std::streamsize(size));
    *sizeRead = size_t(in->gcount());
    return in->bad() ? 0 : 1;
}

} // namespace

// libyaml, the parser lyaml gives Kong: the same YAML 1.1 reading, and several times faster
// than yaml-cpp's scanner on large exports.
bool readYamlStream(std::istream &in, const YamlStreamCallbacks &callbacks)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        callbacks.onError(0, 0, QStringLiteral("out of memory"));
        return false;
    }
    yaml_parser_set_input(&parser, readFromStream, &in);
    Handler handler(callbacks);
    int documents = 0;
    bool ok = true;
    for (bool done = false; !done;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "unreadable input");
            const QString context = parser.context ? QString::fromUtf8(parser.context) + QStringLiteral(": ") : QString();
            callbacks.onError(int(parser.problem_mark.line) + 1, int(parser.problem_mark.column) + 1, context + problem);
            ok = false;
            break;
        }
        switch (ev.type) {
        case YAML_DOCUMENT_START_EVENT:
            if (++documents == 2)
                callbacks.onError(int(ev.start_mark.line) + 1, int(ev.start_mark.column) + 1,
                                  QStringLiteral("more than one YAML document in the file"));
            break;
        case YAML_ALIAS_EVENT: handler.onAlias(ev.start_mark); break;
        case YAML_SCALAR_EVENT: handler.onScalar(ev); break;
        case YAML_SEQUENCE_START_EVENT: handler.onSequenceStart(ev.start_mark); break;
        case YAML_MAPPING_START_EVENT: handler.onMapStart(ev.start_mark); break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: handler.onEnd(); break;
        case YAML_STREAM_END_EVENT: done = true; break;
        default: break;
        }
        yaml_event_delete(&ev);
        if (documents >= 2)
            break; // only the first document is read, as before
    }
    yaml_parser_delete(&parser);
    return ok;
}

} // namespace kuw::core::declarative
