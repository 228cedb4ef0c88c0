// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kuw::core {

enum class Severity { Blocker, Warning, Info };

QString severityName(Severity severity); ///< "blocker" / "warning" / "info"

/// One result of a preflight or diagnostic check.
struct Finding
{
    QString id;          ///< stable, dotted: "lock.held", "plugins.custom"
    Severity severity = Severity::Info;
    QString title;       ///< one line
    QString evidence;    ///< what was seen (may span lines); never secrets
    QString remedy;      ///< what to do
    QString link;        ///< the relevant section of an upgrade guide

    QJsonObject toJson() const;
};

bool hasBlocker(const QList<Finding> &findings);
/// Blockers first, then warnings, then infos; stable within a severity.
void sortFindings(QList<Finding> &findings);

} // namespace kuw::core
