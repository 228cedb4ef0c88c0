// SPDX-License-Identifier: GPL-3.0-or-later
#include "KongVersion.h"

#include <QRegularExpression>

namespace kuw::core {

namespace {

// Kong tags: 2.5.0, 1.0.0rc1, 2.1.0-beta.1, 3.0.0-alpha.1; Enterprise adds a 4th part.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-?(alpha|beta|rc)\.?(\d+)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int preRank(const QString &label)
{
    if (label == QLatin1String("alpha"))
        return 0;
    if (label == QLatin1String("beta"))
        return 1;
    return 2; // rc
}

// Splits "rc.2" / "rc2" / "beta" into (rank, number); a missing number counts as 0.
std::pair<int, int> preKey(const QString &pre)
{
    qsizetype i = 0;
    while (i < pre.size() && pre.at(i).isLetter())
        ++i;
    const QString label = pre.left(i);
    QString num = pre.mid(i);
    if (num.startsWith(QLatin1Char('.')))
        num.remove(0, 1);
    return {preRank(label), num.toInt()};
}

} // namespace

std::optional<KongVersion> KongVersion::parse(const QString &text)
{
    QString t = text.trimmed();
    bool enterpriseSuffix = false;
    static const QLatin1String kSuffix("-enterprise-edition");
    if (t.endsWith(kSuffix, Qt::CaseInsensitive)) {
        t.chop(kSuffix.size());
        enterpriseSuffix = true;
    }
    const auto m = versionPattern().match(t);
    if (!m.hasMatch())
        return std::nullopt;

    KongVersion v;
    for (int g = 1; g <= 4; ++g) {
        if (m.capturedLength(g) == 0)
            continue;
        bool ok = false;
        const int n = m.captured(g).toInt(&ok);
        if (!ok) // more digits than an int holds
            return std::nullopt;
        v.m_parts.append(n);
    }
    v.m_given = int(v.m_parts.size());
    while (v.m_parts.size() < 3)
        v.m_parts.append(0);
    if (m.capturedLength(5) > 0) {
        v.m_pre = m.captured(5).toLower();
        if (m.capturedLength(6) > 0)
            v.m_pre += QLatin1Char('.') + m.captured(6);
    }
    v.m_enterprise = enterpriseSuffix || v.m_given == 4;
    return v;
}

QString KongVersion::toString() const
{
    QStringList parts;
    for (int p : m_parts)
        parts << QString::number(p);
    QString s = parts.join(QLatin1Char('.'));
    if (!m_pre.isEmpty())
        s += QLatin1Char('-') + m_pre;
    if (m_enterprise && m_parts.size() < 4)
        s += QLatin1String("-enterprise-edition");
    return s;
}

bool KongVersion::sameMinor(const KongVersion &other) const
{
    return major() == other.major() && minor() == other.minor();
}

std::strong_ordering KongVersion::operator<=>(const KongVersion &other) const
{
    const qsizetype n = std::max(m_parts.size(), other.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (auto c = m_parts.value(i) <=> other.m_parts.value(i); c != 0)
            return c;
    }
    // A release sorts after all of its pre-releases.
    if (m_pre.isEmpty() || other.m_pre.isEmpty())
        return m_pre.isEmpty() <=> other.m_pre.isEmpty();
    return preKey(m_pre) <=> preKey(other.m_pre);
}

} // namespace kuw::core
