// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllowDenyRename.h"

#include "db/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <charconv>
#include <cmath>

namespace kuw::core {

namespace {

void writeString(const QString &s, QByteArray &out)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += QByteArray("\\u00") +
                   QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
}

// lua-cjson's encoder: empty tables (so empty arrays) print as {}, numbers as "%.14g" of
// the decoded double, and ±inf/nan are refused. Returns false on such a number.
bool writeCjson(const QJsonValue &v, QByteArray &out)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return false;
        char buf[64];
        // to_chars with a precision is printf("%.14g") in the C locale.
        const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::general, 14);
        out.append(buf, res.ptr - buf);
        return true;
    }
    case QJsonValue::String:
        writeString(v.toString(), out);
        return true;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "{}";
            return true;
        }
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            if (!writeCjson(a.at(i), out))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out += '{';
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            writeString(it.key(), out);
            out += ':';
            if (!writeCjson(it.value(), out))
                return false;
        }
        out += '}';
        return true;
    }
    }
    return false;
}

// Lua `new = old; old = nil`: a present old key (even null) moves, an absent one deletes `new`.
void moveKey(QJsonObject &o, const QString &from, const QString &to)
{
    if (o.contains(from))
        o.insert(to, o.value(from));
    else
        o.remove(to);
    o.remove(from);
}

} // namespace

Result<QByteArray> renameAllowDenyConfig(const QByteArray &configJson)
{
    // Wrapped in an array so that scalar configs parse and can be reported as such.
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + configJson + ']', &perr);
    if (doc.isNull())
        return Error::make(ErrorKind::Sql,
                           QStringLiteral("config cannot be decoded: %1").arg(perr.errorString()));
    const QJsonValue top = doc.array().at(0);
    if (!top.isObject())
        return Error::make(ErrorKind::Sql, QStringLiteral("config is not a JSON object"));

    QJsonObject config = top.toObject();
    moveKey(config, QStringLiteral("whitelist"), QStringLiteral("allow"));
    moveKey(config, QStringLiteral("blacklist"), QStringLiteral("deny"));

    QByteArray out;
    if (!writeCjson(config, out))
        return Error::make(ErrorKind::Sql, QStringLiteral("config holds a number outside the double range "
                                                          "(Kong's encoder cannot serialise it)"));
    return out;
}

Result<qint64> renameAllowDeny(PgConnection &conn, const QString &pluginName)
{
    auto rows =
        conn.exec(QStringLiteral("SELECT id::text, config::text FROM plugins WHERE name = $1 ORDER BY id"),
                  {pluginName});
    if (!rows)
        return rows.error();

    QStringList ids;
    QStringList configs;
    for (int r = 0; r < rows->rows(); ++r) {
        const QString id = rows->value(r, 0);
        auto renamed = renameAllowDenyConfig(rows->value(r, 1).toUtf8());
        if (!renamed) {
            Error e = renamed.error();
            e.message = QStringLiteral("%1 plugin %2: %3").arg(pluginName, id, e.message);
            e.remedy = QStringLiteral("correct the config of plugin %1 (or delete the plugin), then run the "
                                      "migration again")
                           .arg(id);
            return e;
        }
        ids << id;
        configs << QString::fromUtf8(*renamed);
    }
    if (ids.isEmpty())
        return qint64(0);

    // Kong writes every matching row, changed or not.
    auto updated = conn.exec(QStringLiteral("UPDATE plugins AS p SET config = u.config::jsonb "
                                            "FROM unnest($1::uuid[], $2::text[]) AS u(id, config) "
                                            "WHERE p.id = u.id"),
                             {pgArrayLiteral(ids), pgArrayLiteral(configs)});
    if (!updated)
        return updated.error();
    return updated->affectedRows();
}

} // namespace kuw::core
