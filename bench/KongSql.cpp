// SPDX-License-Identifier: GPL-3.0-or-later
#include "KongSql.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace kuw::bench {
core::Result<KongSql> loadKongSql(const QString &gitDir, const QString &tag,
                                  const QList<QPair<QString, QString>> &migrations)
{
    const QString lua = QStandardPaths::findExecutable(QStringLiteral("lua5.1"));
    if (lua.isEmpty())
        return core::Error::make(core::ErrorKind::Internal, QStringLiteral("lua5.1 not found"), QStringLiteral("apt-get install lua5.1"));
    QTemporaryDir tree;
    if (!tree.isValid())
        return core::Error::make(core::ErrorKind::Internal, QStringLiteral("cannot create a temporary directory"));

    QProcess extract;
    extract.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("set -o pipefail; git --git-dir=\"$1\" archive \"$2\" kong/db/migrations kong/plugins"
                                  " | tar -x -C \"$3\""),
                   QStringLiteral("kong-sql"), gitDir, tag, tree.path()});
    if (!extract.waitForFinished(120000) || extract.exitStatus() != QProcess::NormalExit || extract.exitCode() != 0)
        return core::Error::make(core::ErrorKind::Internal, QStringLiteral("cannot extract %1 from %2: %3")
                           .arg(tag, gitDir, QString::fromUtf8(extract.readAllStandardError()).trimmed()),
                       QStringLiteral("give the git directory of a Kong/kong mirror (e.g. from the fetch tool) and a "
                                      "tag it has"));

    QStringList args{QStringLiteral(KUW_BENCH_DIR "/kong_sql.lua"), tree.path()};
    for (const auto &m : migrations)
        args << m.first << m.second;
    QProcess render;
    render.start(lua, args);
    if (!render.waitForFinished(120000) || render.exitStatus() != QProcess::NormalExit || render.exitCode() != 0)
        return core::Error::make(core::ErrorKind::Internal, QStringLiteral("rendering Kong's migrations failed: %1")
                           .arg(QString::fromUtf8(render.readAllStandardError()).trimmed()));

    KongSql out;
    out.source = gitDir + QStringLiteral(" @ ") + tag;
    enum class Section { None, Up, Teardown } section = Section::None;
    QString key;
    for (const QString &line : QString::fromUtf8(render.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@"))) {
            const QStringList f = line.mid(2).split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("query")) {
                out.teardown[key] << QString();
                continue;
            }
            key = KongSql::key(f.value(1), f.value(2));
            section = f.value(0) == QLatin1String("up")         ? Section::Up
                      : f.value(0) == QLatin1String("teardown") ? Section::Teardown
                                                                : Section::None;
            if (f.value(0) == QLatin1String("missing"))
                out.missing << key;
            else if (section == Section::Teardown)
                out.teardown.insert(key, {});
            continue;
        }
        if (section == Section::Up)
            out.up[key] += line + QLatin1Char('\n');
        else if (section == Section::Teardown && !out.teardown[key].isEmpty())
            out.teardown[key].last() += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace kuw::bench
