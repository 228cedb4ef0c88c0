// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Result.h"
#include "config/KongConfig.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace kuw::cli {

/// Exit codes of kong-upgrade (documented in --help). 3–5 follow `kong migrations list`.
enum ExitCode {
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitConfig = 10,
    ExitUnreachable = 11,
    ExitAuthentication = 12,
    ExitDatabaseMissing = 13,
    ExitSsl = 14,
    ExitPrivilege = 15,
    ExitUnsupported = 16,
};

/// Options shared by every subcommand (Kong's flags) and the streams to print to.
class CliContext
{
public:
    CliContext();
    void addCommonOptions(QCommandLineParser &parser);
    /// Reads -c/--conf, --db-timeout, -v/--vv after parsing.
    void readCommonOptions(const QCommandLineParser &parser);
    /// Parses a subcommand's arguments, printing --help or the usage error; false means
    /// "return *exitCode now". Then reads the common options unless `withCommon` is false.
    bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode,
                        bool withCommon = true);
    /// kong.conf + KONG_* env + overrides, as Kong resolves them.
    core::Result<core::KongConfig> loadConfig() const;

    /// Prints a typed error like Kong's CLI ("Error: …") and returns its exit code.
    int fail(const core::Error &error);
    static int exitCodeFor(core::ErrorKind kind);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int verbosity() const { return m_verbosity; }
    int dbTimeoutSeconds() const { return m_dbTimeout; }

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_confPath;
    int m_dbTimeout = 0; ///< 0 = from pg_timeout
    int m_verbosity = 0;
};

} // namespace kuw::cli
