// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "TestPostgres.h"

#include <QProcess>

namespace kuw::test {

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KUW_CLI_PATH), args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QProcessEnvironment kongEnvFor(const QString &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONG_PG_HOST"), TestPostgres::instance().socketDir());
    env.insert(QStringLiteral("KONG_PG_PORT"), QString::number(TestPostgres::instance().port()));
    env.insert(QStringLiteral("KONG_PG_USER"), QStringLiteral("postgres"));
    env.insert(QStringLiteral("KONG_PG_DATABASE"), db);
    return env;
}

} // namespace kuw::test
