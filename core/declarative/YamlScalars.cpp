// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlScalars.h"

#include <QStringList>



namespace kuw::core::declarative {

bool isNullScalar(const QString &text)
{
    if (text.size() > 4)
        return false;
    return text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")
           || text == QLatin1String("Null") || text == QLatin1String("NULL");
}

std::optional<bool> boolScalar(const QString &text)
{
    static const QStringList yes{"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"};
    static const QStringList no{"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"};
    if (text.size() < 2 || text.size() > 5)
        return std::nullopt; // cheap rejection of most strings before the list lookups
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

std::optional<qint64> integerScalar(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok, 10);
    if (ok)
        return v;
    return std::nullopt;
}

std::optional<double> numberScalar(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QChar c = text.front();
    if (!(c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')))
        return std::nullopt; // fast path for ordinary words
    // toDouble() can only accept digits, signs, points, exponents, inf/nan and spaces: reject
    // anything else (uuids, host names) without paying for the conversion.
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (!((u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.' || u == ' ' || u == '\t'
              || QStringView(u"eEiInNfFaA").contains(ch)))
            return std::nullopt;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok)
        return v;
    if (text == QLatin1String(".inf") || text == QLatin1String("-.inf") || text == QLatin1String(".nan"))
        return 0.0;
    return std::nullopt;
}

} // namespace kuw::core::declarative
