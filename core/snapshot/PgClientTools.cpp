// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgClientTools.h"

#include "db/PgCancelToken.h"
#include "util/Redactor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QVersionNumber>

#include <sys/stat.h>

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcSnapshot, "kuw.snapshot", QtInfoMsg)

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Snapshot)
};

bool isTool(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

QString installHint(const QString &major)
{
    return Text::tr("Install postgresql-client-%1 (apt-get install postgresql-client-%1) "
                          "or set PG_BINDIR to a directory holding pg_dump and pg_restore %1 or newer.")
        .arg(major);
}

Result<PgClientTools> toolsIn(const QString &dir)
{
    PgClientTools t;
    t.bindir = dir;
    t.pgDump = dir + QStringLiteral("/pg_dump");
    t.pgRestore = dir + QStringLiteral("/pg_restore");
    if (!isTool(t.pgDump) || !isTool(t.pgRestore))
        return Error::make(ErrorKind::Environment,
                           Text::tr("pg_dump and pg_restore were not found in %1.").arg(dir),
                           installHint(QStringLiteral("<server major>")));
    QProcess p;
    p.start(t.pgDump, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::make(ErrorKind::Environment, Text::tr("%1 --version failed.").arg(t.pgDump),
                           installHint(QStringLiteral("<server major>")),
                           Redactor::redact(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    t.versionNum = PgClientTools::parseVersion(out);
    if (t.versionNum == 0)
        return Error::make(ErrorKind::Environment, Text::tr("Unrecognised pg_dump version: %1").arg(out.left(120)),
                           installHint(QStringLiteral("<server major>")));
    t.versionText = out.section(QLatin1Char(' '), 2, 2);
    return t;
}

/// Kept comparable across the 9.x → 10 numbering change: 9.6 → 906, 15 → 1500.
int majorKey(int versionNum)
{
    return versionNum >= 100000 ? versionNum / 10000 * 100 : versionNum / 100;
}

Error toolError(const QString &what, const QString &stderrText, int exitCode)
{
    const QString err = Redactor::redact(stderrText.trimmed());
    QString first = err.section(QLatin1Char('\n'), 0, 0);
    Error e = Error::make(ErrorKind::Sql, Text::tr("%1 failed (exit code %2): %3").arg(what).arg(exitCode).arg(first),
                          {}, err.right(2000));
    const QString low = err.toLower();
    if (low.contains(QLatin1String("password authentication failed")) || low.contains(QLatin1String("no password supplied"))
        || low.contains(QLatin1String("no pg_hba.conf entry"))) {
        e.kind = ErrorKind::Authentication;
        e.remedy = Text::tr("Check the user and password of the connection.");
    } else if (low.contains(QLatin1String("permission denied"))) {
        e.kind = ErrorKind::Privilege;
        e.remedy = Text::tr("Run with a role that owns the Kong schema (or a superuser).");
    } else if (low.contains(QLatin1String("server version mismatch"))) {
        e.kind = ErrorKind::Environment;
        e.remedy = Text::tr("Install a pg_dump at least as new as the server (postgresql-client-<N>).");
    } else if (low.contains(QLatin1String("connection refused")) || low.contains(QLatin1String("could not connect"))) {
        e.kind = ErrorKind::ConnectionRefused;
        e.remedy = Text::tr("Check that the server is reachable from this machine.");
    } else if (low.contains(QLatin1String("no space left"))) {
        e.kind = ErrorKind::Environment;
        e.remedy = Text::tr("Free disk space or choose another snapshot directory.");
    }
    return e;
}

} // namespace

int PgClientTools::parseVersion(const QString &versionOutput)
{
    static const QRegularExpression re(QStringLiteral(R"(\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?)"));
    const auto m = re.match(versionOutput);
    if (!m.hasMatch())
        return 0;
    const int major = m.captured(1).toInt(), minor = m.captured(2).toInt(), patch = m.captured(3).toInt();
    return major >= 10 ? major * 10000 + minor : major * 10000 + minor * 100 + patch;
}

QString PgClientTools::majorName(int versionNum)
{
    if (versionNum >= 100000)
        return QString::number(versionNum / 10000);
    return QStringLiteral("%1.%2").arg(versionNum / 10000).arg(versionNum / 100 % 100);
}

Result<PgClientTools> PgClientTools::find(const QString &hint)
{
    if (!hint.isEmpty())
        return toolsIn(hint);
    if (qEnvironmentVariableIsSet("PG_BINDIR"))
        return toolsIn(qEnvironmentVariable("PG_BINDIR"));
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : versions) {
        const QString dir = lib.filePath(v + QStringLiteral("/bin"));
        if (isTool(dir + QStringLiteral("/pg_dump")) && isTool(dir + QStringLiteral("/pg_restore")))
            return toolsIn(dir);
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (!onPath.isEmpty())
        return toolsIn(QFileInfo(onPath).absolutePath());
    return Error::make(ErrorKind::Environment, Text::tr("pg_dump and pg_restore are not installed."),
                       installHint(QStringLiteral("<server major>")));
}

Status PgClientTools::checkServer(int serverVersionNum) const
{
    if (majorKey(versionNum) >= majorKey(serverVersionNum))
        return {};
    const QString server = majorName(serverVersionNum);
    return Error::make(ErrorKind::Environment,
                       Text::tr("pg_dump %1 (%2) is older than the PostgreSQL %3 server; it cannot make a "
                                      "reliable backup.").arg(versionText, pgDump, server),
                       installHint(server));
}

QString ToolCommand::display() const
{
    return Redactor::redact(QFileInfo(program).fileName() + QLatin1Char(' ') + args.join(QLatin1Char(' ')));
}

Result<QProcessEnvironment> pgEnvironment(const ConnectionSettings &settings, std::unique_ptr<QTemporaryFile> &caHolder)
{
    Redactor::addSecret(settings.password);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("PGHOST"), settings.host);
    env.insert(QStringLiteral("PGPORT"), QString::number(settings.port));
    env.insert(QStringLiteral("PGUSER"), settings.user);
    env.insert(QStringLiteral("PGDATABASE"), settings.database);
    if (!settings.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), settings.password);
    env.insert(QStringLiteral("PGSSLMODE"), settings.sslMode());
    env.insert(QStringLiteral("PGAPPNAME"), settings.applicationName);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QString::number(qMax(2, (settings.connectTimeoutMs + 999) / 1000)));
    if (settings.sslRootCerts.size() == 1) {
        env.insert(QStringLiteral("PGSSLROOTCERT"), settings.sslRootCerts.first());
    } else if (settings.sslRootCerts.size() > 1) {
        caHolder = std::make_unique<QTemporaryFile>();
        if (!caHolder->open())
            return Error::make(ErrorKind::Environment, Text::tr("Cannot create a temporary CA bundle."));
        for (const QString &f : settings.sslRootCerts) {
            QFile in(f);
            if (!in.open(QIODevice::ReadOnly))
                return Error::make(ErrorKind::Config, Text::tr("lua_ssl_trusted_certificate: cannot read %1").arg(f),
                                   Text::tr("Fix the path or the file permissions."));
            caHolder->write(in.readAll());
            caHolder->write("\n");
        }
        caHolder->flush();
        env.insert(QStringLiteral("PGSSLROOTCERT"), caHolder->fileName());
    }
    return env;
}

