// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterTemplate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace kuw::core {
namespace {

const QString kData = QStringLiteral("/data");

/// `cp -a`: keeps modes (PostgreSQL wants 0700) and, as root, the postgres ownership;
/// --reflink=auto makes it a copy-on-write clone where the file system supports that.
Status copyTree(const QString &from, const QString &to)
{
    QProcess cp;
    cp.setProcessChannelMode(QProcess::MergedChannels);
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("--reflink=auto"), from, to});
    if (!cp.waitForFinished(120000) || cp.exitStatus() != QProcess::NormalExit || cp.exitCode() != 0)
        return Error::make(ErrorKind::Environment, QStringLiteral("Copying %1 to %2 failed").arg(from, to),
                           QStringLiteral("Check free disk space"), QString::fromLocal8Bit(cp.readAll()).trimmed().right(400));
    return {};
}

/// fsync of every file below `dir` (coreutils `sync FILE...`), so that a template whose
/// marker is on disk after a crash is also complete on disk.
Status syncTree(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files << dir;
    QProcess sync;
    sync.setProcessChannelMode(QProcess::MergedChannels);
    sync.start(QStringLiteral("sync"), files);
    if (!sync.waitForFinished(120000) || sync.exitStatus() != QProcess::NormalExit || sync.exitCode() != 0)
        return Error::make(ErrorKind::Environment, QStringLiteral("Syncing %1 to disk failed").arg(dir),
                           QStringLiteral("Check free disk space"), QString::fromLocal8Bit(sync.readAll()).trimmed().right(400));
    return {};
}

/// When a cache entry was last used: its use stamp, else its completion marker, else itself.
QDateTime lastUse(const QString &dir)
{
    for (const char *name : {ClusterTemplate::kUsed, ClusterTemplate::kMarker}) {
        const QFileInfo f(dir + QLatin1Char('/') + QLatin1String(name));
        if (f.exists())
            return f.lastModified();
    }
    return QFileInfo(dir).lastModified();
}

/// Moves `dir` out of the way first (a rename is atomic), then deletes it.
void discard(const QString &dir)
{
    const QString stale = QStringLiteral("%1.stale.%2.%3").arg(dir).arg(::getpid()).arg(QRandomGenerator::global()->generate());
    if (QDir().rename(dir, stale))
        QDir(stale).removeRecursively();
}

} // namespace

ClusterTemplate::ClusterTemplate(const QString &root, const QString &bindir, const QStringList &initdbArgs)
    : m_root(root), m_bindir(bindir), m_args(initdbArgs)
{
}

QString ClusterTemplate::defaultRoot()
{
    const QString env = qEnvironmentVariable("KUW_PG_TEMPLATE_CACHE");
    if (env == QLatin1String("off"))
        return {};
    if (!env.isEmpty())
        return env;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return cache.isEmpty() ? QString() : cache + QStringLiteral("/kong-upgrade-wizard/pg-templates");
}

bool ClusterTemplate::resolve()
{
    QProcess initdb;
    initdb.start(m_bindir + QStringLiteral("/initdb"), {QStringLiteral("--version")});
    if (!initdb.waitForFinished(10000) || initdb.exitCode() != 0)
        return false;
    // "initdb (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    const auto m = QRegularExpression(QStringLiteral("\\) (\\d+)(\\.\\d+)?")).match(QString::fromLocal8Bit(initdb.readAllStandardOutput()));
    if (!m.hasMatch())
        return false;
    m_version = m.captured(1) + m.captured(2);
    m_key = QStringLiteral("PostgreSQL %1\nbindir %2\ninitdb %3\nas postgres %4\n")
                .arg(m_version, QFileInfo(m_bindir).canonicalFilePath(), m_args.join(QLatin1Char(' ')))
                .arg(::geteuid() == 0 ? QStringLiteral("yes") : QStringLiteral("no"));
    return true;
}

ClusterTemplate ClusterTemplate::variant(const QString &variant, qint64 maxAgeSecs) const
{
    ClusterTemplate t = *this;
    t.m_key += QStringLiteral("variant %1\n").arg(variant);
    t.m_maxAgeSecs = maxAgeSecs;
    return t;
}

