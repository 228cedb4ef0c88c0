// SPDX-License-Identifier: GPL-3.0-or-later
// Kong CLI output → typed errors (facts §1.5–§1.6). Matching is case-insensitive because
// Kong 1.0/1.1 print the same messages in lower case.
#include "ExternalExecutor.h"

#include <QRegularExpression>

namespace kuw::core {
namespace {

bool anyLine(const QStringList &lines, const QString &needle)
{
    for (const QString &l : lines)
        if (l.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

/// Kong's raised error ("Error: <message>"), else the last non-empty line.
QString errorLine(const QStringList &lines)
{
    for (const QString &l : lines)
        if (l.trimmed().startsWith(QLatin1String("Error: ")))
            return l.trimmed().mid(7);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return it->trimmed();
    return {};
}

} // namespace

std::optional<Error> classifyKongOutput(KongCliCommand command, int exitCode, const QStringList &lines)
{
    const QString what = QStringLiteral("kong migrations ") + kongCliCommandName(command);
    const QString detail = errorLine(lines);
    if (anyLine(lines, QStringLiteral("aborted: another node is performing database changes")))
        return Error::make(ErrorKind::Timeout,
                           QStringLiteral("Kong did nothing: another node is performing database changes"),
                           QStringLiteral("Wait for the other node to finish, then run again; if none is running, "
                                          "its lock expires after --lock-timeout."));
    if (exitCode == 127 || exitCode == 126 || anyLine(lines, QStringLiteral("executable file not found")))
        return Error::make(ErrorKind::Environment, QStringLiteral("kong not found"),
                           QStringLiteral("Install Kong or set the command prefix (e.g. kubectl exec … --)."), detail);
    if (anyLine(lines, QStringLiteral("cannot run migrations"))) // 1.0/1.1 `finish` says so with exit 0
        return Error::make(ErrorKind::Sql, QStringLiteral("Cannot run migrations: the database is not bootstrapped"),
                           QStringLiteral("Run 'kong migrations bootstrap', or check pg_database and pg_schema."), detail);
    if (anyLine(lines, QStringLiteral("cannot use --force with 'finish'")))
        return Error::make(ErrorKind::Unsupported, QStringLiteral("This Kong version cannot run 'finish --force'"),
                           QStringLiteral("Run 'finish' without --force."), detail);
    if (command == KongCliCommand::Bootstrap && exitCode == 0
        && anyLine(lines, QStringLiteral("Database already bootstrapped")))
        return Error::make(ErrorKind::Sql, QStringLiteral("Database already bootstrapped"),
                           QStringLiteral("Use 'kong migrations up' to upgrade it."));
    if (command == KongCliCommand::List && (exitCode == 3 || exitCode == 4 || exitCode == 5))
        return std::nullopt; // list's state codes: needs bootstrap, pending, new
    if (exitCode == 0)
        return std::nullopt;

    // Raised errors (exit 1). The successful `up` prints the pending hint too, so only here.
    if (anyLine(lines, QStringLiteral("Database has pending migrations; run 'kong migrations finish'")))
        return Error::make(ErrorKind::Sql, QStringLiteral("Database has pending migrations from a previous upgrade"),
                           QStringLiteral("Run 'kong migrations finish' once every node runs the new version, "
                                          "or re-run with --force."), detail);
    if (anyLine(lines, QStringLiteral("not a tty")))
        return Error::make(ErrorKind::Config, QStringLiteral("Kong asks for confirmation but has no terminal"),
                           QStringLiteral("Confirm the reset, then pass --yes."), detail);
    if (anyLine(lines, QStringLiteral("Database not bootstrapped, nothing to reset")))
        return Error::make(ErrorKind::Sql, QStringLiteral("Database not bootstrapped, nothing to reset"), {}, detail);
    if (anyLine(lines, QStringLiteral("relation \"locks\" does not exist")))
        return Error::make(ErrorKind::Sql, QStringLiteral("The locks table is missing"),
                           QStringLiteral("The datastore was not bootstrapped by Kong; run 'kong migrations bootstrap'."), detail);
    static const QRegularExpression failed(QStringLiteral("failed to run migration '([^']+)' (up_f|up|teardown): (.*)$"));
    for (const QString &l : lines) {
        const auto m = failed.match(l);
        if (m.hasMatch())
            return Error::make(ErrorKind::Sql, QStringLiteral("Migration %1 failed (%2)").arg(m.captured(1), m.captured(2)),
                               QStringLiteral("Fix the cause and run again; migrations recorded before it stay recorded."),
                               m.captured(3));
    }
    if (anyLine(lines, QStringLiteral("[PostgreSQL error] timeout")))
        return Error::make(ErrorKind::Timeout, QStringLiteral("Timed out waiting for the migration lock"),
                           QStringLiteral("Another node holds it; retry later or raise --lock-timeout."), detail);
    ErrorKind kind = ErrorKind::Sql;
    if (anyLine(lines, QStringLiteral("connection refused")))
        kind = ErrorKind::ConnectionRefused;
    else if (anyLine(lines, QStringLiteral("password authentication failed")))
        kind = ErrorKind::Authentication;
    return Error::make(kind, what + QStringLiteral(" failed (exit %1)").arg(exitCode),
                       QStringLiteral("Read Kong's output above; run with --v for a traceback."), detail);
}

} // namespace kuw::core
