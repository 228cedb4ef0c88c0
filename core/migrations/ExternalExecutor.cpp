// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExternalExecutor.h"

#include "Engine.h"
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"
#include "schema/DatastoreProbe.h"
#include "util/Log.h"
#include "util/Redactor.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Migrations)
};
} // namespace
namespace {

constexpr int kPollMs = 50;

Result<DatastoreStatus> probeOnce(const ConnectionSettings &settings, std::shared_ptr<PgCancelToken> cancel)
{
    auto conn = PgConnection::open(settings, std::move(cancel));
    if (!conn)
        return conn.error();
    return probeDatastore(**conn);
}

/// Values of variables whose names look secret are registered before anything is printed.
void registerSecrets(const ExternalKongConfig &config, const std::optional<ConnectionSettings> &probe)
{
    static const QRegularExpression secretName(QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|KEY$|CREDENTIAL"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (auto it = config.env.cbegin(); it != config.env.cend(); ++it)
        if (secretName.match(it.key()).hasMatch())
            Redactor::addSecret(it.value());
    if (probe)
        Redactor::addSecret(probe->password);
}

/// Moves complete lines of one channel into the report; `flush` takes a final partial line too.
void drain(QProcess &p, QProcess::ProcessChannel channel, bool flush, ExternalRunReport &report,
           EngineObserver *observer)
{
    p.setReadChannel(channel);
    auto emitLine = [&](QByteArray raw) {
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        const QString line = Redactor::redact(QString::fromUtf8(raw));
        report.lines << line;
        if (observer)
            observer->log(line);
    };
    while (p.canReadLine())
        emitLine(p.readLine());
    if (flush && p.bytesAvailable() > 0)
        emitLine(p.readAll());
}

} // namespace

KongCliCommand toKongCliCommand(MigrationCommand command)
{
    switch (command) {
    case MigrationCommand::Bootstrap: return KongCliCommand::Bootstrap;
    case MigrationCommand::Up: return KongCliCommand::Up;
    case MigrationCommand::Finish: return KongCliCommand::Finish;
    }
    return KongCliCommand::Up;
}

QString kongCliCommandName(KongCliCommand command)
{
    switch (command) {
    case KongCliCommand::Bootstrap: return QStringLiteral("bootstrap");
    case KongCliCommand::Up: return QStringLiteral("up");
    case KongCliCommand::Finish: return QStringLiteral("finish");
    case KongCliCommand::List: return QStringLiteral("list");
    case KongCliCommand::Reset: return QStringLiteral("reset");
    }
    return {};
}

ExternalExecutor::ExternalExecutor(ExternalKongConfig config, std::optional<ConnectionSettings> probe)
    : m_config(std::move(config)), m_probe(std::move(probe))
{
}

QStringList ExternalExecutor::buildArgv(KongCliCommand command, const ExternalRunOptions &o) const
{
    QStringList argv = m_config.commandPrefix;
    argv << m_config.kongBinary << QStringLiteral("migrations") << kongCliCommandName(command);
    if (!m_config.confPath.isEmpty())
        argv << QStringLiteral("-c") << m_config.confPath;
    if (o.yes)
        argv << QStringLiteral("--yes");
    if (o.force)
        argv << QStringLiteral("--force");
    if (o.dbTimeoutSeconds > 0)
        argv << QStringLiteral("--db-timeout") << QString::number(o.dbTimeoutSeconds);
    if (o.lockTimeoutSeconds > 0)
        argv << QStringLiteral("--lock-timeout") << QString::number(o.lockTimeoutSeconds);
    if (!o.prefix.isEmpty())
        argv << QStringLiteral("-p") << o.prefix;
    if (o.verbose)
        argv << QStringLiteral("--v");
    return argv + o.extraArgs;
}

ExternalRunReport ExternalExecutor::run(KongCliCommand command, const ExternalRunOptions &options,
                                        EngineObserver *observer, std::shared_ptr<PgCancelToken> cancel)
{
    ExternalRunReport r;
    r.command = command;
    registerSecrets(m_config, m_probe);
    const QStringList argv = buildArgv(command, options);
    for (const QString &a : argv)
        r.argv << Redactor::redact(a);
    if (m_probe) {
        auto before = probeOnce(*m_probe, cancel);
        if (!before) {
            r.error = before.error();
            r.error->message = Text::tr("Cannot read schema_meta before running Kong: ") + r.error->message;
            return r;
        }
        r.before = *before;
    }

    const QString shown = QStringLiteral("$ ") + r.argv.join(QLatin1Char(' '));
    qCInfo(lcEngine).noquote() << shown;
    if (observer)
        observer->log(shown);

    QProcess p;
    p.setProgram(argv.first());
    p.setArguments(argv.mid(1));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_config.env.cbegin(); it != m_config.env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // `reset` must not wait on a prompt
    QElapsedTimer clock; // Kong's own run time, without the probes
    clock.start();
    p.start();
    if (!p.waitForStarted(30000)) {
        const bool direct = m_config.commandPrefix.isEmpty();
        r.error = Error::make(ErrorKind::Environment, Text::tr("%1 not found").arg(argv.first()),
                              direct ? Text::tr("Install Kong or set the command prefix.")
                                     : Text::tr("Install %1 or fix the command prefix.").arg(argv.first()),
                              Redactor::redact(p.errorString()));
        r.durationMs = clock.elapsed();
        return r;
    }
    r.started = true;

    // Polled rather than signalled: this runs on a worker thread without an event loop.
    QDeadlineTimer deadline = m_config.timeoutSeconds > 0
        ? QDeadlineTimer(qint64(m_config.timeoutSeconds) * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
    QDeadlineTimer killAt(QDeadlineTimer::Forever);
    bool stopping = false;
    while (true) {
        const bool done = p.state() == QProcess::NotRunning || p.waitForFinished(kPollMs);
        drain(p, QProcess::StandardOutput, done, r, observer);
        drain(p, QProcess::StandardError, done, r, observer);
        if (done)
            break;
        if (!stopping && ((cancel && cancel->isCancelled()) || deadline.hasExpired())) {
            r.cancelled = cancel && cancel->isCancelled();
            r.timedOut = !r.cancelled;
            stopping = true;
            // Kong gets a chance to release its lock row; a prefix like `kubectl exec` may
            // not forward the signal, so the remote process can outlive this.
            p.terminate();
            killAt = QDeadlineTimer(qMax(0, m_config.killGraceMs));
        } else if (stopping && killAt.hasExpired()) {
            p.kill();
            killAt = QDeadlineTimer(QDeadlineTimer::Forever);
        }
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.durationMs = clock.elapsed();

    std::optional<Error> afterError;
    if (m_probe) {
        auto after = probeOnce(*m_probe, {}); // even after a cancel: report partial work
        if (after) {
            r.after = *after;
            r.changeSet = diffSchemaMeta(*r.before, *r.after);
            if (!r.before->schemaMetaPresent && r.after->schemaMetaPresent)
                r.changes << QStringLiteral("schema_meta created");
            if (r.before->schemaMetaPresent && !r.after->schemaMetaPresent)
                r.changes << QStringLiteral("schema_meta dropped");
            r.changes += describeChanges(r.changeSet);
        } else {
            afterError = after.error();
            afterError->message = Text::tr("Cannot read schema_meta after running Kong: ") + afterError->message;
        }
    }

    const QString what = QStringLiteral("kong migrations ") + kongCliCommandName(command);
    if (r.cancelled) {
        r.error = Error::make(ErrorKind::Cancelled, Text::tr("%1 was cancelled and stopped").arg(what),
                              Text::tr("Check the state with 'kong migrations list'; a lock Kong left "
                                             "behind expires after --lock-timeout."));
    } else if (r.timedOut) {
        r.error = Error::make(ErrorKind::Timeout,
                              Text::tr("%1 did not finish within %2 s and was stopped").arg(what).arg(m_config.timeoutSeconds),
                              Text::tr("Raise the timeout for long migrations; check the state with "
                                             "'kong migrations list' first."));
    } else if (p.exitStatus() == QProcess::CrashExit) {
        r.error = Error::make(ErrorKind::Internal, what + QStringLiteral(" crashed"),
                              Text::tr("Check the output above and the state with 'kong migrations list'."),
                              r.lines.isEmpty() ? QString() : r.lines.last());
    } else {
        r.error = classifyKongOutput(command, r.exitCode, r.lines);
    }
    if (!r.error && afterError)
        r.error = afterError;
    return r;
}

QJsonObject ExternalRunReport::toJson() const
{
    QJsonObject o{{QStringLiteral("command"), kongCliCommandName(command)},
                  {QStringLiteral("argv"), QJsonArray::fromStringList(argv)},
                  {QStringLiteral("started"), started},
                  {QStringLiteral("exit_code"), exitCode},
                  {QStringLiteral("timed_out"), timedOut},
                  {QStringLiteral("cancelled"), cancelled},
                  {QStringLiteral("duration_ms"), durationMs},
                  {QStringLiteral("lines"), QJsonArray::fromStringList(lines)},
                  {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}};
    if (before)
        o.insert(QStringLiteral("before"), before->toJson());
    if (after)
        o.insert(QStringLiteral("after"), after->toJson());
    if (error)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), Error::kindName(error->kind)},
                                                      {QStringLiteral("message"), error->message},
                                                      {QStringLiteral("detail"), error->detail},
                                                      {QStringLiteral("remedy"), error->remedy}});
    return o;
}

} // namespace kuw::core
