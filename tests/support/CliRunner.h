// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kuw::test {

/// What one run of the real kong-upgrade binary produced.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs kong-upgrade with `args` and `env`; stdin gets `stdinData` and is then closed
/// (a pipe, never a TTY), so confirmations behave as in a script.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {});

/// The system environment plus KONG_PG_* pointing at database `db` of the test server
/// (unix socket, superuser), as an admin's kong.conf would.
QProcessEnvironment kongEnvFor(const QString &db);

} // namespace kuw::test
