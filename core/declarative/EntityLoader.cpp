// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityLoader.h"

#include "YamlScalars.h"
#include "migrations/CaCertDigest.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

#include <QCoreApplication>

namespace kuw::core::declarative {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Declarative)
};

/// COPY text format: backslash escapes for the characters COPY treats specially.
QString copyEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default: out += c;
        }
    }
    return out;
}

QString arrayLiteral(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items) {
        item.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + item + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

/// A node as JSON text; plain numbers stay verbatim so jsonb keeps them exactly (1.0, 1e-7).
QString jsonText(const YNode &n)
{
    static const QRegularExpression jsonNumber(QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"));
    switch (n.kind) {
    case YNode::Null:
        return QStringLiteral("null");
    case YNode::Scalar:
        if (!n.plain)
            return jsonString(n.text);
        if (isNullScalar(n.text))
            return QStringLiteral("null");
        if (n.text == QLatin1String("true") || n.text == QLatin1String("false"))
            return n.text;
        if (jsonNumber.match(n.text).hasMatch())
            return n.text;
        if (auto d = numberScalar(n.text))
            return QString::number(*d, 'g', 17);
        return jsonString(n.text);
    case YNode::Map: {
        QStringList members;
        for (const auto &[k, v] : n.map)
            members << jsonString(k.text) + QLatin1Char(':') + jsonText(v);
        return QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case YNode::Seq: {
        QStringList items;
        for (const YNode &item : n.seq)
            items << jsonText(item);
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    }
    return QStringLiteral("null");
}

QString timestampText(double epochSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(epochSeconds * 1000)), Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
           + QStringLiteral("+00");
}

/// A schema default (JSON) in the column's COPY form.
std::optional<QString> defaultText(const FieldDef &fd)
{
    if (fd.defaultJson.isEmpty())
        return std::nullopt;
    const QJsonValue v = QJsonDocument::fromJson("[" + fd.defaultJson.toUtf8() + "]").array().at(0);
    switch (fd.type) {
    case FieldType::Boolean:
        return QString::fromLatin1(v.toBool() ? "t" : "f");
    case FieldType::Integer:
        return QString::number(qint64(v.toDouble()));
    case FieldType::StringArray: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        return arrayLiteral(items);
    }
    case FieldType::Json:
        return fd.defaultJson; // already JSON text
    default:
        return v.toString();
    }
}

/// Fields holding credentials or keys: their values never appear in issue messages.
bool isSecret(const EntityDef &e, const FieldDef &fd)
{
    static const QStringList secret{"password", "secret", "client_secret", "key_alt", "access_token",
                                    "refresh_token", "code", "session_id", "data"};
    if (secret.contains(fd.name))
        return true;
    if (fd.name == QLatin1String("key"))
        return e.name != QLatin1String("parameters") && e.name != QLatin1String("acme_storage");
    return e.name == QLatin1String("acme_storage") && fd.name == QLatin1String("value");
}

} // namespace

struct EntityLoader::Table
{
    QFile file;
    qint64 rows = 0;
    QHash<QString, int> keys;                      ///< primary key → line of first occurrence
    QHash<QString, QHash<QString, int>> uniques;   ///< field → value → line
};

EntityLoader::EntityLoader(QString file, QString spoolDir, QString workspaceId, QList<ImportIssue> &issues,
                           int maxIssues)
    : m_file(std::move(file)), m_spoolDir(std::move(spoolDir)), m_wsId(std::move(workspaceId)),
      m_issues(issues), m_maxIssues(maxIssues)
{
}

EntityLoader::~EntityLoader() = default;

void EntityLoader::issue(int line, int column, const QString &entity, const QString &field, const QString &message)
{
    if (full())
        return;
    m_issues << ImportIssue{m_file, line, column, entity, field, message};
}

QStringList EntityLoader::columns(const EntityDef &e)
{
    QStringList cols;
    for (const FieldDef &fd : e.fields)
        cols << fd.column();
    if (e.workspaceable)
        cols << QStringLiteral("ws_id");
    if (!e.cacheKey.isEmpty())
        cols << QStringLiteral("cache_key");
    return cols;
}

QString EntityLoader::spoolPath(const QString &entity) const
{
    return m_spoolDir + QLatin1Char('/') + entity + QStringLiteral(".copy");
}

qint64 EntityLoader::rows(const QString &entity) const
{
    const auto t = m_tables.value(entity);
    return t ? t->rows : 0;
}

EntityLoader::Table &EntityLoader::table(const EntityDef &e)
{
    auto &t = m_tables[e.name];
    if (!t) {
        t = std::make_shared<Table>();
        t->file.setFileName(spoolPath(e.name));
        if (!t->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            issue(0, 0, e.name, {}, Text::tr("cannot write the spool file %1").arg(t->file.fileName()));
    }
    return *t;
}

std::optional<QString> EntityLoader::convert(const EntityDef &e, const FieldDef &fd, const YNode &v, bool *ok)
{
    *ok = true;
    auto fail = [&](const QString &what) -> std::optional<QString> {
        *ok = false;
        const QString got = v.kind != YNode::Scalar ? QString::fromLatin1(v.kindName())
                            : isSecret(e, fd)         ? Text::tr("a value (not shown: secret)")
                                                      : QStringLiteral("'%1'").arg(v.text);
        issue(v.line, v.column, e.name, fd.name, Text::tr("expected %1, got %2").arg(what, got));
        return std::nullopt;
    };
    if (v.kind == YNode::Null || (v.kind == YNode::Scalar && v.plain && isNullScalar(v.text)))
        return std::nullopt;
    const bool scalar = v.kind == YNode::Scalar;
    switch (fd.type) {
    case FieldType::Uuid:
    case FieldType::Foreign: {
        const YNode *idNode = &v;
        if (fd.type == FieldType::Foreign && v.kind == YNode::Map) // `service: { id: … }`
            for (const auto &[k, val] : v.map)
                if (k.text == QLatin1String("id"))
                    idNode = &val;
        const QUuid id = idNode->kind == YNode::Scalar ? QUuid::fromString(idNode->text) : QUuid();
        if (id.isNull())
            return fail(fd.type == FieldType::Foreign ? Text::tr("the id (UUID) of a %1 entity").arg(fd.reference)
                                                      : Text::tr("a UUID"));
        if (fd.type == FieldType::Foreign)
            m_refs.push_back(Ref{id, v.line, v.column, &e, &fd});
        return id.toString(QUuid::WithoutBraces);
    }
    case FieldType::String:
        if (!scalar || (v.plain && (boolScalar(v.text) || numberScalar(v.text))))
            return fail(Text::tr("a string"));
        return copyEscape(v.text);
    case FieldType::Integer: {
        const auto i = scalar && v.plain ? integerScalar(v.text) : std::nullopt;
        if (!i)
            return fail(Text::tr("an integer"));
        return QString::number(*i);
    }
    case FieldType::Boolean: {
        const auto b = scalar && v.plain ? boolScalar(v.text) : std::nullopt;
        if (!b)
            return fail(Text::tr("a boolean"));
        return QString::fromLatin1(*b ? "t" : "f");
    }
    case FieldType::TimestampS:
    case FieldType::TimestampMs: {
        const auto d = scalar && v.plain ? numberScalar(v.text) : std::nullopt;
        if (!d)
            return fail(Text::tr("a timestamp (seconds since the epoch)"));
        return timestampText(*d);
    }
    case FieldType::StringArray:
    case FieldType::UuidArray: {
        if (v.kind != YNode::Seq)
            return fail(Text::tr("a list of strings"));
        QStringList items;
        for (const YNode &item : v.seq) {
            if (item.kind != YNode::Scalar)
                return fail(Text::tr("a list of strings"));
            if (fd.type == FieldType::UuidArray && QUuid::fromString(item.text).isNull())
                return fail(Text::tr("a list of UUIDs"));
            items << item.text;
        }
        return copyEscape(arrayLiteral(items));
    }
    case FieldType::Json:
        if (v.kind != YNode::Map)
            return fail(Text::tr("a mapping"));
        return copyEscape(jsonText(v));
    case FieldType::JsonArray: {
        if (v.kind != YNode::Seq)
            return fail(Text::tr("a list of mappings"));
        QStringList items;
        for (const YNode &item : v.seq) {
            if (item.kind != YNode::Map)
                return fail(Text::tr("a list of mappings"));
            items << jsonText(item);
        }
        return copyEscape(arrayLiteral(items));
    }
    }
    return std::nullopt;
}

void EntityLoader::load(const EntityDef &e, const YNode &node, const FieldDef *parentField, const QString &parentId)
{
    if (node.kind != YNode::Map) {
        issue(node.line, node.column, e.name, {},
              Text::tr("expected a mapping (one entity), got a %1").arg(QString::fromLatin1(node.kindName())));
        return;
    }
    const int n = int(e.fields.size());
    QList<std::optional<QString>> values(n);
    QList<bool> present(n, false);
    QList<const YNode *> nodes(n, nullptr);
    struct Nested
    {
        const EntityDef *def;
        const FieldDef *fk;
        const YNode *list;
    };
    QList<Nested> nested;
    bool bad = false;
    for (const auto &[k, v] : node.map) {
        int idx = -1;
        for (int i = 0; i < n && idx < 0; ++i)
            if (e.fields[i].name == k.text)
                idx = i;
        if (idx >= 0) {
            bool ok = true;
            values[idx] = convert(e, e.fields[idx], v, &ok);
            present[idx] = true;
            nodes[idx] = &v;
            bad = bad || !ok;
            continue;
        }
        if (k.text == QLatin1String("ws_id") || k.text == QLatin1String("_tags"))
            continue; // Kong drops both on import
        const EntityDef *child = findEntity(k.text);
        const FieldDef *childFk = nullptr;
        if (child)
            for (const FieldDef &cf : child->fields)
                if (cf.type == FieldType::Foreign && cf.reference == e.name)
                    childFk = &cf;
        if (childFk && v.kind == YNode::Seq) {
            nested << Nested{child, childFk, &v};
            continue;
        }
        issue(k.line, k.column, e.name, k.text,
              childFk ? Text::tr("nested %1 must be a list").arg(k.text)
                      : Text::tr("unknown field (Kong 2.5's %1 schema has no such field)").arg(e.name));
        bad = true;
    }
    auto index = [&](const QString &name) {
        for (int i = 0; i < n; ++i)
            if (e.fields[i].name == name)
                return i;
        return -1;
    };
    if (parentField) {
        const int i = index(parentField->name);
        if (present[i] && values[i] && *values[i] != parentId) {
            issue(nodes[i]->line, nodes[i]->column, e.name, parentField->name,
                  Text::tr("conflicts with the enclosing %1 (%2)").arg(parentField->reference, parentId));
            bad = true;
        }
        values[i] = parentId;
        present[i] = true;
    }
    const int pk = index(e.primaryKey);
    if (!values[pk] && e.primaryKey == QLatin1String("id")) { // decK-style files may omit ids
        values[pk] = QUuid::createUuid().toString(QUuid::WithoutBraces);
        present[pk] = true;
    }
    const QString now = timestampText(double(QDateTime::currentSecsSinceEpoch()));
    for (int i = 0; i < n; ++i) {
        const FieldDef &fd = e.fields[i];
        if (!present[i]) {
            if (fd.type == FieldType::TimestampS || fd.type == FieldType::TimestampMs)
                values[i] = now;
            else
                values[i] = defaultText(fd);
        }
        if (fd.required && !values[i]) {
            const YNode &at = nodes[i] ? *nodes[i] : node;
            issue(at.line, at.column, e.name, fd.name, Text::tr("required field missing"));
            bad = true;
        }
    }
    if (e.name == QLatin1String("consumers") && !values[index(QStringLiteral("username"))]
        && !values[index(QStringLiteral("custom_id"))]) {
        issue(node.line, node.column, e.name, {}, Text::tr("at least one of these fields must be non-empty: 'custom_id', 'username'"));
        bad = true;
    }
    if (e.name == QLatin1String("ca_certificates") && values[index(QStringLiteral("cert"))]
        && !values[index(QStringLiteral("cert_digest"))]) {
        const auto digest = caCertificateDigest(nodes[index(QStringLiteral("cert"))]->text.toUtf8());
        if (!digest) {
            issue(node.line, node.column, e.name, QStringLiteral("cert"), Text::tr("not a PEM certificate"));
            bad = true;
        }
        values[index(QStringLiteral("cert_digest"))] = digest.value_or(QString());
    }
    if (m_transform && e.name == QLatin1String("basicauth_credentials") && nodes[index(QStringLiteral("password"))]
        && values[index(QStringLiteral("consumer"))]) {
        // Kong hashes on write unless _transform is false: sha1(password .. consumer_id), hex.
        const QByteArray salted = nodes[index(QStringLiteral("password"))]->text.toUtf8()
                                  + values[index(QStringLiteral("consumer"))]->toUtf8();
        values[index(QStringLiteral("password"))] =
            QString::fromLatin1(QCryptographicHash::hash(salted, QCryptographicHash::Sha1).toHex());
    }
    if (m_transform && e.name == QLatin1String("oauth2_credentials")
        && values[index(QStringLiteral("hash_secret"))].value_or(QString()) == QLatin1String("t")) {
        issue(node.line, node.column, e.name, QStringLiteral("hash_secret"),
              Text::tr("hashing client secrets on import is not supported; import the hashed secret with "
                             "'_transform: false' (as db_export writes it)"));
        bad = true;
    }

    Table &t = table(e);
    // Registered even when the entity is bad, so its references do not add spurious issues.
    if (const QString key = values[pk].value_or(QString()); !key.isEmpty()) {
        if (const int first = t.keys.value(key, 0)) {
            issue(node.line, node.column, e.name, e.primaryKey,
                  Text::tr("duplicate primary key '%1' (first at line %2)").arg(key).arg(first));
            bad = true;
        } else {
            t.keys.insert(key, node.line);
        }
    }
    if (!bad) {
        for (int i = 0; i < n; ++i) {
            if (!e.fields[i].unique || i == pk || !values[i])
                continue;
            auto &seen = t.uniques[e.fields[i].name];
            if (const int first = seen.value(*values[i], 0)) {
                const YNode &at = nodes[i] ? *nodes[i] : node;
                issue(at.line, at.column, e.name, e.fields[i].name,
                      Text::tr("duplicate value %1 of a unique field (first at line %2)")
                          .arg(isSecret(e, e.fields[i]) ? Text::tr("(not shown: secret)")
                                                        : QStringLiteral("'%1'").arg(*values[i]))
                          .arg(first));
                bad = true;
            } else {
                seen.insert(*values[i], node.line);
            }
        }
    }
    if (!bad && m_issues.isEmpty()) { // once the file is known bad, stop spooling
        QStringList row;
        for (const auto &v : values)
            row << v.value_or(QStringLiteral("\\N"));
        if (e.workspaceable)
            row << m_wsId;
        if (!e.cacheKey.isEmpty()) {
            QStringList parts{e.name};
            for (const QString &f : e.cacheKey) {
                const int i = index(f);
                parts << (values[i] ? *values[i] : QString());
            }
            while (parts.size() < 6)
                parts << QString();
            parts << m_wsId;
            row << copyEscape(parts.join(QLatin1Char(':')));
        }
        t.file.write(row.join(QLatin1Char('\t')).toUtf8());
        t.file.write("\n");
        ++t.rows;
        ++m_totalRows;
    }
    for (const Nested &child : nested)
        for (const YNode &item : child.list->seq)
            load(*child.def, item, child.fk, values[pk].value_or(QString()));
}

void EntityLoader::finish()
{
    for (const Ref &r : m_refs) {
        const auto t = m_tables.value(r.field->reference);
        if (!t || !t->keys.contains(r.id.toString(QUuid::WithoutBraces)))
            issue(r.line, r.column, r.entity->name, r.field->name,
                  Text::tr("references %1 '%2', which is not in the file")
                      .arg(r.field->reference, r.id.toString(QUuid::WithoutBraces)));
    }
    m_refs.clear();
    for (const auto &t : std::as_const(m_tables))
        t->file.close();
}

} // namespace kuw::core::declarative
