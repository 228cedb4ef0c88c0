// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionResume.h"

#include "db/PgConnection.h"

#include <QFile>
#include <QRegularExpression>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Session)
};
} // namespace

std::optional<ConnectionSettings> journaledConnection(const Journal &journal)
{
    return parseConnectionString(journal.datastore());
}

std::optional<ConnectionSettings> parseConnectionString(const QString &text)
{
    // The inverse of ConnectionSettings::toString(): "user@host:port/db[ schema s] (ssl: mode)".
    static const QRegularExpression re(QStringLiteral(R"(^([^@]*)@(.+):(\d+)/(\S+)(?: schema (\S+))? \(ssl: ([^)]*)\)$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ConnectionSettings s;
    s.user = m.captured(1);
    s.host = m.captured(2);
    s.port = m.captured(3).toInt();
    s.database = m.captured(4);
    s.schema = m.captured(5);
    const QString mode = m.captured(6);
    s.ssl = mode != QLatin1String("disable");
    s.sslVerify = mode.startsWith(QLatin1String("verify"));
    if (s.ssl && mode != QLatin1String("require") && mode != QLatin1String("verify-full"))
        s.sslModeOverride = mode;
    return s;
}

QString journaledTarget(const Journal &journal)
{
    const JournalEvent *e = journal.last(QStringLiteral("version"), QStringLiteral("chosen"));
    return e ? e->detail.trimmed() : QString();
}

QString journaledSnapshot(const Journal &journal)
{
    const JournalEvent *e = journal.last(QStringLiteral("snapshot"), QStringLiteral("done"));
    return e && QFile::exists(e->detail) ? e->detail : QString();
}

QList<Journal> unfinishedJournals(const QString &dir)
{
    QList<Journal> out;
    for (const Journal &j : Journal::list(dir))
        if (!j.isClosed())
            out.append(j);
    return out;
}

Result<SchemaState> recheckDatastore(const Catalog &catalog, const ConnectionSettings &settings,
                                     const Engine::Options &options)
{
    auto conn = PgConnection::open(settings);
    if (!conn)
        return conn.error();
    return Engine(catalog, settings, options).inspect(**conn);
}

ResumePoint resumePoint(const Journal &journal, const SchemaState &state)
{
    using Step = ResumePoint::Step;
    int pending = 0;
    for (const SubsystemState &s : state.subsystems)
        pending += int(s.pending.size());
    if (state.kind() == SchemaState::Kind::NeedsBootstrap)
        return {Step::Version, Text::tr("The database holds no Kong schema: start from the version page.")};
    if (state.kind() == SchemaState::Kind::UpToDate)
        return {Step::Summary, Text::tr("The datastore is already at the Kong %1 level.").arg(state.target.toString())};
    if (!state.hasNew())
        return {Step::AfterUp, Text::tr("'up' has run; %1 pending migration(s) wait for 'finish'.").arg(pending)};
    if (journal.mode() == QLatin1String("fresh-install"))
        return {Step::Version, Text::tr("A fresh install is re-planned from the version page.")};
    // New migrations next to pending ones: an `up` stopped part-way (Kong resumes it the same way).
    if (state.hasPending() || journal.last(QStringLiteral("up"), QStringLiteral("started")))
        return {Step::Up, Text::tr("'up' was interrupted: the migrations already committed are kept; run 'up' again for the rest.")};
    return {Step::Assessment, Text::tr("Nothing has changed the datastore yet: the checks run again before any change.")};
}

} // namespace kuw::core
