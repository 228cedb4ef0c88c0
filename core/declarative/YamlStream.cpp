// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlStream.h"

#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace kuw::core::declarative {
namespace {

class Handler : public YAML::EventHandler
{
public:
    explicit Handler(const YamlStreamCallbacks &cb) : m_cb(cb) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { add(leaf(YNode::Null, mark, {}, true)); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        m_cb.onError(mark.line + 1, mark.column + 1, QStringLiteral("YAML aliases are not supported here"));
        add(leaf(YNode::Null, mark, {}, true));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t, const std::string &value) override
    {
        // yaml-cpp tags plain scalars "?" and quoted ones "!".
        add(leaf(YNode::Scalar, mark, QString::fromStdString(value), tag == "?"));
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        push(leaf(YNode::Seq, mark, {}, true));
    }
    void OnSequenceEnd() override { pop(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        push(leaf(YNode::Map, mark, {}, true));
    }
    void OnMapEnd() override { pop(); }

private:
    struct Frame
    {
        YNode node;
        bool haveKey = false;
        YNode key;
        QSet<QString> keys;
    };

    static YNode leaf(YNode::Kind kind, const YAML::Mark &mark, QString text, bool plain)
    {
        YNode n;
        n.kind = kind;
        n.text = std::move(text);
        n.plain = plain;
        n.line = mark.line + 1;
        n.column = mark.column + 1;
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

bool readYamlStream(std::istream &in, const YamlStreamCallbacks &callbacks)
{
    try {
        YAML::Parser parser(in);
        Handler handler(callbacks);
        parser.HandleNextDocument(handler);
        if (parser.HandleNextDocument(handler))
            callbacks.onError(0, 0, QStringLiteral("more than one YAML document in the file"));
        return true;
    } catch (const YAML::Exception &e) {
        callbacks.onError(e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
        return false;
    }
}

} // namespace kuw::core::declarative
