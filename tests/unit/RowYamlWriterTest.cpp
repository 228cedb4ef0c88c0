// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter's row writer against literal YAML in Kong's layout: every kind of value, every
// string the YAML scalar rules treat specially, and the writer's buffers reused across rows.
#include "declarative/JsonToYaml.h"

#include <gtest/gtest.h>

using namespace kuw::core::declarative;

namespace {

std::string write(RowYamlWriter &writer, const std::vector<RowValue> &values)
{
    std::string out;
    EXPECT_TRUE(writer.append(out, values));
    return out;
}

} // namespace

TEST(RowYamlWriter, QuotesOnlyStringsThatWouldNotReadBackAsThemselves)
{
    // input → the scalar Kong's YAML reader (lyaml, YAML 1.1) gives back as the same string
    const std::vector<std::pair<std::string, std::string>> cases{
        {"plain", "plain"},
        {"yes", R"("yes")"},
        {"No", R"("No")"},
        {"on", R"("on")"},
        {"OFF", R"("OFF")"},
        {"null", R"("null")"},
        {"~", R"("~")"},
        {"", R"("")"},
        {"123", R"("123")"},
        {"1e5", R"("1e5")"},
        {"1.5", R"("1.5")"},
        {"+1", R"("+1")"},
        {".inf", R"(".inf")"},
        {"inf", "inf"},
        {"nan", "nan"},
        {"1e", "1e"},
        {"e1", "e1"},
        {"0x1F", "0x1F"},
        {"1_000", "1_000"},
        {"-lead", R"("-lead")"},
        {" lead", R"(" lead")"},
        {"trail ", R"("trail ")"},
        {"a: b", R"("a: b")"},
        {"#x", R"("#x")"},
        {"x#y", R"("x#y")"},
        {"[x]", R"("[x]")"},
        {"{y}", R"("{y}")"},
        {"?q", R"("?q")"},
        {"@at", R"("@at")"},
        {"http://example.com/path?x=1", R"("http://example.com/path?x=1")"},
        {"Yes please", "Yes please"},
        {"tab\there", R"("tab\x09here")"},
        {"new\nline", R"("new\nline")"},
        {"bell\x07", R"("bell\x07")"},
        {"\x7f", R"("\x7f")"},
        {"quote\"d", R"("quote\"d")"},
        {"back\\slash", R"("back\\slash")"},
        {"日本語", "\"日本語\""},
        {"é", "\"é\""},
        {"f0e1d2c3-0000-4000-8000-000000000001", "f0e1d2c3-0000-4000-8000-000000000001"},
        {"00025e09-211f-22d0-fbcb-c479f84c5499", "00025e09-211f-22d0-fbcb-c479f84c5499"},
    };
    RowYamlWriter writer({"value"});
    for (const auto &[input, scalar] : cases)
        EXPECT_EQ(write(writer, {{RowValue::Text, input}}), "- value: " + scalar + "\n") << input;
}

TEST(RowYamlWriter, WritesEveryValueKindInKongsLayout)
{
    RowYamlWriter writer({"zeta", "count", "ratio", "enabled", "tags", "hosts", "config", "headers", "empty", "Upper",
                          "ünï", "big"});
    const std::vector<RowValue> values{
        {RowValue::Null, {}},
        {RowValue::Literal, "42"},
        {RowValue::Literal, "1.125"},
        {RowValue::Literal, "true"},
        {RowValue::TextArray, R"({a,"b c","with \"q\"","x\\y",NULL,"NULL"})"},
        {RowValue::TextArray, "{}"},
        {RowValue::Json, R"({"b": {"c": [1, "two", {"d": null}]}, "a": [], "e": {}, "Z": "\u00e9\n", "é": 1, "y": "yes"})"},
        {RowValue::Json, R"([{"x": ["1"]}, [2, 3], []])"},
        {RowValue::Json, "{}"},
        {RowValue::Text, "u"},
        {RowValue::Text, "v"},
        {RowValue::Json, "[1152921504606846977, 1.0, 1e-7, false]"},
    };
    // Keys sorted (code unit order: upper case first, non-ASCII last), numbers verbatim.
    const std::string expected = R"(- Upper: u
  big:
  - 1152921504606846977
  - 1.0
  - 1e-7
  - false
  config:
    Z: "é\n"
    a: []
    b:
      c:
      - 1
      - two
      - d: ~
    e: {}
    y: "yes"
    "é": 1
  count: 42
  empty: {}
  enabled: true
  headers:
  - x:
    - "1"
  -
    - 2
    - 3
  - []
  hosts: []
  ratio: 1.125
  tags:
  - a
  - b c
  - "with \"q\""
  - "x\\y"
  - ~
  - "NULL"
  zeta: ~
  "ünï": v
)";
    EXPECT_EQ(write(writer, values), expected);
    EXPECT_EQ(write(writer, values), expected); // the reused parse buffers leave nothing behind
}

TEST(RowYamlWriter, RejectsMalformedValues)
{
    std::string out;
    EXPECT_FALSE(RowYamlWriter({"config"}).append(out, {{RowValue::Json, "{\"a\": "}}));
    EXPECT_FALSE(RowYamlWriter({"config"}).append(out, {{RowValue::Json, "[1] x"}}));
    EXPECT_FALSE(RowYamlWriter({"tags"}).append(out, {{RowValue::TextArray, "{\"open"}}));
}
