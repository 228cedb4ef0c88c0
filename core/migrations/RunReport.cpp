// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunReport.h"

#include <QJsonArray>

namespace kuw::core {

QString outcomeName(StepReport::Outcome outcome)
{
    switch (outcome) {
    case StepReport::Outcome::Done: return QStringLiteral("done");
    case StepReport::Outcome::Failed: return QStringLiteral("failed");
    case StepReport::Outcome::Cancelled: return QStringLiteral("cancelled");
    case StepReport::Outcome::NotRun: return QStringLiteral("not_run");
    }
    return {};
}

int RunReport::executedCount() const
{
    int n = 0;
    for (const StepReport &s : steps)
        n += s.outcome == StepReport::Outcome::Done ? 1 : 0;
    return n;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray arr;
    for (const StepReport &s : steps) {
        QJsonObject o{{QStringLiteral("subsystem"), s.subsystem},
                      {QStringLiteral("migration"), s.migration},
                      {QStringLiteral("phase"), s.phase == Phase::Up ? QStringLiteral("up") : QStringLiteral("teardown")},
                      {QStringLiteral("outcome"), outcomeName(s.outcome)},
                      {QStringLiteral("started"), s.started.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("finished"), s.finished.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("duration_ms"), s.durationMs},
                      {QStringLiteral("rows_affected"), s.rowsAffected},
                      {QStringLiteral("lock_retries"), s.lockRetries},
                      {QStringLiteral("parts"), s.parts}};
        if (s.error)
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), s.error->message},
                                                          {QStringLiteral("detail"), s.error->detail},
                                                          {QStringLiteral("sqlstate"), QString::fromLatin1(s.error->sqlState)}});
        arr.append(o);
    }
    QJsonObject out{{QStringLiteral("command"), commandName(command)},
                    {QStringLiteral("target"), target.toString()},
                    {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("finished"), finished.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("ok"), ok()},
                    {QStringLiteral("cancelled"), cancelled},
                    {QStringLiteral("steps"), arr}};
    if (error)
        out.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), Error::kindName(error->kind)},
                                                        {QStringLiteral("message"), error->message},
                                                        {QStringLiteral("detail"), error->detail},
                                                        {QStringLiteral("remedy"), error->remedy}});
    return out;
}


} // namespace kuw::core
