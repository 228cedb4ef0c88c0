// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter's direct row writer must write exactly what the JSON-object path writes, for
// every kind of value and every string the YAML scalar rules treat specially.
#include "declarative/JsonToYaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <gtest/gtest.h>

using namespace kuw::core::declarative;

namespace {

struct Field
{
    QString name;
    RowValue value;
    QByteArray json; ///< the same value as JSON text
};

Field text(const QString &name, const QString &s)
{
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return {name, {RowValue::Text, s.toUtf8()}, json.mid(1, json.size() - 2)};
}

QByteArray viaJson(const QList<Field> &fields)
{
    QByteArray json = "{";
    for (const Field &f : fields) {
        if (json.size() > 1)
            json += ',';
        json += QJsonDocument(QJsonArray{f.name}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ':' + f.json;
    }
    json += '}';
    QByteArray out;
    EXPECT_TRUE(appendJsonAsYamlItem(out, json)) << json.constData();
    return out;
}

QByteArray direct(const QList<Field> &fields)
{
    QStringList names;
    std::vector<RowValue> values;
    for (const Field &f : fields) {
        names << f.name;
        values.push_back(f.value);
    }
    QByteArray out;
    EXPECT_TRUE(RowYamlWriter(names).append(out, values));
    return out;
}

} // namespace

TEST(RowYamlWriter, WritesWhatTheJsonPathWritesForAwkwardStrings)
{
    const QStringList strings{"plain", "yes", "No", "null", "~", "123", "1e5", "-lead", "a: b", "#x", "x#y",
                              "tab\there", "new\nline", "日本語", "", " lead", "trail ", "0x1F", ".inf", "1_000",
                              "f0e1d2c3-0000-4000-8000-000000000001", "00025e09-211f-22d0-fbcb-c479f84c5499",
                              "1.5", "+1", "on", "OFF", "quote\"d", "back\\slash", "[x]", "{y}", "?q", "@at",
                              "http://example.com/path?x=1", "é", "inf", "nan", "1e", "e1", "Yes please"};
    for (const QString &s : strings) {
        const QList<Field> fields{text(QStringLiteral("value"), s), text(QStringLiteral("id"), QStringLiteral("k"))};
        EXPECT_EQ(direct(fields), viaJson(fields)) << qPrintable(s);
    }
}

TEST(RowYamlWriter, WritesWhatTheJsonPathWritesForEveryValueKind)
{
    const QList<Field> fields{
        {"zeta", {RowValue::Null, {}}, "null"},
        {"count", {RowValue::Literal, "42"}, "42"},
        {"ratio", {RowValue::Literal, "1.125"}, "1.125"},
        {"enabled", {RowValue::Literal, "true"}, "true"},
        {"tags", {RowValue::TextArray, R"({a,"b c","with \"q\"","x\\y",NULL,"NULL"})"},
         R"(["a","b c","with \"q\"","x\\y",null,"NULL"])"},
        {"hosts", {RowValue::TextArray, "{}"}, "[]"},
        {"config", {RowValue::Json, R"({"b": {"c": [1, "two", {"d": null}]}, "a": [], "e": {}})"},
         R"({"b": {"c": [1, "two", {"d": null}]}, "a": [], "e": {}})"},
        {"headers", {RowValue::Json, R"([{"x": ["1"]}, [2, 3], []])"}, R"([{"x": ["1"]}, [2, 3], []])"},
        {"empty", {RowValue::Json, "{}"}, "{}"},
        {"Upper", {RowValue::Text, "u"}, "\"u\""},
    };
    EXPECT_EQ(direct(fields), viaJson(fields));
}

TEST(RowYamlWriter, RejectsMalformedValues)
{
    QByteArray out;
    EXPECT_FALSE(RowYamlWriter({"config"}).append(out, {{RowValue::Json, "{\"a\": "}}));
    EXPECT_FALSE(RowYamlWriter({"tags"}).append(out, {{RowValue::TextArray, "{\"open"}}));
}