QString ClusterTemplate::path() const
{
    return m_root + QStringLiteral("/pg") + m_version.section(QLatin1Char('.'), 0, 0) + QLatin1Char('-')
           + QString::fromLatin1(QCryptographicHash::hash(m_key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool ClusterTemplate::isUsable() const
{
    if (m_key.isEmpty())
        return false;
    QFile marker(path() + QLatin1Char('/') + QLatin1String(kMarker));
    QFile pgVersion(path() + kData + QStringLiteral("/PG_VERSION"));
    if (!marker.open(QIODevice::ReadOnly) || QString::fromUtf8(marker.readAll()) != m_key
        || !pgVersion.open(QIODevice::ReadOnly))
        return false;
    if (m_maxAgeSecs > 0 && QFileInfo(marker).lastModified().secsTo(QDateTime::currentDateTime()) > m_maxAgeSecs)
        return false; // e.g. a demo's "recent" timestamps would be old by now

    const QString major = QString::fromLatin1(pgVersion.readAll()).trimmed();
    // pg_control is one 8 kB page; a truncated one means an interrupted or damaged copy.
    return major == m_version.section(QLatin1Char('.'), 0, 0)
           && QFileInfo(path() + kData + QStringLiteral("/global/pg_control")).size() == 8192;
}

Status ClusterTemplate::copyTo(const QString &dest) const
{
    if (Status s = copyTree(path() + kData, dest); !s) {
        QDir(dest).removeRecursively();
        return s;
    }
    // A separate stamp: the marker's own age is what a variant's maxAgeSecs measures.
    QFile used(path() + QLatin1Char('/') + QLatin1String(kUsed));
    if (used.open(QIODevice::WriteOnly | QIODevice::Truncate))
        used.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8());
    return {};
}

void ClusterTemplate::prune(const QString &root, const QString &keepPath, int keep, qint64 maxUnusedSecs)
{
    const QDateTime now = QDateTime::currentDateTime();
    QList<std::pair<QDateTime, QString>> templates;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString full = dir.filePath(name);
        if (name.startsWith(QLatin1String(".build-")) || name.contains(QLatin1String(".stale."))) {
            // An interrupted store or discard; a live one is younger than an hour.
            if (QFileInfo(full).lastModified().secsTo(now) > 3600)
                QDir(full).removeRecursively();
        } else if (name.startsWith(QLatin1String("pg")) && full != keepPath) {
            templates.append({lastUse(full), full});
        }
    }
    std::sort(templates.begin(), templates.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < templates.size(); ++i) {
        if (i + 1 >= keep || templates[i].first.secsTo(now) > maxUnusedSecs) // +1: keepPath is kept too
            discard(templates[i].second);
    }
}

Status ClusterTemplate::store(const QString &dataDir) const
{
    if (m_key.isEmpty() || !QDir().mkpath(m_root))
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot create the cache directory %1").arg(m_root));
    if (isUsable())
        return {}; // a concurrent run stored it meanwhile
    QTemporaryDir build(m_root + QStringLiteral("/.build-XXXXXX"));
    if (!build.isValid())
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot create a directory in %1: %2").arg(m_root, build.errorString()));
    if (Status s = copyTree(dataDir, build.path() + kData); !s)
        return s;
    QFile marker(build.path() + QLatin1Char('/') + QLatin1String(kMarker));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(m_key.toUtf8()) != m_key.toUtf8().size() || !marker.flush())
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot write %1").arg(marker.fileName()));
    marker.close();
    if (Status s = syncTree(build.path()); !s)
        return s;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (std::rename(QFile::encodeName(build.path()).constData(), QFile::encodeName(path()).constData()) == 0) {
            build.setAutoRemove(false);
            prune(m_root, path());
            return {};
        }
        if (errno != EEXIST && errno != ENOTEMPTY)
            break;
        if (isUsable())
            return {}; // another run won the race; ours is deleted with `build`
        discard(path()); // damaged or incomplete: never used, replaced
    }
    return Error::make(ErrorKind::Environment, QStringLiteral("Cannot store the PostgreSQL template in %1").arg(path()));
}

} // namespace kuw::core
