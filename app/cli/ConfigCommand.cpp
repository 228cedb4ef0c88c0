// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommand.h"

#include "CliContext.h"
#include "ConfigDiff.h"
#include "db/ConnectionSettings.h"
#include "db/PgConnection.h"
#include "declarative/Exporter.h"
#include "declarative/Importer.h"

#include <QDir>
#include <QElapsedTimer>

#include <iostream>

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Cli)
};
} // namespace
namespace {

const char *kHelp = QT_TRANSLATE_NOOP("kuw::cli::Cli",
    "Kong's declarative configuration, as `kong config` (Kong 2.5 format):\n"
    "  db_export [FILE]   Write the datastore's entities to FILE (default ./kong.yml; '-' for\n"
    "                     stdout). Refuses to overwrite an existing file. Read-only.\n"
    "  db_import FILE     Load FILE into a freshly bootstrapped datastore: the whole file is\n"
    "                     validated first, then written in one transaction (all or nothing).\n"
    "  parse FILE         Validate FILE only (no datastore needed).\n"
    "  diff NEW_CONF      Compare the configured datastore with the one NEW_CONF names, by\n"
    "                     primary key and content: entities created, changed or deleted on the\n"
    "                     old side since the new one was filled (the parallel path). Read-only.\n"
    "\n"
    "Exit codes: 0 success; 1 error; 2 usage; 10 invalid file (every issue printed as\n"
    "FILE:LINE:COLUMN: entity.field: message) or invalid kong.conf; 11-15 connection failures\n"
    "(see kong-upgrade --help); 16 target not bootstrapped or not empty.");

core::Result<std::unique_ptr<core::PgConnection>> connect(CliContext &ctx)
{
    auto config = ctx.loadConfig();
    if (!config)
        return config.error();
    auto settings = core::ConnectionSettings::fromConfig(*config);
    if (!settings)
        return settings.error();
    if (ctx.verbosity() > 0)
        ctx.err() << Text::tr("connecting to ") << settings->toString() << "\n";
    return core::PgConnection::open(*settings);
}

int printIssues(CliContext &ctx, const core::Error &error, const QList<core::declarative::ImportIssue> &issues)
{
    if (issues.isEmpty())
        return ctx.fail(error);
    ctx.err() << Text::tr("Error: %n problem(s) in the declarative file; nothing was written:\n", nullptr, int(issues.size()));
    for (const auto &i : issues)
        ctx.err() << "  " << i.toString() << "\n";
    ctx.err() << error.remedy << "\n";
    ctx.err().flush();
    return CliContext::exitCodeFor(error.kind);
}

} // namespace

int runConfigCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(kHelp));
    parser.addHelpOption();
    ctx.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("db_export, db_import, parse or diff"));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("the declarative file"), QStringLiteral("[FILE]"));
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc))
        return rc;
    const QStringList pos = parser.positionalArguments();
    const QString command = pos.value(0).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (command != QLatin1String("db_export") && command != QLatin1String("db_import")
        && command != QLatin1String("parse") && command != QLatin1String("diff")) {
        ctx.err() << Text::tr("Error: unknown config command '%1' (db_export, db_import, parse, diff)\n").arg(pos.value(0));
        return ExitUsage;
    }
    if (command != QLatin1String("db_export") && pos.size() < 2) {
        ctx.err() << Text::tr("Error: expected a declarative configuration file; see `kong-upgrade config --help`\n");
        return ExitUsage;
    }
    QElapsedTimer timer;
    timer.start();
    if (command == QLatin1String("diff"))
        return runConfigDiff(ctx, pos.at(1));

    if (command == QLatin1String("parse")) {
        core::declarative::Importer importer(nullptr); // validation reads no datastore
        auto result = importer.validateFile(pos.at(1));
        if (!result)
            return printIssues(ctx, result.error(), importer.issues());
        ctx.out() << "parse successful: " << result->total() << " entities\n";
        return ExitOk;
    }

    auto conn = connect(ctx);
    if (!conn)
        return ctx.fail(conn.error());

    if (command == QLatin1String("db_export")) {
        const QString file = pos.value(1, QStringLiteral("kong.yml"));
        core::declarative::Exporter exporter(**conn);
        auto result = file == QLatin1String("-") ? exporter.exportToStream(std::cout)
                                                 : exporter.exportToFile(QDir::current().absoluteFilePath(file));
        if (!result)
            return ctx.fail(result.error());
        if (file != QLatin1String("-"))
            ctx.out() << "exported " << result->total() << " entities to " << file << " in "
                      << timer.elapsed() << " ms\n";
        return ExitOk;
    }

    core::declarative::Importer importer(conn->get());
    if (ctx.verbosity() > 0)
        importer.setProgress([&ctx](const QString &stage, qint64 rows) {
            ctx.err() << stage << ": " << rows << "\n";
            ctx.err().flush();
        });
    auto result = importer.importFile(pos.at(1));
    if (!result)
        return printIssues(ctx, result.error(), importer.issues());
    ctx.out() << "parse successful, import successful: " << result->total() << " entities (_format_version "
              << result->formatVersion << ") in " << timer.elapsed() << " ms\n";
    for (const auto &[name, rows] : std::as_const(result->counts))
        ctx.out() << "  " << name << ": " << rows << "\n";
    return ExitOk;
}

} // namespace kuw::cli
