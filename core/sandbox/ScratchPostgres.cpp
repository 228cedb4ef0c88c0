// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScratchPostgres.h"

#include "ClusterTemplate.h"
#include "db/PgConnection.h"
#include "util/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace kuw::core {
namespace {

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool chownToPostgres(const QString &path)
{
    const passwd *pw = getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

Result<QString> ScratchPostgres::findBinDir(const QString &hint)
{
    QStringList candidates;
    if (!hint.isEmpty())
        candidates << hint;
    if (qEnvironmentVariableIsSet("PG_BINDIR"))
        candidates << qEnvironmentVariable("PG_BINDIR");
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0)
        candidates << QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
    // Debian keeps server binaries per major version, off PATH; take the newest.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &v : versions)
        candidates << lib.filePath(v + QStringLiteral("/bin"));
    for (const QString &c : candidates) {
        if (QFile::exists(c + QStringLiteral("/initdb")) && QFile::exists(c + QStringLiteral("/pg_ctl")))
            return c;
    }
    return Error::make(ErrorKind::Environment,
                       QStringLiteral("No PostgreSQL server binaries (initdb, pg_ctl) found."),
                       QStringLiteral("Install them: apt-get install postgresql-15 (or set PG_BINDIR)."));
}

Result<std::unique_ptr<ScratchPostgres>> ScratchPostgres::start(const Options &options)
{
    auto bindir = findBinDir(options.bindir);
    if (!bindir)
        return bindir.error();
    std::unique_ptr<ScratchPostgres> pg(new ScratchPostgres);
    pg->m_bindir = *bindir;
    pg->m_tcp = options.tcp;
    pg->m_asPostgresUser = (::geteuid() == 0);

    QTemporaryDir tmp(options.dirTemplate);
    if (!tmp.isValid())
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot create a temporary directory: %1").arg(tmp.errorString()));
    tmp.setAutoRemove(false); // removed by our destructor, after the server stopped
    pg->m_dir = tmp.path();
    if (pg->m_asPostgresUser && !chownToPostgres(pg->m_dir)) {
        QDir(pg->m_dir).removeRecursively();
        return Error::make(ErrorKind::Environment,
                           QStringLiteral("Running as root, and there is no usable 'postgres' account to run the scratch server as."),
                           QStringLiteral("PostgreSQL refuses to run as root: install postgresql-15 (it creates the account) or run as a normal user."));
    }
    pg->m_port = options.tcp ? freeLoopbackPort() : 5432;
    if (pg->m_port == 0)
        return Error::make(ErrorKind::Environment, QStringLiteral("No free loopback port for the scratch server."));

    pg->m_options = options;
    if (Status s = pg->createDataDirectory(options, pg->m_dir + QStringLiteral("/data")); !s)
        return s.error();
    if (Status s = pg->startServer(); !s)
        return s.error();
    qCInfo(lcSandbox).noquote() << "scratch PostgreSQL started in" << pg->m_dir << "port" << pg->m_port
                                << (pg->m_asPostgresUser ? "(as user postgres)" : "");
    return pg;
}

Status ScratchPostgres::startServer()
{
    QElapsedTimer clock;
    clock.start();
    const QString listen = m_tcp ? QStringLiteral("127.0.0.1") : QString();
    const QString serverOpts = QStringLiteral("-k %1 -p %2 -c listen_addresses='%3' -c fsync=off "
                                              "-c synchronous_commit=off -c full_page_writes=off "
                                              "-c max_connections=200")
                                   .arg(m_dir).arg(m_port).arg(listen);
    if (Status s = runTool({m_bindir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                            QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                            QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                            QStringLiteral("-o"), serverOpts, QStringLiteral("start")},
                           QStringLiteral("pg_ctl start"), 60000);
        !s)
        return s;
    m_timings.append({QStringLiteral("server start"), clock.elapsed()});
    m_started = true;
    return {};
}

QStringList ScratchPostgres::initdbArgs()
{
    return {QStringLiteral("-U"), QStringLiteral("postgres"),
            // unix socket: trust (the directory is private); TCP: passwords,
            // so authentication behaves like a real server
            QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
            QStringLiteral("-E"), QStringLiteral("UTF8"),
            QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"),
            // 1 MB WAL segments instead of 16: a smaller template copies faster
            QStringLiteral("--wal-segsize=1")};
}

namespace {
QString templateRoot(const ScratchPostgres::Options &options)
{
    return options.useTemplateCache
               ? (options.templateCache.isEmpty() ? ClusterTemplate::defaultRoot() : options.templateCache)
               : QString();
}
} // namespace

Status ScratchPostgres::createDataDirectory(const Options &options, const QString &data)
{
    QElapsedTimer clock;
    clock.start();
    const QString root = templateRoot(options);
    ClusterTemplate cached(root, m_bindir, initdbArgs());
    const bool cacheOn = !root.isEmpty() && cached.resolve();
    const auto tryCopy = [&](const ClusterTemplate &t, TemplateUse use, const QString &phase) {
        if (!t.isUsable())
            return false;
        if (Status s = t.copyTo(data); !s) { // e.g. disk full: a fresh initdb still works
            qCWarning(lcSandbox).noquote() << "PostgreSQL template unusable, running initdb:" << s.error().toString();
            return false;
        }
        m_templateUse = use;
        m_timings.append({phase, clock.elapsed()});
        return true;
    };
    if (cacheOn && !options.templateVariant.isEmpty()
        && tryCopy(cached.variant(options.templateVariant, options.variantMaxAgeSecs), TemplateUse::CopiedVariant,
                   QStringLiteral("copy prepared template")))
        return {};
    if (cacheOn && tryCopy(cached, TemplateUse::Copied, QStringLiteral("copy template")))
        return {};
    if (Status s = runTool(QStringList{m_bindir + QStringLiteral("/initdb"), QStringLiteral("-D"), data} + initdbArgs(),
                           QStringLiteral("initdb"), 60000);
        !s)
        return s;
    m_timings.append({QStringLiteral("initdb"), clock.restart()});
    if (cacheOn) {
        if (Status s = cached.store(data); s) {
            m_templateUse = TemplateUse::Built;
            m_timings.append({QStringLiteral("store template"), clock.elapsed()});
        } else {
            qCWarning(lcSandbox).noquote() << "Could not cache the PostgreSQL template:" << s.error().toString();
        }
    }
    return {};
}

Status ScratchPostgres::storeTemplate()
{
    const QString root = templateRoot(m_options);
    ClusterTemplate base(root, m_bindir, initdbArgs());
    if (root.isEmpty() || m_options.templateVariant.isEmpty() || !base.resolve())
        return Error::make(ErrorKind::Internal, QStringLiteral("No template cache or variant for this scratch cluster"));
    const QString data = m_dir + QStringLiteral("/data");
    if (Status s = runTool({m_bindir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
                            QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                           QStringLiteral("pg_ctl stop"), 60000);
        !s)
        return s;
    m_started = false;
    const Status stored = base.variant(m_options.templateVariant, m_options.variantMaxAgeSecs).store(data);
    if (Status s = startServer(); !s)
        return s;
    return stored;
}

Status ScratchPostgres::runTool(const QStringList &args, const QString &what, int timeoutMs)
{
    QProcess p;
    p.setWorkingDirectory(m_dir); // postgres cannot chdir into /root
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser) {
        // runuser lives in /usr/sbin, which a minimal PATH (cron, env -i, packages' scripts) lacks.
        QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (runuser.isEmpty())
            runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (runuser.isEmpty())
            return Error::make(ErrorKind::Environment, QStringLiteral("%1 failed: runuser not found").arg(what),
                               QStringLiteral("Running as root needs runuser (package util-linux) to start PostgreSQL as 'postgres'."));
        p.start(runuser, QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + args);
    } else
        p.start(args.first(), args.mid(1));
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString out = QString::fromLocal8Bit(p.readAll()).trimmed();
        return Error::make(ErrorKind::Environment, QStringLiteral("%1 failed").arg(what),
                           QStringLiteral("See %1/server.log; check disk space and /tmp permissions.").arg(m_dir),
                           out.right(600));
    }
    return {};
}

