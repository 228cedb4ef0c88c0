// SPDX-License-Identifier: GPL-3.0-or-later
// kong-upgrade: the command-line face of Kong Upgrade Wizard (mirrors `kong migrations`).
#include "CliContext.h"
#include "MigrationsCommand.h"
#include "StatusCommand.h"
#include "PathCommand.h"
#include "CheckCommand.h"
#include "DiagnoseCommand.h"
#include "DemoCommand.h"
#include "ConfigCommand.h"
#include "util/Log.h"
#include "i18n/Language.h"

#include <QCoreApplication>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("kuw::cli::Cli",
    "Usage: kong-upgrade COMMAND [OPTIONS]\n"
    "\n"
    "Kong Gateway datastore upgrades, performed safely.\n"
    "\n"
    "Commands:\n"
    "  status          Connect to the configured datastore and show its Kong schema state.\n"
    "  path --from V --to V [--edition oss|enterprise]   Upgrade hops and their notes (no datastore).\n"
    "  check [--to V] [--from V]   Preflight assessment of the datastore (exit 20 on blockers).\n"
    "  diagnose [--format html|md|json] [-o FILE]   Read-only support report, secrets redacted.\n"
    "  diagnose --bundle FILE | --compare OLD NEW   Support bundle (tar.gz with a bundle id); compare two.\n"
    "  config db_export [FILE] | db_import FILE | parse FILE\n"
    "                  Kong's declarative export/import (kong.yml; see 'config --help').\n"
    "  migrations bootstrap|up|finish|list|reset\n"
    "                  Kong's migrations, run natively (see 'migrations --help'):\n"
    "                  -y/--yes, -q/--quiet, -f/--force, --lock-timeout SEC, --dry-run,\n"
    "                  --target VERSION\n"
    "  demo [--version V] [--size small|large] [--scenario NAME] [--list-scenarios] [--keep] [--misbehave] [--yes]\n"
    "                  The whole upgrade story on an embedded PostgreSQL and simulated Kong nodes.\n"
    "\n"
    "Common options (as Kong's CLI):\n"
    "  -c, --conf FILE     Kong configuration file (default /etc/kong/kong.conf, /etc/kong.conf)\n"
    "  --db-timeout SEC    Datastore timeout in seconds\n"
    "  -v, --vv            Verbose / debug output\n"
    "  --json              Machine-readable output (where supported)\n"
    "  -h, --help          Help (also: kong-upgrade COMMAND --help)\n"
    "  --version           Print the version\n"
    "  --lang CODE         Language of messages: en, de, ja, zh_CN (default: system locale)\n"
    "\n"
    "Configuration precedence, as Kong: defaults < kong.conf < KONG_<KEY> environment variables.\n"
    "\n"
    "Exit codes:\n"
    "   0  success\n"
    "   1  error\n"
    "   2  usage error\n"
    "  10  configuration error (file, line and key are named)\n"
    "  11  datastore unreachable (host, refused, timeout)\n"
    "  12  authentication failed\n"
    "  13  database does not exist\n"
    "  14  TLS/SSL failure\n"
    "  15  insufficient privilege\n"
    "  16  unsupported datastore (cassandra, DB-less)\n"
    "  20  check: blockers found; path: no allowed upgrade path\n"
    "  migrations list (as Kong): 0 up to date, 3 needs bootstrap, 4 pending (run finish),\n"
    "  5 new migrations (run up)\n");

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kong-upgrade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KUW_VERSION));
    kuw::core::installRedactingMessageHandler();

    kuw::cli::CliContext ctx;
    QStringList args = QCoreApplication::arguments();
    QString langWarning; // --lang is taken out here so no subcommand parser sees it
    kuw::core::i18n::install(kuw::core::i18n::takeLanguageOption(args, true), &langWarning);
    if (!langWarning.isEmpty())
        ctx.err() << QCoreApplication::translate("kuw::cli::Cli", "warning: ") << langWarning << "\n";
    if (args.size() < 2 || args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("--help")
        || args.at(1) == QLatin1String("help")) {
        ctx.out() << QCoreApplication::translate("kuw::cli::Cli", kUsage);
        return args.size() < 2 ? kuw::cli::ExitUsage : kuw::cli::ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("version")) {
        ctx.out() << "kong-upgrade " << KUW_VERSION << "\n";
        return kuw::cli::ExitOk;
    }
    const QString command = args.at(1);
    QStringList rest = args;
    rest.removeAt(1); // parsers see "kong-upgrade [options]"
    if (command == QLatin1String("path"))
        return kuw::cli::runPathCommand(ctx, rest);
    if (command == QLatin1String("check"))
        return kuw::cli::runCheckCommand(ctx, rest);
    if (command == QLatin1String("diagnose"))
        return kuw::cli::runDiagnoseCommand(ctx, rest);
    if (command == QLatin1String("status"))
        return kuw::cli::runStatusCommand(ctx, rest);
    if (command == QLatin1String("demo"))
        return kuw::cli::runDemoCommand(ctx, rest);
    if (command == QLatin1String("config"))
        return kuw::cli::runConfigCommand(ctx, rest);
    if (command == QLatin1String("migrations"))
        return kuw::cli::runMigrationsCommand(ctx, rest); // the subcommand stays positional
    ctx.err() << QCoreApplication::translate("kuw::cli::Cli", "Error: unknown command '%1'\n\n").arg(command)
              << QCoreApplication::translate("kuw::cli::Cli", kUsage);
    return kuw::cli::ExitUsage;
}
