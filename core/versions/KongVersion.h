// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace kuw::core {

/// A Kong version: OSS `x.y.z`, Enterprise `x.y.z.w`, optional pre-release (`-rc.2`,
/// `rc1`, `beta.1`); a pre-release sorts before its release.
class KongVersion
{
public:
    KongVersion() = default;
    /// Accepts "2.5.0", "2.5", "2.1.4.3", "2.1.0-beta.1", "2.1.0beta.1", "1.0.0rc1",
    /// "2.4.1.0-enterprise-edition" (the suffix marks Enterprise).
    static std::optional<KongVersion> parse(const QString &text);

    int major() const { return m_parts.value(0); }
    int minor() const { return m_parts.value(1); }
    int patch() const { return m_parts.value(2); }
    const QList<int> &parts() const { return m_parts; }
    QString preRelease() const { return m_pre; }
    bool isEnterprise() const { return m_enterprise; }
    bool isValid() const { return !m_parts.isEmpty(); }
    /// How many numeric parts the text gave (2 for "2.1"), before padding.
    int givenParts() const { return m_given; }
    QString toString() const;

    /// Same major.minor (a patch-level hop).
    bool sameMinor(const KongVersion &other) const;

    std::strong_ordering operator<=>(const KongVersion &other) const;
    bool operator==(const KongVersion &other) const { return (*this <=> other) == 0; }

private:
    QList<int> m_parts; // padded to at least 3
    QString m_pre;
    bool m_enterprise = false;
    int m_given = 0;
};

} // namespace kuw::core
