// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardState.h"

namespace kuw::ui {

void WizardState::record(const QString &step, const QString &event, const QString &detail,
                         const QMap<QString, QString> &data)
{
    // In memory now (pages read it back at once), on disk from the writer's thread.
    if (journal) {
        journal->addEvent(step, event, detail, data);
        journalWriter->write(*journal);
    }
}

void WizardState::closeJournal(const QString &outcome)
{
    if (journal) {
        journal->setOutcome(outcome);
        journalWriter->write(*journal);
    }
}

bool WizardState::flushJournal(int timeoutMs)
{
    return journalWriter->flush(timeoutMs);
}

core::KongConfig WizardState::kongConfig() const
{
    const QHash<QString, QString> overrides = {
        {QStringLiteral("database"), QStringLiteral("postgres")},
        {QStringLiteral("pg_host"), settings.host},
        {QStringLiteral("pg_port"), QString::number(settings.port)},
        {QStringLiteral("pg_database"), settings.database},
        {QStringLiteral("pg_user"), settings.user},
        {QStringLiteral("pg_schema"), settings.schema},
        {QStringLiteral("plugins"), plugins.join(QLatin1Char(','))},
    };
    const core::KongConfig base = config.value_or(core::KongConfig());
    auto merged = base.withOverrides(overrides);
    return merged ? *merged : base;
}

} // namespace kuw::ui