Status ScratchPostgres::stopDirectory(const QString &dir)
{
    if (!dir.startsWith(QStringLiteral("/tmp/")) || !QFile::exists(dir + QStringLiteral("/data/PG_VERSION")))
        return Error::make(ErrorKind::Internal, QStringLiteral("%1 is not a scratch PostgreSQL directory").arg(dir));
    auto bindir = findBinDir();
    if (!bindir)
        return bindir.error();
    ScratchPostgres pg;
    pg.m_bindir = *bindir;
    pg.m_dir = dir;
    pg.m_asPostgresUser = (::geteuid() == 0);
    pg.m_started = QFile::exists(dir + QStringLiteral("/data/postmaster.pid"));
    return {}; // the destructor of `pg` stops and removes it
}

ScratchPostgres::~ScratchPostgres()
{
    if (m_released || m_dir.isEmpty())
        return;
    if (m_started) {
        runTool({m_bindir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                 QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                QStringLiteral("pg_ctl stop"), 30000);
    }
    QDir(m_dir).removeRecursively();
}

ConnectionSettings ScratchPostgres::settings(const QString &db) const
{
    ConnectionSettings s;
    s.host = m_dir;
    s.port = m_port;
    s.database = db;
    s.user = QStringLiteral("postgres");
    s.connectTimeoutMs = 10000;
    return s;
}

ConnectionSettings ScratchPostgres::tcpSettings(const QString &db) const
{
    ConnectionSettings s = settings(db);
    s.host = QStringLiteral("127.0.0.1");
    return s;
}

QString ScratchPostgres::conninfo(const QString &db) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(m_dir).arg(m_port).arg(db);
}

Status ScratchPostgres::createDatabase(const QString &name, const QString &owner)
{
    auto conn = PgConnection::open(settings());
    if (!conn)
        return conn.error();
    QString sql = QStringLiteral("CREATE DATABASE %1").arg((*conn)->quoteIdentifier(name));
    if (!owner.isEmpty())
        sql += QStringLiteral(" OWNER %1").arg((*conn)->quoteIdentifier(owner));
    return (*conn)->execScript(sql);
}

Status ScratchPostgres::createRole(const QString &name, const QString &password, bool superuser)
{
    auto conn = PgConnection::open(settings());
    if (!conn)
        return conn.error();
    return (*conn)->execScript(QStringLiteral("CREATE ROLE %1 LOGIN %2 PASSWORD %3")
                                   .arg((*conn)->quoteIdentifier(name),
                                        superuser ? QStringLiteral("SUPERUSER") : QString(),
                                        (*conn)->quoteLiteral(password)));
}

} // namespace kuw::core