Result<QByteArray> runTool(const ToolCommand &cmd, const QString &what, const std::shared_ptr<PgCancelToken> &cancel,
                           int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(cmd.env);
    p.setChildProcessModifier([] { ::umask(077); }); // every file the tool creates is 0600
    p.start(cmd.program, cmd.args);
    if (!p.waitForStarted(10000))
        return Error::make(ErrorKind::Environment, Text::tr("Cannot start %1: %2").arg(cmd.program, p.errorString()),
                           Text::tr("Check the PostgreSQL client installation (or PG_BINDIR)."));
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!p.waitForFinished(100)) {
        out += p.readAllStandardOutput();
        const bool cancelled = cancel && cancel->isCancelled();
        if (cancelled || (timeoutMs > 0 && timer.elapsed() > timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            if (cancelled)
                return Error::make(ErrorKind::Cancelled, Text::tr("%1 cancelled.").arg(what));
            return Error::make(ErrorKind::Timeout, Text::tr("%1 took longer than %2 s.").arg(what).arg(timeoutMs / 1000),
                               Text::tr("Allow more time, or check the server's load."));
        }
    }
    out += p.readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit)
        return Error::make(ErrorKind::Environment, Text::tr("%1 crashed.").arg(what), {}, Redactor::redact(err).right(2000));
    if (p.exitCode() != 0)
        return toolError(what, err, p.exitCode());
    if (!err.trimmed().isEmpty())
        qCDebug(lcSnapshot).noquote() << what << "stderr:" << Redactor::redact(err.trimmed());
    return out;
}

} // namespace kuw::core
