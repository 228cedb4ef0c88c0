// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include <QLoggingCategory>

#include <cstdio>

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Cli)
};
} // namespace

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("c"), QStringLiteral("conf")},
                      Text::tr("Kong configuration file (default: /etc/kong/kong.conf, then /etc/kong.conf)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("db-timeout"),
                      Text::tr("Timeout in seconds for datastore operations (overrides pg_timeout)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("v"), Text::tr("Verbose logging.")});
    parser.addOption({QStringLiteral("vv"), Text::tr("Debug logging.")});
}

void CliContext::readCommonOptions(const QCommandLineParser &parser)
{
    m_confPath = parser.value(QStringLiteral("conf"));
    m_dbTimeout = parser.value(QStringLiteral("db-timeout")).toInt();
    m_verbosity = parser.isSet(QStringLiteral("vv")) ? 2 : parser.isSet(QStringLiteral("v")) ? 1 : 0;
    if (m_verbosity >= 2)
        QLoggingCategory::setFilterRules(QStringLiteral("kuw.*.debug=true"));
    else if (m_verbosity == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("kuw.*.info=false"));
}

bool CliContext::parseArguments(QCommandLineParser &parser, const QStringList &args, int *exitCode,
                                bool withCommon)
{
    if (!parser.parse(args)) {
        m_err << parser.errorText() << "\n";
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        *exitCode = ExitOk;
        return false;
    }
    if (withCommon)
        readCommonOptions(parser);
    return true;
}

core::Result<core::KongConfig> CliContext::loadConfig() const
{
    core::KongConfig::LoadOptions opts;
    opts.confPath = m_confPath;
    if (m_dbTimeout > 0)
        opts.overrides.insert(QStringLiteral("pg_timeout"), QString::number(m_dbTimeout * 1000));
    return core::KongConfig::load(opts);
}

int CliContext::exitCodeFor(core::ErrorKind kind)
{
    using K = core::ErrorKind;
    switch (kind) {
    case K::Config: return ExitConfig;
    case K::HostUnreachable:
    case K::ConnectionRefused:
    case K::Timeout: return ExitUnreachable;
    case K::Authentication: return ExitAuthentication;
    case K::DatabaseMissing: return ExitDatabaseMissing;
    case K::Ssl: return ExitSsl;
    case K::Privilege: return ExitPrivilege;
    case K::Unsupported: return ExitUnsupported;
    default: return ExitError;
    }
}

int CliContext::fail(const core::Error &error)
{
    m_err << Text::tr("Error: ") << error.message << "\n";
    if (!error.detail.isEmpty())
        m_err << "  " << error.detail << "\n";
    if (!error.remedy.isEmpty())
        m_err << Text::tr("  Remedy: ") << error.remedy << "\n";
    m_err.flush();
    return exitCodeFor(error.kind);
}

} // namespace kuw::cli
