// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

#include <algorithm>

namespace kuw::core {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocker: return QStringLiteral("blocker");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("remedy"), remedy},
                       {QStringLiteral("link"), link}};
}

bool hasBlocker(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Blocker; });
}

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
}

} // namespace kuw::core
